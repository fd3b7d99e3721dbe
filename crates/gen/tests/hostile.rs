//! Hostile content never runs, malformed input gets a clear error (never a panic), a killed build
//! never leaves a half-written public/.

use dossier::diag::Error;
use dossier::pipeline::{build, Options};
use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

mod common;

use common::{append, errors, first_source, project, snapshot};

#[test]
fn hostile_article_text_and_front_matter_are_shown_as_text() {
    let dir = project("tests/fixtures/hostile/content");
    build(&Options::new(dir.path())).expect("builds");
    for (path, bytes) in snapshot(&dir.path().join("public")) {
        if path.extension().is_none_or(|e| e != "html") {
            continue;
        }
        let html = String::from_utf8(bytes).expect("utf8");
        assert!(!html.contains("<script>window"), "{path:?} has a live script");
        assert!(!html.contains("<img src=x"), "{path:?} has a live image");
        assert!(!html.contains("onerror=\""), "{path:?} has an event handler");
        assert!(!html.contains("onmouseover=\""), "{path:?} has an event handler");
        assert!(!html.contains("href=\"javascript:"), "{path:?} has a javascript: link");
        assert!(!html.contains("<!-- hidden -->"), "{path:?} has a raw comment");
    }
    let page = fs::read_to_string(dir.path().join("public/sources/hostile-page/index.html")).expect("page");
    assert!(
        page.contains("&lt;script&gt;window.__pwned = 1&lt;&#x2f;script&gt;")
            || page.contains("&lt;script&gt;window.__pwned = 1&lt;/script&gt;"),
        "{page}"
    );
    assert!(page.contains("&amp;lt;script&amp;gt;"), "entities in an article are shown as typed");
}

#[test]
fn unsafe_links_in_the_briefing_and_front_matter_are_rejected() {
    let dir = project("tests/fixtures/mini/content");
    append(dir.path(), "content/briefing.md", "\nSee [this](javascript:alert(1)), [that](data:text/html,x), [far](//evil.example/x) and ![img](https://evil.example/x.png).\n");
    let errs = errors(dir.path());
    for want in [
        "link to `javascript:alert(1)` is not allowed",
        "link to `data:text/html,x` is not allowed",
        "link to `//evil.example/x` is not allowed",
        "image `https://evil.example/x.png` is outside the site",
    ] {
        assert!(errs.iter().any(|e| e.contains(want)), "{want}: {errs:#?}");
    }
}

#[test]
fn malformed_inputs_get_file_and_line_never_a_panic() {
    let cases: Vec<(&str, &[u8], &str)> = vec![
        ("crlf and bom load", b"\xef\xbb\xbf+++\r\ntitle = \"T\"\r\noutlet = \"O\"\r\npublished = 2021-01-01\r\n+++\r\nText.\r\n", ""),
        ("wrong type", b"+++\ntitle = 5\noutlet = \"O\"\npublished = 2021-01-01\n+++\nText.\n", "content/sources/extra.txt:2:9: bad front matter"),
        ("invalid date", b"+++\ntitle = \"T\"\noutlet = \"O\"\npublished = 2021-02-30\n+++\nText.\n", "content/sources/extra.txt:4:"),
        ("date with a time", b"+++\ntitle = \"T\"\noutlet = \"O\"\npublished = 2021-02-03T10:00:00\n+++\nText.\n", "content/sources/extra.txt:4:13: invalid `published` date"),
        ("missing field", b"+++\ntitle = \"T\"\npublished = 2021-01-01\n+++\nText.\n", "content/sources/extra.txt:2:1: bad front matter: missing field `outlet`"),
        ("no body", b"+++\ntitle = \"T\"\noutlet = \"O\"\npublished = 2021-01-01\n+++\n\n\n", "content/sources/extra.txt:6:1: the article has no text after its front matter"),
        ("unclosed", b"+++\ntitle = \"T\"\n", "content/sources/extra.txt:1:1: front matter is not closed"),
        ("binary", b"\x00\x01\x02\xff\xfe", "content/sources/extra.txt:1:4: the file is not valid UTF-8 (byte 3)"),
    ];
    for (name, bytes, want) in cases {
        let dir = project("tests/fixtures/mini/content");
        fs::write(dir.path().join("content/sources/extra.txt"), bytes).expect("write");
        if want.is_empty() {
            let s = build(&Options::new(dir.path())).unwrap_or_else(|e| panic!("{name}: {e}"));
            let page = fs::read_to_string(dir.path().join("public/sources/extra/index.html")).expect("page");
            assert!(page.contains("id=\"p1\"") && !page.contains('\r'), "{name}");
            assert_eq!(s.sources, 3, "{name}");
        } else {
            let errs = errors(dir.path());
            assert!(errs.iter().any(|e| e.starts_with(want)), "{name}: wanted {want:?} in {errs:#?}");
        }
    }
}

