//! Rendering: borrowed view structs → minijinja templates from `site/templates` → HTML pages.
//!
//! Templates are loaded with autoescape on and strict undefined, so a typo in a template fails the
//! build with the template's name and line. The HTML pulldown-cmark writes for the briefing's Markdown
//! and the entity marks the generator writes are marked `|safe` in the templates; everything else is
//! escaped, and the note markup (`notes.html`) is the templates' own.
//!
//! This module sets up the environment and renders every page kind: [`layout`] (what every page's
//! layout needs), then one module per page kind — [`briefing`], [`sources`] (the list and each source),
//! [`entities`], [`quotes`], [`explore`]; [`html`] and [`markup`] hold the small helpers they share.

mod briefing;
mod entities;
mod explore;
pub mod html;
mod layout;
pub mod markup;
mod quotes;
mod search;
mod sources;

use crate::diag::Error;
use crate::library::Library;
use minijinja::{path_loader, Environment, UndefinedBehavior};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Renders every page; keys are paths relative to the output folder.
pub fn render(templates: &Path, library: &Library) -> Result<BTreeMap<PathBuf, Vec<u8>>, Error> {
    let mut env = Environment::new();
    env.set_loader(path_loader(templates));
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_keep_trailing_newline(true);
    // Control characters (a NUL in a pasted article) are not allowed in HTML: every value shows them as
    // U+FFFD, as `html::escape` does for the markup the generator writes itself.
    env.set_formatter(|out, state, value| {
        let bad = |c: char| c.is_control() && !matches!(c, '\t' | '\n' | '\r');
        match value.as_str() {
            Some(s) if s.chars().any(bad) => {
                let clean: String = s.chars().map(|c| if bad(c) { '\u{FFFD}' } else { c }).collect();
                let clean = if value.is_safe() {
                    minijinja::Value::from_safe_string(clean)
                } else {
                    minijinja::Value::from(clean)
                };
                minijinja::escape_formatter(out, state, &clean)
            }
            _ => minijinja::escape_formatter(out, state, value),
        }
    });
    // The note markup (notes.html) escapes as `html::escape` does, the markup it replaces: minijinja's
    // own escape also writes `/` and `'` as entities.
    env.add_filter("esc", |s: &str| minijinja::Value::from_safe_string(crate::render::html::escape(s)));
    env.add_global("reliability_scale", minijinja::Value::from_serialize(sources::RELIABILITY));
    env.add_global("credibility_scale", minijinja::Value::from_serialize(sources::CREDIBILITY));
    if !templates.is_dir() {
        return Err(Error::Io {
            path: templates.to_path_buf(),
            cause: std::io::Error::new(std::io::ErrorKind::NotFound, "the templates folder is missing"),
        });
    }
    let rows = sources::rows(library);
    let mut pages = BTreeMap::new();
    briefing::render(&env, library, &rows, &mut pages)?;
    sources::render(&env, library, &rows, &mut pages)?;
    entities::render(&env, library, &mut pages)?;
    quotes::render(&env, library, &mut pages)?;
    explore::render(&env, library, &mut pages)?;
    search::render(&env, library, &mut pages)?;
    Ok(pages)
}
