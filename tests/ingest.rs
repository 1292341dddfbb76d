//! `caravan ingest` on the bundled seeds and on bad input: the contract's fields, edits that are
//! never lost, idempotence, and one bad seed that never stops the others.

mod common;
use common::*;
use std::path::Path;

fn front_matter(path: &Path) -> toml::Table {
    let text = read(path);
    let inner = text
        .strip_prefix("+++\n")
        .unwrap()
        .split("\n+++\n")
        .next()
        .unwrap();
    toml::from_str(inner).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn ingest(seeds: &Path, out: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "ingest",
        seeds.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    run(&args, seeds.parent().unwrap())
}

fn by_seed(out: &Path) -> std::collections::BTreeMap<String, (String, toml::Table)> {
    files(out)
        .into_iter()
        .filter(|f| f.ends_with(".md"))
        .map(|f| {
            let fm = front_matter(&out.join(&f));
            (fm["seed"].as_str().unwrap().to_string(), (f, fm))
        })
        .collect()
}

#[test]
fn the_five_seeds_meet_the_contract() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("content");
    let result = ingest(&repo().join("seeds"), &out, &[]);
    assert!(result.status.success(), "{}", text(&result));
    let docs = by_seed(&out);
    assert_eq!(docs.len(), 5);
    let themes = [
        "diplomacy",
        "it-industry",
        "digital-government",
        "startups-venture",
        "education-skills",
        "trade-investment",
        "industry-manufacturing",
        "agriculture",
        "health",
        "space-geospatial",
        "ai-data",
        "infrastructure-transport",
        "culture-tourism",
    ];
    for (seed, (file, fm)) in &docs {
        let title = fm["title"].as_str().unwrap();
        assert!(
            !title.is_empty() && title.chars().count() <= 250,
            "{seed}: {title}"
        );
        let countries: Vec<&str> = fm["countries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        let pair: Vec<&str> = fm["pair"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert!(
            countries.windows(2).all(|w| w[0] < w[1]),
            "{seed}: countries sorted"
        );
        assert!(
            pair.windows(2).all(|w| w[0] < w[1]) && (1..=2).contains(&pair.len()),
            "{seed}: pair"
        );
        assert!(
            pair.iter().all(|p| countries.contains(p)),
            "{seed}: the pair is among the countries"
        );
        for t in fm["themes"].as_array().unwrap() {
            assert!(themes.contains(&t.as_str().unwrap()), "{seed}: theme {t}");
        }
        assert!(!fm["summary"].as_str().unwrap().is_empty());
        assert!(file.ends_with(".md") && !file.contains(' '));
    }
    let korea = &docs["003_ffe629f1960c30ff.txt"].1;
    assert_eq!(
        korea["title"].as_str(),
        Some("Uzbekistan–South Korea: cooperation in the sphere of ICT is developing")
    );
    assert_eq!(
        korea["date"].as_datetime().map(|d| d.to_string()),
        Some("2017-08-15".to_string())
    );
    assert_eq!(korea["pair"].as_array().unwrap().len(), 2);
    assert_eq!(korea["outlet"].as_str(), Some("UzA"));
    assert_eq!(korea["author"].as_str(), Some("Ulugbek Shonazarov"));
    let germany = &docs["002_16d7054178873160.txt"].1;
    assert_eq!(
        germany["date"].as_datetime().map(|d| d.to_string()),
        Some("2024-04-30".to_string())
    );
    assert_eq!(
        germany["countries"].as_array().unwrap(),
        &vec![toml::Value::from("DE"), toml::Value::from("UZ")]
    );
    let serbia_ict = &docs["004_eb144b41525dd293.txt"];
    assert_eq!(
        serbia_ict.1["pair"].as_array().unwrap(),
        &vec![toml::Value::from("RS")],
        "Germany in recession is a passing mention"
    );
    assert!(
        serbia_ict.1.get("date").is_none(),
        "no date stated, none invented"
    );
    let body = read(out.join(&serbia_ict.0));
    for junk in [
        "spot_img",
        "Supported by",
        "error: Content is protected",
        "PIO Fund alerts pensioners",
    ] {
        assert!(!body.contains(junk), "kept {junk}");
    }
    assert!(body.contains("Last year was a record year for the export of ICT services"));
    let list = read(out.join(&docs["000_c3b24ef83a0e001c.txt"].0));
    assert!(
        list.contains("\n- Development of IT outsourcing and KPO services for global markets;"),
        "lists stay lists"
    );
    assert!(text(&result).contains("ingest: 5 seeds: 5 written"));
}

