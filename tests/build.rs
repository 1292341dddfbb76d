//! `caravan build` and `caravan check` on real fixture sites, asserting on the files written.

mod common;
use common::*;
use std::path::Path;

/// The bundled digest: copies the repository's seeds and config into a fresh folder and builds
/// it the way the README says, ingest included.
#[test]
fn bundled_digest_builds_every_page_with_no_dead_link() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::copy(repo().join("caravan.toml"), root.join("caravan.toml")).unwrap();
    std::fs::create_dir_all(root.join("seeds")).unwrap();
    for f in std::fs::read_dir(repo().join("seeds")).unwrap() {
        let f = f.unwrap();
        std::fs::copy(f.path(), root.join("seeds").join(f.file_name())).unwrap();
    }
    let out = run(&["build"], root);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(
        files(&root.join("content"))
            .iter()
            .filter(|f| f.ends_with(".md"))
            .count(),
        5
    );

    let public = root.join("public");
    let all = files(&public);
    for expected in [
        "index.html",
        "404.html",
        "atom.xml",
        "sitemap.xml",
        "robots.txt",
        "style.css",
        "highlight.css",
        "pairs/index.html",
        "pairs/serbia-uzbekistan/index.html",
        "pairs/serbia-uzbekistan/atom.xml",
        "pairs/germany-uzbekistan/index.html",
        "pairs/south-korea-uzbekistan/index.html",
        "pairs/serbia/index.html",
        "countries/index.html",
        "countries/uzbekistan/index.html",
        "countries/uzbekistan/atom.xml",
        "themes/index.html",
        "themes/it-industry/index.html",
        "themes/it-industry/atom.xml",
        "themes/space-geospatial/index.html",
        "tags/index.html",
        "timeline/index.html",
        "articles/uzbekistan-south-korea-cooperation-in-the-sphere-of-ict-is-developing/index.html",
    ] {
        assert!(
            all.contains(&expected.to_string()),
            "missing {expected}; have {all:?}"
        );
    }
    // Every theme id of the taxonomy has its page, with its name.
    let themes = read(public.join("themes/index.html"));
    assert!(
        themes.contains("Diplomacy &amp; state visits") && themes.contains("Culture &amp; tourism")
    );
    assert!(assert_links_resolve(&public, "/") > 100);
    assert_feeds_and_sitemap(&public, "http://127.0.0.1:1111/");

    let article = read(public.join(
        "articles/uzbekistan-south-korea-cooperation-in-the-sphere-of-ict-is-developing/index.html",
    ));
    assert!(article.contains(
        "<h1>Uzbekistan–South Korea: cooperation in the sphere of ICT is developing</h1>"
    ));
    assert!(
        article.contains("15 August 2017")
            && article.contains("UzA")
            && article.contains("Ulugbek Shonazarov")
    );
    assert_eq!(article.matches("<main").count(), 1);
    assert_eq!(article.matches("<h1").count(), 1);
    assert!(article.contains("<html lang=\"en\">"));
    assert!(
        !article.contains("__caravan"),
        "the live-reload script must never be in build output"
    );
    let timeline = read(public.join("timeline/index.html"));
    assert!(timeline.contains("Undated") && timeline.contains("April 2024"));
    let home = read(public.join("index.html"));
    assert!(home.contains("Serbia – Uzbekistan") && home.contains("timeline/"));
}

fn assert_feeds_and_sitemap(public: &Path, base_url: &str) {
    let urls_exist = |xml: &str, what: &str| {
        let doc =
            roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("{what} is not XML: {e}"));
        let mut n = 0;
        for node in doc.descendants() {
            let url = match node.tag_name().name() {
                "loc" => node.text().map(str::to_string),
                "link" => node.attribute("href").map(str::to_string),
                _ => None,
            };
            if let Some(url) = url {
                let rest = url
                    .strip_prefix(base_url)
                    .unwrap_or_else(|| panic!("{what}: {url} is not absolute under {base_url}"));
                let mut target = public.join(rest);
                if url.ends_with('/') || rest.is_empty() {
                    target = target.join("index.html");
                }
                assert!(target.is_file(), "{what}: {url} does not exist");
                n += 1;
            }
        }
        n
    };
    assert!(urls_exist(&read(public.join("sitemap.xml")), "sitemap.xml") > 10);
    for feed in files(public).iter().filter(|f| f.ends_with("atom.xml")) {
        let xml = read(public.join(feed));
        assert!(
            xml.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""),
            "{feed}"
        );
        urls_exist(&xml, feed);
    }
    assert!(read(public.join("robots.txt")).contains(&format!("Sitemap: {base_url}sitemap.xml")));
}

