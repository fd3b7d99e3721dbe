//! The briefing's HTML as segments: pulldown-cmark writes the Markdown, and each note reference or
//! short citation is left as data between the pieces it writes, for the templates to mark up.
//!
//! The transform puts a slot event where a note reference goes and queues the reference; writing the
//! events, the slot is recognised by its address (it points at [`SLOT`] itself, which no text of the
//! briefing can), so the HTML writer's state (tables, lists, newlines) runs through the whole stream
//! exactly as if the references had been written inline.

use super::model::Segment;
use pulldown_cmark::{CowStr, Event};

/// What a slot event carries; only its address matters.
static SLOT: &str = "\u{0}";

/// The event that holds the place of the next queued segment.
pub(super) fn slot<'a>() -> Event<'a> {
    Event::InlineHtml(CowStr::Borrowed(SLOT))
}

/// Writes `events` as HTML, with the queued segments (one per slot, in order) in the slots' places.
pub(super) fn write(events: Vec<Event<'_>>, queued: Vec<Segment>) -> Vec<Segment> {
    let mut writer = Writer { out: Vec::new(), html: String::new(), queued: queued.into_iter() };
    // Writing to memory cannot fail.
    let _ = pulldown_cmark::html::write_html_fmt(&mut writer, events.into_iter());
    writer.flush();
    writer.out
}

struct Writer {
    out: Vec<Segment>,
    html: String,
    queued: std::vec::IntoIter<Segment>,
}

impl Writer {
    fn flush(&mut self) {
        if !self.html.is_empty() {
            self.out.push(Segment::Html(std::mem::take(&mut self.html)));
        }
    }
}

impl std::fmt::Write for Writer {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        if std::ptr::eq(s, SLOT) {
            self.flush();
            self.out.extend(self.queued.next());
        } else {
            self.html.push_str(s);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_become_segments_and_text_that_looks_like_a_slot_stays_text() {
        let events = vec![
            Event::Text(CowStr::from("a\u{0}")),
            slot(),
            Event::Text(CowStr::from(String::from("\u{0}"))),
            slot(),
        ];
        let queued = vec![Segment::Html("one".into()), Segment::Html("two".into())];
        let out = write(events, queued);
        let texts: Vec<&str> = out
            .iter()
            .map(|s| match s {
                Segment::Html(h) => h.as_str(),
                _ => "?",
            })
            .collect();
        assert_eq!(texts, ["a\u{0}", "one", "\u{0}", "two"]);
    }
}
