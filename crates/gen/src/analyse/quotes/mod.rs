//! Direct quotations with their speakers, the same quotation across sources, and word-level differences.
//!
//! [`extract`] pairs quotation marks paragraph by paragraph, tolerating what machine translation and
//! re-publishing do to them: curly marks the wrong way round (`, ”said X`, `. “` closing a paragraph, `“he
//! said,”` inverted), a quote left open before the next one starts, a quote continued into the next
//! paragraph (which opens with a mark), a nested quote in the same marks (`his whole “empire”, for`), and
//! a Russian-style dash continuation (`“…,” said X. – Now it is …`). Single curly quotes count only when
//! they hold at least [`MIN_SINGLE_QUOTED_WORDS`] words; shorter ones are scare quotes (`‘protection’`).
//!
//! The speaker comes from the words around each quote, in this order: an attribution right after it
//! (`“…,” said X`, `“…,” X said`, `X, a spokeswoman for …, told …`, `” , did he declare`), one before it in
//! the same sentence (`X said: “…`, `X told … that … “…`, `According to X, … “…`), another quote of the
//! same sentence, and the quote before it in the paragraph. A pronoun resolves to the last speaker named
//! in the source before it (named people and anonymous descriptors alike); `an Afghan soldier, who
//! identified himself as Karim` names Karim.
//!
//! [`cluster`] groups occurrences of one statement across sources (reworded by translation too) with an
//! inverted index of content-word stems weighted by rarity, and short quotes reworded past any shared word
//! by their place next to quotes already matched in the same paragraphs; [`word_diff`] shows how two
//! wordings differ.
//!
//! ```
//! use dossier::analyse::quotes::{cluster, extract, Paragraph};
//! let paragraphs = [
//!     Paragraph { source: "a", index: 1, text: "The terrorists “collect money from different parts of the world \
//!         and give it to the Taliban,” the official explained." },
//!     Paragraph { source: "b", index: 4, text: "According to the official, the terrorists “collect money from \
//!         different parts of the world and transfer it to the Taliban.”" },
//! ];
//! let quotes = extract(&paragraphs);
//! assert_eq!(quotes[0].speaker.as_deref(), Some("the official"));
//! assert_eq!(quotes[1].speaker_cue.as_deref(), Some("according to"));
//! let clusters = cluster(&quotes);
//! assert_eq!(clusters.len(), 1);
//! assert_eq!(clusters[0].id, "q-collect-money-from-different-parts-of");
//! ```

mod attribution;
mod clustering;
mod diff;
mod layout;
mod marks;
mod quote;
mod speaker;

pub use clustering::{cluster, Cluster, ALIGNED_MAX_WORDS, SAME_STATEMENT_CONTAINED, SAME_STATEMENT_COSINE};
pub use diff::{quotation_diff, word_diff, DiffOp};
pub use quote::{Paragraph, Quote, MIN_SINGLE_QUOTED_WORDS};
pub use speaker::speaker_key;

use attribution::{extract_source, Words};
use dossier_core::text::Token;
use rayon::prelude::*;
use std::collections::BTreeMap;

/// Finds every quotation in the paragraphs, with its speaker.
///
/// The paragraphs may come from several sources; each source's paragraphs must be in order. Quotes come
/// back grouped by source (in order of first appearance), then in reading order.
pub fn extract(paragraphs: &[Paragraph]) -> Vec<Quote> {
    let mut order: Vec<&str> = Vec::new();
    let mut by_source: BTreeMap<&str, Vec<&Paragraph>> = BTreeMap::new();
    for p in paragraphs {
        let list = by_source.entry(p.source).or_default();
        if list.is_empty() {
            order.push(p.source);
        }
        list.push(p);
    }
    // Sources are independent: extracted in parallel, concatenated in input order.
    order
        .par_iter()
        .map(|s| extract_source(by_source.get(s).map(Vec::as_slice).unwrap_or(&[]), Words::Uncut))
        .collect::<Vec<_>>()
        .into_iter()
        .flatten()
        .collect()
}