#[test]
fn rerunning_changes_no_byte_and_edits_are_kept_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("content");
    assert!(ingest(&repo().join("seeds"), &out, &[]).status.success());
    let snapshot = |out: &Path| {
        files(out)
            .into_iter()
            .map(|f| (f.clone(), read(out.join(&f))))
            .collect::<Vec<_>>()
    };
    let first = snapshot(&out);
    let again = ingest(&repo().join("seeds"), &out, &[]);
    assert!(text(&again).contains("5 unchanged"), "{}", text(&again));
    assert_eq!(
        snapshot(&out),
        first,
        "re-running on unchanged seeds changes no byte"
    );

    let (file, _) = by_seed(&out)["003_ffe629f1960c30ff.txt"].clone();
    let path = out.join(&file);
    let edited = read(&path).replace("themes = [", "themes = [\"culture-tourism\", ");
    std::fs::write(&path, &edited).unwrap();
    let kept = ingest(&repo().join("seeds"), &out, &[]);
    assert!(kept.status.success());
    assert!(
        text(&kept).contains("edited by hand since ingest"),
        "{}",
        text(&kept)
    );
    assert_eq!(read(&path), edited, "the editor's change survives");

    let forced = ingest(&repo().join("seeds"), &out, &["--force"]);
    assert!(forced.status.success());
    assert_ne!(read(&path), edited);
    assert_eq!(snapshot(&out), first);
}

#[test]
fn bad_seeds_are_reported_and_never_stop_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = dir.path().join("seeds");
    std::fs::create_dir_all(&seeds).unwrap();
    let article = "Uzbekistan and Serbia sign an IT agreement\n\nUzbekistan and Serbia signed an agreement on IT outsourcing in Tashkent on Monday, the ministry said.\n\nThe Serbian delegation visited IT Park and met software companies.\n";
    std::fs::write(seeds.join("good.txt"), article).unwrap();
    std::fs::write(
        seeds.join("bom-crlf.txt"),
        format!(
            "\u{feff}{}",
            article
                .replace("Serbia sign", "Serbia ink")
                .replace('\n', "\r\n")
        ),
    )
    .unwrap();
    let mut latin1 = article.replace("sign an IT", "agree an IT").into_bytes();
    latin1.splice(30..30, [0xE9, 0xE8]);
    std::fs::write(seeds.join("latin1.txt"), latin1).unwrap();
    std::fs::write(seeds.join("empty.txt"), "").unwrap();
    std::fs::write(
        seeds.join("furniture.txt"),
        "Close Menu\nspot_img\nSupported by\n\nRelated News\n",
    )
    .unwrap();
    std::fs::write(
        seeds.join("image.png"),
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0",
    )
    .unwrap();
    let huge = format!(
        "{}\n\n{}",
        "Huge article about Uzbekistan and Serbia",
        "Uzbekistan and Serbia talk about trade and investment again. ".repeat(40_000)
    );
    std::fs::write(seeds.join("huge.txt"), huge).unwrap();

    let out = dir.path().join("content");
    let result = ingest(&seeds, &out, &[]);
    let shown = text(&result);
    assert!(
        result.status.success(),
        "bad seeds are warnings, not failures: {shown}"
    );
    assert!(shown.contains("empty.txt: empty file"), "{shown}");
    assert!(
        shown.contains("furniture.txt: no headline or article text found"),
        "{shown}"
    );
    assert!(shown.contains("image.png: binary file"), "{shown}");
    assert!(
        shown.contains("latin1.txt: invalid UTF-8 at line 1, column 31"),
        "{shown}"
    );
    assert!(
        shown.contains("huge.txt: file is") && shown.contains("only the first 1048576"),
        "{shown}"
    );
    let docs = by_seed(&out);
    assert_eq!(
        docs.keys().cloned().collect::<Vec<_>>(),
        ["bom-crlf.txt", "good.txt", "huge.txt", "latin1.txt"]
    );
    let crlf = read(out.join(&docs["bom-crlf.txt"].0));
    assert!(!crlf.contains('\r') && !crlf.contains('\u{feff}'));
    assert_eq!(
        docs["bom-crlf.txt"].1["title"].as_str(),
        Some("Uzbekistan and Serbia ink an IT agreement")
    );
}

