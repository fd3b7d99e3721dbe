//! Support found by wording: for a citation with neither a locator nor a verified quotation, each
//! paragraph of the cited source is scored against the citing sentence with BM25 over its terms, and
//! the best one is linked. A term is a folded, lightly stemmed content word (the lexicon's stop words
//! left out; numbers and dates count) or an entity the gazetteer finds, so an alias in the sentence
//! matches another alias of the same entity in the paragraph. Scores, ties (the earlier paragraph
//! wins) and the words shown are all deterministic.

use std::rc::Rc;

use super::model::{Found, Resolved};
use super::report::Report;
use super::verify::work;
use crate::analyse::entities::{Gazetteer, Mention};
use crate::analyse::lexicon::{month, CONTENT_STOP_WORDS, SUPPORT_STOP_WORDS};
use crate::analyse::Analysis;
use crate::load::source::Source;
use dossier_core::text::{fold, tokenize};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;

/// BM25's term-frequency saturation.
const K1: f64 = 1.2;
/// BM25's length normalisation.
const B: f64 = 0.75;
/// The fewest distinct terms a paragraph must share with the sentence to support it: one shared word
/// is chance, two are a claim's subject and what is said of it.
pub(super) const MIN_SHARED: usize = 2;
/// The fewest distinct terms the whole source must share with the sentence to support it when no one
/// paragraph shares [`MIN_SHARED`] (`Its claims match the Treasury report and the UN coordinator`):
/// one more, so that words scattered by chance over a long article do not pass.
pub(super) const MIN_SOURCE_SHARED: usize = 3;

/// One term of a text: a stemmed word, or an entity by its gazetteer index.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Term {
    Word(String),
    Entity(usize),
}

/// A text as terms: how often each occurs, and how many there are.
#[derive(Debug, Default)]
struct Bag {
    counts: HashMap<Term, usize>,
    len: usize,
}

/// One source's paragraphs as bags, with each term's paragraph count.
struct SourceIndex {
    paragraphs: Vec<Bag>,
    df: HashMap<Term, usize>,
    avg_len: f64,
}

/// The best paragraph of a source for a sentence.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Best {
    /// Its number, from 1.
    pub(super) n: usize,
    /// The sentence's words (or entity names) it shares, in sentence order.
    pub(super) shared: Vec<String>,
    /// How many of the sentence's distinct terms it shares.
    pub(super) count: usize,
    /// How many of them the whole source has.
    pub(super) in_source: usize,
}

impl Best {
    /// Whether the paragraph, or else the source as a whole, shares enough with the sentence.
    fn supports(&self) -> bool {
        self.count >= MIN_SHARED || self.in_source >= MIN_SOURCE_SHARED
    }
}

/// The entities the briefing is read with: the gazetteer (for the briefing's own text), and the mentions
/// the analysis already found in each source's paragraphs, so that support finding does not match the
/// sources against the gazetteer a second time.
#[derive(Debug, Clone, Copy)]
pub struct Entities<'a> {
    /// The gazetteer, discovered names included.
    pub gazetteer: &'a Gazetteer,
    /// Mentions per source id and kept paragraph (as [`Analysis::mentions`]); `None` to find them with
    /// the gazetteer when a source is first cited.
    pub mentions: Option<&'a BTreeMap<String, Vec<Vec<Mention>>>>,
}

impl<'a> From<&'a Analysis> for Entities<'a> {
    fn from(analysis: &'a Analysis) -> Self {
        Entities { gazetteer: &analysis.gazetteer, mentions: Some(&analysis.mentions) }
    }
}

impl<'a> From<&'a Gazetteer> for Entities<'a> {
    fn from(gazetteer: &'a Gazetteer) -> Self {
        Entities { gazetteer, mentions: None }
    }
}

