//! Which sources copy or re-tell another: word-shingle overlap found through an inverted index of
//! shingles, combined with the `derived_from` front matter into one line of reporting per group of related
//! sources.
//!
//! Each text becomes the set of its 3-word shingles (folded words from [`dossier_core::text::tokenize`],
//! so case, curly quotes and diacritics do not matter). Every shingle lists the texts that contain it; the
//! pairs that share at least [`MIN_SHARED_SHINGLES`] of them are the candidates, measured exactly over
//! their shingle sets. A shingle found in more than [`STOCK_PHRASE_SOURCES`] texts is a stock phrase (a
//! dateline, a wire's tagline, "according to the"): it proposes no pair and is left out of the measure, as
//! it is not evidence that two texts share reporting (at a thousand articles on one topic, common phrases
//! alone put 7–13% of every article's shingles in every other), and counting it would make the cost grow
//! with the square of the corpus. Below that many texts nothing is a stock phrase. The cost
//! is the number of shingles times at most that many texts, so it grows linearly with the corpus. (An
//! earlier version used MinHash with one-row LSH bands, which proposes nearly every pair of texts that
//! share any common phrase: quadratic at a thousand sources.) The index and the measure are in
//! [`overlap`]; combining them with the declared origins into lines of reporting is in [`lines`].
//!
//! A pair counts as one text re-telling the other when at least [`RETELLING_CONTAINMENT`] of the shorter
//! text's shingles occur in the longer and they share at least [`MIN_SHARED_SHINGLES`]. On the seeds
//! (boilerplate removed) the three re-tellings of one CNN report measure 0.098–0.254, the independent
//! reports on the same topic at most 0.042.
//!
//! ```
//! # use dossier::analyse::provenance::{overlaps, relate, Doc};
//! # use dossier::load::source::Published;
//! let docs = [Doc { id: "a", text: "some text", published: Published::Day(2021, 5, 28) }];
//! let found = overlaps(&docs);
//! let relations = relate(&docs, &[], &found);
//! assert!(relations[0].independent);
//! ```

mod lines;
mod overlap;

pub use lines::{
    origin_label, relate, relate_sized, Link, Relation, NEAR_COPY_CONTAINMENT, SHORTER_RETELLING,
};
pub use overlap::{
    compare, is_retelling, overlaps, overlaps_of, shingles, shingles_of, Doc, Overlap, MIN_SHARED_SHINGLES,
    RETELLING_CONTAINMENT, SHINGLE_WORDS, STOCK_PHRASE_SOURCES,
};

#[cfg(test)]
mod tests {
    use super::overlap::shingles;
    use super::*;
    use crate::load::source::{Origin, Published};

    /// CNN's report as an aggregator carried it (excerpt of a seed).
    const CNN: &str = "The operation against al-Rauf netted al Qaeda messages between Afghanistan and Syria, one \
        Afghan official said. Two rare US strikes against al Qaeda militants in Syria’s Idlib province followed in \
        the ten days afterwards, although US officials played down any connection. The previously undisclosed \
        details of the al-Rauf raid contribute to a picture of how tight al Qaeda’s bonds with the Taliban are, \
        according to one senior Afghan intelligence official speaking to CNN. It is “now much deeper than we \
        think,” the senior official said. “It is not only now an ideological connection, it’s also a family \
        connection. There are intermarriages. And that is impossible for Taliban to stop, and to not allow [al \
        Qaeda] to do something outside” the country.\n\
        The official said al Qaeda is given sanctuary by the Taliban in exchange for expertise in fund-raising and \
        bomb-making. The terrorists “collect money from different parts of the world and give it to the Taliban,” \
        the official explained. “They train suicide bombers and help them in strategic thinking. In return, the \
        Taliban provide them shelter.”";