#[test]
fn ingest_fails_only_when_it_cannot_write_and_says_what() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("content");
    std::fs::write(&out, "a file where the content folder should be").unwrap();
    let result = ingest(&repo().join("seeds"), &out, &[]);
    assert!(!result.status.success());
    assert!(
        text(&result).contains("cannot create the content folder"),
        "{}",
        text(&result)
    );
}

#[test]
fn the_report_says_what_to_check_by_hand() {
    let dir = tempfile::tempdir().unwrap();
    let result = ingest(
        &repo().join("seeds"),
        &dir.path().join("content"),
        &["--explain"],
    );
    let shown = text(&result);
    let line = shown
        .lines()
        .find(|l| l.starts_with("004_eb144b41525dd293.txt"))
        .unwrap();
    assert!(
        line.contains("no date") && line.contains("one country only"),
        "{line}"
    );
    assert!(
        shown.contains("themes: ") && shown.contains("countries: "),
        "--explain shows the evidence"
    );
    assert!(
        shown.contains("page as read:") && shown.contains("HEADLINE") && shown.contains("LEAD"),
        "--explain shows the page as read"
    );
}

/// Greedy wrapping at `width` bytes, as `fold -s` does.
fn fold(text: &str, width: usize) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let mut current = String::new();
        for word in line.split(' ') {
            if !current.is_empty() && current.len() + 1 + word.len() > width {
                out.push_str(current.trim_end());
                out.push('\n');
                current.clear();
            } else if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        out.push_str(current.trim_end());
        out.push('\n');
    }
    out
}

#[test]
fn hard_wrapped_seeds_get_the_same_labels() {
    let dir = tempfile::tempdir().unwrap();
    let (plain, wrapped) = (dir.path().join("plain"), dir.path().join("wrapped"));
    std::fs::create_dir_all(&wrapped).unwrap();
    for f in std::fs::read_dir(repo().join("seeds"))
        .unwrap()
        .filter_map(Result::ok)
    {
        let text = read(f.path());
        std::fs::write(wrapped.join(f.file_name()), fold(&text, 72)).unwrap();
    }
    assert!(ingest(&repo().join("seeds"), &plain, &[]).status.success());
    assert!(ingest(&wrapped, &dir.path().join("wrapped-out"), &[])
        .status
        .success());
    let (a, b) = (by_seed(&plain), by_seed(&dir.path().join("wrapped-out")));
    for (seed, (_, fm)) in &a {
        let other = &b[seed].1;
        for key in [
            "title",
            "date",
            "countries",
            "pair",
            "themes",
            "outlet",
            "author",
        ] {
            assert_eq!(
                fm.get(key),
                other.get(key),
                "{seed}: {key} changes when the text is wrapped at 72 columns"
            );
        }
    }
}

