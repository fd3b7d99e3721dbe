//! Phase 1, load: read `content/` into typed, validated values.

pub mod boilerplate;
pub mod frontmatter;
pub mod import;
pub mod new_source;
pub mod source;