#[test]
fn derivation_cycles_duplicate_ids_and_huge_files_are_errors() {
    let dir = project("tests/fixtures/mini/content");
    let alpha = dir.path().join("content/sources/alpha-report.txt");
    let text = fs::read_to_string(&alpha).expect("read").replacen(
        "credibility = 2",
        "credibility = 2\nderived_from = [\"beta-retelling\"]",
        1,
    );
    fs::write(&alpha, text).expect("write");
    let errs = errors(dir.path());
    assert!(errs.iter().any(|e| e.contains("`derived_from` makes a cycle")), "{errs:#?}");

    let dir = project("tests/fixtures/mini/content");
    fs::copy(
        dir.path().join("content/sources/alpha-report.txt"),
        dir.path().join("content/sources/Alpha-Report.txt"),
    )
    .expect("copy");
    let errs = errors(dir.path());
    assert!(
        errs.iter()
            .any(|e| e
                .starts_with("content/sources/Alpha-Report.txt: `Alpha-Report` is not a valid source id")),
        "{errs:#?}"
    );

    let dir = project("tests/fixtures/mini/content");
    let big = "A line of an enormous file that someone saved by mistake.\n".repeat(900_000);
    fs::write(
        dir.path().join("content/sources/huge.txt"),
        format!("+++\ntitle = \"H\"\noutlet = \"O\"\npublished = 2021-01-01\n+++\n{big}"),
    )
    .expect("write");
    let errs = errors(dir.path());
    assert!(
        errs.iter()
            .any(|e| e.starts_with("content/sources/huge.txt: the file is 52.2 MB; the limit is 8 MB")),
        "{errs:#?}"
    );
}

#[test]
fn thousands_of_citations_in_one_paragraph_build() {
    let dir = project("tests/fixtures/mini/content");
    let many = "[@alpha-report] [@beta-retelling, p2] ".repeat(2500);
    append(dir.path(), "content/briefing.md", &format!("\nMany citations: “collect money” {many}\n"));
    let summary = build(&Options::new(dir.path())).expect("builds");
    assert_eq!(summary.citations, 6 + 5000);
}

#[test]
fn a_missing_site_folder_builds_with_the_default_look() {
    // The templates and static files built into the binary stand in for a missing site/ (`dossier init`
    // writes none), and give the same pages as the repository's site/.
    let dir = project("tests/fixtures/mini/content");
    build(&Options::new(dir.path())).expect("builds with site/");
    let with_site = snapshot(&dir.path().join("public"));
    fs::remove_dir_all(dir.path().join("site")).expect("rm");
    build(&Options::new(dir.path())).expect("builds without site/");
    assert!(with_site == snapshot(&dir.path().join("public")), "the embedded defaults are site/ as it is");
}