#[test]
fn an_article_with_no_country_becomes_a_draft_and_the_build_still_passes() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("seeds")).unwrap();
    std::fs::write(
        dir.path().join("seeds/nowhere.txt"),
        "Software engineers gather for a conference\n\nSoftware engineers gathered for a conference on open source tools and programming languages.\n",
    )
    .unwrap();
    let out = run(&["build"], dir.path());
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("no country found: written as a draft"),
        "{}",
        text(&out)
    );
    let content = files(&dir.path().join("content"));
    let file = content.iter().find(|f| f.ends_with(".md")).unwrap();
    assert!(read(dir.path().join("content").join(file)).contains("\ndraft = true\n"));
    assert!(
        !files(&dir.path().join("public"))
            .iter()
            .any(|f| f.starts_with("articles/")),
        "a draft is not published"
    );
    let with_drafts = run(&["build", "--drafts"], dir.path());
    assert!(!with_drafts.status.success());
    assert!(
        text(&with_drafts).contains("has no `pair` yet"),
        "{}",
        text(&with_drafts)
    );
}

/// A small article of our own for the safety tests.
const ARTICLE: &str = "Uzbekistan and Serbia sign an IT agreement\n\nUzbekistan and Serbia signed an agreement on IT outsourcing in Tashkent on Monday, the ministry said.\n\nThe Serbian delegation visited IT Park and met software companies.\n";

fn one_seed(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let seeds = dir.join("seeds");
    std::fs::create_dir_all(&seeds).unwrap();
    std::fs::write(seeds.join(name), text).unwrap();
    seeds
}

#[test]
fn a_record_entry_outside_the_content_folder_is_refused_with_its_line() {
    for bad in [
        "../../x.md",
        "/tmp/caravan-escape-test.md",
        "sub/x.md",
        "../x.md",
    ] {
        let dir = tempfile::tempdir().unwrap();
        let seeds = one_seed(dir.path(), "a.txt", ARTICLE);
        let out = dir.path().join("site").join("content");
        std::fs::create_dir_all(&out).unwrap();
        let victim = dir.path().join("x.md");
        std::fs::write(&victim, "precious").unwrap();
        std::fs::write(
            out.join(".caravan-ingest.toml"),
            format!("# record\n[\"a.txt\"]\nfile = \"{bad}\"\nsha256 = \"00\"\n"),
        )
        .unwrap();
        let result = ingest(&seeds, &out, &["--force"]);
        let shown = text(&result);
        assert!(!result.status.success(), "{bad}: {shown}");
        assert!(
            shown.contains(".caravan-ingest.toml:3") && shown.contains(bad),
            "{bad}: {shown}"
        );
        assert_eq!(read(&victim), "precious");
        assert!(!Path::new("/tmp/caravan-escape-test.md").exists());
        assert!(files(&out).iter().all(|f| !f.ends_with(".md")), "{bad}");
    }
}

#[test]
fn a_lost_or_corrupt_record_is_rebuilt_from_seed_fields_without_twins() {
    for damage in ["delete", "truncate", "garbage"] {
        let dir = tempfile::tempdir().unwrap();
        let seeds = one_seed(dir.path(), "a.txt", ARTICLE);
        std::fs::write(
            seeds.join("b.txt"),
            ARTICLE.replace("sign an IT", "extend their IT"),
        )
        .unwrap();
        let out = dir.path().join("content");
        assert!(ingest(&seeds, &out, &[]).status.success());
        let before = by_seed(&out);
        let (edited_file, _) = before["a.txt"].clone();
        let edited = read(out.join(&edited_file)).replace("themes = [", "themes = [\"health\", ");
        std::fs::write(out.join(&edited_file), &edited).unwrap();
        let record = out.join(".caravan-ingest.toml");
        match damage {
            "delete" => std::fs::remove_file(&record).unwrap(),
            "truncate" => {
                let t = read(&record);
                std::fs::write(&record, &t[..t.len() / 2 + 7]).unwrap();
            }
            _ => std::fs::write(&record, "\u{1}\u{2}not toml [[[").unwrap(),
        }
        let result = ingest(&seeds, &out, &[]);
        let shown = text(&result);
        assert!(result.status.success(), "{damage}: {shown}");
        assert!(shown.contains("rebuilt from"), "{damage}: {shown}");
        let md: Vec<String> = files(&out)
            .into_iter()
            .filter(|f| f.ends_with(".md"))
            .collect();
        assert_eq!(md.len(), 2, "{damage}: no twin written: {md:?}");
        assert_eq!(read(out.join(&edited_file)), edited, "{damage}");
        // And the run after that is quiet and still keeps the edit.
        let again = ingest(&seeds, &out, &[]);
        assert!(!text(&again).contains("rebuilt"), "{}", text(&again));
        assert_eq!(read(out.join(&edited_file)), edited);
    }
}