    /// The same report re-told in a machine translation (excerpt of a seed).
    const RETOLD: &str = "According to one Afghan official, al-Qaeda communications between Afghanistan and Syria \
        were recorded during the operation against Husama Abd al-Rauf. Within ten days, there followed two rare US \
        attacks on al-Qaeda militants in Syria’s Idlib province, although Pentagon officials downplayed any link \
        between the two operations.\n\
        Previously undisclosed details of the raid in Ghazni province provide an indication of how close \
        al-Qaeda’s ties to the Taliban are, according to a senior Afghan intelligence official in an interview \
        with CNN.\n\
        “This is now much deeper than we think,” said the channel’s source. – Now it is not only an ideological \
        connection, it is also family ties. There are mixed marriages. And it is impossible for the Taliban to \
        stop and prevent Al Qaeda from doing anything outside of Afghanistan.\n\
        According to Afghan sources CNN, the Taliban provided safe haven to al-Qaeda “in exchange for expertise in \
        fundraising and bomb-making.” According to the official, the terrorists “collect money from different \
        parts of the world and transfer it to the Taliban.”";

    /// Independent reporting on the same topic (excerpts of two other seeds).
    const BEAST: &str = "Several Afghan officials have confirmed to the Daily Beast that al-Qaeda continues to have \
        close ties with the Taliban insurgency, despite a US-Taliban deal last year that required the militant \
        group to sever all ties with the insurgency. “As a soldier on the ground, I can verify that Al Qaeda and \
        the Taliban are still fighting together. We saw them, fought and killed them, ”said an Afghan soldier, who \
        identified himself as Karim to protect his identity. Another Afghan military official explained that Al \
        Qaeda’s involvement with the Taliban ran even deeper. “They are not only fighting, but also training the \
        Taliban to make IEDs, use mortars and small drones to monitor Afghan checkpoints,” said Sami Sadat.";
    const WIRE: &str = "The United States Government has warned that the terrorist organization Al Qaeda “is gaining \
        strength” in Afghanistan while “continuing to operate under the protection of the Taliban”, despite the \
        historic February 2020 peace agreement between Washington and the Insurgents forced the group to cut its \
        ties with Al Qaeda. The Treasury Department has highlighted in a report that Al Qaeda “continues to \
        operate with the Taliban under the protection of the Taliban” and has indicated that the terrorist \
        organization “takes advantage of its relationship with the Taliban through a network of embedded mentors \
        and advisers.”";

    /// A near-copy of `CNN`: a new first line, the last sentence dropped, a word changed.
    fn copy() -> String {
        let body = CNN.replace("the senior official said", "the senior official told CNN");
        let cut = body.rfind("“They train").unwrap_or(body.len());
        format!("Kabul (CNN) A raid on a remote village kills an ageing al Qaeda leader.\n{}", &body[..cut])
    }

    /// A text with its date given as in front matter (`2021`, `2021-05`, `2021-05-28`).
    fn doc<'a>(id: &'a str, text: &'a str, published: Option<&str>) -> Doc<'a> {
        Doc { id, text, published: published.map_or(Published::Unknown, date) }
    }

    fn date(iso: &str) -> Published {
        let parts: Vec<u16> = iso.split('-').map(|p| p.parse().unwrap_or(0)).collect();
        match parts[..] {
            [y] => Published::Year(y),
            [y, m] => Published::Month(y, m as u8),
            [y, m, d] => Published::Day(y, m as u8, d as u8),
            _ => Published::Unknown,
        }
    }

    /// Declared origins as the loader types them: an id of one of `docs` is a source, anything else an
    /// outlet.
    fn origins_of(docs: &[Doc], list: &[(&str, &[&str])]) -> Vec<(String, Vec<Origin>)> {
        let origin = |o: &&str| {
            if docs.iter().any(|d| d.id == *o) {
                Origin::Source(o.to_string())
            } else {
                Origin::Outlet(o.to_string())
            }
        };
        list.iter().map(|(id, origins)| (id.to_string(), origins.iter().map(origin).collect())).collect()
    }

