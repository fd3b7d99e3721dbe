//! One function per subcommand.

mod build;
mod import;
mod lookup;

pub(crate) use build::{build, check, new_source, serve};
pub(crate) use import::import;
pub(crate) use lookup::{entity, quote};