#[test]
fn control_characters_never_reach_the_content() {
    let dir = tempfile::tempdir().unwrap();
    let dirty = "Uzbekistan\u{b} and Serbia\u{7} sign an IT\u{85} agreement\u{1b}\n\nUzbekistan and Serbia\u{c} signed an agreement on IT\u{9c} outsourcing in Tashkent\u{fffe} on Monday, the ministry said.\u{1}\n\nThe Serbian delegation visited IT Park and met software companies.\n";
    let seeds = one_seed(dir.path(), "a.txt", dirty);
    let out = dir.path().join("content");
    assert!(ingest(&seeds, &out, &[]).status.success());
    let (file, fm) = by_seed(&out)["a.txt"].clone();
    let written = read(out.join(file));
    assert!(
        !written
            .chars()
            .any(|c| (c.is_control() && c != '\n') || c == '\u{fffe}'),
        "{written:?}"
    );
    assert!(!written.contains("\\u00"), "no escaped controls: {written}");
    assert_eq!(
        fm["title"].as_str(),
        Some("Uzbekistan and Serbia sign an IT agreement")
    );
}

#[cfg(unix)]
#[test]
fn symlinks_out_of_the_seeds_folder_are_not_read_and_each_is_named() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let seeds = one_seed(dir.path(), "good.txt", ARTICLE);
    let secret = dir.path().join("secret.txt");
    std::fs::write(&secret, ARTICLE.replace("sign an IT", "secret IT")).unwrap();
    symlink(&secret, seeds.join("outside.txt")).unwrap();
    symlink(seeds.join("gone.txt"), seeds.join("dangling.txt")).unwrap();
    symlink(seeds.join("loop-b.txt"), seeds.join("loop-a.txt")).unwrap();
    symlink(seeds.join("loop-a.txt"), seeds.join("loop-b.txt")).unwrap();
    symlink(seeds.join("good.txt"), seeds.join("inside.txt")).unwrap();
    let out = dir.path().join("content");
    let result = ingest(&seeds, &out, &[]);
    let shown = text(&result);
    assert!(result.status.success(), "{shown}");
    assert!(
        shown.contains("outside.txt") && shown.contains("outside the seeds folder"),
        "{shown}"
    );
    assert!(
        shown.contains("dangling.txt") && shown.contains("dangling"),
        "{shown}"
    );
    assert!(
        shown.contains("loop-a.txt") && shown.contains("loop"),
        "{shown}"
    );
    let docs = by_seed(&out);
    assert_eq!(
        docs.keys().cloned().collect::<Vec<_>>(),
        ["good.txt", "inside.txt"]
    );
    assert!(!shown.contains("secret IT"));
}

#[test]
fn a_headline_without_letters_still_gets_a_visible_file_name() {
    let long = "!!! ???\n\nUzbekistan and Serbia signed an agreement on IT outsourcing in Tashkent on Monday, the ministry said.\n\nThe Serbian delegation visited IT Park and met software companies.\n";
    let short = "!!! ???\nSerbia and Uzbekistan talk.\n";
    for (seed, page) in [("???.txt", short), ("!!!.txt", long), ("a.txt", short)] {
        let dir = tempfile::tempdir().unwrap();
        let seeds = one_seed(dir.path(), seed, page);
        let out = dir.path().join("content");
        assert!(ingest(&seeds, &out, &[]).status.success());
        let md: Vec<String> = files(&out)
            .into_iter()
            .filter(|f| f.ends_with(".md"))
            .collect();
        assert_eq!(md.len(), 1, "{md:?}");
        assert!(!md[0].starts_with('.') && md[0].len() > 3, "{seed}: {md:?}");
    }
}

