//! Bytes to text for saved pages: refuses what is not a page (empty, binary, too large) and picks the
//! encoding. The bytes win over the page's own `<meta charset>`: a page saved by a browser is often
//! re-encoded as UTF-8 while its meta still names the server's charset, so valid UTF-8 is read as
//! UTF-8 whatever the meta says; only bytes that are not UTF-8 are decoded by the declared charset
//! (windows-1252, the web's default, when none is declared).

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// Largest page accepted, in bytes. Saved news pages are well under 5 MB; a page above this is a
/// single-file save with inlined media or not a page, and parsing it would only cost memory.
pub const MAX_PAGE_BYTES: usize = crate::project::MAX_FILE_BYTES as usize;

/// Why the bytes are not read as a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotText {
    /// Nothing but whitespace.
    Empty,
    /// Larger than [`MAX_PAGE_BYTES`]; carries the size.
    TooLarge(usize),
    /// Binary data (NUL bytes or a known file signature); carries what it looks like.
    Binary(&'static str),
}

/// Decoded text and how it was decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without a byte-order mark.
    pub text: String,
    /// The encoding used (`UTF-8`, `windows-1252`, …).
    pub encoding: &'static str,
    /// A note for the user when the page's declared charset was overruled or the bytes were broken.
    pub note: Option<String>,
}

/// File signatures of formats that are sometimes saved with an `.html` name by mistake.
const SIGNATURES: [(&[u8], &str); 7] = [
    (b"%PDF", "a PDF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xFF\xD8\xFF", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (an .docx, .epub or .zip file)"),
    (b"\x1F\x8B", "a gzip-compressed file"),
    (b"\x7FELF", "a program"),
];

/// Decodes a page, or says why it is not text.
pub fn decode(bytes: &[u8]) -> Result<Decoded, NotText> {
    if bytes.len() > MAX_PAGE_BYTES {
        return Err(NotText::TooLarge(bytes.len()));
    }
    if let Some((_, what)) = SIGNATURES.iter().find(|(sig, _)| bytes.starts_with(sig)) {
        return Err(NotText::Binary(what));
    }
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom..]);
        return finish(text.into_owned(), enc, had_errors.then(|| broken(enc)));
    }
    // NUL bytes never occur in text in an ASCII-compatible encoding (UTF-16 without a BOM is not
    // supported: browsers do not save pages that way).
    if bytes.iter().take(64 * 1024).any(|&b| b == 0) {
        return Err(NotText::Binary("binary data (it contains NUL bytes)"));
    }
    let declared = declared_charset(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        let note = declared
            .filter(|d| *d != UTF_8 && !text.is_ascii())
            .map(|d| format!("the page declares {} but its bytes are UTF-8; read as UTF-8", d.name()));
        return finish(text.to_string(), UTF_8, note);
    }
    let enc = match declared {
        Some(d) if d != UTF_8 => d,
        _ => WINDOWS_1252,
    };
    let (text, _, had_errors) = enc.decode(bytes);
    let note = match declared {
        Some(d) if d == UTF_8 => {
            Some("the page declares UTF-8 but its bytes are not; read as windows-1252".to_string())
        }
        _ if had_errors => Some(broken(enc)),
        _ => None,
    };
    finish(text.into_owned(), enc, note)
}

fn broken(enc: &'static Encoding) -> String {
    format!("some bytes are not valid {}; they are shown as �", enc.name())
}

fn finish(text: String, enc: &'static Encoding, note: Option<String>) -> Result<Decoded, NotText> {
    if text.trim().is_empty() {
        return Err(NotText::Empty);
    }
    Ok(Decoded { text, encoding: enc.name(), note })
}

/// The charset a page declares in its first 4 KB (`<meta charset=…>` or the http-equiv form).
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(at) = find(&lower[from..], b"charset") {
        let mut i = from + at + b"charset".len();
        from = i;
        while i < lower.len()
            && (lower[i] == b' ' || lower[i] == b'=' || lower[i] == b'"' || lower[i] == b'\'')
        {
            i += 1;
        }
        let end = lower[i..]
            .iter()
            .position(|b| !(b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_' || *b == b':'))
            .map_or(lower.len(), |n| i + n);
        if let Some(enc) = Encoding::for_label(&lower[i..end]) {
            // A page cannot be UTF-16 if its meta was readable as ASCII (the HTML standard's rule).
            return Some(if enc.name().starts_with("UTF-16") { UTF_8 } else { enc });
        }
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_win_over_a_wrong_meta_and_legacy_bytes_use_it() {
        let utf8 = "<meta charset=\"iso-8859-1\"><p>vínculo</p>".as_bytes();
        let d = decode(utf8).expect("decodes");
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.text.contains("vínculo") && d.note.is_some());
        let latin = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><p>\x93quoted\x94</p>";
        let d = decode(latin).expect("decodes");
        assert!(d.text.contains("“quoted”"), "{}", d.text);
        let lying = b"<meta charset=utf-8><p>caf\xe9</p>";
        let d = decode(lying).expect("decodes");
        assert!(d.text.contains("café") && d.note.is_some());
    }

    #[test]
    fn refuses_what_is_not_text() {
        assert_eq!(decode(b"  \n "), Err(NotText::Empty));
        assert_eq!(decode(b""), Err(NotText::Empty));
        assert!(matches!(decode(b"%PDF-1.4 ..."), Err(NotText::Binary(_))));
        assert!(matches!(decode(b"<html>\0\0\x01"), Err(NotText::Binary(_))));
        assert!(matches!(decode(&vec![b' '; MAX_PAGE_BYTES + 1]), Err(NotText::TooLarge(_))));
        let d = decode(b"\xEF\xBB\xBF<p>bom</p>").expect("decodes");
        assert_eq!(d.text, "<p>bom</p>");
    }
}
