//! Small HTML helpers for markup the generator writes itself (entity marks, contexts, word diffs) and
//! for the templates' `esc` filter, which the note markup uses.

/// Escapes text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters (a NUL in a pasted article) are not allowed in HTML: show U+FFFD.
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() => out.push('\u{FFFD}'),
            _ => out.push(c),
        }
    }
    out
}

/// Text as the templates write a `{{ value }}`: control characters as U+FFFD (see [`clean`]), then
/// minijinja's HTML escape, which also writes `'` and `/` as entities. For markup the generator writes
/// in place of a template loop, byte for byte what the loop wrote.
pub fn template_escape(s: &str) -> String {
    minijinja::HtmlEscape(&clean(s)).to_string()
}

/// `s` with its control characters other than tab and line breaks as U+FFFD, as the templates'
/// formatter shows every value (markup marked safe included).
pub fn clean(s: &str) -> std::borrow::Cow<'_, str> {
    let bad = |c: char| c.is_control() && !matches!(c, '\t' | '\n' | '\r');
    if s.chars().any(bad) {
        s.chars().map(|c| if bad(c) { '\u{FFFD}' } else { c }).collect::<String>().into()
    } else {
        s.into()
    }
}

/// A URL-safe id from a heading or name: lower-case ASCII letters and digits joined by hyphens.
pub fn slug(s: &str) -> String {
    let folded = dossier_core::text::fold(s);
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') && c != '\'' {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        out.push_str("section");
    }
    out
}

/// The English name of a language code, or the code itself.
pub fn language_name(code: &str) -> String {
    let name = match code.to_ascii_lowercase().as_str() {
        "en" => "English",
        "es" => "Spanish",
        "fr" => "French",
        "de" => "German",
        "ru" => "Russian",
        "ar" => "Arabic",
        "fa" => "Persian",
        "ps" => "Pashto",
        "ur" => "Urdu",
        "zh" => "Chinese",
        "it" => "Italian",
        "pt" => "Portuguese",
        "tr" => "Turkish",
        _ => return code.to_string(),
    };
    name.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_slugs() {
        assert_eq!(escape("<a href=\"x\">'&'</a>"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
        assert_eq!(
            slug("The Doha agreement — and the Taliban’s denials"),
            "the-doha-agreement-and-the-talibans-denials"
        );
        assert_eq!(slug("¿?"), "section");
    }

    #[test]
    fn template_escape_writes_what_minijinja_writes() {
        let mut env = minijinja::Environment::new();
        env.add_template("t.html", "{{ v }}").expect("template");
        let v = "<a href='/x'>&\"</a>";
        let t = env.get_template("t.html").expect("template");
        assert_eq!(template_escape(v), t.render(minijinja::context! { v => v }).expect("render"));
        assert_eq!(template_escape("a\u{0}b"), "a\u{FFFD}b");
        assert_eq!(clean("a\u{7}\tb"), "a\u{FFFD}\tb");
    }

    #[test]
    fn control_characters_become_the_replacement_character() {
        assert_eq!(escape("a\u{0}b\u{7}c\td\ne"), "a\u{FFFD}b\u{FFFD}c\td\ne");
    }
}