#[test]
fn invalid_utf8_is_reported_by_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = ARTICLE.as_bytes().to_vec();
    // Line 3, after "Uzbekistan and": a Latin-1 byte.
    let at = ARTICLE.find("Uzbekistan and Serbia signed").unwrap() + "Uzbekistan and".len();
    bytes.insert(at, 0xE9);
    let seeds = dir.path().join("seeds");
    std::fs::create_dir_all(&seeds).unwrap();
    std::fs::write(seeds.join("latin1.txt"), bytes).unwrap();
    let result = ingest(&seeds, &dir.path().join("content"), &[]);
    let shown = text(&result);
    assert!(
        shown.contains("latin1.txt: invalid UTF-8 at line 3, column 15"),
        "{shown}"
    );
}

fn ingest_on(day: &str, seeds: &Path, out: &Path) -> std::process::Output {
    caravan()
        .args([
            "ingest",
            seeds.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ])
        .env("CARAVAN_TODAY", day)
        .current_dir(seeds.parent().unwrap())
        .output()
        .expect("caravan runs")
}

#[test]
fn lang_source_url_and_added_are_written_and_added_never_moves() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = one_seed(
        dir.path(),
        "en.txt",
        &format!("{ARTICLE}\nURL: https://news.example.org/uz-rs/42\n"),
    );
    std::fs::write(
        seeds.join("sr.txt"),
        "Srbija i Uzbekistan potpisali sporazum o saradnji\n\nObjavljeno: 3. jun 2019.\n\nPredsednik Srbije i predsednik Uzbekistana potpisali su danas u Beogradu sporazum o saradnji u oblasti informacionih tehnologija.\n\nDelegacija Uzbekistana posetila je i tehnološki park.\n\nSource: javascript:alert(1)\n",
    )
    .unwrap();
    let out = dir.path().join("content");
    assert!(ingest_on("2026-01-02", &seeds, &out).status.success());
    let docs = by_seed(&out);
    let (en_file, en) = &docs["en.txt"];
    let (_, sr) = &docs["sr.txt"];
    assert_eq!(en["lang"].as_str(), Some("en"));
    assert_eq!(
        en["source_url"].as_str(),
        Some("https://news.example.org/uz-rs/42")
    );
    assert_eq!(en["added"].as_datetime().unwrap().to_string(), "2026-01-02");
    assert_eq!(sr["lang"].as_str(), Some("sr"));
    assert_eq!(sr["date"].as_datetime().unwrap().to_string(), "2019-06-03");
    assert_eq!(sr["pair"].as_array().unwrap().len(), 2, "{sr:?}");
    assert!(
        sr.get("source_url").is_none(),
        "never a javascript: address"
    );
    let text = read(out.join(en_file));
    let order: Vec<usize> = ["\nseed = ", "\nlang = ", "\nsource_url = ", "\nadded = "]
        .iter()
        .map(|k| text.find(k).unwrap())
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{text}");

    // Another day, unchanged seeds: not one byte changes, added stays the first day.
    let before: Vec<(String, String)> = files(&out)
        .into_iter()
        .map(|f| (f.clone(), read(out.join(&f))))
        .collect();
    let again = ingest_on("2026-03-04", &seeds, &out);
    assert!(
        text_of(&again).contains("2 unchanged"),
        "{}",
        text_of(&again)
    );
    let after: Vec<(String, String)> = files(&out)
        .into_iter()
        .map(|f| (f.clone(), read(out.join(&f))))
        .collect();
    assert_eq!(before, after);
}

