//! Small HTML helpers for markup the generator writes itself (entity marks, contexts, word diffs) and
//! for the templates' `esc` filter, which the note markup uses.

/// Escapes text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_into(&mut out, s);
    out
}

/// [`escape`] appended to `out`: markup written piece by piece into one string (the rows of a long
/// listing) escapes each piece in place instead of allocating a copy of it first.
pub fn escape_into(out: &mut String, s: &str) {
    // Runs of bytes that stay as they are are copied whole (most of any text), not char by char: a
    // character to replace is one of these ASCII bytes, or a C1 control (`0xC2 0x80..=0x9F`).
    let mut rest = s;
    let special = |b: u8| {
        (b < 0x20)
            | (b == 0x7F)
            | (b == 0xC2)
            | (b == b'&')
            | (b == b'<')
            | (b == b'>')
            | (b == b'"')
            | (b == b'\'')
    };
    while let Some(at) = find_byte(rest.as_bytes(), special) {
        out.push_str(&rest[..at]);
        let c = rest[at..].chars().next().unwrap_or_default();
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters (a NUL in a pasted article) are not allowed in HTML: show U+FFFD.
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() => out.push('\u{FFFD}'),
            // U+00A0..=U+00BF: not a control.
            c => out.push(c),
        }
        rest = &rest[at + c.len_utf8()..];
    }
    out.push_str(rest);
}

/// The position of the first byte for which `special` holds. Each run of 32 bytes is first tested
/// whole, without a branch per byte (the compiler makes that a few vector compares), so that text
/// with nothing to replace, most of any page, costs a fraction of an instruction per byte.
fn find_byte(bytes: &[u8], special: impl Fn(u8) -> bool) -> Option<usize> {
    let mut at = 0;
    for chunk in bytes.chunks(32) {
        if chunk.iter().fold(false, |hit, &b| hit | special(b)) {
            return chunk.iter().position(|&b| special(b)).map(|i| at + i);
        }
        at += chunk.len();
    }
    None
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
    // By bytes, 32 at a time, not by chars: every value of every page passes here (the rows written
    // in Rust are tens of megabytes). A control character is an ASCII byte or a C1 control
    // (`0xC2 0x80..=0x9F`); `0xC2` also starts U+00A0..=U+00BF, told apart by the byte after it.
    let bytes = s.as_bytes();
    let suspect =
        |b: u8| ((b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r')) | (b == 0x7F) | (b == 0xC2);
    let mut from = 0;
    let mut control = false;
    while let Some(at) = find_byte(&bytes[from..], suspect).map(|i| from + i) {
        if bytes[at] != 0xC2 || bytes.get(at + 1).is_some_and(|n| (0x80..=0x9F).contains(n)) {
            control = true;
            break;
        }
        from = at + 1;
    }
    if control {
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
    fn clean_finds_every_control_character_by_its_bytes() {
        for c in (0u32..0x800).filter_map(char::from_u32) {
            for s in [format!("{c}"), format!("a{c}é"), format!("—{c}\u{85}")] {
                let by_char: String = s
                    .chars()
                    .map(|c| if c.is_control() && !matches!(c, '\t' | '\n' | '\r') { '\u{FFFD}' } else { c })
                    .collect();
                assert_eq!(clean(&s), by_char, "{:?}", s);
            }
        }
    }

    #[test]
    fn control_characters_become_the_replacement_character() {
        assert_eq!(escape("a\u{0}b\u{7}c\td\ne"), "a\u{FFFD}b\u{FFFD}c\td\ne");
        assert_eq!(escape("é\u{85}x\u{9f}\u{a0}—<"), "é\u{FFFD}x\u{FFFD}\u{a0}—&lt;");
    }

    #[test]
    fn the_byte_scan_escapes_as_a_char_by_char_escape_does() {
        // Every character up to U+0800 (the two-byte forms, where C1 controls are), next to others.
        for c in (0u32..0x800).filter_map(char::from_u32) {
            for s in [format!("{c}"), format!("a{c}é"), format!("—{c}")] {
                let by_char: String = s
                    .chars()
                    .map(|c| match c {
                        '&' => "&amp;".to_string(),
                        '<' => "&lt;".to_string(),
                        '>' => "&gt;".to_string(),
                        '"' => "&quot;".to_string(),
                        '\'' => "&#39;".to_string(),
                        '\t' | '\n' | '\r' => c.to_string(),
                        c if c.is_control() => "\u{FFFD}".to_string(),
                        c => c.to_string(),
                    })
                    .collect();
                assert_eq!(escape(&s), by_char, "{:?}", s);
            }
        }
    }
}