    fn pairs(found: &[Overlap]) -> Vec<(&str, &str)> {
        found.iter().map(|o| (o.a.as_str(), o.b.as_str())).collect()
    }

    #[test]
    fn finds_copies_and_retellings_but_not_independent_reports() {
        let copy = copy();
        let docs = [
            doc("cnn", CNN, None),
            doc("copy", &copy, None),
            doc("retold", RETOLD, None),
            doc("beast", BEAST, None),
            doc("wire", WIRE, None),
        ];
        let found = overlaps(&docs);
        assert_eq!(pairs(&found), vec![("cnn", "copy"), ("cnn", "retold"), ("copy", "retold")]);
        assert!(found[0].containment > 0.9, "{found:?}");
        assert!(found[1].containment < NEAR_COPY_CONTAINMENT, "{found:?}");
        for (a, b) in [(0, 3), (0, 4), (2, 3), (2, 4), (3, 4)] {
            let o = compare(&docs[a], &docs[b]);
            assert!(!is_retelling(&o) && o.containment < RETELLING_CONTAINMENT, "{o:?}");
        }
        assert_eq!(found, overlaps(&docs), "deterministic");
    }

    fn links(list: &[Link]) -> Vec<(&str, u32)> {
        list.iter().map(|l| (l.source.as_str(), (l.containment * 100.0).round() as u32)).collect()
    }

    #[test]
    fn the_later_source_derives_from_the_earlier() {
        let copy = copy();
        let docs = [
            doc("copy", &copy, Some("2021-05-29")),
            doc("cnn", CNN, Some("2021-05-28")),
            doc("wire", WIRE, Some("2021-01")),
        ];
        let rel = relate(&docs, &[], &overlaps(&docs));
        assert_eq!(rel[0].derived_from, vec!["cnn"]);
        assert_eq!(links(&rel[0].detected).len(), 1);
        assert!(rel[0].detected[0].containment > 0.9);
        assert!(!rel[0].independent);
        assert!(rel[1].derived_from.is_empty() && rel[1].detected.is_empty());
        assert_eq!(
            links(&rel[1].copied_by),
            links(&rel[0].detected).iter().map(|l| ("copy", l.1)).collect::<Vec<_>>()
        );
        assert!(!rel[1].independent, "the original of a copy in the set is not alone in its line");
        assert_eq!((rel[0].line.as_str(), rel[1].line.as_str()), ("cnn", "cnn"));
        assert!(rel[2].independent && rel[2].derived_from.is_empty() && rel[2].copied_by.is_empty());
        assert_eq!(rel[2].line, "wire");
    }

    #[test]
    fn without_comparable_dates_a_declared_origin_or_a_known_date_tells_the_original() {
        let copy = copy();
        // "2021" and "2021-05-28" cannot be ordered; nothing else tells the two near-copies apart.
        let docs = [doc("cnn", CNN, Some("2021")), doc("copy", &copy, Some("2021-05-28"))];
        let found = overlaps(&docs);
        let rel = relate(&docs, &[], &found);
        for (r, other) in [(&rel[0], "copy"), (&rel[1], "cnn")] {
            assert!(r.derived_from.is_empty() && r.copied_by.is_empty(), "{r:?}");
            assert_eq!(links(&r.undecided).iter().map(|l| l.0).collect::<Vec<_>>(), [other]);
            assert!(!r.independent, "{r:?}");
            assert_eq!(r.line, "cnn or copy", "named after both: either may be the original");
        }
        // The one whose origin is declared is the likelier original, whichever is listed first.
        let declared = origins_of(&docs, &[("copy", &["CNN"])]);
        let rel = relate(&docs, &declared, &found);
        assert_eq!(rel[0].derived_from, vec!["copy"]);
        assert_eq!(rel[1].derived_from, vec!["CNN"]);
        assert!(rel[1].detected.is_empty() && rel.iter().all(|r| r.undecided.is_empty()));
        assert_eq!(rel[1].copied_by.len(), 1);
        // So is the one with a known date, against an unknown one.
        let docs = [doc("cnn", CNN, None), doc("copy", &copy, Some("2021-05-28"))];
        let rel = relate(&docs, &[], &found);
        assert_eq!(
            (rel[0].derived_from.as_slice(), rel[1].derived_from.as_slice()),
            (&["copy".to_string()][..], &[][..])
        );
    }