#[test]
fn list_pages_paginate_with_links_both_ways() {
    let dir = numbered_site(45, "paginate_by = 20\n");
    let out = run(&["build"], dir.path());
    assert!(out.status.success(), "{}", text(&out));
    let public = dir.path().join("public");
    // 45 items: 40 in the pair serbia-uzbekistan (every 9th is single-country) → 2 pages of 20.
    let p1 = read(public.join("pairs/serbia-uzbekistan/index.html"));
    let p2 = read(public.join("pairs/serbia-uzbekistan/page/2/index.html"));
    assert!(!public.join("pairs/serbia-uzbekistan/page/3").exists());
    assert_eq!(p1.matches("class=\"card\"").count(), 20);
    assert_eq!(p2.matches("class=\"card\"").count(), 20);
    assert!(p1.contains("href=\"/pairs/serbia-uzbekistan/page/2/\""));
    assert!(p2.contains("href=\"/pairs/serbia-uzbekistan/\""));
    // Countries: all 45 involve Uzbekistan → 3 pages, the last with 5.
    let p3 = read(public.join("countries/uzbekistan/page/3/index.html"));
    assert_eq!(p3.matches("class=\"card\"").count(), 5);
    assert!(
        read(public.join("timeline/page/3/index.html"))
            .matches("class=\"card\"")
            .count()
            == 5
    );
    assert!(public.join("tags/even-items/page/2/index.html").exists());
    assert_links_resolve(&public, "/");
}

#[test]
fn sub_path_base_url_keeps_every_link_working() {
    let dir = numbered_site(25, "paginate_by = 10\n");
    let out = run(
        &["build", "--base-url", "https://example.org/digest/"],
        dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out));
    let public = dir.path().join("public");
    assert!(assert_links_resolve(&public, "/digest/") > 50);
    assert_feeds_and_sitemap(&public, "https://example.org/digest/");
    let article = read(public.join("articles/item-001/index.html"));
    assert!(article.contains(
        "<link rel=\"canonical\" href=\"https://example.org/digest/articles/item-001/\">"
    ));
    assert!(article.contains("og:url\" content=\"https://example.org/digest/articles/item-001/\""));
}

#[test]
fn broken_articles_fail_the_build_with_every_error_and_leave_the_old_output() {
    let dir = numbered_site(3, "");
    let root = dir.path();
    assert!(run(&["build"], root).status.success());
    let before = files(&root.join("public"));
    let home_before = read(root.join("public/index.html"));

    std::fs::write(
        root.join("content/b-broken.md"),
        "+++\ntitle = \"T\"\npair = [\"UZ\"]\nthemes = [\"cooking\"]\n+++\nx\n",
    )
    .unwrap();
    std::fs::write(
        root.join("content/a-broken.md"),
        "+++\ntitle = \"T\npair = [\"UZ\"]\n+++\n",
    )
    .unwrap();
    std::fs::write(root.join("content/c-nofence.md"), "title = \"T\"\n").unwrap();
    let out = run(&["build"], root);
    assert!(!out.status.success());
    let shown = text(&out);
    let errors: Vec<&str> = shown.lines().filter(|l| l.starts_with("error: ")).collect();
    assert_eq!(errors.len(), 3, "{shown}");
    assert!(
        errors[0].starts_with("error: content/a-broken.md:2:"),
        "{shown}"
    );
    assert!(
        errors[1].starts_with("error: content/b-broken.md:4:") && errors[1].contains("cooking"),
        "{shown}"
    );
    assert!(
        errors[2].starts_with("error: content/c-nofence.md:1:"),
        "{shown}"
    );
    assert_eq!(files(&root.join("public")), before);
    assert_eq!(read(root.join("public/index.html")), home_before);
    let leftovers: Vec<_> = std::fs::read_dir(root)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains("staging"))
        .collect();
    assert!(leftovers.is_empty(), "staging folder left behind");

    // check finds the same errors and writes nothing.
    let out = run(&["check"], root);
    assert!(!out.status.success());
    assert_eq!(
        text(&out)
            .lines()
            .filter(|l| l.starts_with("error: "))
            .count(),
        3
    );
}