#[test]
fn a_killed_build_leaves_public_complete_and_content_untouched() {
    // A project big enough that a build takes a while: the seed corpus many times over.
    let dir = project("content");
    let sources = dir.path().join("content/sources");
    for rel in dossier::emit::list_files(&sources).expect("list") {
        let text = fs::read_to_string(sources.join(&rel)).expect("read");
        let stem = rel.file_stem().and_then(|s| s.to_str()).expect("stem").to_string();
        for k in 0..60 {
            fs::write(sources.join(format!("{stem}-copy-{k}.txt")), &text).expect("write");
        }
    }
    let bin = env!("CARGO_BIN_EXE_dossier");
    let run =
        |root: &Path| Command::new(bin).args(["build", "--quiet", "--root"]).arg(root).status().expect("run");
    assert!(run(dir.path()).success());
    let old = snapshot(&dir.path().join("public"));
    let content_before = snapshot(&dir.path().join("content"));
    let briefing = dir.path().join("content/briefing.md");
    let edited = fs::read_to_string(&briefing).expect("read").replacen("title = \"", "title = \"Edited: ", 1);
    fs::write(&briefing, edited).expect("write");
    let content_edited = snapshot(&dir.path().join("content"));
    assert_ne!(content_before, content_edited);
    for delay in [5, 40, 120, 300] {
        let mut child =
            Command::new(bin).args(["build", "--quiet", "--root"]).arg(dir.path()).spawn().expect("spawn");
        std::thread::sleep(Duration::from_millis(delay));
        let _ = child.kill();
        let _ = child.wait();
        let now = snapshot(&dir.path().join("public"));
        let complete_old = now == old;
        let is_new =
            now.get(Path::new("index.html")).is_some_and(|b| String::from_utf8_lossy(b).contains("Edited: "));
        assert!(
            complete_old || is_new,
            "killed after {delay} ms: public/ is neither the old build nor a new one"
        );
        assert_eq!(snapshot(&dir.path().join("content")), content_edited, "content/ changed");
    }
    // The next build cleans up after the killed ones and succeeds.
    assert!(run(dir.path()).success());
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .expect("ls")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".public."))
        .collect();
    assert_eq!(leftovers, Vec::<String>::new());
}

#[test]
fn an_output_folder_that_would_lose_work_is_refused_before_anything_is_written() {
    let dir = project("tests/fixtures/mini/content");
    let root = dir.path();
    let foreign = root.join("notes");
    fs::create_dir_all(&foreign).expect("mkdir");
    fs::write(foreign.join("todo.txt"), "mine").expect("write");
    let before = snapshot(root);
    for out in
        [root.to_path_buf(), root.join("content"), root.join("site/static"), foreign.clone(), root.join("..")]
    {
        let mut options = Options::new(root);
        options.out = out.clone();
        let err = build(&options).expect_err(&format!("{} must be refused", out.display()));
        assert!(format!("{err}").contains("refusing to write the site here"), "{err}");
    }
    assert_eq!(snapshot(root), before, "nothing was changed");
    // A new folder, an empty one and a site dossier wrote before are fine.
    for out in [root.join("out/new"), root.join("public")] {
        let mut options = Options::new(root);
        options.out = out.clone();
        build(&options).expect("builds");
        build(&options).expect("rebuilds over its own output");
    }
}

#[test]
fn a_source_that_fails_to_load_gives_its_own_error_only() {
    // The real project: quotations in the briefing cite biden-missing-out together with other sources.
    let dir = project("content");
    let file = dir.path().join("content/sources/biden-missing-out.txt");
    let text = fs::read_to_string(&file).expect("read");
    let broken: String = text
        .lines()
        .map(|l| if l.starts_with("published") { "published = 2021".to_string() } else { l.to_string() })
        .collect::<Vec<_>>()
        .join("\n");
    fs::write(&file, broken).expect("write");
    let errors = errors(dir.path());
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].contains("biden-missing-out.txt:4:13"), "{}", errors[0]);
    assert!(errors[0].contains("a date must be a TOML date"), "{}", errors[0]);
}

#[test]
fn a_template_error_names_the_template_file_and_line_once() {
    let dir = project("tests/fixtures/mini/content");
    let template = dir.path().join("site/templates/source.html");
    let text = fs::read_to_string(&template).expect("read");
    fs::write(&template, format!("{{% if %}}\n{text}")).expect("write");
    let message = build(&Options::new(dir.path())).expect_err("template error").to_string();
    assert!(message.starts_with("site/templates/source.html:1: template error: syntax error"), "{message}");
    assert_eq!(message.matches("source.html").count(), 1, "{message}");
}

