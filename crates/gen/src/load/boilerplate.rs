//! Rules, kept in `content/boilerplate.toml`, that drop web-page debris from article bodies.

use crate::diag::Diagnostic;
use crate::load::frontmatter::file_span;
use dossier_core::text::{tokenize, tokenize_prefix};
use regex::Regex;
use serde::Deserialize;
use std::path::Path;
use std::sync::Arc;

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawRules {
    #[serde(default)]
    headline: RawHeadline,
    #[serde(default)]
    rule: Vec<RawRule>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHeadline {
    #[serde(default)]
    repeats: bool,
    #[serde(default)]
    masthead: bool,
    #[serde(default = "default_masthead_lines")]
    masthead_lines: usize,
}

impl Default for RawHeadline {
    fn default() -> Self {
        RawHeadline { repeats: false, masthead: false, masthead_lines: default_masthead_lines() }
    }
}

fn default_masthead_lines() -> usize {
    8
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    name: String,
    pattern: toml::Spanned<String>,
    #[serde(default)]
    scope: Scope,
}

/// How much a rule drops.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    /// The matching line only.
    #[default]
    Line,
    /// The matching line and every line after it.
    Rest,
}

/// One line-matching rule.
#[derive(Debug, Clone)]
pub struct Rule {
    /// The reason shown to the reader.
    pub name: String,
    /// Matched against the trimmed line.
    pub pattern: Regex,
    /// How much it drops.
    pub scope: Scope,
}

/// The validated rule set.
#[derive(Debug, Clone, Default)]
pub struct Rules {
    /// Drop lines that repeat the headline.
    pub repeats: bool,
    /// Drop the lines above the headline when it appears near the top.
    pub masthead: bool,
    /// How near the top the headline must be for `masthead`.
    pub masthead_lines: usize,
    /// The line rules, first match wins.
    pub rules: Vec<Rule>,
}

/// Most words after the headline, past a separator, for a line to be the headline and a site name.
const MAX_SITE_NAME_WORDS: usize = 10;

/// Why a line was dropped, as the reader is told.
pub const HEADLINE_REPEAT: &str = "headline repeated";
/// Why lines above the headline were dropped.
pub const MASTHEAD: &str = "masthead above the headline";

impl Rules {
    /// Parses `boilerplate.toml`; any error fails it.
    pub fn parse(path: &Path, text: &Arc<str>) -> Result<Rules, Vec<Diagnostic>> {
        match Rules::parse_keeping_valid(path, text) {
            (rules, errors) if errors.is_empty() => Ok(rules),
            (_, errors) => Err(errors),
        }
    }

    /// Parses `boilerplate.toml`, keeping every rule that is valid beside the errors of those that
    /// are not: one bad pattern must not drop every other rule, or each article would keep its debris
    /// and every paragraph number after it would shift (and quotations cited by paragraph would be
    /// reported in the wrong place, burying the one real error).
    pub fn parse_keeping_valid(path: &Path, text: &Arc<str>) -> (Rules, Vec<Diagnostic>) {
        let whole = crate::load::frontmatter::Split { front: 0..text.len(), body: text.len()..text.len() };
        let raw: RawRules = match crate::load::frontmatter::parse(path, text, &whole) {
            Ok(raw) => raw,
            Err(d) => return (Rules::default(), vec![d]),
        };
        let mut errors = Vec::new();
        let mut rules = Vec::new();
        for r in raw.rule {
            match Regex::new(r.pattern.get_ref()) {
                Ok(pattern) => rules.push(Rule { name: r.name, pattern, scope: r.scope }),
                Err(e) => errors.push(
                    Diagnostic::error(path, "invalid pattern")
                        .at(text, file_span(&whole, r.pattern.span()))
                        .label(e.to_string().lines().last().unwrap_or("invalid").to_string()),
                ),
            }
        }
        let rules = Rules {
            repeats: raw.headline.repeats,
            masthead: raw.headline.masthead,
            masthead_lines: raw.headline.masthead_lines,
            rules,
        };
        (rules, errors)
    }

