//! Checks: every internal link of the built site resolves ([`links`]), and the authoring warnings of
//! `dossier check` ([`warnings`]).

pub mod links;
pub mod warnings;

pub use warnings::check;
