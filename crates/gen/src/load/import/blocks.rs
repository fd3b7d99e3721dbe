//! The article element to lines of text: one paragraph per line, headings and list items on their own
//! lines, `<br>` as a line break, whitespace collapsed, entities already decoded by the parser.
//!
//! Inside the article the boilerplate rules of [`super::dom`] still apply (an in-body share bar or
//! "Related" card is skipped), and a line that is mostly link text ("Also read: …", a list of topic
//! links) is dropped, like trafilatura's link-density test.

use super::dom::{is_block, is_skipped};
use ego_tree::NodeRef;
use scraper::{ElementRef, Node};

/// A line of the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// The text, trimmed, whitespace collapsed.
    pub text: String,
    /// True when the line is a heading (`<h1>`–`<h6>`).
    pub heading: bool,
}

/// What the walk collects.
#[derive(Default)]
struct Walk {
    lines: Vec<Line>,
    /// Lines left out because most of their text was link text.
    link_lines: usize,
    cur: String,
    cur_links: usize,
    cur_heading: bool,
}

/// The lines of an element, and how many lines were dropped as link lists.
pub fn lines(root: ElementRef<'_>) -> (Vec<Line>, usize) {
    let mut w = Walk::default();
    walk(*root, false, &mut w);
    w.flush();
    (w.lines, w.link_lines)
}

impl Walk {
    fn flush(&mut self) {
        let text = std::mem::take(&mut self.cur);
        let text = text.trim();
        let links = std::mem::take(&mut self.cur_links);
        let heading = std::mem::take(&mut self.cur_heading);
        if text.is_empty() {
            return;
        }
        let chars = text.chars().count();
        if links * 10 > chars * 6 {
            self.link_lines += 1;
            return;
        }
        self.lines.push(Line { text: text.to_string(), heading });
    }

    fn push_text(&mut self, t: &str, in_link: bool) {
        for (i, word) in t.split_whitespace().enumerate() {
            let space = i > 0 || t.starts_with(char::is_whitespace);
            if space && !self.cur.is_empty() && !self.cur.ends_with(' ') {
                self.cur.push(' ');
            }
            self.cur.push_str(word);
            if in_link {
                self.cur_links += word.chars().count() + 1;
            }
        }
        if t.ends_with(char::is_whitespace) && !self.cur.is_empty() && !self.cur.ends_with(' ') {
            self.cur.push(' ');
        }
    }
}

fn walk(node: NodeRef<'_, Node>, in_link: bool, w: &mut Walk) {
    match node.value() {
        Node::Text(t) => w.push_text(t, in_link),
        Node::Element(e) => {
            let Some(el) = ElementRef::wrap(node) else { return };
            if is_skipped(el) {
                // A skipped inline element (a share icon inside a sentence) still separates words.
                if !is_block(e.name()) && !w.cur.ends_with(' ') && !w.cur.is_empty() {
                    w.cur.push(' ');
                }
                return;
            }
            let name = e.name();
            let block = is_block(name);
            if block {
                w.flush();
            }
            if matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
                w.cur_heading = true;
            }
            let in_link = in_link || name == "a";
            for c in node.children() {
                walk(c, in_link, w);
            }
            if block {
                w.flush();
            } else if matches!(name, "td" | "th" | "img") && !w.cur.ends_with(' ') {
                w.cur.push(' ');
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Html;

    fn of(html: &str) -> Vec<String> {
        let doc = Html::parse_document(html);
        let (lines, _) = lines(doc.root_element());
        lines.into_iter().map(|l| l.text).collect()
    }

    #[test]
    fn paragraphs_breaks_and_entities() {
        assert_eq!(
            of("<p>One &ldquo;quoted&rdquo;\n   line</p><div>Two<br>Three <b>bold</b>.</div>"),
            ["One “quoted” line", "Two", "Three bold."]
        );
        assert_eq!(of("<p>Word<a href=x>link</a> and <i>more</i></p>"), ["Wordlink and more"]);
    }

    #[test]
    fn link_lines_and_boilerplate_are_dropped() {
        let html = "<p>Also: <a href=x>a long headline of another story</a></p><p>Kept text.</p>\
                    <div class=share-bar>Share this</div><script>var x = 1;</script>";
        assert_eq!(of(html), ["Kept text."]);
    }
}
