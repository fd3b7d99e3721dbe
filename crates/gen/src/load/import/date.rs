//! Publication dates as pages and articles write them: ISO timestamps in metadata
//! (`2021-05-28T14:12:09+00:00`) and datelines in the text ("KABUL, June 3, 2021", "28 May 2021").
//! The result is the front matter's form, `YYYY-MM-DD`. Used for saved pages and for plain-text input.

use regex::Regex;
use std::sync::LazyLock;

const MONTHS: [&str; 12] =
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// "June 3, 2021" / "Jun. 3 2021" and "3 June 2021".
static WRITTEN: LazyLock<Regex> = LazyLock::new(|| {
    let month = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";
    Regex::new(&format!(r"\b(?:{month}\s+(\d{{1,2}}),?\s+(\d{{4}})|(\d{{1,2}})\s+{month},?\s+(\d{{4}}))\b"))
        .expect("valid regex")
});

/// A date from a metadata value: an ISO date or timestamp, or a written date.
pub fn from_meta(value: &str) -> Option<String> {
    let v = value.trim();
    let b = v.as_bytes();
    if b.len() >= 10 && b[4] == b'-' && b[7] == b'-' {
        let y: u16 = v.get(0..4)?.parse().ok()?;
        let m: u8 = v.get(5..7)?.parse().ok()?;
        let d: u8 = v.get(8..10)?.parse().ok()?;
        return valid(y, m, d);
    }
    written(v)
}

/// The first written date in a text ("Friday, April 26, 2024", "28 May 2021").
pub fn written(text: &str) -> Option<String> {
    let c = WRITTEN.captures(text)?;
    let (month, day, year) = match (c.get(1), c.get(4)) {
        (Some(m), _) => (m.as_str(), c.get(2)?.as_str(), c.get(3)?.as_str()),
        (None, Some(d)) => (c.get(5)?.as_str(), d.as_str(), c.get(6)?.as_str()),
        _ => return None,
    };
    let key = month.get(..3)?.to_ascii_lowercase();
    let m = MONTHS.iter().position(|x| *x == key)? as u8 + 1;
    valid(year.parse().ok()?, m, day.parse().ok()?)
}

/// A dateline in the first lines of a plain-text article: the first written date in its first five
/// non-blank lines.
pub fn dateline(text: &str) -> Option<String> {
    text.lines().filter(|l| !l.trim().is_empty()).take(5).find_map(written)
}

fn valid(y: u16, m: u8, d: u8) -> Option<String> {
    ((1900..=2200).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_iso_and_written_dates() {
        assert_eq!(from_meta("2021-05-28T14:12:09+00:00").as_deref(), Some("2021-05-28"));
        assert_eq!(from_meta("2021-13-28"), None);
        assert_eq!(written("KABUL, June 3, 2021 (Reuters) -").as_deref(), Some("2021-06-03"));
        assert_eq!(written("Published May. 30, 2021 12:52AM ET").as_deref(), Some("2021-05-30"));
        assert_eq!(written("Thu 27 May 2021 07.00 BST").as_deref(), Some("2021-05-27"));
        assert_eq!(written("no date here, 2021"), None);
        assert_eq!(
            dateline("11 C\nNew York\nFriday, April 26, 2024\n\nBuy now").as_deref(),
            Some("2024-04-26")
        );
    }
}
