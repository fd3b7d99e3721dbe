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
pub mod check;
pub mod cli;
pub mod diag;
pub mod emit;
pub mod load;
pub mod lookup;
pub mod pipeline;
pub mod render;
pub mod serve;

pub use diag::{Diagnostic, Error};

/// The closest known name to a misspelt one, for "did you mean" help; `None` when nothing is close.
pub fn suggest(wrong: &str, known: &[String]) -> Option<String> {
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(wrong, k), k))
        .filter(|(d, k)| *d <= (k.len() / 3).max(2))
        .min()
        .map(|(_, k)| k.clone())
}

#[cfg(test)]
mod tests {
    #[test]
    fn suggests_near_misses_only() {
        let known = vec!["deadly-raid-global-reach".to_string(), "bond-much-deeper".to_string()];
        assert_eq!(
            super::suggest("deadly-raid-globl-reach", &known).as_deref(),
            Some("deadly-raid-global-reach")
        );
        assert_eq!(super::suggest("bond-much-deper", &known).as_deref(), Some("bond-much-deeper"));
        assert_eq!(super::suggest("cnn", &known), None);
    }
}