    /// Decides, for each non-blank line of a body, whether it is kept (`None`) or why it is dropped.
    pub fn classify<'a>(&'a self, title: &str, lines: &[&str]) -> Vec<Option<&'a str>> {
        let title_words: Vec<String> = tokenize(title).into_iter().map(|t| t.word).collect();
        let title_words: Vec<&str> = title_words.iter().map(String::as_str).collect();
        // At most this many words of a line tell whether it is the headline (and a short site name).
        let enough = title_words.len() + MAX_SITE_NAME_WORDS + 1;
        let is_headline = |line: &str| {
            if title_words.is_empty() {
                return false;
            }
            // Most lines do not start with the headline's first word: one word tells.
            if tokenize_prefix(line, 1).first().map(|t| t.word.as_str()) != title_words.first().copied() {
                return false;
            }
            let tokens = tokenize_prefix(line, enough);
            let words: Vec<&str> = tokens.iter().map(|t| t.word.as_str()).collect();
            if words.len() < title_words.len() || words[..title_words.len()] != title_words[..] {
                return false;
            }
            if words.len() == title_words.len() {
                return true;
            }
            // Or followed by a short site name after a separator ("… – News 24-7 Live"), never by more prose.
            let rest = line[tokens[title_words.len() - 1].span.end..]
                .trim_start_matches(['’', '\'', '”', '"', ' ', '.', '!', '?', ')']);
            let separated = rest.starts_with(['–', '—', '|', '-', ':', '·', '•']);
            separated && words.len() - title_words.len() <= MAX_SITE_NAME_WORDS
        };
        let mut out: Vec<Option<&str>> = vec![None; lines.len()];
        let first_headline = lines.iter().position(|l| is_headline(l));
        if self.masthead {
            if let Some(h) = first_headline.filter(|&h| h < self.masthead_lines) {
                for o in out.iter_mut().take(h) {
                    *o = Some(MASTHEAD);
                }
            }
        }
        let mut rest: Option<&str> = None;
        for (i, line) in lines.iter().enumerate() {
            if out[i].is_some() {
                continue;
            }
            if let Some(reason) = rest {
                out[i] = Some(reason);
                continue;
            }
            if self.repeats && is_headline(line) {
                out[i] = Some(HEADLINE_REPEAT);
                continue;
            }
            let trimmed = line.trim();
            if let Some(rule) = self.rules.iter().find(|r| r.pattern.is_match(trimmed)) {
                out[i] = Some(&rule.name);
                if rule.scope == Scope::Rest {
                    rest = Some(&rule.name);
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> Rules {
        let text: Arc<str> = Arc::from(include_str!("../../../../content/boilerplate.toml"));
        Rules::parse(Path::new("content/boilerplate.toml"), &text).expect("the project's rules parse")
    }

    #[test]
    fn drops_masthead_and_repeated_headlines() {
        let lines = ["11 C", "New York", "Friday, April 26, 2024", "Buy now", "The US warns", "Body text."];
        let r = rules();
        let out = r.classify("The US warns", &lines);
        assert_eq!(
            out,
            vec![Some(MASTHEAD), Some(MASTHEAD), Some(MASTHEAD), Some(MASTHEAD), Some(HEADLINE_REPEAT), None]
        );
    }

    #[test]
    fn headline_with_site_name_and_other_quotes_is_a_repeat() {
        let title = "How a deadly raid shows al Qaeda retains global reach under Taliban ‘protection’";
        let lines = [
            "How a deadly raid shows al Qaeda retains global reach under Taliban ‘protection’ – News 24-7 Live News 24-7 Live",
            "How a deadly raid shows al Qaeda retains global reach under Taliban 'protection'",
            "Kabul (CNN)A raid on a remote village in Afghanistan kills an ageing al Qaeda leader.",
        ];
        assert_eq!(rules().classify(title, &lines), vec![Some(HEADLINE_REPEAT), Some(HEADLINE_REPEAT), None]);
    }

    #[test]
    fn headline_ending_in_an_abbreviation_then_site_name_is_a_repeat() {
        let title = "Fighters return this spring in Washington, D.C.";
        let lines = ["Fighters return this spring in Washington, D.C. – The Morning Record", "Text."];
        assert_eq!(rules().classify(title, &lines), vec![Some(HEADLINE_REPEAT), None]);
    }

    #[test]
    fn a_paragraph_that_starts_with_the_title_words_is_kept() {
        let r = rules();
        let out = r.classify("Gamma", &["Gamma", "Gamma text.", "Gamma – Site Name"]);
        assert_eq!(out, vec![Some(HEADLINE_REPEAT), None, Some(HEADLINE_REPEAT)]);
    }

    #[test]
    fn comment_section_drops_the_rest() {
        let lines = [
            "Text.",
            "News source- CNN",
            "Leave a Reply",
            "Your email address will not be published.",
            "Report News",
        ];
        let r = rules();
        let out = r.classify("Title", &lines);
        assert_eq!(out[..2], [None, None]);
        assert!(out[2..].iter().all(|o| *o == Some("comment section")), "{out:?}");
    }

    #[test]
    fn line_rules_drop_debris_and_keep_prose() {
        let lines = [
            "NurPhoto / Getty",
            "21,156FansLike",
            "- Advertisement -spot_img",
            "Get our best stories delivered to your inbox every day. Register now!",
            "The Taliban has pledged that they will not cooperate with terrorists or give them shelter.",
            "VISIT OF THE TALIBANS TO IRAN",
        ];
        let r = rules();
        let out = r.classify("Title", &lines);
        assert_eq!(out[..4].iter().filter(|o| o.is_some()).count(), 4, "{out:?}");
        assert_eq!(out[4..], [None, None]);
    }

    #[test]
    fn bad_pattern_is_reported_at_its_position() {
        let text: Arc<str> = Arc::from("[[rule]]\nname = \"x\"\npattern = '(unclosed'\n");
        let e = Rules::parse(Path::new("b.toml"), &text).expect_err("bad regex");
        assert_eq!(e[0].location(), "b.toml:3:11");
    }
}
