//! One thin module per subcommand: each turns parsed arguments into a call of the library and an exit
//! code.

mod build;
mod check;
mod entity;
mod import;
mod init;
mod new;
mod quote;
mod search;
mod serve;

pub(crate) use build::build;
pub(crate) use check::check;
pub(crate) use entity::entity;
pub(crate) use import::import;
pub(crate) use init::init;
pub(crate) use new::new_source;
pub(crate) use quote::quote;
pub(crate) use search::search;
pub(crate) use serve::serve;
