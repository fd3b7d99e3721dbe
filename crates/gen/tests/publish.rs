//! What a published site needs besides its pages, from `dossier.toml`: the feed and the sitemap (parsed
//! as XML), canonical and link-preview meta, schema.org JSON-LD, the 404 page; what happens without
//! `base_url`; unknown keys refused at their line; and no search box when the wasm bundle is absent.

mod common;

use common::{append, content_errors, mini, read};
use dossier::pipeline::{build, Options};
use std::fs;
use std::path::Path;

const CONFIG: &str =
    "title = \"Mini dossier\"\nbase_url = \"https://example.org/mini\"\nauthors = [\"Desk\"]\n";

/// Every `<loc>` of the sitemap, or `href` of the feed's links, under the base URL, maps to a file of
/// the built site.
fn assert_resolves(public: &Path, url: &str) {
    let rel = url.strip_prefix("https://example.org/mini/").unwrap_or_else(|| panic!("absolute: {url}"));
    let file =
        if rel.is_empty() || rel.ends_with('/') { format!("{rel}index.html") } else { rel.to_string() };
    assert!(public.join(&file).is_file(), "{url} → {file} is not in the site");
}

#[test]
fn base_url_gives_a_feed_a_sitemap_and_canonical_links() {
    let dir = mini();
    fs::write(dir.path().join("dossier.toml"), CONFIG).expect("write");
    let summary = build(&Options::new(dir.path())).expect("builds");
    assert!(!summary.warnings.iter().any(|w| w.file == Path::new("dossier.toml")), "{:?}", summary.warnings);
    let public = dir.path().join("public");

    let feed_text = read(dir.path(), "public/atom.xml");
    let feed = roxmltree::Document::parse(&feed_text).expect("atom.xml is well-formed");
    let atom = "http://www.w3.org/2005/Atom";
    assert_eq!(feed.root_element().tag_name().namespace(), Some(atom));
    let entries: Vec<_> = feed.descendants().filter(|n| n.has_tag_name((atom, "entry"))).collect();
    assert_eq!(entries.len(), 1);
    let text_of = |n: roxmltree::Node<'_, '_>, tag: &str| {
        n.children().find(|c| c.has_tag_name((atom, tag))).and_then(|c| c.text()).map(str::to_string)
    };
    assert_eq!(text_of(entries[0], "title").as_deref(), Some("Mini briefing"));
    assert_eq!(text_of(entries[0], "summary").as_deref(), Some("A fixture."));
    assert_eq!(text_of(entries[0], "updated").as_deref(), Some("2026-11-22T00:00:00Z"));
    assert_eq!(text_of(feed.root_element(), "title").as_deref(), Some("Mini dossier"));
    for link in feed.descendants().filter(|n| n.has_tag_name((atom, "link"))) {
        assert_resolves(&public, link.attribute("href").expect("href"));
    }

    let map_text = read(dir.path(), "public/sitemap.xml");
    let map = roxmltree::Document::parse(&map_text).expect("sitemap.xml is well-formed");
    let locs: Vec<&str> =
        map.descendants().filter(|n| n.has_tag_name("loc")).filter_map(|n| n.text()).collect();
    assert!(locs.contains(&"https://example.org/mini/"), "{locs:?}");
    assert!(locs.contains(&"https://example.org/mini/sources/alpha-report/"), "{locs:?}");
    assert!(!locs.iter().any(|l| l.contains("404")), "the 404 page is not listed");
    locs.iter().for_each(|l| assert_resolves(&public, l));
    let pages = dossier::emit::list_files(&public).expect("list");
    let html = pages.iter().filter(|p| p.extension().is_some_and(|e| e == "html")).count();
    assert_eq!(locs.len(), html - 1, "every page but 404.html");

    let index = read(dir.path(), "public/index.html");
    assert!(index.contains("<link rel=\"canonical\" href=\"https://example.org/mini/\">"), "{index}");
    assert!(index.contains("<meta property=\"og:url\" content=\"https://example.org/mini/\">"));
    assert!(index.contains("<meta property=\"og:type\" content=\"article\">"));
    assert!(index.contains("<meta property=\"og:description\" content=\"A fixture.\">"));
    assert!(index.contains("<meta name=\"twitter:card\" content=\"summary\">"));
    assert!(index.contains("href=\"https://example.org/mini/atom.xml\""));
    assert!(index.contains("class=\"site-name\" href=\"index.html\">Mini dossier</a>"), "config title");
    let source = read(dir.path(), "public/sources/alpha-report/index.html");
    assert!(source.contains("href=\"https://example.org/mini/sources/alpha-report/\""));

    let start = index.find("<script type=\"application/ld+json\">").expect("JSON-LD") + 35;
    let end = start + index[start..].find("</script>").expect("closed");
    let ld: serde_json::Value = serde_json::from_str(&index[start..end]).expect("JSON-LD parses");
    assert_eq!(ld["@type"], "AnalysisNewsArticle");
    assert_eq!(ld["url"], "https://example.org/mini/");
    let cited: Vec<&str> =
        ld["citation"].as_array().expect("citations").iter().filter_map(|c| c["url"].as_str()).collect();
    assert_eq!(cited, ["https://example.org/alpha", "https://example.org/mini/sources/beta-retelling/"]);

    // (the layout writes `/` in attribute values as `&#x2f;`, as minijinja escapes them)
    let not_found = read(dir.path(), "public/404.html").replace("&#x2f;", "/");
    assert!(not_found.contains("href=\"https://example.org/mini/sources/index.html\""), "absolute links");
    assert!(not_found.contains("href=\"https://example.org/mini/static/style.css\""));
}