#[test]
fn control_characters_never_reach_the_html_and_empty_quotation_marks_are_a_warning() {
    let dir = project("tests/fixtures/mini/content");
    let file = dir.path().join("content/sources/alpha-report.txt");
    let text = fs::read_to_string(&file).expect("read");
    // One NUL in a kept paragraph (the end of the front matter's next line) and one in the dropped footer.
    let text =
        text.replacen("\n+++\n", "\n+++\nA NUL \u{0} in the text.\n", 1) + "bell \u{7} in a dropped line\n";
    fs::write(&file, text).expect("write");
    append(dir.path(), "content/briefing.md", "\nAn empty quote \"\" here [@alpha-report].\n");
    let summary = build(&Options::new(dir.path())).expect("builds");
    assert!(
        summary.warnings.iter().any(|w| w.message.contains("quotation marks with no words")),
        "{summary}"
    );
    for (rel, bytes) in snapshot(&dir.path().join("public")) {
        if rel.extension().is_some_and(|e| e == "html") {
            assert!(!bytes.iter().any(|&b| b == 0 || b == 7), "{} has a control character", rel.display());
        }
    }
}

/// What a build prints on failure: every diagnostic rendered, as the terminal shows them.
fn build_messages(dir: &Path) -> String {
    match build(&Options::new(dir)) {
        Err(Error::Content(d)) => d.iter().map(|d| d.render(false)).collect::<Vec<_>>().join("\n"),
        Err(e) => format!("{e}"),
        Ok(s) => panic!("expected the build to fail, it succeeded: {s}"),
    }
}

#[cfg(unix)]
#[test]
fn symbolic_links_out_of_the_project_are_refused_and_loops_end() {
    use std::os::unix::fs::symlink;
    let outside = tempfile::tempdir().expect("tempdir");
    let secret = outside.path().join("secret.txt");
    fs::write(&secret, "+++\ntitle = \"x\"\noutlet = \"x\"\npublished = 2021\n+++\nTOP-SECRET-LINE\n")
        .expect("write");

    // A source linked to a file outside: refused, naming the link, never showing the target's text.
    let dir = project("tests/fixtures/mini/content");
    symlink(&secret, dir.path().join("content/sources/linked.txt")).expect("symlink");
    let out = build_messages(dir.path());
    assert!(out.contains("content/sources/linked.txt"), "{out}");
    assert!(out.contains("symbolic link out of the project"), "{out}");
    assert!(!out.contains("TOP-SECRET-LINE"), "the target's content is printed: {out}");
    assert!(!dir.path().join("public").exists());

    // A static file linked outside: refused, not copied.
    let dir = project("tests/fixtures/mini/content");
    symlink(&secret, dir.path().join("site/static/passwd.txt")).expect("symlink");
    let out = build_messages(dir.path());
    assert!(out.contains("site/static/passwd.txt"), "{out}");
    assert!(!dir.path().join("public").exists());

    // Two loops in site/static: an error, at once (the walk would otherwise be endless).
    let dir = project("tests/fixtures/mini/content");
    let stat = dir.path().join("site/static");
    symlink(&stat, stat.join("loop-a")).expect("symlink");
    symlink(&stat, stat.join("loop-b")).expect("symlink");
    let out = build_messages(dir.path());
    assert!(out.contains("loops back"), "{out}");

    // A link that stays inside the project is followed.
    let dir = project("tests/fixtures/mini/content");
    let sources = dir.path().join("content/sources");
    let first = dossier::emit::list_files(&sources).expect("list").remove(0);
    fs::rename(sources.join(&first), dir.path().join("kept.txt")).expect("move");
    symlink(dir.path().join("kept.txt"), sources.join(&first)).expect("symlink");
    build(&Options::new(dir.path())).expect("a link inside the project builds");
}