fn text_of(output: &std::process::Output) -> String {
    text(output)
}

#[test]
fn an_ambiguous_numeric_date_is_left_out_and_the_report_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let page = ARTICLE.replacen("\n\n", "\n\n05/06/2020\n\n", 1);
    let seeds = one_seed(dir.path(), "a.txt", &page);
    std::fs::write(
        seeds.join("b.txt"),
        ARTICLE.replacen("\n\n", "\n\nFriday, 05/06/2020\n\n", 1),
    )
    .unwrap();
    let out = dir.path().join("content");
    let result = ingest(&seeds, &out, &["--explain"]);
    let shown = text(&result);
    let docs = by_seed(&out);
    assert!(docs["a.txt"].1.get("date").is_none(), "{shown}");
    assert!(
        shown.contains("reads as 2020-06-05 or 2020-05-06"),
        "{shown}"
    );
    // The weekday settles it: 5 June 2020 was a Friday.
    assert_eq!(
        docs["b.txt"].1["date"].as_datetime().unwrap().to_string(),
        "2020-06-05"
    );
}

/// Our own short pages, one kind of unseen-page trouble each, in several languages: the field
/// each was written for, and what it must (not) become.
#[test]
fn kinds_unseen_pages_show_in_several_languages() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = dir.path().join("seeds");
    std::fs::create_dir_all(&seeds).unwrap();
    let pages = [
        ("es-label.txt", "Inicio\n\nPublicado: martes, 3 de septiembre de 2024.\n\nEspaña y Marruecos firman un memorando sobre energía solar\n\nLos gobiernos de España y Marruecos firmaron este martes en Rabat un memorando de entendimiento sobre energía solar e hidrógeno verde.\n\nEl acuerdo prevé inversiones españolas de 300 millones de euros.\n\nFuente: Agencia Puerto\n"),
        ("ru-today.txt", "Главная\n\nСегодня: 5 апреля 2025\n\nКазахстан и Китай расширяют цифровое сотрудничество\n\nОпубликовано: 21 февраля 2024\n\nМинистр цифрового развития Казахстана провёл переговоры с китайской делегацией в Астане о центре обработки данных.\n\nЧитайте также: Узбекистан открыл новый пограничный переход\n\nСтороны договорились провести совместный форум в Астане.\n"),
        ("uz-crumbs.txt", "Bosh sahifa » Iqtisodiyot\n\nO`zbekiston va Yaponiya sog‘liqni saqlash sohasida hamkorlikni kuchaytiradi\n\n20 dekabr 2021\n\nO'zbekiston va Yaponiya sog'liqni saqlash sohasida hamkorlik memorandumini imzoladi, Yaponiya tibbiy uskunalar beradi.\n\nTomonlar Toshkentda qo'shma forum o'tkazishga kelishib oldi.\n"),
        ("en-ph.txt", "Canada, PH to discuss maritime cooperation\n\nJane Roe-Smith\n\nMay 16, 2023, 6:53 pm\n\nOTTAWA – Canada's foreign minister will visit next week to discuss maritime cooperation, the Canadian government said.\n\nCanada hopes to expand trade in the region, Canadian officials said, and Canadian firms will join.\n\nThe Philippines welcomed the visit.\n\n© 2023 Harbour Daily. All rights reserved.\n"),
    ];
    for (name, text) in pages {
        std::fs::write(seeds.join(name), text).unwrap();
    }
    let out = dir.path().join("content");
    let result = ingest(&seeds, &out, &[]);
    assert!(result.status.success(), "{}", text(&result));
    let docs = by_seed(&out);
    let field = |seed: &str, key: &str| {
        docs[seed].1.get(key).map(|v| match v {
            toml::Value::String(s) => s.clone(),
            toml::Value::Datetime(d) => d.to_string(),
            other => other.to_string(),
        })
    };
    assert_eq!(field("es-label.txt", "date").as_deref(), Some("2024-09-03"));
    assert_eq!(
        field("es-label.txt", "title").as_deref(),
        Some("España y Marruecos firman un memorando sobre energía solar")
    );
    assert_eq!(
        field("es-label.txt", "outlet").as_deref(),
        Some("Agencia Puerto")
    );
    assert_eq!(field("ru-today.txt", "date").as_deref(), Some("2024-02-21"));
    let ru = read(out.join(&docs["ru-today.txt"].0));
    assert!(
        ru.contains("совместный форум") && !ru.contains("пограничный"),
        "{ru}"
    );
    assert_eq!(
        field("uz-crumbs.txt", "title").as_deref(),
        Some("O`zbekiston va Yaponiya sog‘liqni saqlash sohasida hamkorlikni kuchaytiradi")
    );
    assert_eq!(
        field("en-ph.txt", "pair").as_deref(),
        Some(r#"["CA", "PH"]"#)
    );
    assert_eq!(
        field("en-ph.txt", "author").as_deref(),
        Some("Jane Roe-Smith")
    );
    assert_eq!(
        field("en-ph.txt", "outlet").as_deref(),
        Some("Harbour Daily")
    );
}