#[test]
fn check_writes_nothing_and_passes_on_a_good_site() {
    let dir = numbered_site(3, "");
    let out = run(&["check"], dir.path());
    assert!(out.status.success(), "{}", text(&out));
    assert!(!dir.path().join("public").exists());
}

#[test]
fn two_articles_with_one_url_fail_naming_both_files() {
    let dir = site("");
    std::fs::create_dir_all(dir.path().join("content/sub")).unwrap();
    write_item(
        dir.path(),
        &Item {
            file: "same.md",
            ..Item::default()
        },
    );
    write_item(
        dir.path(),
        &Item {
            file: "sub/same.md",
            ..Item::default()
        },
    );
    let out = run(&["build"], dir.path());
    assert!(!out.status.success());
    let shown = text(&out);
    assert!(
        shown.contains("content/same.md") && shown.contains("content/sub/same.md"),
        "{shown}"
    );
}

#[test]
fn site_templates_and_static_files_override_the_theme() {
    let dir = numbered_site(2, "");
    let root = dir.path();
    std::fs::create_dir_all(root.join("templates")).unwrap();
    std::fs::create_dir_all(root.join("static")).unwrap();
    std::fs::write(
        root.join("templates/article.html"),
        "{% extends \"base.html\" %}{% block main %}<h1>OVERRIDE {{ article.title }}</h1>{% endblock main %}",
    )
    .unwrap();
    std::fs::write(root.join("static/style.css"), "/* site css */").unwrap();
    std::fs::write(root.join("static/extra.txt"), "extra").unwrap();
    let out = run(&["build"], root);
    assert!(out.status.success(), "{}", text(&out));
    assert!(read(root.join("public/articles/item-001/index.html"))
        .contains("<h1>OVERRIDE Item number 1</h1>"));
    assert!(
        read(root.join("public/index.html")).contains("class=\"card\""),
        "other templates still come from the theme"
    );
    assert_eq!(read(root.join("public/style.css")), "/* site css */");
    assert_eq!(read(root.join("public/extra.txt")), "extra");
}

#[test]
fn template_errors_name_the_file_and_line() {
    let dir = numbered_site(1, "");
    let root = dir.path();
    std::fs::create_dir_all(root.join("templates")).unwrap();
    // A syntax error fails build; a missing variable fails check too: both name file and line 3.
    for (command, line_three) in [("build", "{{ oops( }}"), ("check", "{{ no_such.value }}")] {
        let template = format!("{{% extends \"base.html\" %}}\n{{% block main %}}\n{line_three}\n{{% endblock main %}}");
        std::fs::write(root.join("templates/404.html"), template).unwrap();
        let out = run(&[command], root);
        assert!(!out.status.success(), "{command}");
        assert!(
            text(&out).contains("error: templates/404.html:3:"),
            "{command}: {}",
            text(&out)
        );
    }
}

#[test]
fn raw_html_is_escaped_unless_the_config_allows_it() {
    let dir = site("");
    let body = "Hello <script>alert(1)</script> <mark>kept</mark>\n\n```rust\nfn main() {}\n```\n\n```nosuchlang\nplain\n```\n";
    write_item(
        dir.path(),
        &Item {
            file: "x.md",
            body,
            ..Item::default()
        },
    );
    assert!(run(&["build"], dir.path()).status.success());
    let html = read(dir.path().join("public/articles/x/index.html"));
    assert!(!html.contains("<script>alert") && html.contains("&lt;script&gt;"));
    assert!(html.contains("hl-code") && html.contains("language-nosuchlang"));

    std::fs::write(dir.path().join("caravan.toml"), "allow_html = true\n").unwrap();
    assert!(run(&["build"], dir.path()).status.success());
    // Trusted HTML passes, through a sanitizer: markup stays, script never does.
    let trusted = read(dir.path().join("public/articles/x/index.html"));
    assert!(trusted.contains("<mark>kept</mark>"), "{trusted}");
    assert!(!trusted.contains("<script>alert"));
}