#[cfg(target_os = "linux")]
#[test]
fn a_kill_at_any_point_of_the_swap_leaves_public_complete() {
    let dir = project("tests/fixtures/mini/content");
    let bin = env!("CARGO_BIN_EXE_dossier");
    let build_with = |kill_at: Option<&str>| {
        let mut cmd = Command::new(bin);
        cmd.args(["build", "--quiet", "--root"]).arg(dir.path());
        if let Some(point) = kill_at {
            cmd.env("DOSSIER_KILL_AT", point);
        }
        cmd.status().expect("run")
    };
    assert!(build_with(None).success());
    let old = snapshot(&dir.path().join("public"));
    let briefing = dir.path().join("content/briefing.md");
    let edited = fs::read_to_string(&briefing).expect("read").replacen("title = \"", "title = \"Edited: ", 1);
    fs::write(&briefing, edited).expect("write");
    for point in ["before-swap", "between-renames", "after-swap"] {
        let status = build_with(Some(point));
        // Linux swaps with one exchange, so there is no point between two renames to reach there.
        if point != "between-renames" {
            assert!(!status.success(), "the build was not killed at {point}");
        }
        let now = snapshot(&dir.path().join("public"));
        let is_new =
            now.get(Path::new("index.html")).is_some_and(|b| String::from_utf8_lossy(b).contains("Edited: "));
        assert!(
            now == old || is_new,
            "killed at {point} ({status}): public/ is neither the old site nor the new"
        );
        assert!(now.len() >= old.len(), "killed at {point}: public/ is incomplete");
        if point == "after-swap" {
            assert!(is_new, "after the swap the new site is in place");
        }
    }
    assert!(build_with(None).success());
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .expect("ls")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".public."))
        .collect();
    assert_eq!(leftovers, Vec::<String>::new(), "the next build removes what killed builds left");
}

#[test]
fn an_output_folder_is_named_as_given_when_a_build_fails() {
    let dir = project("tests/fixtures/mini/content");
    fs::write(dir.path().join("content/briefing.md"), "no front matter").expect("write");
    let out_dir = dir.path().join("elsewhere");
    let out = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["build", "--root"])
        .arg(dir.path())
        .arg("--out")
        .arg(&out_dir)
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&format!("{} was not changed", out_dir.display())), "{stderr}");
    assert!(!stderr.contains("public/ was not changed"), "{stderr}");
}

#[test]
fn one_bad_boilerplate_pattern_is_one_error_and_the_other_rules_still_apply() {
    let dir = project("content");
    append(dir.path(), "content/boilerplate.toml", "\n[[rule]]\nname = \"broken\"\npattern = '(unclosed'\n");
    let errs = errors(dir.path());
    assert_eq!(errs.len(), 1, "{errs:#?}");
    assert!(errs[0].starts_with("content/boilerplate.toml:"), "{errs:#?}");
}

#[test]
fn files_in_the_sources_folder_that_are_not_read_get_a_warning() {
    let dir = project("tests/fixtures/mini/content");
    let sources = dir.path().join("content/sources");
    fs::write(sources.join("NOTES.TXT"), "x").expect("write");
    fs::write(sources.join("article"), "x").expect("write");
    fs::write(sources.join(".hidden"), "x").expect("write");
    let summary = build(&Options::new(dir.path())).expect("builds");
    let warned: Vec<String> = summary.warnings.iter().map(|d| d.location()).collect();
    assert!(warned.iter().any(|w| w.ends_with("NOTES.TXT")), "{warned:?}");
    assert!(warned.iter().any(|w| w.ends_with("sources/article")), "{warned:?}");
    assert!(!warned.iter().any(|w| w.contains(".hidden")), "{warned:?}");
}

/// The front matter of a source added by a test (the fixture's own sources end in boilerplate that
/// the cleaning rules cut, so text appended to them is not read).
const SOURCE_HEAD: &str = "+++\ntitle = \"Added\"\noutlet = \"Attack Wire\"\npublished = 2021-05-01\n+++\n";

#[test]
fn a_different_speaker_in_each_line_gives_no_page_per_speaker() {
    // Issue 18: 100,000 quoted lines, each with its own speaker, made 100,000 provisional entity pages.
    // A name seen once, without a title, is not proposed; one seen twice, or once with a title, is.
    let dir = project("tests/fixtures/mini/content");
    let mut text = String::from(SOURCE_HEAD);
    for i in 0..2000 {
        text.push_str(&format!("\n\"Quote number {i},\" said Speaker{i}son Officer.\n"));
    }
    text.push_str("\nKaren Roxberry arrived. Later Karen Roxberry left. Gen. Rahmatullah Nabil spoke.\n");
    fs::write(dir.path().join("content/sources/speakers.txt"), text).expect("write");
    build(&Options::new(dir.path())).expect("builds");
    let pages: Vec<String> = fs::read_dir(dir.path().join("public/entities"))
        .expect("entities")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!pages.iter().any(|p| p.starts_with("speaker")), "{pages:?}");
    assert!(pages.iter().any(|p| p == "karen-roxberry"), "{pages:?}");
    assert!(pages.iter().any(|p| p == "rahmatullah-nabil"), "{pages:?}");
}