/// The paragraphs of cited sources, indexed when first cited without a locator.
pub(super) struct Support<'s> {
    sources: &'s BTreeMap<String, Source>,
    gazetteer: Option<&'s Gazetteer>,
    mentions: Option<&'s BTreeMap<String, Vec<Vec<Mention>>>>,
    indexes: HashMap<&'s str, SourceIndex>,
    /// The last source id and sentence looked up, and what was found: the citations of one sentence
    /// all look up that sentence, and a long sentence with thousands of them was tokenized once each.
    /// The sentence is shared with the caller, so the same one is recognised without comparing its text.
    last: Option<(String, Rc<str>, Option<Best>)>,
    /// Citations whose source paragraph was found by wording.
    pub(super) found: usize,
}

impl<'s> Support<'s> {
    /// Nothing indexed yet.
    pub(super) fn new(sources: &'s BTreeMap<String, Source>, entities: Option<Entities<'s>>) -> Self {
        let gazetteer = entities.map(|e| e.gazetteer);
        let mentions = entities.and_then(|e| e.mentions);
        Support { sources, gazetteer, mentions, indexes: HashMap::new(), last: None, found: 0 }
    }

    /// The paragraph of source `id` that best supports `sentence`, if any shares a term with it.
    /// Remembered for the last sentence (one kept alive by the memo is never another one at the same
    /// address, so pointer equality is sound).
    pub(super) fn best(&mut self, id: &str, sentence: &Rc<str>) -> Option<Best> {
        if let Some((i, s, found)) = &self.last {
            if i == id && (Rc::ptr_eq(s, sentence) || **s == **sentence) {
                return found.clone();
            }
        }
        let found = self.search(id, sentence);
        self.last = Some((id.to_string(), Rc::clone(sentence), found.clone()));
        found
    }

    /// [`Support::best`], not remembered.
    fn search(&mut self, id: &str, sentence: &str) -> Option<Best> {
        work::add(sentence.len());
        let (key, source) = self.sources.get_key_value(id)?;
        let (gazetteer, mentions) = (self.gazetteer, self.mentions.and_then(|m| m.get(id)));
        let index =
            self.indexes.entry(key.as_str()).or_insert_with(|| SourceIndex::new(source, gazetteer, mentions));
        let (query, shown) = query(sentence, gazetteer);
        let n = index.paragraphs.len() as f64;
        let mut best: Option<(f64, usize, Vec<&Term>)> = None;
        for (i, bag) in index.paragraphs.iter().enumerate() {
            let mut score = 0.0;
            let mut shared = Vec::new();
            for term in &query {
                let Some(&tf) = bag.counts.get(term) else { continue };
                let df = index.df.get(term).copied().unwrap_or(0) as f64;
                let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
                let tf = tf as f64;
                let norm = 1.0 - B + B * bag.len as f64 / index.avg_len.max(1.0);
                score += idf * tf * (K1 + 1.0) / (tf + K1 * norm);
                shared.push(term);
            }
            // Strictly greater: on a tie the earlier paragraph stays.
            if !shared.is_empty() && best.as_ref().is_none_or(|b| score > b.0) {
                best = Some((score, i + 1, shared));
            }
        }
        let in_source = query.iter().filter(|t| index.df.contains_key(t)).count();
        best.map(|(_, n, shared)| Best {
            n,
            in_source,
            count: shared.len(),
            shared: {
                let shown: Vec<&(Term, String)> = shown.iter().filter(|(t, _)| shared.contains(&t)).collect();
                // A name's own words are not listed again after it.
                let names: Vec<String> = shown
                    .iter()
                    .filter(|(t, _)| matches!(t, Term::Entity(_)))
                    .map(|(_, w)| fold(w))
                    .collect();
                shown
                    .iter()
                    .filter(|(t, w)| {
                        matches!(t, Term::Entity(_)) || !names.iter().any(|n| n.contains(w.as_str()))
                    })
                    .map(|(_, w)| w.clone())
                    .collect()
            },
        })
    }
}

