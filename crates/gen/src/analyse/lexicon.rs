//! Every word list of the analysis, in one place: verbs of speech, titles, function words, abbreviations
//! and the like, for quotation attribution ([`super::quotes`]), name discovery ([`super::entities`]) and
//! the briefing's sentences ([`super::prose`]).
//!
//! Where two phases need a list for different purposes, the lists are kept apart and their names and
//! comments say how they differ (a union would change what is found). All words are lower case (folded)
//! unless a comment says otherwise. A leaf module: it imports nothing.

use rustc_hash::FxHashSet;
use std::sync::LazyLock;

// -----------------------------------------------------------------------------------------------------
// Verbs of speech

/// Words that attribute a quotation to a speaker (`said`, `told`, `according [to]` is matched as a pair
/// by the layout). The widest list of speech verbs: a quotation's attribution may use any of them.
#[rustfmt::skip]
pub(crate) const SPEECH_CUES: &[&str] = &[
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
    "explain", "explains", "explained", "explaining", "notes", "noted", "noting", "states", "stated",
    "stating", "declare", "declares", "declared", "declaring", "mentions", "mentioned", "mentionned", "argue",
    "argues", "argued", "arguing", "claimed", "insists", "insisted", "insisting", "maintains", "maintained",
    "warns", "warned", "warning", "stressed", "stresses", "emphasized", "emphasised", "recalled", "recalls",
    "acknowledged", "admitted", "admits", "confirmed", "confirms", "highlighted", "highlights", "indicated",
    "indicates", "announced", "announces", "announcing", "reported", "wrote", "writes", "asked", "replied",
    "responded", "echoed", "expressed", "promised", "pledged", "vowed", "spoke", "speaks", "speaking",
    "tweeted", "asserted", "asserts", "suggested", "described", "called", "calls", "dubbed", "dubs",
];

/// Cues that name a thing rather than report speech (`Biden … called the “gates of hell”`): the quoted
/// words are the subject's only when the subject is a name or a pronoun, not a descriptor (`a group
/// called “…”` is no one's words). A subset of [`SPEECH_CUES`].
#[rustfmt::skip]
pub(crate) const NAMING_CUES: &[&str] = &[
    "called", "calls", "dubbed", "dubs",
];

/// Verbs of speech that mark the capitalised word beside them as a name (`said Karim`, `Shaheen added`).
/// A subset of [`SPEECH_CUES`], kept apart on purpose: discovery proposes new entities from these cues,
/// and taking every cue (`told Reuters`, `called Tuesday`) would propose more, and other, names.
#[rustfmt::skip]
pub(crate) const NAME_SPEECH_VERBS: &[&str] = &[
    "said", "says", "added", "explained", "asked", "wrote", "noted", "stated", "warned", "claimed",
    "insisted",
];

// -----------------------------------------------------------------------------------------------------
// Titles, roles and the parts of a name

/// Titles and ranks before a name, folded; abbreviations without their period. Discovery drops them
/// from a discovered name and uses them as its cue. Wider than [`SPEAKER_TITLES`]: a title that
/// discovery strips (`Mullah`, `Haji`, `Chief`) stays in a quoted speaker's name as the text writes it,
/// which is how the quotes pages show and cluster it.
#[rustfmt::skip]
pub(crate) const NAME_TITLES: &[&str] = &[
    "mullah", "mulla", "maulvi", "mawlawi", "maulana", "sheikh", "shaikh", "haji", "hajji", "qari", "mufti",
    "imam", "emir", "ayatollah", "president", "vice", "prime", "minister", "secretary", "ministry", "senator",
    "sen", "rep", "representative", "gov", "governor", "ambassador", "envoy", "general", "gen", "lt",
    "lieutenant", "col", "colonel", "maj", "major", "capt", "captain", "sgt", "sergeant", "adm", "admiral",
    "commander", "cmdr", "dr", "mr", "mrs", "ms", "prof", "professor", "judge", "king", "queen", "prince",
    "princess", "chancellor", "mayor", "chief", "deputy", "acting", "spokesman", "spokeswoman",
    "spokesperson", "director", "head", "former", "late",
];