#[test]
fn a_file_the_editor_wrote_is_never_taken_by_a_new_seed() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = one_seed(dir.path(), "a.txt", ARTICLE);
    let out = dir.path().join("content");
    std::fs::create_dir_all(&out).unwrap();
    // The very name the seed's headline slugs to, written by hand before any ingest ran.
    let own = out.join("uzbekistan-and-serbia-sign-an-it-agreement.md");
    std::fs::write(&own, "+++\ntitle = \"Mine\"\n+++\nKept.\n").unwrap();
    let result = ingest(&seeds, &out, &[]);
    assert!(result.status.success(), "{}", text(&result));
    assert_eq!(read(&own), "+++\ntitle = \"Mine\"\n+++\nKept.\n");
    let written: Vec<String> = files(&out)
        .into_iter()
        .filter(|f| f.starts_with("uzbekistan-and-serbia-sign-an-it-agreement-"))
        .collect();
    assert_eq!(written.len(), 1, "{written:?}");
    let fields = front_matter(&out.join(&written[0]));
    assert_eq!(fields["seed"].as_str(), Some("a.txt"));
}

/// `--out` aimed at the seeds folder is refused before anything is written (each content file
/// would come back as a seed); one seed file may be given instead of the folder.
#[test]
fn content_aimed_at_the_seeds_is_refused_and_one_seed_can_be_read_alone() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = one_seed(dir.path(), "a.txt", ARTICLE);
    std::fs::write(
        seeds.join("b.txt"),
        ARTICLE
            .replace("Serbia", "Germany")
            .replace("Serbian", "German"),
    )
    .unwrap();
    let site = dir.path();
    for out in ["seeds", "./seeds/", "content/../seeds"] {
        let result = run(&["ingest", "--out", out], site);
        assert!(!result.status.success(), "{out}: {}", text(&result));
        assert!(
            text(&result).contains("choose another folder"),
            "{}",
            text(&result)
        );
        assert_eq!(files(&seeds), ["a.txt", "b.txt"], "{out}");
    }
    let result = run(&["ingest", "seeds/b.txt"], site);
    assert!(result.status.success(), "{}", text(&result));
    let written = by_seed(&site.join("content"));
    assert_eq!(written.keys().collect::<Vec<_>>(), ["b.txt"]);
    // From inside the seeds folder, by its bare name.
    let result = run(&["ingest", "a.txt", "--out", "../content"], &seeds);
    assert!(result.status.success(), "{}", text(&result));
    let written = by_seed(&site.join("content"));
    assert_eq!(written.keys().collect::<Vec<_>>(), ["a.txt", "b.txt"]);
    let result = run(&["ingest", "seeds/missing.txt"], site);
    assert!(!result.status.success());
    assert!(text(&result).contains("one seed file"), "{}", text(&result));
}