impl Support<'_> {
    /// Finds by wording the paragraphs of the `items` of one citation (at `span`) that neither a locator
    /// nor a quotation placed, for the sentence `sentence`. When no item of the citation has a paragraph
    /// after that, nothing in its sources supports the sentence: a warning, with the nearest paragraph.
    ///
    /// A citation that closes a paragraph often vouches for all of it (`Likely; low confidence. It has
    /// one source [@id].`): when the sentence alone finds nothing, `context` (the text since the
    /// previous citation) is tried.
    /// When neither does, the citation may name the source itself (`| Daily Beast [@id] | May 2021 |`):
    /// wording shared with its title, outlet and date supports it without a paragraph.
    pub(super) fn fill(
        &mut self,
        sentence: &Rc<str>,
        context: &str,
        items: &mut [Resolved],
        span: Range<usize>,
        report: &mut Report<'_>,
    ) {
        let mut nearest: Option<(String, Best)> = None;
        let mut about_source = false;
        for item in items.iter_mut().filter(|r| r.paragraphs.is_empty()) {
            let Some(mut best) = self.best(&item.id, sentence) else { continue };
            // The text since the previous citation differs each time: not remembered, so that it does
            // not push the sentence out of the memo (which made an unsupported sentence quadratic).
            if !best.supports() && context != &**sentence {
                best = self.search(&item.id, context).unwrap_or(best);
            }
            if !best.supports() && self.names_source(&item.id, context) {
                about_source = true;
                continue;
            }
            if best.supports() {
                item.paragraphs.push(best.n);
                item.found.push(Found::Wording(best.shared));
                self.found += 1;
            } else if nearest.as_ref().is_none_or(|(_, b)| best.count > b.count) {
                nearest = Some((item.id.clone(), best));
            }
        }
        if about_source || items.is_empty() || items.iter().any(|r| !r.paragraphs.is_empty()) {
            return;
        }
        let ids: Vec<&str> = items.iter().map(|r| r.id.as_str()).collect();
        let help = match nearest.as_ref().and_then(|(id, b)| Some((id, b, self.sources.get(id)?))) {
            Some((id, b, source)) => {
                let text = source.paragraph(b.n).map(|p| source.paragraph_text(p)).unwrap_or_default();
                format!(
                    "the nearest paragraph is {id}, p{}, which shares only “{}”: “{}”",
                    b.n,
                    b.shared.join(", "),
                    excerpt(text)
                )
            }
            None => format!("{} shares no content word with it", ids.join(" or ")),
        };
        report.warning(
            span,
            &format!("nothing in {} supports this sentence", ids.join(" or ")),
            "no paragraph shares its wording",
            &help,
        );
    }
}

/// The first words of a paragraph, for a diagnostic.
fn excerpt(text: &str) -> String {
    const WORDS: usize = 30;
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= WORDS {
        words.join(" ")
    } else {
        format!("{} …", words[..WORDS].join(" "))
    }
}

impl Support<'_> {
    /// Whether `text` shares enough wording with the title, outlet and date of source `id` to be about
    /// the source itself.
    fn names_source(&self, id: &str, text: &str) -> bool {
        let Some(s) = self.sources.get(id) else { return false };
        let meta = format!("{} {} {}", s.meta.title, s.meta.outlet, s.meta.published);
        let have: BTreeSet<Term> =
            terms(&meta, &find(&meta, self.gazetteer)).into_iter().map(|(t, _)| t).collect();
        let (query, _) = query(text, self.gazetteer);
        query.iter().filter(|t| have.contains(t)).count() >= MIN_SHARED
    }
}

impl SourceIndex {
    /// `mentions`, when given, are the analysis' mentions of each kept paragraph; otherwise the
    /// gazetteer finds them.
    fn new(source: &Source, gazetteer: Option<&Gazetteer>, mentions: Option<&Vec<Vec<Mention>>>) -> Self {
        let paragraphs: Vec<Bag> = source
            .paragraphs
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let text = source.paragraph_text(p);
                match mentions.and_then(|m| m.get(i)) {
                    Some(found) => bag(text, found),
                    None => bag(text, &find(text, gazetteer)),
                }
            })
            .collect();
        let mut df: HashMap<Term, usize> = HashMap::new();
        for b in &paragraphs {
            for t in b.counts.keys() {
                *df.entry(t.clone()).or_default() += 1;
            }
        }
        let total: usize = paragraphs.iter().map(|b| b.len).sum();
        let avg_len = total as f64 / paragraphs.len().max(1) as f64;
        SourceIndex { paragraphs, df, avg_len }
    }
}