/// Titles and ranks dropped from the front of a quotation's speaker (`Gen. Sami Sadat` → `Sami Sadat`),
/// folded. Besides ranks it holds the department words of a title (`Defense Secretary`, `Foreign
/// Minister`, `Secretary of State`); see [`NAME_TITLES`] for why the two lists differ.
#[rustfmt::skip]
pub(crate) const SPEAKER_TITLES: &[&str] = &[
    "president", "gen", "general", "lt", "col", "colonel", "lieutenant", "mr", "mrs", "ms", "dr", "sen",
    "senator", "rep", "secretary", "minister", "prime", "maj", "major", "capt", "captain", "sgt", "sergeant",
    "prof", "professor", "vice", "defense", "foreign", "state",
];

/// Honorifics that are part of how a person is known when only one name follows (`Mullah Omar`).
#[rustfmt::skip]
pub(crate) const HONORIFICS: &[&str] = &[
    "mullah", "mulla", "maulvi", "mawlawi", "maulana", "sheikh", "shaikh", "haji", "hajji", "qari", "mufti",
    "imam",
];

/// Words that complete a title after `of` or before it (`Secretary of State`, `Foreign Minister`).
#[rustfmt::skip]
pub(crate) const DEPARTMENTS: &[&str] = &[
    "state", "defense", "defence", "homeland", "security", "interior", "the", "foreign", "affairs",
    "treasury", "finance", "justice", "commerce", "energy", "health", "education", "information", "culture",
    "war", "refugees", "repatriation", "economy", "home", "staff", "joint", "chiefs", "intelligence",
    "national",
];

/// Lower-case words (roles) that mark the capitalised word after them as a name.
#[rustfmt::skip]
pub(crate) const ROLES: &[&str] = &[
    "commander", "leader", "spokesman", "spokeswoman", "spokesperson", "chief", "founder", "coordinator",
    "minister", "envoy", "negotiator", "cleric", "militant", "fighter", "soldier", "officer", "analyst",
    "president", "general", "colonel", "mullah", "sheikh", "secretary", "governor", "ambassador", "senator",
    "judge", "director", "mayor", "emir", "imam",
];

/// Nouns that make a lower-case phrase a speaker descriptor (`security officials`, `members of …`).
#[rustfmt::skip]
pub(crate) const PERSON_NOUNS: &[&str] = &[
    "official", "officials", "source", "sources", "member", "members", "expert", "experts", "analyst",
    "analysts", "officer", "officers", "spokesman", "spokeswoman", "spokesperson", "diplomat", "diplomats",
    "soldier", "soldiers", "fighter", "fighters", "commander", "commanders", "leader", "leaders", "residents",
    "witnesses", "authorities", "police", "militants", "aides", "minister", "ministers", "report",
];

/// Arabic articles that open a name when hyphenated to it (`al-Rauf`).
#[rustfmt::skip]
pub(crate) const ARABIC_ARTICLES: &[&str] = &[
    "al", "el", "ul", "ad", "ar", "as", "at", "az", "an", "ash",
];

/// Lower-case words that can sit inside a name between capitalised words (discovery).
#[rustfmt::skip]
pub(crate) const NAME_PARTICLES: &[&str] = &[
    "al", "el", "ul", "ud", "bin", "ibn", "bint", "abu", "e", "i", "o", "de", "da", "di", "del", "della",
    "der", "den", "van", "von", "la", "le", "du", "dos", "das", "of", "for",
];

/// Lower-case particles allowed inside a speaker's name (`Abd al Rauf`, `Ursula von der Leyen`). A
/// subset of [`NAME_PARTICLES`], kept apart: with `of` or `for` a descriptor (`Minister of Defense`)
/// would read as a name, and speakers as found today would change.
#[rustfmt::skip]
pub(crate) const SPEAKER_PARTICLES: &[&str] = &[
    "al", "bin", "ibn", "de", "del", "la", "van", "von", "der", "el", "da",
];

// -----------------------------------------------------------------------------------------------------
// Function words

/// Personal pronouns that can be the subject of a cue verb; they resolve to the last named speaker.
#[rustfmt::skip]
pub(crate) const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it",
];

/// The articles, dropped when two speaker labels are compared (`The official`, `an official`).
pub(crate) const ARTICLES: &[&str] = &["a", "an", "the"];

/// Words that open a descriptor speaker (`a senior official`, `two witnesses`, `his aide`).
#[rustfmt::skip]
pub(crate) const DETERMINERS: &[&str] = &[
    "a", "an", "the", "one", "another", "several", "some", "many", "two", "three", "four", "his", "her",
    "their", "its", "this", "these", "those", "other", "both",
];

