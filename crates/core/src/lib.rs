//! `dossier-core`: the shared model of dossier and the code that both the generator and the browser run.
//!
//! It depends on std and serde only, so it builds unchanged for the host and for `wasm32-unknown-unknown`.
//! The generator (`dossier`) calls it to verify quotations and to answer `dossier quote` / `dossier
//! search`; the WebAssembly adapter (`dossier-web`) calls the same functions ([`answer::Finder`]) to
//! answer the search box in the browser.
//!
//! ```
//! use dossier_core::quote::{Quotation, find};
//! use dossier_core::text::tokenize;
//!
//! let para = tokenize("The terrorists “collect money from different parts of the world and give it to the Taliban,” he said.");
//! let q = Quotation::parse("collect money ... give it to the Taliban");
//! assert!(find(&q, &para).is_some());
//! ```

pub mod answer;
pub mod chunks;
pub mod dictionary;
pub mod filter;
pub mod index;
pub mod listing;
pub mod passages;
pub mod quote;
pub mod routes;
pub mod search;
pub mod shard_cache;
pub mod shards;
pub mod text;
pub mod typo;
