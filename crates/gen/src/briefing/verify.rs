//! Citations resolved against the loaded sources, and quotations verified: a quotation in a cited
//! sentence must be found in one of the sources its sentence cites (see [`dossier_core::quote`]).

use super::cite::Citation;
use super::model::{Found, Resolved};
use super::report::Report;
use crate::analyse::prose;
use crate::load::source::Source;
use dossier_core::quote::{find, shown, Nearest, Quotation};
use dossier_core::text::{tokenize, Token};
use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;

/// The sources citations resolve to, each tokenized once for verification, when first cited.
pub(super) struct Verifier<'s> {
    sources: &'s BTreeMap<String, Source>,
    /// Sources that exist but failed to load.
    failed: &'s BTreeSet<String>,
    /// Each source's paragraphs as tokens, filled in when the source is first cited: a briefing cites
    /// a few hundred of thousands of sources, and every source's tokens would be the largest thing a
    /// build holds.
    tokens: BTreeMap<&'s str, OnceCell<Vec<Vec<Token>>>>,
    /// Quotations found in a cited source.
    pub(super) verified: usize,
}

/// A citation in a run of inline text: its piece index, its offset in the run's plain text, itself.
pub(super) type CiteAt<'c> = (usize, usize, &'c Citation);

impl<'s> Verifier<'s> {
    /// A verifier over these sources (none tokenized yet).
    pub(super) fn new(sources: &'s BTreeMap<String, Source>, failed: &'s BTreeSet<String>) -> Self {
        let tokens = sources.keys().map(|id| (id.as_str(), OnceCell::new())).collect();
        Verifier { sources, failed, tokens, verified: 0 }
    }

    /// The paragraphs of source `id` as tokens, tokenized on first use.
    fn paragraphs(&self, id: &str) -> Option<&[Vec<Token>]> {
        let (cell, s) = (self.tokens.get(id)?, self.sources.get(id)?);
        Some(cell.get_or_init(|| s.paragraphs.iter().map(|p| tokenize(s.paragraph_text(p))).collect()))
    }