/// Capitalised words that cannot open a speaker's name (sentence-initial function words and pronouns).
#[rustfmt::skip]
pub(crate) const NOT_NAME_OPENERS: &[&str] = &[
    "for", "in", "on", "at", "with", "when", "however", "but", "and", "after", "before", "since", "while",
    "as", "if", "according", "meanwhile", "earlier", "despite", "he", "she", "it", "they", "we", "i", "you",
    "there",
];

/// Capitalised words that are not names on their own (discovery): function words, pronouns, and the
/// page furniture of news sites (`Breaking`, `Photo`). Distinct from [`CONTENT_STOP_WORDS`]: this list
/// says which capitalised words are no names, that one which words carry no content.
#[rustfmt::skip]
pub(crate) const NOT_NAMES: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "there", "here", "it", "its", "he", "she", "they",
    "we", "you", "i", "his", "her", "their", "our", "my", "your", "in", "on", "at", "by", "for", "from", "of",
    "to", "with", "without", "into", "after", "before", "since", "during", "despite", "under", "over",
    "about", "against", "between", "among", "through", "and", "but", "or", "nor", "so", "yet", "if", "when",
    "while", "where", "as", "because", "although", "though", "however", "meanwhile", "moreover", "also",
    "according", "earlier", "later", "then", "now", "today", "yesterday", "tomorrow", "another", "other",
    "one", "two", "three", "many", "some", "several", "few", "most", "all", "both", "each", "every", "such",
    "no", "not", "what", "who", "which", "why", "how", "let", "please", "read", "more", "first", "last",
    "next", "senior", "mr", "mrs", "ms", "breaking", "update", "updated", "related", "latest", "photo",
    "video",
];

/// Words that carry no content when two quotations are compared (clustering by shared stems).
#[rustfmt::skip]
pub(crate) const CONTENT_STOP_WORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but", "is",
    "are", "was", "were", "be", "been", "being", "it", "its", "it's", "this", "that", "these", "those", "he",
    "she", "they", "we", "i", "you", "his", "her", "their", "our", "them", "him", "us", "as", "not", "no",
    "so", "if", "than", "then", "there", "here", "which", "who", "whom", "what", "when", "where", "while",
    "also", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "should", "may",
    "might", "into", "about", "only", "very", "all", "any", "each", "such", "own", "same", "other", "more",
];

/// Prepositions and relative words that end a noun phrase when reading it backwards (`rejected by the
/// insurgent group` → `the insurgent group`).
#[rustfmt::skip]
pub(crate) const PREPOSITIONS: &[&str] = &[
    "by", "to", "from", "with", "for", "on", "at", "in", "into", "against", "about", "that", "which", "who",
];

/// Auxiliaries, adverbs and conjunctions between a subject and its cue verb (`Karim has also said`),
/// dropped from the end of the clause before the cue.
#[rustfmt::skip]
pub(crate) const TRAILING_AUXILIARIES: &[&str] = &[
    "has", "have", "had", "also", "then", "later", "again", "repeatedly", "previously", "recently",
    "reportedly", "further", "once", "and", "but", "would", "will", "did", "does", "do", "just", "already",
    "is", "was", "were", "are", "not", "never", "still", "publicly", "earlier", "separately",
];

/// Conjunctions and adverbs dropped from the start of the clause before a cue (`But Karim said`).
#[rustfmt::skip]
pub(crate) const LEADING_CONJUNCTIONS: &[&str] = &[
    "and", "but", "so", "then", "meanwhile", "however", "also", "did", "does", "do", "yet",
];

/// Forms of `be` that make a following cue passive (`was told`), so no attribution.
#[rustfmt::skip]
pub(crate) const PASSIVE_AUXILIARIES: &[&str] = &[
    "is", "was", "are", "were", "be", "been", "being",
];

/// Words that end a name or descriptor after a cue (`said X on May 27`, `according to X released …`).
#[rustfmt::skip]
pub(crate) const SPEAKER_PHRASE_STOPS: &[&str] = &[
    "on", "in", "at", "during", "last", "yesterday", "today", "when", "while", "after", "before", "adding",
    "that", "to", "who", "as", "according", "released", "issued", "published", "obtained", "seen", "cited",
    "quoted", "shared", "speaking", "which", "and", "but",
];

// -----------------------------------------------------------------------------------------------------
// Documents as speakers

