//! One function per subcommand.

mod build;
mod lookup;

pub(crate) use build::{build, check, new_source, serve};
pub(crate) use lookup::{entity, quote};