    /// Checks the ids and locators of a citation; unknown ids and missing paragraphs are errors.
    pub(super) fn resolve(&self, c: &Citation, report: &mut Report<'_>) -> Vec<Resolved> {
        let mut out = Vec::new();
        for item in &c.items {
            if self.failed.contains(&item.id) {
                continue;
            }
            let Some(source) = self.sources.get(&item.id) else {
                let ids: Vec<String> = self.sources.keys().cloned().collect();
                let help = match crate::suggest(&item.id, &ids) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => format!("known sources: {}", ids.join(", ")),
                };
                report.error(
                    item.id_span.clone(),
                    format!("unknown source `{}`", item.id),
                    "no such file in content/sources/",
                    Some(help),
                );
                continue;
            };
            let mut paragraphs = Vec::new();
            if let Some(n) = item.locator {
                if source.paragraph(n).is_none() {
                    report.error(
                        c.span.clone(),
                        format!("`{}` has no paragraph p{n}", item.id),
                        "locator out of range",
                        Some(format!(
                            "it has {} paragraphs (see sources/{}/)",
                            source.paragraphs.len(),
                            item.id
                        )),
                    );
                    continue;
                }
                paragraphs.push(n);
            }
            let found = paragraphs.iter().map(|_| Found::Locator).collect();
            out.push(Resolved { id: item.id.clone(), paragraphs, found, verified: false });
        }
        out
    }

    /// Verifies every quotation of a run of inline text against the citations of its sentence.
    /// `plain` is the run's text with a marker for each citation and note reference; `file_offset`
    /// maps an offset in it to the file; `resolved` holds each citation's resolved items by piece
    /// index, and records where quotations were found. Outside footnotes (`in_note` false), a
    /// quotation no citation vouches for is a warning.
    pub(super) fn check_quotations(
        &mut self,
        plain: &str,
        cites: &[CiteAt<'_>],
        file_offset: &dyn Fn(usize) -> usize,
        resolved: &mut HashMap<usize, Vec<Resolved>>,
        in_note: bool,
        report: &mut Report<'_>,
    ) {
        let quotes = prose::quotations(plain);
        for sentence in prose::sentences(plain, &quotes) {
            work::tick();
            // Citations and quotations come in text order: the sentence's are one run of each, found by
            // binary search (filtering all of them per sentence cost them × sentences in a long paragraph).
            let here = run(cites, |&(_, pos, _)| pos, &sentence);
            for q in run(&quotes, |q| q.outer.start, &sentence) {
                work::tick();
                let quotation = Quotation::parse(&plain[q.inner.clone()]);
                let span = file_offset(q.outer.start)..file_offset(q.outer.end.saturating_sub(1)) + 1;
                if quotation.is_empty() {
                    if !here.is_empty() {
                        report.warning(
                            span,
                            "quotation marks with no words inside",
                            "nothing to verify",
                            "put the quoted words between the marks, or remove them",
                        );
                    }
                    continue;
                }
                if here.is_empty() {
                    if !in_note {
                        report.warning(
                            span,
                            "quotation without a citation in its sentence",
                            "not verified",
                            "cite the source it comes from, e.g. `[@source-id]`, before the sentence ends",
                        );
                    }
                    continue;
                }
                // A cited source that failed to load cannot vouch either way: its error is reported, and
                // "not found in the others" would only mislead.
                let cites_failed =
                    here.iter().any(|&(_, _, c)| c.items.iter().any(|it| self.failed.contains(&it.id)));
                if cites_failed {
                    continue;
                }
                // Citations after the quotation first (the usual place), nearest first, then those before.
                let before = here.partition_point(|&(_, pos, _)| pos < q.outer.start);
                let after = here.partition_point(|&(_, pos, _)| pos <= q.outer.start);
                let mut order: Vec<usize> = here[after..].iter().map(|&(i, _, _)| i).collect();
                order.extend(here[..before].iter().rev().map(|&(i, _, _)| i));
                self.verify(&quotation, span, &order, resolved, report);
            }
        }
    }

    /// Looks for a quotation in the sources of the candidate citations (piece indexes, in the order to
    /// try); records where it was found or reports it with the closest passage.
    fn verify(
        &mut self,
        quotation: &Quotation,
        span: Range<usize>,
        order: &[usize],
        resolved: &mut HashMap<usize, Vec<Resolved>>,
        report: &mut Report<'_>,
    ) {
        for piece in order {
            let Some(items) = resolved.get_mut(piece) else {
                continue;
            };
            for item in items.iter_mut() {
                work::tick();
                let Some(paras) = self.paragraphs(item.id.as_str()) else {
                    continue;
                };
                let located = item.paragraphs.first().copied().filter(|_| !item.verified);
                let hit = paras
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| located.is_none_or(|n| n == i + 1))
                    .inspect(|_| work::tick())
                    .find(|(_, tokens)| find(quotation, tokens).is_some())
                    .map(|(i, _)| i + 1);
                if let Some(n) = hit {
                    if let Err(at) = item.paragraphs.binary_search(&n) {
                        item.paragraphs.insert(at, n);
                        item.found.insert(at, Found::Quotation);
                    }
                    item.verified = true;
                    self.verified += 1;
                    return;
                }
            }
        }
        // Not found: say where it is instead (outside a locator) or what comes closest.
        let ids: Vec<String> = order
            .iter()
            .filter_map(|p| resolved.get(p))
            .flatten()
            .map(|r| r.id.clone())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        if ids.is_empty() {
            return; // the citation itself is broken and already reported
        }
        for id in &ids {
            if let Some(n) = self
                .paragraphs(id.as_str())
                .and_then(|paras| paras.iter().position(|t| find(quotation, t).is_some()))
            {
                report.error(
                    span,
                    format!("quotation is in p{} of {id}, not in the paragraph the locator gives", n + 1),
                    "wrong paragraph",
                    Some(format!("cite it as `[@{id}, p{}]`", n + 1)),
                );
                return;
            }
        }
        // The quotation's words are counted once for every paragraph of every cited source.
        let nearest = Nearest::new(quotation);
        let mut best: Option<(usize, String, usize, Range<usize>, bool)> = None;
        for id in &ids {
            let Some(paras) = self.paragraphs(id.as_str()) else {
                continue;
            };
            for (i, tokens) in paras.iter().enumerate() {
                work::tick();
                if let Some((range, score)) = nearest.within(tokens) {
                    if best.as_ref().is_none_or(|b| score > b.0) {
                        // A long near-miss is shown by its first words, not as a passage of pages.
                        let shown = shown(range.clone());
                        let r = tokens[shown.start].span.start..tokens[shown.end - 1].span.end;
                        best = Some((score, id.clone(), i + 1, r, shown.end < range.end));
                    }
                }
            }
        }
        let help = best.and_then(|(score, id, n, r, cut)| {
            let source = self.sources.get(&id)?;
            let text = &source.paragraph_text(source.paragraph(n)?)[r];
            let more = if cut { " …" } else { "" };
            Some(if score == 0 {
                format!("{id} has no passage that shares words with it")
            } else {
                format!("closest passage in {id}, p{n}: “{text}{more}”")
            })
        });
        report.error(
            span,
            format!("quotation not found in {}", ids.join(" or ")),
            "not in the cited source",
            help,
        );
    }
}

/// The items of `sorted` (in order of `at`) that are at a position inside `range`.
fn run<'a, T>(sorted: &'a [T], at: impl Fn(&T) -> usize, range: &Range<usize>) -> &'a [T] {
    let from = sorted.partition_point(|x| at(x) < range.start);
    let to = sorted.partition_point(|x| at(x) < range.end).max(from);
    &sorted[from..to]
}

/// A count of the elementary steps of verification (sentences, quotations, cited items and paragraphs
/// searched), kept in tests only, so that a test can tell linear from quadratic without timing anything.
pub(super) mod work {
    #[cfg(test)]
    thread_local! {
        static STEPS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    }