/// Nouns for a text that can be quoted as if it spoke (`the peace deal … states that`).
#[rustfmt::skip]
pub(crate) const DOCUMENT_NOUNS: &[&str] = &[
    "deal", "agreement", "accord", "accords", "treaty", "report", "statement", "document", "resolution",
    "declaration", "communique", "memo", "memorandum", "letter", "decree", "charter", "constitution",
];

/// Nouns for a part of a text (`the first bullet point of the deal`): the text is the speaker.
#[rustfmt::skip]
pub(crate) const PART_NOUNS: &[&str] = &[
    "point", "clause", "article", "section", "paragraph", "provision", "part", "page", "passage", "chapter",
];

/// Words that end a document's description (`the deal signed in Doha last year` → `… in Doha`).
#[rustfmt::skip]
pub(crate) const TIME_STOPS: &[&str] = &[
    "last", "this", "yesterday", "today", "earlier", "ago", "recently",
];

/// Clauses about the interview itself, cut from a speaker (`An official who spoke to CNN` → `An
/// official`); matched lower-case, with the space before them.
#[rustfmt::skip]
pub(crate) const INTERVIEW_CLAUSES: &[&str] = &[
    " who spoke", " speaking to", " speaking on", " who talked", " who asked", " who was speaking",
];

/// Phrases after a descriptor speaker that give the name (`an Afghan soldier, who identified himself as
/// Karim`); matched lower-case, with the space after them.
#[rustfmt::skip]
pub(crate) const SELF_NAMING: &[&str] = &[
    "identified himself as ", "identified herself as ", "gave his name as ", "gave her name as ", "known as ",
];

// -----------------------------------------------------------------------------------------------------
// Dates

/// Months, folded, in full and abbreviated, each with the full name it stands for: one term however a
/// date writes it (`Feb 2020`, `February 2020`).
#[rustfmt::skip]
pub(crate) const MONTHS: &[(&str, &str)] = &[
    ("january", "january"), ("jan", "january"), ("february", "february"), ("feb", "february"),
    ("march", "march"), ("mar", "march"), ("april", "april"), ("apr", "april"), ("may", "may"),
    ("june", "june"), ("jun", "june"), ("july", "july"), ("jul", "july"), ("august", "august"),
    ("aug", "august"), ("september", "september"), ("sep", "september"), ("sept", "september"),
    ("october", "october"), ("oct", "october"), ("november", "november"), ("nov", "november"),
    ("december", "december"), ("dec", "december"),
];

/// Day names, folded.
#[rustfmt::skip]
pub(crate) const DAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

/// The full name of the month a folded word names (`feb` → `february`).
pub(crate) fn month(folded: &str) -> Option<&'static str> {
    MONTHS.iter().find(|(written, _)| *written == folded).map(|&(_, full)| full)
}

/// A folded month or day name, or an abbreviation of one: capitalised but no name.
pub(crate) fn is_month_or_day(folded: &str) -> bool {
    month(folded).is_some() || DAYS.contains(&folded)
}

/// Words a claim shares with almost any news paragraph, beyond [`CONTENT_STOP_WORDS`]: reporting verbs
/// and the like, which must not count as the support finder's evidence that a paragraph says a sentence.
#[rustfmt::skip]
pub(crate) const SUPPORT_STOP_WORDS: &[&str] = &[
    "said", "says", "say", "told", "according", "reported", "after", "before", "re",
];

/// Nationality and region adjectives: a capitalised sequence ending in one is not a name.
#[rustfmt::skip]
pub(crate) const NATIONALITIES: &[&str] = &[
    "afghan", "afghans", "american", "americans", "pakistani", "pakistanis", "syrian", "syrians", "egyptian",
    "egyptians", "russian", "russians", "iranian", "iranians", "arab", "arabs", "arabic", "qatari", "qataris",
    "chechen", "chechens", "chinese", "indian", "indians", "iraqi", "iraqis", "saudi", "saudis", "turkish",
    "british", "french", "german", "european", "europeans", "western", "eastern", "northern", "southern",
    "islamist", "islamists", "muslim", "muslims", "jihadist", "jihadists", "sunni", "shia", "tajik", "uzbek",
    "pashtun", "pashtuns", "north", "south", "east", "west", "central",
];

// -----------------------------------------------------------------------------------------------------
// Abbreviations whose period does not end a sentence

/// For the briefing's prose ([`super::prose::sentences`]): compared lower-cased with the whole word
/// before the period, so it holds dotted forms (`u.s`, `e.g`), months and citation words (`p`, `para`)
/// that a briefing writes.
#[rustfmt::skip]
pub(crate) const SENTENCE_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "maj", "adm", "gov", "sen", "rep", "st", "jr",
    "sr", "no", "vs", "etc", "e.g", "i.e", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov",
    "dec", "u.s", "u.n", "u.k", "approx", "cf", "p", "pp", "para",
];

