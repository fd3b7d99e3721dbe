//! `dossier`: the generator. It compiles a folder of news articles and one Markdown briefing into a
//! static site whose footnotes point to the exact paragraph behind each claim.
//!
//! The binary (`dossier build`) and the tests call [`pipeline::build`], a short sequence of named phases:
//! load (read and validate `content/`), analyse (compile the briefing, verify its quotations), render
//! (minijinja templates from `site/templates`), check (every internal link resolves) and emit (write a
//! temporary folder and swap it in as `public/`).
//!
//! ```no_run
//! let options = dossier::pipeline::Options::new("."); // a project folder with content/ and site/
//! let summary = dossier::pipeline::build(&options)?;
//! println!("{summary}");
//! # Ok::<(), dossier::Error>(())
//! ```

pub mod analyse;
pub mod briefing;
pub mod cache;
pub mod check;
pub mod cli;
pub mod diag;
pub mod emit;
pub mod library;
pub mod load;
pub mod lookup;
pub mod pipeline;
pub mod project;
pub mod render;
pub mod scaffold;
pub mod serve;
#[cfg(test)]
mod testing;

pub use diag::{suggest, Diagnostic, Error};