    /// Counts one step (nothing outside tests).
    #[inline]
    pub(in crate::briefing) fn tick() {
        #[cfg(test)]
        STEPS.with(|s| s.set(s.get() + 1));
    }

    /// Counts `n` steps: bytes of text a step reads whole (nothing outside tests).
    #[inline]
    pub(in crate::briefing) fn add(n: usize) {
        #[cfg(test)]
        STEPS.with(|s| s.set(s.get() + n as u64));
        #[cfg(not(test))]
        let _ = n;
    }

    /// The steps this thread has counted so far.
    #[cfg(test)]
    pub(super) fn steps() -> u64 {
        STEPS.with(std::cell::Cell::get)
    }
}

#[cfg(test)]
mod tests {
    use super::work;
    use crate::briefing::compile;
    use crate::load::boilerplate::Rules;
    use crate::load::source::{self, Source};
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::Path;
    use std::sync::Arc;

    const ALPHA: &str = "+++\ntitle = \"Alpha\"\noutlet = \"Alpha Wire\"\npublished = 2021-05-28\n+++\nThe official said the group would “collect money and give it to the Taliban” in exchange.\nA second paragraph about Ghazni.\n";

    fn sources() -> BTreeMap<String, Source> {
        let rules_text: Arc<str> = Arc::from("");
        let rules = Rules::parse(Path::new("content/boilerplate.toml"), &rules_text).expect("empty rules");
        let known = ["alpha".to_string()];
        let s =
            source::load("alpha", Path::new("content/sources/alpha.txt"), Arc::from(ALPHA), &rules, &known)
                .expect("source");
        BTreeMap::from([("alpha".to_string(), s)])
    }

    /// The steps compiling a briefing of one paragraph made of `n` copies of `piece` takes.
    fn steps(sources: &BTreeMap<String, Source>, piece: &str, n: usize) -> u64 {
        let text = format!("+++\ntitle = \"T\"\ndate = 2026-11-22\n+++\n{}\n", piece.repeat(n));
        let before = work::steps();
        let _ = compile(
            Path::new("content/briefing.md"),
            Arc::from(text),
            sources,
            &BTreeSet::new(),
            None::<&crate::analyse::entities::Gazetteer>,
        );
        work::steps() - before
    }

    /// Found by the briefing fuzz target (4 KB of an HTML fixture as its input, 3.7 s): one footnote
    /// referenced thousands of times, whose whole text was gathered and cleaned again for the hover
    /// preview of each reference.
    #[test]
    fn a_footnote_referenced_many_times_is_previewed_once() {
        let sources = sources();
        let steps = |n: usize| {
            let text = format!(
                "+++\ntitle = \"T\"\ndate = 2026-11-22\n+++\n{}\n\n[^n1]: {}[@alpha].\n",
                "A claim.[^n1] ".repeat(n),
                "a long note with words ".repeat(n)
            );
            let before = work::steps();
            let briefing = compile(
                Path::new("content/briefing.md"),
                Arc::from(text),
                &sources,
                &BTreeSet::new(),
                None::<&crate::analyse::entities::Gazetteer>,
            );
            assert!(briefing.is_ok_and(|b| b.notes.len() == 1), "one note, referenced {n} times");
            work::steps() - before
        };
        let n = 1_000;
        let (at_n, at_2n) = (steps(n), steps(2 * n));
        assert!(at_n >= n as u64, "only {at_n} steps for {n} references");
        assert!(at_2n * 2 <= at_n * 5, "{at_n} steps at n, {at_2n} at 2n");
    }

    /// Linear work grows 2 times from n to 2n, n log n a little more; a quadratic one 4 times. Every shape
    /// is one paragraph: sentences, quotations and citations all in one run of text. Besides the steps,
    /// the bytes of sentence text copied and searched by wording count (see [`work::add`]).
    #[test]
    fn verification_work_grows_linearly_in_one_paragraph() {
        let sources = sources();
        for piece in [
            "Claim [@alpha]. ",
            "He said “collect money” [@alpha]. ",
            "“give it to the Taliban” [@alpha, p1]. ",
            "“collect money” [@alpha, p2]. ",
            "“not in the source at all” [@alpha]. ",
            "“collect money” and “give it” and “the Taliban” ",
            "“collect money” [@alpha] and “give it” [@alpha] in one sentence ",
            // Found by the fuzz target: thousands of citations in one sentence, found by wording
            // (supported, and not), each of which copied and looked up the whole sentence again.
            "and a second paragraph about Ghazni [@alpha] ",
            "and a claim on budgets in Ghazni [@alpha] ",
        ] {
            let n = 1_000;
            let (at_n, at_2n) = (steps(&sources, piece, n), steps(&sources, piece, 2 * n));
            assert!(at_n >= n as u64, "{piece:?}: only {at_n} steps for {n} pieces");
            assert!(at_2n * 2 <= at_n * 5, "{piece:?}: {at_n} steps at n, {at_2n} at 2n");
        }
    }
}
