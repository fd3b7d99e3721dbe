//! `dossier-corpus`: synthetic dossier projects of any size, for `./build.sh bench` and scale tests.
//!
//! A corpus has the shape of the real one, only larger: articles of about 600 words in one-line
//! paragraphs, a dozen quotations each with a speaker in the attributions real reporting uses ("…," said
//! X; X said, "…"; according to X), names from the project's gazetteer (under its aliases) and names it
//! does not know, about one article in ten a near-copy of another (a third of them declared in
//! `derived_from`), statements that recur across outlets with a changed word, web-page debris for the
//! boilerplate rules, and a briefing that cites a sample of the sources with quotations that verify.
//! The same seed always gives the same bytes.
//!
//! ```no_run
//! let gazetteer = std::fs::read_to_string("content/entities.toml")?;
//! let corpus = dossier_corpus::generate(&dossier_corpus::Spec { sources: 100, seed: 1 }, &gazetteer)?;
//! corpus.write(std::path::Path::new("."), std::path::Path::new("target/corpus-100"))?;
//! # Ok::<(), anyhow::Error>(())
//! ```

use anyhow::Context;
use serde::Deserialize;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

mod words;

/// What to generate.
#[derive(Debug, Clone, Copy)]
pub struct Spec {
    /// How many sources (1 or more).
    pub sources: usize,
    /// The seed; the same seed and size give the same corpus.
    pub seed: u64,
}

/// A generated project: sources and the briefing, ready to write.
#[derive(Debug)]
pub struct Corpus {
    /// `(id, file text)` of each source, in id order.
    pub sources: Vec<(String, String)>,
    /// The text of `content/briefing.md`.
    pub briefing: String,
    /// How many citations the briefing makes.
    pub citations: usize,
}

#[derive(Deserialize)]
struct GazetteerFile {
    entity: Vec<GazetteerEntity>,
}

#[derive(Deserialize)]
struct GazetteerEntity {
    name: String,
    kind: String,
    #[serde(default)]
    aliases: Vec<String>,
}

/// Names to write, by kind: each entity's canonical name and its aliases.
struct Names {
    people: Vec<String>,
    organizations: Vec<String>,
    places: Vec<String>,
}

impl Names {
    fn from_gazetteer(toml_text: &str) -> anyhow::Result<Names> {
        let file: GazetteerFile = toml::from_str(toml_text).context("reading the gazetteer")?;
        let mut names = Names { people: Vec::new(), organizations: Vec::new(), places: Vec::new() };
        for e in file.entity {
            let list = match e.kind.as_str() {
                "person" => &mut names.people,
                "organization" => &mut names.organizations,
                "place" => &mut names.places,
                _ => continue,
            };
            list.push(e.name);
            list.extend(e.aliases.into_iter().filter(|a| a.chars().any(char::is_lowercase)));
        }
        anyhow::ensure!(
            !names.people.is_empty() && !names.organizations.is_empty() && !names.places.is_empty(),
            "the gazetteer needs at least one person, organization and place"
        );
        Ok(names)
    }
}

/// One statement, as first said: its words and who said it.
struct Statement {
    words: String,
    speaker: String,
}

/// One generated article before it is written out.
struct Article {
    title: String,
    paragraphs: Vec<String>,
    /// `(paragraph number, quoted words)` of each quotation.
    quotes: Vec<(usize, String, String)>,
}

fn pick<'a>(rng: &mut fastrand::Rng, list: &'a [impl AsRef<str>]) -> &'a str {
    list[rng.usize(..list.len())].as_ref()
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// A name the gazetteer does not know, with a title that discovery takes as a cue.
fn new_person(rng: &mut fastrand::Rng) -> String {
    format!("{} {} {}", pick(rng, words::TITLES), pick(rng, words::FIRST), pick(rng, words::LAST))
}