    #[test]
    fn a_clearly_shorter_retelling_derives_from_the_longer_but_a_near_copy_does_not() {
        // The re-telling against a longer report that carries the same text: the shorter re-tells it.
        let long = format!("{CNN}\n{BEAST}");
        let docs = [doc("long", &long, None), doc("retold", RETOLD, None)];
        let found = overlaps(&docs);
        assert!(found[0].containment < NEAR_COPY_CONTAINMENT, "{found:?}");
        let rel = relate(&docs, &[], &found);
        assert_eq!(rel[1].derived_from, vec!["long"]);
        assert!(rel[0].derived_from.is_empty());
        // Of about the same length: which re-tells which is unknown.
        let docs = [doc("cnn", CNN, None), doc("retold", RETOLD, None)];
        let rel = relate(&docs, &[], &overlaps(&docs));
        assert!(rel.iter().all(|r| r.derived_from.is_empty() && r.undecided.len() == 1), "{rel:?}");
        // A near-copy with a paragraph more is not thereby the original.
        let longer_copy = format!("{}\n{BEAST}", copy());
        let docs = [doc("cnn", CNN, None), doc("copy", &longer_copy, None)];
        let rel = relate(&docs, &[], &overlaps(&docs));
        assert!(rel.iter().all(|r| r.derived_from.is_empty() && r.undecided.len() == 1), "{rel:?}");
    }

    #[test]
    fn a_near_copy_derives_from_its_original_only() {
        // An undeclared near-copy of one of two declared re-tellings of the same report: its overlap with
        // the other re-telling comes from the one it copies.
        let copy = copy();
        let docs = [
            doc("aggregator", CNN, Some("2021")),
            doc("copy", &copy, Some("2021")),
            doc("retold", RETOLD, Some("2021-05-28")),
        ];
        let declared = origins_of(&docs, &[("aggregator", &["CNN"]), ("retold", &["CNN"])]);
        let found = overlaps(&docs);
        assert_eq!(pairs(&found), vec![("aggregator", "copy"), ("aggregator", "retold"), ("copy", "retold")]);
        let rel = relate(&docs, &declared, &found);
        assert_eq!(rel[1].derived_from, vec!["aggregator"]);
        assert_eq!(links(&rel[1].detected).iter().map(|l| l.0).collect::<Vec<_>>(), ["aggregator"]);
        assert_eq!(links(&rel[0].copied_by).iter().map(|l| l.0).collect::<Vec<_>>(), ["copy"]);
        assert!(rel[2].copied_by.is_empty() && rel[2].derived_from == ["CNN"]);
        assert!(rel.iter().all(|r| r.line == "CNN" && !r.independent && r.undecided.is_empty()));
    }