/// [`extract`] of one source's paragraphs (in order) whose words are known: `words` is
/// [`dossier_core::text::tokenize`] of the paragraphs' texts joined by `"\n\n"`, and `starts[k]` is where
/// paragraph `k` starts in that text. Gives what [`extract`] gives, without cutting the words again.
pub fn extract_joined(paragraphs: &[Paragraph], words: &[Token], starts: &[usize]) -> Vec<Quote> {
    let list: Vec<&Paragraph> = paragraphs.iter().collect();
    extract_source(&list, Words::Joined(words, starts))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Extracts the quotes of one source given as paragraphs.
    fn quotes(paragraphs: &[&str]) -> Vec<Quote> {
        let ps: Vec<Paragraph> = paragraphs
            .iter()
            .enumerate()
            .map(|(i, t)| Paragraph { source: "s", index: i + 1, text: t })
            .collect();
        extract(&ps)
    }

    /// `(text, speaker)` pairs.
    fn said(paragraphs: &[&str]) -> Vec<(String, Option<String>)> {
        quotes(paragraphs).into_iter().map(|q| (q.text, q.speaker)).collect()
    }

    fn pair(text: &str, speaker: Option<&str>) -> (String, Option<String>) {
        (text.to_string(), speaker.map(str::to_string))
    }

    /// Extraction from one cut of the joined paragraphs finds what extraction paragraph by paragraph
    /// finds: the same quotes, spans and speakers (cues are found through the words).
    #[test]
    fn words_of_the_joined_text_give_what_each_paragraph_s_words_give() {
        let texts = [
            "“This is now much deeper than we think,” said the channel’s source. – Now it is not only an \
             ideological connection.",
            "",
            "Mr. Ahmadi told reporters: “We will not leave.” According to Ahmadi, “the talks failed.”",
            "Sami Sadat, the général, added: ‘they train suicide bombers every week’ and left.",
            "“It is over,” she said.\n“Maybe not,” he replied, according to a statement.",
        ];
        let ps: Vec<Paragraph> =
            texts.iter().enumerate().map(|(i, t)| Paragraph { source: "s", index: i + 1, text: t }).collect();
        let (joined, starts) = crate::analyse::text::joined(&texts);
        let words = dossier_core::text::tokenize(&joined);
        let each = extract(&ps);
        assert!(each.len() >= 5 && each.iter().filter(|q| q.speaker.is_some()).count() >= 4, "{each:?}");
        assert_eq!(extract_joined(&ps, &words, &starts), each);
    }

    #[test]
    fn said_after_the_quote_and_a_dash_continuation() {
        let got =
            said(&["“This is now much deeper than we think,” said the channel’s source. – Now it is not \
            only an ideological connection, it is also family ties. There are mixed marriages. "]);
        assert_eq!(
            got,
            vec![
                pair("This is now much deeper than we think", Some("the channel’s source")),
                pair(
                    "Now it is not only an ideological connection, it is also family ties. There are mixed marriages.",
                    Some("the channel’s source")
                ),
            ]
        );
    }

    #[test]
    fn name_before_an_apposition_and_the_next_quote_of_the_paragraph() {
        let got = said(&["“They are not only fighting, but also training the Taliban to make IEDs,” said Sami \
            Sadat, commanding general of the 215 Maiwand Corps of the. Afghan Army, a specialized unit from the \
            southern provinces. “Al Qaeda has been quite active since February of last year.”"]);
        assert_eq!(got[0].1.as_deref(), Some("Sami Sadat"));
        assert_eq!(
            got[1],
            pair("Al Qaeda has been quite active since February of last year.", Some("Sami Sadat"))
        );
    }

    #[test]
    fn a_descriptor_who_identified_himself_names_the_speaker_and_he_resolves_to_him() {
        let got = said(&[
            "“As a soldier on the ground, I can verify that Al Qaeda and the Taliban are still fighting together. We \
             saw them, fought and killed them, ”said an Afghan soldier, who identified himself as Karim to protect \
             his identity.",
            "Karim fought on the front lines in the southern provinces of Afghanistan and told the Daily Beast that he \
             had met foreign fighters associated with Al Qaeda from Pakistan, China, Chechnya and ‘other. \
             “Al-Qaeda operatives generally assist the Taliban in more complex operations,” he said.",
        ]);
        assert_eq!(got[0].1.as_deref(), Some("Karim"));
        assert!(got[0].0.ends_with("killed them"), "{}", got[0].0);
        assert_eq!(got[1].1.as_deref(), Some("Karim"));
    }

    #[test]
    fn a_pronoun_resolves_to_the_last_speaker_named_before_it() {
        let got = said(&[
            "“We saw them,” said Karim.",
            "The Afghan spy official echoed similar sentiments. “They are linked, not only by ideology, but also by \
             blood and marriage,” he said. “They will not fight them, not now, or when the United States leaves,” \
             he added.",
        ]);
        assert_eq!(got[1].1.as_deref(), Some("The Afghan spy official"));
        assert_eq!(got[2].1.as_deref(), Some("The Afghan spy official"));
        let q = quotes(&["President Joe Biden has staked much of his plan on the terror group no longer being a \
            threat. When announcing the withdrawal, he said that the US had gone to Afghanistan to be sure it could \
            “not be used as a base from which to attack our homeland again.” With al Qaeda “degraded,” it had \
            “accomplished that objective,” he maintained."]);
        let speakers: Vec<_> = q.iter().map(|q| q.speaker.as_deref()).collect();
        assert_eq!(speakers, vec![Some("Joe Biden"); 3]);
        assert_eq!(q[2].speaker_cue.as_deref(), Some("maintained"));
        // No one named before: no speaker rather than a guess.
        assert_eq!(said(&["“We will win,” he said."])[0].1, None);
    }

    #[test]
    fn an_unclosed_quote_ends_where_the_next_one_opens() {
        let got = said(&["Sohail Shaheen, a prominent member of the Taliban negotiating team, told the Daily Beast \
            that the Biden administration’s failure to meet the original May 1 withdrawal deadline meant all bets were \
            off: “The United States violated the agreement. Now the Taliban reserve the right to attack. Shaheen added \
            that the Taliban now had “a large number of volunteers on the waiting list to join the Jihad.”"]);
        assert_eq!(
            got,
            vec![
                pair(
                    "The United States violated the agreement. Now the Taliban reserve the right to attack.",
                    Some("Sohail Shaheen")
                ),
                pair("a large number of volunteers on the waiting list to join the Jihad.", Some("Shaheen")),
            ]
        );
    }

    #[test]
    fn an_inverted_he_said_splits_the_quote() {
        let got = said(&["A former Taliban minister who spoke to The Daily Beast described Al-Qaeda-Taliban joint \
            efforts in even more cruel terms: “If [we] cannot come to a political agreement and the violence \
            continues, “he said,” so the Taliban will allow anyone who can be a pain in the ass for Americans to join \
            them. “"]);
        assert_eq!(
            got,
            vec![
                pair("If [we] cannot come to a political agreement and the violence continues", Some("A former Taliban minister")),
                pair(
                    "so the Taliban will allow anyone who can be a pain in the ass for Americans to join them.",
                    Some("A former Taliban minister")
                ),
            ]
        );
    }

    #[test]
    fn a_quote_inside_a_quote_stays_inside() {
        let got = said(&[
            "“Based on our intelligence, we estimate that 6,000 to 10,000 Taliban fighters have pledged allegiance to \
             Al Qaeda,” an official from the National Security Directorate told The Daily Beast, the Afghan spy \
             agency. the condition of anonymity. “These are Taliban members who see them as allies.” , did he declare.",
            "“Let us not forget that Mullah Omar [founder of the Taliban] sacrificed his islamic emirate, his whole \
             “empire”, for Osama bin Laden. So many fighters will never violate this relationship, ”he explained.",
        ]);
        let official = Some("an official from the National Security Directorate");
        assert_eq!(got.len(), 3);
        assert!(got.iter().all(|(_, s)| s.as_deref() == official), "{got:?}");
        assert_eq!(got[1].0, "These are Taliban members who see them as allies.");
        assert!(got[2].0.contains("his whole “empire”, for Osama bin Laden. So many"), "{}", got[2].0);
        assert!(got[2].0.ends_with("this relationship"));
    }

    #[test]
    fn according_to_and_a_dash_before_the_cue() {
        let got = quotes(&[
            "According to Afghan sources CNN, the Taliban provided safe haven to al-Qaeda “in exchange for expertise in \
             fundraising and bomb-making.” According to the official, the terrorists “collect money from different \
             parts of the world and transfer it to the Taliban.”",
            "“They train suicide bombers and help them think strategically. In turn, the Taliban provide them with \
             shelter”, – he explained.",
        ]);
        let got: Vec<_> = got.iter().map(|q| (q.speaker.as_deref(), q.speaker_cue.as_deref())).collect();
        assert_eq!(
            got,
            vec![
                (Some("Afghan sources CNN"), Some("according to")),
                (Some("the official"), Some("according to")),
                (Some("the official"), Some("explained")),
            ]
        );
    }

    #[test]
    fn attributions_translated_word_for_word() {
        let un = said(&[
            "“Senior al-Qaeda leaders remain present in Afghanistan. A number of prominent Al Qaeda \
            figures have been killed in Afghanistan during the reporting period, ”UN report says declared.",
        ]);
        assert_eq!(un[0].1.as_deref(), Some("UN report"));
        let biden = quotes(&["In his announcement of the new 9/11 withdrawal date last month, President Joe Biden \
            argued that post-bin Laden al-Qaeda was no longer a threat to the United States. “We entered the war with \
            clear objectives. Bin Laden is dead and Al Qaeda is degraded in Afghanistan. And it’s time to end the \
            Eternal War, ”he mentionned."]);
        assert_eq!(biden[0].speaker.as_deref(), Some("Joe Biden"));
        assert_eq!(biden[0].speaker_cue.as_deref(), Some("mentionned"));
    }

    #[test]
    fn ranks_and_appositions_around_a_name() {
        let got = said(&["Lt. Col. Karen Roxberry, a spokeswoman for the US Central Command (CENTCOM, covering the \
            Middle East), said she was “unaware of the link” between the Afghan raid and strikes in Syrian Idlib."]);
        assert_eq!(got, vec![pair("unaware of the link", Some("Karen Roxberry"))]);
        let got = said(&["Security experts monitoring the insurgencies agreed with the forces on the ground. “I don’t \
            see any significant rift between the Taliban and al-Qaeda. The relationship remains intact, ”Ali Mir \
            Asfandyar, postdoctoral fellow at Stanford University’s Center for International Security and \
            Cooperation, told The Daily Beast."]);
        assert_eq!(got[0].1.as_deref(), Some("Ali Mir Asfandyar"));
        let got = said(&["For his part, the coordinator of the United Nations Taliban, Al Qaeda and Islamic State \
            Monitoring Team, Edmund Fitton-Brown, said in October that this terrorist organization continues to be \
            “strongly integrated” with the Taliban.",
            "“The Taliban were speaking periodically and at a very high level with Al Qaeda,” said Fitton-Brown, \
             adding that their relations “have not changed substantially” since the signing of the agreement."]);
        let speakers: Vec<_> = got.iter().map(|g| g.1.as_deref()).collect();
        assert_eq!(speakers, vec![Some("Edmund Fitton-Brown"), Some("Fitton-Brown"), Some("Fitton-Brown")]);
    }

    #[test]
    fn a_sentence_final_attribution_but_not_across_an_aside() {
        let got = said(&["Washington: Al-Qaeda’s bond with Taliban is “now much deeper” than the world thinks as the \
            former’s terrorists are given sanctuary by the Taliban in exchange for expertise in fund-raising and \
            bomb-making, a senior Afghan intelligence official said."]);
        assert_eq!(got, vec![pair("now much deeper", Some("a senior Afghan intelligence official"))]);
        // The attribution after the aside is not the quote's; the one inside it is.
        let got = quotes(&["In Kunar, the eastern province that Biden visited as vice president – and recently \
            called the “gates of hell” – the group is said to have recruited fighters from the ranks of the Taliban, \
            local officials have claimed."]);
        let got: Vec<_> =
            got.iter().map(|q| (q.text.as_str(), q.speaker.as_deref(), q.speaker_cue.as_deref())).collect();
        assert_eq!(got, vec![("gates of hell", Some("Biden"), Some("called"))]);
    }

    #[test]
    fn a_name_before_and_is_the_subject_of_the_verb_after_it() {
        let got = said(&[
            "Karim fought on the front lines in the southern provinces of Afghanistan and told the \
            Daily Beast that “Al-Qaeda operatives generally assist the Taliban in more complex operations.”",
        ]);
        assert_eq!(got[0].1.as_deref(), Some("Karim"));
        // A name that neither opens the clause nor a relative clause is not the subject.
        let got = said(&["The minister in Kabul met officials and said the talks were “going well.”"]);
        assert_ne!(got[0].1.as_deref(), Some("Kabul"));
        assert!(got[0].1.as_deref().is_some_and(|s| s.starts_with("The minister")), "{got:?}");
    }

    #[test]
    fn a_naming_verb_attributes_only_to_a_name_or_a_pronoun() {
        let got = said(&["Biden recently called the province the “gates of hell.”"]);
        assert_eq!(got[0].1.as_deref(), Some("Biden"));
        let got = said(&["“We will stay,” Karim said. He called it “a matter of honour.”"]);
        assert_eq!(got[1].1.as_deref(), Some("Karim"));
        // A descriptor before `called` is a name given to a thing, not a speaker.
        let got = said(&["They joined a group called “the Base” in 1998."]);
        assert_eq!(got, vec![pair("the Base", None)]);
        let got = said(&["It is a movement so called “the Emirate” by its members."]);
        assert_eq!(got[0].1, None);
    }

    #[test]
    fn a_document_speaks_through_its_parts() {
        let got = quotes(&["The first bullet point the peace deal signed with the US in Doha last year states that \
            the Taliban “will prevent the use of the soil of Afghanistan by any group or individual against the \
            security of the United States and its allies.”"]);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].speaker.as_deref(), Some("the peace deal signed with the US in Doha"));
        assert_eq!(got[0].speaker_cue.as_deref(), Some("states"));
        let got = said(&[
            "Article 4 of the agreement between Washington and the Taliban says the sides will “meet \
            again.”",
        ]);
        assert_eq!(got[0].1.as_deref(), Some("the agreement between Washington and the Taliban"));
        // A person who read the document is still the speaker.
        let got = said(&["The official who read the peace deal says the Taliban will “never comply.”"]);
        assert_eq!(got[0].1.as_deref(), Some("The official who read the peace deal"));
    }

    #[test]
    fn inherited_subjects_relative_clauses_and_a_closing_mark_the_wrong_way() {
        let got = said(&[
            "The Treasury Department has highlighted in a report that Al Qaeda “continues to operate with the Taliban \
             under the protection of the Taliban” and has indicated that the terrorist organization “takes advantage \
             of its relationship with the Taliban through a network of embedded mentors and advisers. with the \
             Taliban who provide advice, guidance and financial support. “",
            "He also stated that senior officials of the Haqqani Network, an ally of the Taliban, “have discussed \
             creating a new joint unit of armed combatants in cooperation and financed with Al Qaeda.”",
            "The Afghan authorities have repeatedly accused the Taliban of maintaining their ties with Al Qaeda despite \
             the peace agreement with the United States, which has been rejected by the insurgent group, which has \
             argued that the terrorist organization “has no presence” in the country.",
        ]);
        let speakers: Vec<_> = got.iter().map(|g| g.1.as_deref()).collect();
        assert_eq!(
            speakers,
            vec![
                Some("The Treasury Department"),
                Some("The Treasury Department"),
                Some("The Treasury Department"),
                Some("the insurgent group")
            ]
        );
        assert!(got[1].0.ends_with("financial support."), "{}", got[1].0);
    }

    #[test]
    fn an_unclosed_quote_runs_to_the_paragraph_end_only() {
        let got = said(&[
            "“The Taliban have gained immense respect,” an undercover intelligence officer and diplomat based in \
             Afghanistan told The Daily Beast. “[The Taliban and al Qaeda] respect each other. If there is no peace, \
             [they] could be each other’s favorites again.",
            "The diplomat is not alone in his assessment.",
        ]);
        let officer = Some("an undercover intelligence officer and diplomat based in Afghanistan");
        assert_eq!(got[0].1.as_deref(), officer);
        assert_eq!(
            got[1],
            pair(
                "[The Taliban and al Qaeda] respect each other. If there is no peace, [they] could be each other’s favorites again.",
                officer
            )
        );
    }

    #[test]
    fn a_quote_continued_in_the_next_paragraph() {
        let paragraphs = [
            "The minister said: “We will not leave. We have a duty to the people of this valley.",
            "“Nobody will make us go,” he added.",
            "Nothing more was said.",
        ];
        let q = quotes(&paragraphs);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].paragraph, 1);
        assert_eq!(
            &paragraphs[0][q[0].span.clone()],
            "We will not leave. We have a duty to the people of this valley."
        );
        assert_eq!(q[0].continued.len(), 1);
        let (p, r) = q[0].continued[0].clone();
        assert_eq!((p, &paragraphs[1][r]), (2, "Nobody will make us go"));
        assert_eq!(
            q[0].text,
            "We will not leave. We have a duty to the people of this valley. Nobody will make us go"
        );
        assert_eq!(q[0].speaker.as_deref(), Some("The minister"));
    }

    #[test]
    fn straight_quotes_and_single_quotes() {
        let got =
            said(&["\"We will fight on,\" said Mohamad Naim, a spokesman. The group called it a 'test'."]);
        assert_eq!(got, vec![pair("We will fight on", Some("Mohamad Naim"))]);
        // Scare quotes in single marks are not quotations; a sentence in them is.
        let got = said(&[
            "How a raid shows al Qaeda retains reach under Taliban ‘protection’, the ‘number two’ said.",
        ]);
        assert!(got.is_empty(), "{got:?}");
        let got = said(&["‘We will not give up the fight,’ the commander told reporters."]);
        assert_eq!(got, vec![pair("We will not give up the fight", Some("the commander"))]);
        let got = said(&["Biden runs the risk of \"missing out\" in Afghanistan: the US leaves"]);
        assert_eq!(got, vec![pair("missing out", None)]);
    }

    #[test]
    fn spans_point_at_the_quoted_words() {
        let paragraphs = [
            "Al Qaeda’s “ darling ” again",
            "“Yes,” Karim said. – No doubt about it, – he added.",
            "« Oui », dit-il.",
        ];
        let got = quotes(&paragraphs);
        for q in &got {
            assert_eq!(&paragraphs[q.paragraph - 1][q.span.clone()], q.text);
        }
        let got: Vec<_> = got.into_iter().map(|q| (q.text, q.speaker, q.speaker_cue)).collect();
        let some = |s: &str| Some(s.to_string());
        assert_eq!(
            got,
            vec![
                ("darling".to_string(), None, None),
                ("Yes".to_string(), some("Karim"), some("said")),
                ("No doubt about it".to_string(), some("Karim"), some("added")),
                ("Oui".to_string(), None, None),
            ]
        );
    }

    #[test]
    fn never_panics_on_odd_or_large_input() {
        let odd = [
            "",
            " ",
            "“",
            "”",
            "\"",
            "“”",
            "“ ”",
            "‘",
            "’",
            "“he said,”",
            "said",
            "– – –",
            "“a “b “c",
            "”a ”b ”c",
            "é“ü”ß‘’ “…”",
            "He said. “",
            "“x” – he",
            "\" \" \"",
            ".“.”.",
            "according to",
            "according to “x”",
        ];
        for t in odd {
            let _ = quotes(&[t, t]);
        }
        let big = "“Word word, word.” He said that “more”, according to the official. ".repeat(5000);
        let q = quotes(&[&big]);
        assert_eq!(q.len(), 10000);
        let unbalanced = "“Open and never closed and then some words, said nobody ".repeat(3000);
        // Every opening mark while one is open starts a new quote.
        assert_eq!(quotes(&[&unbalanced]).len(), 3000);
        let marks = "“ ” “ “ ” ” \" “ ‘ ’ ".repeat(3000);
        let _ = quotes(&[&marks]);
        // Random soup of marks, dashes, punctuation, cue words and multi-byte letters.
        let pieces = [
            "“",
            "”",
            "\"",
            "‘",
            "’",
            "«",
            "»",
            "„",
            " ",
            ", ",
            ". ",
            "–",
            "—",
            "-",
            "(",
            ")",
            ":",
            "said",
            "he",
            "told",
            "according to",
            "who identified himself as",
            "Karim",
            "the official",
            "İstanbul",
            "é",
            "…",
            "That",
            "which",
            "adding",
            "did",
            "?",
            "\n",
        ];
        let mut seed: u64 = 7;
        for _ in 0..400 {
            let mut paragraph = String::new();
            for _ in 0..(seed % 60) {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                paragraph.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            let qs = quotes(&[&paragraph, &paragraph]);
            for q in &qs {
                assert!(paragraph.get(q.span.clone()).is_some());
            }
            let _ = cluster(&qs);
            let _ = word_diff(&paragraph, "he said");
        }
    }

    #[test]
    fn a_paragraph_that_is_only_a_quote_continues_the_speaker_before() {
        let got = said(&[
            "“We will stay,” Karim said.",
            "“We have nowhere else to go.”",
            "“Unknown.” Then nothing.",
        ]);
        let speakers: Vec<_> = got.iter().map(|g| g.1.as_deref()).collect();
        assert_eq!(speakers, vec![Some("Karim"), Some("Karim"), None]);
    }

    #[test]
    fn several_sources_keep_their_own_order_and_speakers() {
        let ps = [
            Paragraph { source: "b", index: 3, text: "“Second source,” the official said." },
            Paragraph { source: "a", index: 1, text: "Karim said: “First source.”" },
            Paragraph { source: "b", index: 4, text: "“Again,” he said." },
        ];
        let q = extract(&ps);
        let got: Vec<_> = q.iter().map(|q| (q.source.as_str(), q.paragraph, q.speaker.as_deref())).collect();
        assert_eq!(
            got,
            vec![("b", 3, Some("the official")), ("b", 4, Some("the official")), ("a", 1, Some("Karim"))]
        );
    }
}