#[test]
fn a_statement_quoted_thousands_of_times_draws_a_hundred_wordings() {
    // Issue 18: one source of 200,000 unpaired marks quotes the same two words 200,000 times, one
    // statement whose every wording was drawn on one quotes page of 38 MB.
    let dir = project("tests/fixtures/mini/content");
    let text = format!("{SOURCE_HEAD}\nHe said {}\n", "“ab cd ".repeat(1000));
    fs::write(dir.path().join("content/sources/marks.txt"), text).expect("write");
    build(&Options::new(dir.path())).expect("builds");
    let public = dir.path().join("public");
    let mut drawn = 0;
    let mut more = Vec::new();
    for page in fs::read_dir(public.join("quotes/page")).into_iter().flatten().flatten() {
        let html = fs::read_to_string(page.path().join("index.html")).unwrap_or_default();
        drawn += html.matches("sources/marks/index.html#p").count();
        more.extend(html.lines().filter(|l| l.contains("wordings-more")).map(str::to_string));
    }
    let first = fs::read_to_string(public.join("quotes/index.html")).expect("quotes page");
    drawn += first.matches("sources/marks/index.html#p").count();
    more.extend(first.lines().filter(|l| l.contains("wordings-more")).map(str::to_string));
    assert_eq!(drawn, 100, "{more:?}");
    assert_eq!(more.len(), 1, "{more:?}");
    assert!(more[0].contains("900 more wordings"), "{more:?}");
}

#[test]
fn a_very_long_name_or_entity_id_is_not_a_file_name_too_long() {
    // A long run of capitalised words becomes a provisional entity: its page gets a short id.
    let dir = project("tests/fixtures/mini/content");
    let name: Vec<String> = (0..120).map(|i| format!("Word{}", char::from(b'A' + (i % 26) as u8))).collect();
    // Twice, as a name seen once is not proposed.
    let line = format!("\nThe meeting was attended by {} yesterday.\n", name.join(" "));
    fs::write(dir.path().join("content/sources/names.txt"), format!("{SOURCE_HEAD}{line}{line}"))
        .expect("write");
    build(&Options::new(dir.path())).expect("builds");
    let mut long = 0;
    for entry in fs::read_dir(dir.path().join("public/entities")).expect("entities").flatten() {
        assert!(entry.file_name().len() <= 100, "{:?}", entry.file_name());
        long += usize::from(entry.file_name().to_string_lossy().starts_with("worda-wordb-"));
    }
    assert_eq!(long, 1, "the long name has its page");

    // A 300-character gazetteer id: an error at its line, not an OS error without a file.
    let dir = project("tests/fixtures/mini/content");
    let entity = format!(
        "\n[[entity]]\nid = \"{}\"\nname = \"Someone Long\"\nkind = \"person\"\ndescription = \"d\"\n",
        "a".repeat(300)
    );
    append(dir.path(), "content/entities.toml", &entity);
    let errs = errors(dir.path());
    assert!(
        errs.iter().any(|e| e.starts_with("content/entities.toml:") && e.contains("the limit is 100")),
        "{errs:#?}"
    );
}