/// For the sentences of a source's paragraph around its quotations (the quotes layout): compared as
/// written with the last dot-separated part of the word before the period (so `U.S.` is covered by its
/// initial rule). Case matters here (a lower-case `no.` ends a sentence), and the list is not
/// [`SENTENCE_ABBREVIATIONS`]: merging the two would move sentence starts and so change attributions.
#[rustfmt::skip]
pub(crate) const QUOTE_ABBREVIATIONS: &[&str] = &[
    "Lt", "Col", "Gen", "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Sgt", "Capt", "Maj", "Sen", "Rep", "Gov",
    "Prof", "No", "vs", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec",
];

/// For discovery: abbreviated titles whose period joins them to the name after (`Gen. Sami Sadat`),
/// folded. Only titles: a month or `No.` before a capitalised word does not make one name of the two.
#[rustfmt::skip]
pub(crate) const TITLE_ABBREVIATIONS: &[&str] = &[
    "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr", "dr", "mr", "mrs", "ms", "prof", "sen", "rep",
    "gov", "st", "jr", "sr",
];

/// Whether `w` (folded) is a word that attributes a quotation. Asked of every narrative word of every
/// paragraph, so [`SPEECH_CUES`] is looked up in a set rather than scanned (the scan was the largest
/// caller of `memcmp` in quote extraction).
pub(crate) fn is_cue_word(w: &str) -> bool {
    static CUES: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| SPEECH_CUES.iter().copied().collect());
    CUES.contains(w)
}

/// Whether `w` (folded) is a cue that names rather than reports speech (see [`NAMING_CUES`]).
pub(crate) fn is_naming_cue(w: &str) -> bool {
    NAMING_CUES.contains(&w)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subset(small: &[&str], large: &[&str]) -> Vec<String> {
        small.iter().filter(|w| !large.contains(w)).map(|w| w.to_string()).collect::<Vec<_>>()
    }

    #[test]
    fn narrower_lists_stay_inside_the_lists_they_narrow() {
        assert_eq!(subset(NAMING_CUES, SPEECH_CUES), Vec::<String>::new());
        assert_eq!(subset(NAME_SPEECH_VERBS, SPEECH_CUES), Vec::<String>::new());
        assert_eq!(subset(SPEAKER_PARTICLES, NAME_PARTICLES), Vec::<String>::new());
        assert_eq!(subset(HONORIFICS, NAME_TITLES), Vec::<String>::new());
    }

    #[test]
    fn folded_lists_are_lower_case_without_repeats() {
        let lists: &[&[&str]] = &[
            SPEECH_CUES,
            NAMING_CUES,
            NAME_SPEECH_VERBS,
            NAME_TITLES,
            SPEAKER_TITLES,
            HONORIFICS,
            DEPARTMENTS,
            ROLES,
            PERSON_NOUNS,
            ARABIC_ARTICLES,
            NAME_PARTICLES,
            SPEAKER_PARTICLES,
            PRONOUNS,
            DETERMINERS,
            NOT_NAME_OPENERS,
            NOT_NAMES,
            CONTENT_STOP_WORDS,
            PREPOSITIONS,
            TRAILING_AUXILIARIES,
            LEADING_CONJUNCTIONS,
            PASSIVE_AUXILIARIES,
            SPEAKER_PHRASE_STOPS,
            DOCUMENT_NOUNS,
            PART_NOUNS,
            TIME_STOPS,
            DAYS,
            SUPPORT_STOP_WORDS,
            NATIONALITIES,
            SENTENCE_ABBREVIATIONS,
            TITLE_ABBREVIATIONS,
        ];
        for list in lists {
            for (i, w) in list.iter().enumerate() {
                assert_eq!(w.to_lowercase(), *w, "{w} is not folded");
                assert!(!list[..i].contains(w), "{w} is listed twice");
            }
        }
        for (i, &(written, full)) in MONTHS.iter().enumerate() {
            assert_eq!(written.to_lowercase(), written, "{written} is not folded");
            assert!(MONTHS[..i].iter().all(|&(w, _)| w != written), "{written} is listed twice");
            assert_eq!(month(full), Some(full), "{full} is a month in full");
        }
    }
}