fn statement(seed: u64, i: usize, names: &Names) -> Statement {
    let mut rng = fastrand::Rng::with_seed(seed ^ (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let mut words = format!(
        "{} {} {} {}",
        pick(&mut rng, words::SUBJECTS),
        pick(&mut rng, words::VERBS),
        pick(&mut rng, words::OBJECTS),
        pick(&mut rng, words::TAILS)
    );
    if rng.bool() {
        let _ = write!(words, " {}", pick(&mut rng, words::CODAS));
    }
    let speaker = match rng.u8(..4) {
        0 => pick(&mut rng, &names.people).to_string(),
        1 => pick(&mut rng, words::ANONYMOUS).to_string(),
        _ => new_person(&mut rng),
    };
    Statement { words, speaker }
}

/// The statement as one outlet words it: now and then one word changed for a synonym.
fn wording(rng: &mut fastrand::Rng, words: &str) -> String {
    if rng.u8(..5) != 0 {
        return words.to_string();
    }
    let mut out: Vec<&str> = words.split(' ').collect();
    if let Some(slot) = out.iter_mut().find(|w| words::SYNONYMS.iter().any(|(a, _)| a == *w)) {
        if let Some((_, b)) = words::SYNONYMS.iter().find(|(a, _)| a == slot) {
            *slot = b;
        }
    }
    out.join(" ")
}

fn filler(rng: &mut fastrand::Rng, names: &Names) -> String {
    let template = pick(rng, words::FILLERS);
    let mut out = String::with_capacity(template.len() + 40);
    let mut rest = template;
    while let Some(at) = rest.find('{') {
        out.push_str(&rest[..at]);
        let end = rest[at..].find('}').map_or(rest.len(), |e| at + e);
        let name = match &rest[at + 1..end] {
            "org" => pick(rng, &names.organizations).to_string(),
            "person" => pick(rng, &names.people).to_string(),
            "place" => pick(rng, &names.places).to_string(),
            "month" => pick(rng, words::MONTHS).to_string(),
            "adj" => pick(rng, words::ADJECTIVES).to_string(),
            "noun" => pick(rng, words::NOUNS).to_string(),
            "verb" => pick(rng, words::PAST_VERBS).to_string(),
            "adv" => pick(rng, words::ADVERBS).to_string(),
            "new" => new_person(rng),
            other => other.to_string(),
        };
        out.push_str(&name);
        rest = rest.get(end + 1..).unwrap_or("");
    }
    out.push_str(rest);
    capitalize(&out)
}

fn attribute(rng: &mut fastrand::Rng, quoted: &str, speaker: &str, outlet: &str) -> String {
    let q = capitalize(quoted);
    match rng.u8(..4) {
        0 => format!("“{q},” said {speaker}."),
        1 => format!("{} said, “{q}.”", capitalize(speaker)),
        2 => format!("“{q},” {speaker} told {outlet}."),
        _ => format!("According to {speaker}, “{q}.”"),
    }
}

fn article(rng: &mut fastrand::Rng, pool: &[Statement], outlet: &str, names: &Names) -> Article {
    let place = pick(rng, &names.places);
    let title = format!(
        "{} {} in {place}",
        capitalize(pick(rng, words::HEADLINE_SUBJECTS)),
        pick(rng, words::HEADLINE_VERBS)
    );
    let mut paragraphs = Vec::with_capacity(12);
    let mut quotes = Vec::with_capacity(12);
    let popular = (pool.len() / 10).max(1);
    for n in 1..=12 {
        // One statement in six comes from a popular tenth of the pool, so statements recur across
        // outlets (two per article) without unrelated articles sharing enough of them to look related.
        let s = if rng.u8(..6) == 0 { &pool[rng.usize(..popular)] } else { &pool[rng.usize(..pool.len())] };
        let quoted = wording(rng, &s.words);
        let said = attribute(rng, &quoted, &s.speaker, outlet);
        let (a, b) = (filler(rng, names), filler(rng, names));
        paragraphs.push(if rng.bool() { format!("{a} {said} {b}") } else { format!("{a} {b} {said}") });
        quotes.push((n, capitalize(&quoted), s.speaker.clone()));
    }
    Article { title, paragraphs, quotes }
}

/// A near-copy: the same paragraphs with one dropped and one rewritten, under a new headline.
fn near_copy(rng: &mut fastrand::Rng, original: &Article, names: &Names) -> Article {
    let drop = rng.usize(..original.paragraphs.len());
    let rewrite = rng.usize(..original.paragraphs.len());
    let mut paragraphs = Vec::new();
    let mut quotes = Vec::new();
    for (i, p) in original.paragraphs.iter().enumerate() {
        if i == drop {
            continue;
        }
        let p = if i == rewrite { format!("{} {p}", filler(rng, names)) } else { p.clone() };
        paragraphs.push(p);
        if let Some((_, q, s)) = original.quotes.get(i) {
            quotes.push((paragraphs.len(), q.clone(), s.clone()));
        }
    }
    Article { title: format!("{}, officials say", original.title), paragraphs, quotes }
}

fn source_file(
    id: &str,
    a: &Article,
    outlet: &str,
    rng: &mut fastrand::Rng,
    derived: Option<&str>,
) -> String {
    let mut f = String::with_capacity(4096);
    let _ = writeln!(f, "+++");
    let _ = writeln!(f, "title = {:?}", a.title);
    let _ = writeln!(f, "outlet = {outlet:?}");
    let _ = writeln!(f, "published = 2021-{:02}-{:02}", rng.u8(1..=6), rng.u8(1..=28));
    let _ = writeln!(f, "url = \"https://example.com/news/{id}\"");
    if let Some(d) = derived {
        let _ = writeln!(f, "derived_from = [{d:?}]");
    }
    let _ = writeln!(f, "reliability = {:?}", pick(rng, &["B", "C", "D", "F"]));
    let _ = writeln!(f, "credibility = {}", rng.u8(2..=6));
    let _ = writeln!(f, "+++");
    // Debris the boilerplate rules drop: the headline repeated, a photo credit, a comment section.
    let _ = writeln!(f, "{} – {outlet}", a.title);
    let _ = writeln!(f);
    for (i, p) in a.paragraphs.iter().enumerate() {
        let _ = writeln!(f, "{p}");
        if i == 1 {
            let _ = writeln!(f, "{} {} / AFP", pick(rng, words::FIRST), pick(rng, words::LAST));
        }
    }
    let _ = writeln!(f, "Leave a Reply");
    let _ = writeln!(f, "Your email address will not be published.");
    f
}

/// Generates a corpus over the names of a gazetteer (the text of an `entities.toml`).
pub fn generate(spec: &Spec, gazetteer: &str) -> anyhow::Result<Corpus> {
    anyhow::ensure!(spec.sources > 0, "a corpus needs at least one source");
    let names = Names::from_gazetteer(gazetteer)?;
    let pool: Vec<Statement> =
        (0..(spec.sources * 4).max(40)).map(|i| statement(spec.seed, i, &names)).collect();
    let mut rng = fastrand::Rng::with_seed(spec.seed);
    let width = spec.sources.to_string().len().max(4);
    let id_of = |i: usize| format!("src-{i:0width$}");
    let mut articles: Vec<Article> = Vec::with_capacity(spec.sources);
    let mut sources = Vec::with_capacity(spec.sources);
    for i in 0..spec.sources {
        let outlet = pick(&mut rng, words::OUTLETS);
        let copy_of = (i > 0 && rng.u8(..10) == 0).then(|| rng.usize(..i));
        let a = match copy_of {
            Some(j) => near_copy(&mut rng, &articles[j], &names),
            None => article(&mut rng, &pool, outlet, &names),
        };
        let declared = copy_of.filter(|_| rng.u8(..3) == 0).map(id_of);
        sources.push((id_of(i), source_file(&id_of(i), &a, outlet, &mut rng, declared.as_deref())));
        articles.push(a);
    }
    let (briefing, citations) = briefing(spec, &articles, id_of);
    Ok(Corpus { sources, briefing, citations })
}

/// A briefing citing up to 400 sources, evenly spread: a quotation each (a third with a paragraph
/// locator), grouped twenty to a section.
fn briefing(spec: &Spec, articles: &[Article], id_of: impl Fn(usize) -> String) -> (String, usize) {
    let mut b = String::new();
    let _ = writeln!(b, "+++");
    let _ = writeln!(b, "title = \"Synthetic briefing over {} sources\"", spec.sources);
    let _ = writeln!(b, "subtitle = \"Generated by dossier-corpus (seed {})\"", spec.seed);
    let _ = writeln!(b, "date = 2021-06-30");
    let _ = writeln!(b, "authors = [\"dossier-corpus\"]");
    let _ = writeln!(b, "summary = \"A generated briefing for measuring dossier at scale.\"");
    let _ = writeln!(b, "+++");
    let cited = spec.sources.min(400);
    let step = spec.sources / cited;
    let mut citations = 0;
    for k in 0..cited {
        if k % 20 == 0 {
            let _ = writeln!(b, "\n## Section {} {{#section-{}}}\n", k / 20 + 1, k / 20 + 1);
        }
        let i = k * step;
        let a = &articles[i];
        let Some((n, quoted, speaker)) = a.quotes.get(k % a.quotes.len().max(1)) else { continue };
        let id = id_of(i);
        let cite = if k % 3 == 0 { format!("[@{id}, p{n}]") } else { format!("[@{id}]") };
        let _ = writeln!(b, "{} is reported as saying “{quoted}” {cite}.", capitalize(speaker));
        citations += 1;
    }
    (b, citations)
}

impl Corpus {
    /// Writes a project folder at `out`: `content/` with the sources and the briefing, and the gazetteer
    /// and boilerplate rules copied from the project at `from`. Replaces earlier sources there. No
    /// `site/` is written: the project uses the theme built into `dossier`, so a corpus never keeps a
    /// stale copy of templates or scripts (a copy made by an earlier version is removed).
    pub fn write(&self, from: &Path, out: &Path) -> anyhow::Result<()> {
        let sources = out.join("content/sources");
        if sources.exists() {
            fs::remove_dir_all(&sources).with_context(|| format!("clearing {}", sources.display()))?;
        }
        fs::create_dir_all(&sources).with_context(|| format!("creating {}", sources.display()))?;
        for (id, text) in &self.sources {
            fs::write(sources.join(format!("{id}.txt")), text)?;
        }
        fs::write(out.join("content/briefing.md"), &self.briefing)?;
        for file in ["content/entities.toml", "content/boilerplate.toml"] {
            fs::copy(from.join(file), out.join(file)).with_context(|| format!("copying {file}"))?;
        }
        let site = out.join("site");
        if site.exists() {
            fs::remove_dir_all(&site).with_context(|| format!("clearing {}", site.display()))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GAZETTEER: &str = r#"
        [[entity]]
        name = "al-Qaeda"
        kind = "organization"
        aliases = ["al Qaeda", "AQ"]
        [[entity]]
        name = "Sami Sadat"
        kind = "person"
        [[entity]]
        name = "Ghazni"
        kind = "place"
    "#;

    #[test]
    fn same_seed_same_bytes_other_seed_other_bytes() {
        let a = generate(&Spec { sources: 30, seed: 7 }, GAZETTEER).unwrap_or_else(|e| panic!("{e}"));
        let b = generate(&Spec { sources: 30, seed: 7 }, GAZETTEER).unwrap_or_else(|e| panic!("{e}"));
        let c = generate(&Spec { sources: 30, seed: 8 }, GAZETTEER).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(a.sources, b.sources);
        assert_eq!(a.briefing, b.briefing);
        assert_ne!(a.sources, c.sources);
    }

    #[test]
    fn articles_have_the_real_shape() {
        let corpus = generate(&Spec { sources: 200, seed: 1 }, GAZETTEER).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(corpus.sources.len(), 200);
        let words: Vec<usize> = corpus
            .sources
            .iter()
            .map(|(_, t)| t.split("+++").nth(2).unwrap_or("").split_whitespace().count())
            .collect();
        let mean = words.iter().sum::<usize>() / words.len();
        assert!((450..=800).contains(&mean), "mean words per article: {mean}");
        let copies = corpus.sources.iter().filter(|(_, t)| t.contains(", officials say")).count();
        assert!((8..=40).contains(&copies), "near-copies: {copies}");
        let declared = corpus.sources.iter().filter(|(_, t)| t.contains("derived_from")).count();
        assert!(declared > 0 && declared < copies);
        // Gazetteer names appear under aliases, new names with their cue, quotations with speakers.
        let all: String = corpus.sources.iter().map(|(_, t)| t.as_str()).collect();
        assert!(all.contains("al Qaeda") && all.contains("Sami Sadat"));
        assert!(words::TITLES.iter().any(|t| all.contains(&format!("{t} "))));
        assert!(all.matches('“').count() >= 200 * 11);
        assert!(all.contains("Leave a Reply"));
    }

    #[test]
    fn briefing_quotes_what_the_cited_source_says() {
        let corpus = generate(&Spec { sources: 50, seed: 3 }, GAZETTEER).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(corpus.citations, 50);
        for line in corpus.briefing.lines().filter(|l| l.contains("[@")) {
            let quoted = line.split('“').nth(1).and_then(|r| r.split('”').next()).unwrap_or("");
            let id = line.split("[@").nth(1).and_then(|r| r.split([']', ',']).next()).unwrap_or("");
            let (_, text) = corpus.sources.iter().find(|(i, _)| i == id).unwrap_or_else(|| panic!("{id}"));
            assert!(text.contains(quoted), "{id} lacks “{quoted}”");
        }
    }
}