    #[test]
    fn a_common_declared_origin_is_one_line_of_reporting() {
        let copy = copy();
        let docs = [
            doc("retold", RETOLD, Some("2021-05-28")),
            doc("aggregator", CNN, None),
            doc("beast", BEAST, Some("2021-05")),
            doc("wire", WIRE, Some("2021-01")),
        ];
        let declared = origins_of(
            &docs,
            &[("retold", &["CNN"]), ("aggregator", &["cnn"]), ("beast", &["The Daily Beast"])],
        );
        let rel = relate(&docs, &declared, &overlaps(&docs));
        // Siblings that re-tell the same report are not linked to each other.
        assert_eq!(rel[0].derived_from, vec!["CNN"]);
        assert_eq!(rel[1].derived_from, vec!["cnn"]);
        assert!(!rel[0].independent && !rel[1].independent);
        assert_eq!((rel[0].line.as_str(), rel[1].line.as_str()), ("CNN", "CNN"));
        assert!(rel[2].independent, "one outlet's report carried once is independent");
        assert_eq!(rel[2].line, "The Daily Beast");
        assert!(rel[3].independent);
        // A near-copy among siblings is linked to the one it copies.
        let docs = [doc("aggregator", CNN, Some("2021-05-28")), doc("copy", &copy, Some("2021-05-30"))];
        let declared = origins_of(&docs, &[("aggregator", &["CNN"]), ("copy", &["CNN"])]);
        let rel = relate(&docs, &declared, &overlaps(&docs));
        assert_eq!(rel[1].derived_from, vec!["CNN", "aggregator"]);
    }

    #[test]
    fn a_declared_source_id_links_inside_the_set() {
        let docs = [doc("beast", BEAST, None), doc("wire", WIRE, None)];
        let declared = origins_of(&docs, &[("wire", &["beast", "beast"])]);
        let rel = relate(&docs, &declared, &[]);
        assert_eq!(rel[1].derived_from, vec!["beast"]);
        assert!(rel[1].detected.is_empty(), "declared, not detected");
        assert!(!rel[1].independent && !rel[0].independent, "the two are one line");
        assert_eq!(rel[1].line, "beast");
        // Unknown ids in `declared` and overlaps are ignored.
        let stray =
            Overlap { a: "x".into(), b: "beast".into(), similarity: 1.0, containment: 1.0, shared: 99 };
        let rel = relate(&docs, &origins_of(&docs, &[("nobody", &["CNN"])]), &[stray]);
        assert!(rel.iter().all(|r| r.independent && r.derived_from.is_empty()));
    }

    #[test]
    fn stock_phrases_shared_by_every_text_link_nothing_but_copies_are_still_found() {
        // Every text carries the same boilerplate sentence plus words of its own; two are copies.
        let stock =
            "according to officials who spoke on condition of anonymity the situation remains unclear";
        let texts: Vec<String> = (0..STOCK_PHRASE_SOURCES + 10)
            .map(|i| {
                let own: Vec<String> = (0..40).map(|k| format!("w{i}x{k}")).collect();
                format!("{stock} {}", own.join(" "))
            })
            .collect();
        let mut texts = texts;
        texts.push(texts[3].clone());
        let ids: Vec<String> = (0..texts.len()).map(|i| format!("t{i}")).collect();
        let docs: Vec<Doc<'_>> = texts
            .iter()
            .zip(&ids)
            .map(|(text, id)| Doc { id, text, published: Published::Unknown })
            .collect();
        let found = overlaps(&docs);
        let last = format!("t{}", texts.len() - 1);
        assert_eq!(pairs(&found), [("t3", last.as_str())]);
    }

    #[test]
    fn empty_and_tiny_texts() {
        let docs =
            [doc("a", "", None), doc("b", "", None), doc("c", "one two", None), doc("d", "one two", None)];
        assert!(overlaps(&docs).is_empty(), "identical two-word texts share too few shingles");
        assert_eq!(compare(&docs[0], &docs[1]).containment, 0.0);
        assert!(overlaps(&[]).is_empty());
        assert!(relate(&[], &[], &[]).is_empty());
        let long = "word ".repeat(3000) + "é".repeat(5000).as_str() + " tail";
        assert_eq!(shingles(&long).len(), 3);
        let (may, day) = (date("2021-05"), date("2021-05-28"));
        assert_eq!(may.cmp_common(&day), Some(std::cmp::Ordering::Equal));
        assert_eq!(date("2021-01").cmp_common(&day), Some(std::cmp::Ordering::Less));
        assert_eq!(Published::Unknown.cmp_common(&day), None);
    }
}