#[test]
fn without_base_url_feed_and_sitemap_are_left_out_with_one_warning() {
    let dir = mini();
    fs::write(dir.path().join("dossier.toml"), "title = \"Mini dossier\"\n").expect("write");
    let summary = build(&Options::new(dir.path())).expect("builds");
    let about: Vec<_> = summary.warnings.iter().filter(|w| w.file == Path::new("dossier.toml")).collect();
    assert_eq!(about.len(), 1, "{about:?}");
    assert!(about[0].message.contains("base_url"));
    let public = dir.path().join("public");
    assert!(!public.join("atom.xml").exists() && !public.join("sitemap.xml").exists());
    assert!(public.join("404.html").is_file());
    assert!(!read(dir.path(), "public/index.html").contains("rel=\"canonical\""));
    // No dossier.toml at all: as before, and no word about it.
    let bare = mini();
    let summary = build(&Options::new(bare.path())).expect("builds");
    assert!(!summary.warnings.iter().any(|w| w.file == Path::new("dossier.toml")));
}

#[test]
fn an_unknown_key_fails_the_build_at_its_line_with_the_nearest_key() {
    let dir = mini();
    append(dir.path(), "dossier.toml", "title = \"T\"\n\nbase_ulr = \"https://example.org/\"\n");
    let errors = content_errors(build(&Options::new(dir.path())));
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].location(), "dossier.toml:3:1");
    assert_eq!(errors[0].help.as_deref(), Some("did you mean `base_url`?"));
}

#[test]
fn without_the_wasm_bundle_there_is_no_search_box_and_one_warning() {
    let dir = mini();
    let summary = build(&Options::new(dir.path())).expect("builds");
    let wasm: Vec<_> = summary.warnings.iter().filter(|w| w.message.contains("WebAssembly")).collect();
    assert_eq!(wasm.len(), 1, "{:?}", summary.warnings);
    for page in ["public/index.html", "public/quotes/index.html", "public/sources/alpha-report/index.html"] {
        let html = read(dir.path(), page);
        assert!(!html.contains("dossier.js") && !html.contains("quote-lookup"), "{page}");
        assert!(!html.contains("<script type=\"module\""), "{page}");
    }
    // With a bundle (its files are copied as they are) the box and the loader are there.
    let bundle = dir.path().join("bundle");
    fs::create_dir_all(&bundle).expect("mkdir");
    fs::write(bundle.join("dossier_web.js"), "export default function () {}").expect("write");
    let mut options = Options::new(dir.path());
    options.wasm = Some(bundle);
    let summary = build(&options).expect("builds");
    assert!(!summary.warnings.iter().any(|w| w.message.contains("WebAssembly")));
    let index = read(dir.path(), "public/index.html");
    // Deferred and classic, so that a page opened from a file runs it and says why search is unavailable.
    assert!(index.contains("<script defer src=\"static/dossier.js\"></script>"));
    assert!(index.contains("id=\"quote-lookup\""));
    // The search form leads to the search page, which the build writes.
    assert!(index.contains("action=\"search/index.html\""));
    assert!(read(dir.path(), "public/search/index.html").contains("id=\"search-needs-js\""));
    // `search = false` leaves them out on purpose, without a warning.
    fs::write(dir.path().join("dossier.toml"), "search = false\nbase_url = \"https://example.org/mini/\"\n")
        .expect("write");
    let summary = build(&options).expect("builds");
    assert!(
        summary.warnings.is_empty() || !summary.warnings.iter().any(|w| w.message.contains("WebAssembly"))
    );
    assert!(!read(dir.path(), "public/index.html").contains("quote-lookup"));
}