#[test]
fn unknown_config_key_is_an_error_and_unknown_front_matter_key_a_warning() {
    let dir = site("title = \"x\"\npaginate = 3\n");
    let out = run(&["build"], dir.path());
    assert!(!out.status.success());
    assert!(
        text(&out).contains("caravan.toml:2:") && text(&out).contains("paginate"),
        "{}",
        text(&out)
    );

    let dir = site("");
    write_item(
        dir.path(),
        &Item {
            file: "x.md",
            ..Item::default()
        },
    );
    let path = dir.path().join("content/x.md");
    let with_extra = read(&path).replacen("+++\n", "+++\nmood = \"happy\"\n", 1);
    std::fs::write(&path, with_extra).unwrap();
    let out = run(&["build"], dir.path());
    assert!(out.status.success());
    assert!(
        text(&out).contains("warning: content/x.md:2: unknown key `mood`"),
        "{}",
        text(&out)
    );
}

#[test]
fn drafts_are_left_out_unless_asked_for() {
    let dir = site("");
    write_item(
        dir.path(),
        &Item {
            file: "x.md",
            ..Item::default()
        },
    );
    let path = dir.path().join("content/x.md");
    std::fs::write(
        &path,
        read(&path).replacen("+++\n", "+++\ndraft = true\n", 1),
    )
    .unwrap();
    assert!(run(&["build"], dir.path()).status.success());
    assert!(!dir.path().join("public/articles/x").exists());
    assert!(run(&["build", "--drafts"], dir.path()).status.success());
    assert!(dir.path().join("public/articles/x/index.html").exists());
}

#[test]
fn init_scaffolds_a_digest_that_builds_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("my-digest");
    let out = run(&["init", target.to_str().unwrap()], dir.path());
    assert!(out.status.success(), "{}", text(&out));
    for f in [
        "caravan.toml",
        "themes/default/templates/base.html",
        "themes/default/static/style.css",
    ] {
        assert!(target.join(f).is_file(), "{f}");
    }
    assert!(target.join("seeds").is_dir() && target.join("content").is_dir());
    write_item(&target, &Item::default());
    let out = run(&["build", "--root", target.to_str().unwrap()], dir.path());
    assert!(out.status.success(), "{}", text(&out));
    assert!(target.join("public/articles/a/index.html").is_file());
    assert!(
        !run(&["init", target.to_str().unwrap()], dir.path())
            .status
            .success(),
        "init refuses a folder that has a site"
    );
}

#[test]
fn tags_keep_the_spelling_they_were_written_with() {
    let dir = site("");
    for (file, tags) in [
        ("a.md", &["Aleksandar Vučić", "IT  park"][..]),
        ("b.md", &["aleksandar vucic"][..]),
    ] {
        write_item(
            dir.path(),
            &Item {
                file,
                tags,
                ..Item::default()
            },
        );
    }
    let out = run(&["build"], dir.path());
    assert!(out.status.success(), "{}", text(&out));
    let public = dir.path().join("public");
    let tag_page = read(public.join("tags/aleksandar-vucic/index.html"));
    assert!(
        tag_page.contains("<h1>#Aleksandar Vučić</h1>"),
        "{tag_page}"
    );
    assert!(read(public.join("tags/index.html")).contains("IT park"));
    // An article's own page spells the tag as the article does, linking the one tag page.
    let b = read(public.join("articles/b/index.html"));
    assert!(
        b.contains("href=\"/tags/aleksandar-vucic/\">#aleksandar vucic<"),
        "{b}"
    );
    assert!(public.join("tags/aleksandar-vucic/atom.xml").is_file());
}