/// The terms of a text, in order, each with the words it was read from: entity mentions, and every
/// content word (a name's words count too: "the Treasury" shares `treasury` with "the Treasury
/// Department" even where the gazetteer knows only the longer name).
fn terms(text: &str, mentions: &[Mention]) -> Vec<(Term, String)> {
    let mut out: Vec<(usize, Term, String)> = Vec::new();
    for m in mentions {
        out.push((m.span.start, Term::Entity(m.entity), text[m.span.clone()].to_string()));
    }
    for t in tokenize(text) {
        if let Some(stem) = stem(&t.word) {
            let shown = t.word.strip_suffix("'s").unwrap_or(&t.word).to_string();
            out.push((t.span.start, Term::Word(stem), shown));
        }
    }
    out.sort_by_key(|(at, _, _)| *at);
    out.into_iter().map(|(_, t, w)| (t, w)).collect()
}

/// The entities the gazetteer finds in `text` (none without one).
fn find(text: &str, gazetteer: Option<&Gazetteer>) -> Vec<Mention> {
    gazetteer.map(|g| g.find(text)).unwrap_or_default()
}

fn bag(text: &str, mentions: &[Mention]) -> Bag {
    let mut b = Bag::default();
    for (t, _) in terms(text, mentions) {
        *b.counts.entry(t).or_default() += 1;
        b.len += 1;
    }
    b
}

/// A sentence's distinct terms (sorted, for a deterministic sum), and each with the first words it was
/// read from, in sentence order.
fn query(sentence: &str, gazetteer: Option<&Gazetteer>) -> (Vec<Term>, Vec<(Term, String)>) {
    let mut seen = BTreeSet::new();
    let mut shown = Vec::new();
    for (t, w) in terms(sentence, &find(sentence, gazetteer)) {
        if seen.insert(t.clone()) {
            shown.push((t, w));
        }
    }
    (seen.into_iter().collect(), shown)
}

/// A folded word reduced to what carries its meaning: `None` for a stop word or a lone letter;
/// possessives and common inflections cut (`attacks`, `attacked`, `attacking` → `attack`). Numbers
/// are kept whole.
fn stem(word: &str) -> Option<String> {
    let w = word.strip_suffix("'s").unwrap_or(word);
    if CONTENT_STOP_WORDS.contains(&w) || SUPPORT_STOP_WORDS.contains(&w) {
        return None;
    }
    if w.chars().all(|c| c.is_ascii_digit()) {
        return Some(w.to_string());
    }
    // A month is one term however it is written (`Feb 2020`, `February 2020`).
    if let Some(month) = month(w) {
        return Some(month.to_string());
    }
    if w.chars().count() < 2 {
        return None;
    }
    let mut base = w.to_string();
    for (suffix, keep) in [("ies", "y"), ("ing", ""), ("ed", ""), ("s", "")] {
        if let Some(b) = w.strip_suffix(suffix) {
            if b.chars().count() >= 3 && !(suffix == "s" && b.ends_with('s')) {
                base = format!("{b}{keep}");
                break;
            }
        }
    }
    // A final e comes and goes with the ending (`force`, `forced`, `forcing`): it never counts.
    if base.chars().count() >= 4 {
        if let Some(b) = base.strip_suffix('e') {
            base = b.to_string();
        }
    }
    Some(base)
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn stems_cut_inflections_and_keep_numbers() {
        assert_eq!(stem("attacks").as_deref(), Some("attack"));
        assert_eq!(stem("attacked").as_deref(), Some("attack"));
        assert_eq!(stem("attacking").as_deref(), Some("attack"));
        assert_eq!(stem("militias").as_deref(), Some("militia"));
        assert_eq!(stem("cities").as_deref(), Some("city"));
        assert_eq!(stem("2021").as_deref(), Some("2021"));
        assert_eq!(stem("forces"), stem("forced"));
        assert_eq!(stem("force"), stem("forcing"));
        assert_eq!(stem("the"), None);
        assert_eq!(stem("said"), None);
        assert_eq!(stem("taliban's").as_deref(), Some("taliban"));
    }
}