#[test]
fn several_briefings_each_get_a_page_the_front_page_lists_them_and_sources_link_back() {
    let dir = mini();
    fs::write(dir.path().join("dossier.toml"), CONFIG).expect("write");
    let briefings = dir.path().join("content/briefings");
    fs::create_dir_all(&briefings).expect("mkdir");
    fs::rename(dir.path().join("content/briefing.md"), briefings.join("first.md")).expect("move");
    fs::write(
        briefings.join("second.md"),
        "+++\ntitle = \"Second look\"\ndate = 2026-12-01\nauthors = [\"Desk\"]\nsummary = \"A later note.\"\n+++\n\n\
         ## Update\n\nThe official said the group would \"collect money\" [@alpha-report]. See [the source](sources/alpha-report/index.html).\n",
    )
    .expect("write");
    build(&Options::new(dir.path())).expect("builds, every link resolving");
    let public = dir.path().join("public");
    // The front page: the newest in full, and both listed, newest first, with their summaries.
    let home = read(dir.path(), "public/index.html");
    assert!(home.contains("<h1>Second look</h1>"), "the newest in full");
    let second = home.find("href=\"briefings/second/index.html\">Second look</a>").expect("listed");
    let first = home.find("href=\"briefings/first/index.html\">Mini briefing</a>").expect("listed");
    assert!(second < first, "newest first");
    assert!(home.contains("<p>A later note.</p>") && home.contains("<p>A fixture.</p>"));
    // Each at /briefings/<slug>/, its links rebased from the site root.
    let page = read(dir.path(), "public/briefings/second/index.html");
    assert!(page.contains("href=\"../../sources/alpha-report/index.html\">the source</a>"), "{page}");
    assert!(page.contains("href=\"../../sources/alpha-report/index.html#p1\""), "citation links");
    assert!(page.contains("<link rel=\"canonical\" href=\"https://example.org/mini/briefings/second/\">"));
    assert!(public.join("briefings/first/index.html").is_file());
    // A source page lists every briefing that cites it.
    let alpha = read(dir.path(), "public/sources/alpha-report/index.html");
    assert!(alpha.contains("href=\"../../briefings/second/index.html\">Second look</a>"), "{alpha}");
    assert!(alpha.contains("href=\"../../briefings/first/index.html\">Mini briefing</a>"));
    let beta = read(dir.path(), "public/sources/beta-retelling/index.html");
    assert!(!beta.contains("briefings/second/"), "beta is cited by the first only");
    assert!(beta.contains("briefings/first/index.html"));
    // The feed has one entry per briefing; the sitemap lists both pages.
    let feed_text = read(dir.path(), "public/atom.xml");
    let feed = roxmltree::Document::parse(&feed_text).expect("well-formed");
    let ids: Vec<&str> = feed
        .descendants()
        .filter(|n| n.has_tag_name("entry"))
        .filter_map(|e| e.children().find(|c| c.has_tag_name("id")).and_then(|c| c.text()))
        .collect();
    assert_eq!(
        ids,
        ["https://example.org/mini/briefings/second/", "https://example.org/mini/briefings/first/"]
    );
    let map = read(dir.path(), "public/sitemap.xml");
    assert!(map.contains("<loc>https://example.org/mini/briefings/first/</loc>"));
}