#[test]
fn a_long_near_miss_quotation_fails_fast_with_a_short_message() {
    let dir = project("tests/fixtures/mini/content");
    let first = first_source(dir.path());
    let id = Path::new(&first).file_stem().and_then(|s| s.to_str()).expect("id").to_string();
    let words = ["taliban", "fighters", "moved", "through", "the", "valley", "at", "night"];
    let paragraph: Vec<&str> = (0..20_000).map(|i| words[i % words.len()]).collect();
    append(dir.path(), &first, &format!("\n{}\n", paragraph.join(" ")));
    // 2,000 words that nearly match: every eighth word changed.
    let quoted: Vec<&str> =
        (0..2_000).map(|i| if i % 8 == 7 { "dawn" } else { words[i % words.len()] }).collect();
    append(dir.path(), "content/briefing.md", &format!("\nThey wrote “{}” [@{id}].\n", quoted.join(" ")));
    let started = std::time::Instant::now();
    let errs = errors(dir.path());
    eprintln!("near-miss reported in {:?}", started.elapsed());
    assert!(errs.iter().any(|e| e.contains("quotation not found")), "{errs:#?}");
    // The 2,000-word quotation is shown by its start (the line and its caret), not in full.
    let full = build_messages(dir.path());
    assert!(full.len() < 4_000, "the message is {} bytes", full.len());
}

#[test]
fn a_broken_or_false_image_in_the_briefing_is_an_error_at_its_line() {
    let dir = project("tests/fixtures/mini/content");
    fs::write(dir.path().join("site/static/page.png"), "<!doctype html><html><body>a page</body></html>\n")
        .expect("write");
    let line = common::read(dir.path(), "content/briefing.md").lines().count() + 2;
    append(
        dir.path(),
        "content/briefing.md",
        "\nPictures: ![a](missing.png), ![b](sources/alpha-report/), ![c](static/page.png).\n",
    );
    let errs = errors(dir.path());
    for (col, want) in [
        (11, "image `missing.png`: no such file in site/static"),
        (30, "image `sources/alpha-report/` is a page, not an image"),
        (59, "image `static/page.png` is not an image file"),
    ] {
        let at = format!("content/briefing.md:{line}:{col}: {want}");
        assert!(errs.contains(&at), "{at}: {errs:#?}");
    }
    assert_eq!(errs.len(), 3, "nothing is blamed on the templates: {errs:#?}");
    // A real image in site/static builds.
    let dir = project("tests/fixtures/mini/content");
    append(dir.path(), "content/briefing.md", "\nThe icon: ![icon](static/icon.svg).\n");
    build(&Options::new(dir.path())).expect("an image in site/static builds");
}

#[test]
fn a_source_past_the_size_of_one_page_is_refused_at_its_first_paragraph_past_the_limit() {
    // Issue 18: one source of 100,000 quoted lines (4–6.6 MB) took 5–8 s and 400–600 MB to build, and
    // made a source page of 18 MB. A source is one page: it keeps at most 512 KiB and 5,000 paragraphs.
    let dir = project("tests/fixtures/mini/content");
    let lines: String = (0..5_001).map(|i| format!("\"Line {i},\" he said.\n")).collect();
    fs::write(dir.path().join("content/sources/long.txt"), format!("{SOURCE_HEAD}\n{lines}")).expect("write");
    let found = errors(dir.path());
    let head_lines = SOURCE_HEAD.lines().count() + 1;
    let expected = format!("content/sources/long.txt:{}:1: the article keeps", head_lines + 5_001);
    assert!(found.iter().any(|e| e.starts_with(&expected) && e.contains("5001 paragraphs")), "{found:?}");
    assert!(!dir.path().join("public").exists(), "nothing is written");

    // One paragraph of 600 KiB: past the text limit, pointed at that paragraph.
    let long = format!("{SOURCE_HEAD}\nShort first paragraph.\n{}\n", "word ".repeat(120 * 1024));
    fs::write(dir.path().join("content/sources/long.txt"), long).expect("write");
    let found = errors(dir.path());
    let expected = format!("content/sources/long.txt:{}:1: the article keeps 0.6 MB", head_lines + 2);
    assert!(found.iter().any(|e| e.starts_with(&expected)), "{found:?}");

    // At the limit it builds.
    let lines: String = (0..5_000).map(|i| format!("\"Line {i},\" he said.\n")).collect();
    fs::write(dir.path().join("content/sources/long.txt"), format!("{SOURCE_HEAD}\n{lines}")).expect("write");
    build(&Options::new(dir.path())).expect("5,000 paragraphs build");
}