#[test]
fn check_and_build_report_an_error_in_any_briefing_at_its_line() {
    let dir = mini();
    let briefings = dir.path().join("content/briefings");
    fs::create_dir_all(&briefings).expect("mkdir");
    fs::rename(dir.path().join("content/briefing.md"), briefings.join("first.md")).expect("move");
    fs::write(
        briefings.join("second.md"),
        "+++\ntitle = \"Second\"\ndate = 2026-12-01\n+++\n\nThe official said \"sold the moon\" [@alpha-report].\n",
    )
    .expect("write");
    let want = "content/briefings/second.md:6:19";
    let errors = content_errors(build(&Options::new(dir.path())));
    assert!(errors.iter().any(|e| e.location() == want), "{errors:?}");
    let checked = dossier::check::check(dir.path()).expect("check runs");
    assert!(checked.iter().any(|d| d.location() == want), "{checked:?}");
    fs::write(briefings.join("Bad Name.md"), "x").expect("write");
    let errors = content_errors(build(&Options::new(dir.path())));
    assert!(errors.iter().any(|e| e.message.contains("not a valid briefing name")), "{errors:?}");
}

#[test]
fn the_briefing_draws_the_lines_of_reporting_of_the_sources_it_cites_only() {
    let dir = mini();
    let alpha = read(dir.path(), "content/sources/alpha-report.txt");
    let gamma =
        alpha.replace("Alpha report on the raid", "Gamma never cited").replace("Alpha Wire", "Gamma Post");
    fs::write(dir.path().join("content/sources/gamma-uncited.txt"), gamma).expect("write");
    build(&Options::new(dir.path())).expect("builds");
    let boxes = |page: &str| read(dir.path(), page).matches("<g class=\"prov-node").count();
    let home = read(dir.path(), "public/index.html");
    assert!(home.contains("Where the reporting comes from"));
    assert!(home.contains("<title id=\"prov-title\">2 reports,"), "the two it cites");
    assert!(!home.contains("Gamma Post"));
    assert!(boxes("public/sources/index.html") > boxes("public/index.html"));
    // Its boxes link the source pages from the briefing's folder.
    assert!(home.contains("href=\"sources/alpha-report/index.html\"><rect"), "{home}");
}

/// A project whose `content/briefings/` holds the mini briefing and a second one that quotes Alpha's
/// first statement (not its second) and names the Taliban.
fn two_briefings() -> tempfile::TempDir {
    let dir = mini();
    let briefings = dir.path().join("content/briefings");
    fs::create_dir_all(&briefings).expect("mkdir");
    fs::rename(dir.path().join("content/briefing.md"), briefings.join("first.md")).expect("move");
    fs::write(
        briefings.join("second.md"),
        "+++\ntitle = \"Second look\"\ndate = 2026-12-01\nsummary = \"A later note.\"\n+++\n\n\
         ## Update\n\nThe official said the group would \"collect money\" for the Taliban [@alpha-report].\n",
    )
    .expect("write");
    append(dir.path(), "content/entities.toml", TALIBAN);
    build(&Options::new(dir.path())).expect("builds, every link resolving");
    dir
}

const TALIBAN: &str = "[[entity]]\nid = \"taliban\"\nname = \"Taliban\"\nkind = \"organization\"\n\
    description = \"An armed movement.\"\naliases = [\"the Taliban\"]\n";

#[test]
fn quotes_entities_explore_and_source_pages_name_the_briefings_that_use_them() {
    let dir = two_briefings();
    let page = |rel: &str| read(dir.path(), rel);
    let second = "briefings/second/index.html\">Second look</a>";
    let first = "briefings/first/index.html\">Mini briefing</a>";
    // Both briefings quote Alpha's first statement, only the first its second ("a family connection").
    let quotes = page("public/quotes/index.html");
    let quoted: Vec<&str> = quotes.split("<p class=\"quoted-in\">").skip(1).collect();
    assert_eq!(quoted.len(), 2, "{quotes}");
    let money = quoted.iter().find(|q| q.contains("collect money")).expect("the first statement");
    let line = &money[..money.find("</p>").expect("closed")];
    assert!(line.contains(&format!("href=\"../{second}")) && line.contains(first), "{line}");
    let family = quoted.iter().find(|q| q.contains("family connection")).expect("the second statement");
    let line = &family[..family.find("</p>").expect("closed")];
    assert!(line.contains(first) && !line.contains("Second look"), "{line}");

    // Explore marks each cited paragraph with the briefings citing it.
    let explore = page("public/explore/index.html");
    let para = |html: &str, start: &str| -> String {
        let at = html.find(start).unwrap_or_else(|| panic!("{start}"));
        html[at..at + html[at..].find("</p>").expect("closed")].to_string()
    };
    let alpha1 = para(&explore, "href=\"../sources/alpha-report/index.html#p1\"");
    assert!(alpha1.contains("class=\"cited-in-marks\"") && alpha1.contains(second) && alpha1.contains(first));
    let beta1 = para(&explore, "href=\"../sources/beta-retelling/index.html#p1\"");
    assert!(beta1.contains(first) && !beta1.contains("Second look"), "{beta1}");

    // A source page: every briefing's notes, and each paragraph's marks labelled by briefing.
    let alpha = page("public/sources/alpha-report/index.html");
    assert!(alpha.contains("<h2 id=\"cited-title\">Cited in the briefings</h2>"));
    assert!(alpha.contains("<h3>Second look</h3>") && alpha.contains("<h3>Mini briefing</h3>"));
    assert!(alpha.contains("href=\"../../briefings/second/index.html#note-1\">Note 1</a>"), "{alpha}");
    let p1 = para(&alpha, "<p id=\"p1\"");
    assert!(p1.contains("aria-label=\"cited in Second look, note 1\""), "{p1}");
    assert!(p1.contains("href=\"../../briefings/second/index.html#ref-1-1\""));
    assert!(p1.contains("aria-label=\"cited in Mini briefing, note 1"), "{p1}");
    assert!(!p1.contains("href=\"../../index.html#"), "no mark leads to the front page alone");
    let p2 = para(&alpha, "<p id=\"p2\"");
    assert!(p2.contains("cited in Mini briefing") && !p2.contains("Second look"), "{p2}");

    // An entity named in both briefings lists the mentions of each, under its title.
    let taliban = page("public/entities/taliban/index.html");
    let section = &taliban[taliban.find("<h2 id=\"in-briefings\">").expect("in the briefings")..];
    let s = section.find(&format!("../../{second}")).expect("the second, linked");
    let f = section.find(&format!("../../{first}")).expect("the first, linked");
    assert!(s < f, "newest first");
    assert!(section.contains("href=\"../../briefings/second/index.html#"), "its mention, linked");
    assert!(taliban.contains("in 2 briefings"), "{taliban}");

    // The list of sources counts the places citing each in every briefing: one more for Alpha.
    let cited = |dir: &Path, id: &str| -> usize {
        let list = read(dir, "public/sources/index.html");
        let row = &list[list.find(&format!("<tr id=\"{id}\">")).expect("row")..];
        let row = &row[..row.find("</tr>").expect("closed")];
        let cell = row.rsplit("<td data-label=\"Cited\">").next().expect("last cell");
        cell[..cell.find('×').expect("count")].parse().expect("a number")
    };
    let (alpha_both, beta_both) = (cited(dir.path(), "alpha-report"), cited(dir.path(), "beta-retelling"));
    fs::remove_file(dir.path().join("content/briefings/second.md")).expect("remove");
    build(&Options::new(dir.path())).expect("builds");
    assert_eq!(alpha_both, cited(dir.path(), "alpha-report") + 1);
    assert_eq!(beta_both, cited(dir.path(), "beta-retelling"));
}

#[test]
fn with_one_briefing_the_pages_say_the_briefing_and_name_none() {
    let dir = mini();
    append(dir.path(), "content/entities.toml", TALIBAN);
    build(&Options::new(dir.path())).expect("builds");
    let alpha = read(dir.path(), "public/sources/alpha-report/index.html");
    assert!(alpha.contains("<h2 id=\"cited-title\">Cited in the briefing</h2>"));
    assert!(alpha.contains("aria-label=\"cited in the briefing, note 1"));
    assert!(!read(dir.path(), "public/quotes/index.html").contains("quoted-in"));
    assert!(!read(dir.path(), "public/explore/index.html").contains("cited-in-marks"));
    let taliban = read(dir.path(), "public/entities/taliban/index.html");
    assert!(taliban.contains("<h2 id=\"in-briefing\">In the briefing</h2>"), "{taliban}");
    assert!(!taliban.contains("in-briefings"));
}
