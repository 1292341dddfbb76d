//! The site as readers and machines see it, on files the real binary writes: honest feed dates,
//! metadata that parses, term pages that summarise, a home page that stays short, and search and
//! chart links that work under a sub-path.

mod common;
use common::*;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

/// One content file, written by hand so that every field of the contract can be set.
struct Doc<'a> {
    file: &'a str,
    title: &'a str,
    date: Option<&'a str>,
    added: Option<&'a str>,
    pair: &'a [&'a str],
    themes: &'a [&'a str],
    extra: &'a str,
    body: &'a str,
}

fn write_doc(root: &Path, d: &Doc) {
    let list = |xs: &[&str]| {
        xs.iter()
            .map(|x| format!("\"{x}\""))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut text = format!("+++\ntitle = \"{}\"\n", d.title);
    if let Some(date) = d.date {
        writeln!(text, "date = {date}").unwrap();
    }
    if let Some(added) = d.added {
        writeln!(text, "added = {added}").unwrap();
    }
    write!(
        text,
        "countries = [{0}]\npair = [{0}]\nthemes = [{1}]\nsummary = \"About {2}.\"\n{3}+++\n{4}\n",
        list(d.pair),
        list(d.themes),
        d.title,
        d.extra,
        d.body
    )
    .unwrap();
    std::fs::write(root.join("content").join(d.file), text).unwrap();
}

/// A small site with every kind of date: dated, undated with an added day, undated without.
fn dated_site() -> tempfile::TempDir {
    let dir = site("title = \"Digest\"\nbase_url = \"https://example.org/\"\n");
    let root = dir.path();
    write_doc(
        root,
        &Doc {
            file: "dated.md",
            title: "Serbia and Uzbekistan sign an IT memorandum",
            date: Some("2024-04-30"),
            added: Some("2025-02-01"),
            pair: &["RS", "UZ"],
            themes: &["it-industry"],
            extra: "lang = \"sr\"\nsource_url = \"https://example.com/original\"\noutlet = \"Tanjug\"\n",
            body: "A memorandum on outsourcing was signed in Belgrade.",
        },
    );
    write_doc(
        root,
        &Doc {
            file: "added.md",
            title: "Uzbek delegation visits Serbian IT park",
            date: None,
            added: Some("2025-01-02"),
            pair: &["RS", "UZ"],
            themes: &["diplomacy"],
            extra: "",
            body: "The delegation toured the park.",
        },
    );
    write_doc(
        root,
        &Doc {
            file: "nodate.md",
            title: "Undated note on Serbian and Uzbek engineers",
            date: None,
            added: None,
            pair: &["RS", "UZ"],
            themes: &["education-skills"],
            extra: "",
            body: "Engineers met.",
        },
    );
    write_doc(
        root,
        &Doc {
            file: "alone.md",
            title: "Kazakhstan opens a data centre with no date at all",
            date: None,
            added: None,
            pair: &["KZ"],
            themes: &["ai-data"],
            extra: "",
            body: "A zanzibarite data centre opened.",
        },
    );
    let out = run(&["build"], root);
    assert!(out.status.success(), "{}", text(&out));
    dir
}

fn feeds(public: &Path) -> Vec<String> {
    files(public)
        .into_iter()
        .filter(|f| f.ends_with("atom.xml"))
        .collect()
}

fn child_text<'a>(node: roxmltree::Node<'a, 'a>, name: &str) -> Option<&'a str> {
    node.children()
        .find(|c| c.tag_name().name() == name)
        .and_then(|c| c.text())
}

/// `2024-04-30T00:00:00Z` → its date, checked to be a real RFC 3339 instant.
fn instant(text: &str) -> chrono::NaiveDate {
    chrono::DateTime::parse_from_rfc3339(text)
        .unwrap_or_else(|e| panic!("{text} is not RFC 3339: {e}"))
        .date_naive()
}

#[test]
fn feed_dates_are_the_items_own_and_never_invented() {
    let dir = dated_site();
    let public = dir.path().join("public");
    let list = feeds(&public);
    assert!(list.contains(&"atom.xml".to_string()));
    assert!(list.contains(&"pairs/serbia-uzbekistan/atom.xml".to_string()));
    assert!(
        list.contains(&"themes/it-industry/atom.xml".to_string()),
        "every theme, country, pair and tag has a feed: {list:?}"
    );
    let real: BTreeSet<&str> = ["2024-04-30", "2025-01-02"].into();
    let mut entries_seen = 0;
    for feed in &list {
        let xml = read(public.join(feed));
        assert!(!xml.contains("1970"), "{feed} has an invented date");
        let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{feed}: {e}"));
        let root = doc.root_element();
        let updated = instant(child_text(root, "updated").expect("feed <updated>"));
        assert!(updated.format("%Y").to_string().as_str() >= "1990");
        let mut newest = None;
        for entry in root.children().filter(|c| c.tag_name().name() == "entry") {
            entries_seen += 1;
            let title = child_text(entry, "title").unwrap();
            let entry_updated = instant(child_text(entry, "updated").expect("entry <updated>"));
            let published = child_text(entry, "published").map(instant);
            assert!(
                real.contains(entry_updated.to_string().as_str()),
                "{feed}: {title} updated {entry_updated}"
            );
            newest = newest.max(Some(entry_updated));
            match title {
                t if t.starts_with("Serbia and Uzbekistan sign") => {
                    assert_eq!(published.unwrap().to_string(), "2024-04-30");
                    assert_eq!(entry_updated.to_string(), "2024-04-30");
                }
                t if t.starts_with("Uzbek delegation") => {
                    assert_eq!(
                        published, None,
                        "{feed}: an undated item has no <published>"
                    );
                    assert_eq!(entry_updated.to_string(), "2025-01-02", "its added day");
                }
                other => panic!("{feed}: {other} has neither a date nor an added day"),
            }
        }
        match newest {
            Some(newest) => assert_eq!(updated, newest, "{feed}: the newest entry dates the feed"),
            // A list whose items cannot be dated: no entries, and the day the digest last changed.
            None => assert_eq!(updated.to_string(), "2025-02-01", "{feed}"),
        }
    }
    assert!(entries_seen >= 4, "{entries_seen}");
    let kz = read(public.join("pairs/kazakhstan/atom.xml"));
    assert!(!kz.contains("<entry>"), "{kz}");
    // On the page the undated item says so, with the day it was added.
    let page = read(public.join("articles/added/index.html"));
    assert!(
        page.contains("undated (added 2 January 2025)"),
        "{}",
        &page[page.find("<main").unwrap()..]
    );
}

#[test]
fn a_site_without_any_date_has_no_feed() {
    let dir = site("title = \"Digest\"\n");
    write_doc(
        dir.path(),
        &Doc {
            file: "a.md",
            title: "No date",
            date: None,
            added: None,
            pair: &["RS", "UZ"],
            themes: &[],
            extra: "",
            body: "Text.",
        },
    );
    let out = run(&["build"], dir.path());
    assert!(out.status.success(), "{}", text(&out));
    let public = dir.path().join("public");
    assert_eq!(feeds(&public), Vec::<String>::new());
    let home = read(public.join("index.html"));
    assert!(
        !home.contains("atom.xml"),
        "no link to a feed that does not exist"
    );
    assert_links_resolve(&public, "/");
}

/// Every `<script type="application/ld+json">` of a page, parsed.
fn json_ld(html: &str) -> Vec<Value> {
    html.split("<script type=\"application/ld+json\">")
        .skip(1)
        .map(|rest| {
            let json = &rest[..rest.find("</script>").unwrap()];
            serde_json::from_str(json)
                .unwrap_or_else(|e| panic!("JSON-LD does not parse: {e}\n{json}"))
        })
        .collect()
}

fn graph_item<'a>(ld: &'a [Value], kind: &str) -> Option<&'a Value> {
    ld.iter()
        .flat_map(|v| match v["@graph"].as_array() {
            Some(list) => list.iter().collect::<Vec<_>>(),
            None => vec![v],
        })
        .find(|v| v["@type"] == kind)
}

fn meta_content(html: &str, attr: &str) -> Option<String> {
    let at = html.find(&format!("{attr}\" content=\""))?;
    let rest = &html[at + attr.len() + 11..];
    Some(rest[..rest.find('"')?].to_string())
}

#[test]
fn articles_carry_metadata_that_parses() {
    let dir = dated_site();
    let public = dir.path().join("public");
    let dated = read(public.join("articles/dated/index.html"));
    let ld = json_ld(&dated);
    let news = graph_item(&ld, "NewsArticle").expect("a NewsArticle");
    assert_eq!(news["datePublished"], "2024-04-30");
    assert_eq!(news["inLanguage"], "sr");
    assert_eq!(news["isBasedOn"], "https://example.com/original");
    assert_eq!(news["url"], "https://example.org/articles/dated/");
    let crumbs = graph_item(&ld, "BreadcrumbList").expect("breadcrumbs");
    assert_eq!(crumbs["itemListElement"].as_array().unwrap().len(), 3);
    assert_eq!(
        meta_content(&dated, "article:published_time").as_deref(),
        Some("2024-04-30")
    );
    assert_eq!(
        meta_content(&dated, "twitter:card").as_deref(),
        Some("summary")
    );
    // Attribution and language, and the source link only for a web address.
    assert!(dated.contains("href=\"https://example.com/original\""));
    assert!(dated.contains("in Serbian"));
    // (A `source_url` that is not a web address is an error in the content file: tests/hostile.rs.)
    let added = read(public.join("articles/added/index.html"));
    assert!(
        !added.contains("read the original"),
        "no source link without a source_url"
    );
    let news = graph_item(&json_ld(&added), "NewsArticle").unwrap().clone();
    assert!(news.get("datePublished").is_none(), "{news}");
    assert!(meta_content(&added, "article:published_time").is_none());
    // Pages without code do not load the highlight stylesheet.
    assert!(!added.contains("highlight.css"));
    // The 404 page is not for indexing and claims no address.
    let missing = read(public.join("404.html"));
    assert!(missing.contains("<meta name=\"robots\" content=\"noindex\">"));
    assert!(!missing.contains("rel=\"canonical\"") && !missing.contains("og:url"));
    // Every page's JSON-LD parses, and every title is short.
    for file in files(&public).iter().filter(|f| f.ends_with(".html")) {
        let html = read(public.join(file));
        json_ld(&html);
        let title = &html[html.find("<title>").unwrap() + 7..html.find("</title>").unwrap()];
        let shown = title
            .replace("&amp;", "&")
            .replace("&#39;", "'")
            .replace("&quot;", "\"");
        assert!(shown.chars().count() <= 70, "{file}: {shown}");
    }
}

#[test]
fn og_image_comes_from_config() {
    let dir = site(
        "title = \"Digest\"\nbase_url = \"https://example.org/d/\"\nog_image = \"card.png\"\n",
    );
    write_item(dir.path(), &Item::default());
    assert!(run(&["build"], dir.path()).status.success());
    let home = read(dir.path().join("public/index.html"));
    assert_eq!(
        meta_content(&home, "og:image").as_deref(),
        Some("https://example.org/d/card.png")
    );
    assert_eq!(
        meta_content(&home, "twitter:card").as_deref(),
        Some("summary_large_image")
    );
}

/// A digest of `n` items spread over years, pairs of 14 countries, themes and languages; every
/// 25th item is undated, every 40th about one country alone. Deterministic.
fn generated_site(n: usize, base_url: &str) -> tempfile::TempDir {
    const COUNTRIES: [&str; 14] = [
        "UZ", "RS", "DE", "KR", "KZ", "FR", "IN", "CN", "TR", "PL", "JP", "IT", "AE", "US",
    ];
    const THEMES: [&str; 5] = [
        "diplomacy",
        "it-industry",
        "trade-investment",
        "health",
        "ai-data",
    ];
    const WORDS: [&str; 8] = [
        "summit",
        "fund",
        "corridor",
        "satellite",
        "university",
        "grain",
        "visa",
        "reactor",
    ];
    let dir = site(&format!(
        "title = \"Generated digest\"\nbase_url = \"{base_url}\"\n"
    ));
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |m: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % m as u64) as usize
    };
    for i in 0..n {
        let a = next(COUNTRIES.len());
        let b = (a + 1 + next(COUNTRIES.len() - 1)) % COUNTRIES.len();
        let pair: Vec<&str> = if i % 40 == 7 {
            vec![COUNTRIES[a]]
        } else {
            vec![COUNTRIES[a], COUNTRIES[b]]
        };
        let themes = [THEMES[next(THEMES.len())], THEMES[next(THEMES.len())]];
        let date = format!(
            "{}-{:02}-{:02}",
            2015 + next(10),
            1 + next(12),
            1 + next(28)
        );
        let title = format!("Item {i}: {} {}", WORDS[next(8)], WORDS[next(8)]);
        let body = format!(
            "Delegations met about the {} and the {}. Marker word uniqueword{i}x.",
            WORDS[next(8)],
            WORDS[next(8)]
        );
        let extra = if i % 3 == 0 {
            "lang = \"ru\"\n"
        } else {
            "lang = \"en\"\n"
        };
        write_doc(
            dir.path(),
            &Doc {
                file: &format!("item-{i:04}.md"),
                title: &title,
                date: (i % 25 != 3).then_some(date.as_str()),
                added: Some("2025-06-01"),
                pair: &pair,
                themes: &themes,
                extra,
                body: &body,
            },
        );
    }
    let out = run(&["build"], dir.path());
    assert!(out.status.success(), "{}", text(&out));
    dir
}

#[test]
fn term_pages_summarise_and_describe_themselves() {
    let dir = generated_site(300, "https://example.org/");
    let public = dir.path().join("public");
    let mut descriptions: BTreeMap<String, String> = BTreeMap::new();
    for file in files(&public) {
        let is_term_page = ["pairs/", "countries/", "themes/", "tags/"]
            .iter()
            .any(|d| file.starts_with(d))
            && file.ends_with("index.html")
            && file.matches('/').count() >= 2;
        if !is_term_page {
            continue;
        }
        let html = read(public.join(&file));
        let description = meta_content(&html, "name=\"description").unwrap();
        if let Some(other) = descriptions.insert(description.clone(), file.clone()) {
            panic!("{file} and {other} share the description {description}");
        }
        // Cards never link to the page they are on (the list's first page).
        let list = format!(
            "href=\"/{}\"",
            file.split("page/")
                .next()
                .unwrap()
                .trim_end_matches("index.html")
        );
        let cards = &html[html.find("class=\"card\"").unwrap_or(0)..];
        let cards = &cards[..cards.find("class=\"pagination\"").unwrap_or(cards.len())];
        assert!(!cards.contains(&list), "{file} links to itself from a card");
    }
    assert!(descriptions.len() > 50, "{}", descriptions.len());
    let pair = read(public.join("pairs/serbia-uzbekistan/index.html"));
    let desc = meta_content(&pair, "name=\"description").unwrap();
    assert!(
        desc.contains("cooperation between Serbia and Uzbekistan") && desc.contains(" from "),
        "{desc}"
    );
    assert!(
        pair.contains("href=\"/countries/serbia/\"")
            && pair.contains("href=\"/countries/uzbekistan/\"")
    );
    assert!(
        pair.contains("<svg class=\"spark\"") && pair.contains("aria-label=\"Items per month.")
    );
    assert!(pair.contains("<h2>Themes</h2>"));
    let country = read(public.join("countries/uzbekistan/index.html"));
    assert!(
        country.contains("<h2>Partners</h2>"),
        "a country lists its partners"
    );
    let partners = &country[country.find("<h2>Partners</h2>").unwrap()..];
    let partners = &partners[..partners.find("</ul>").unwrap()];
    assert!(partners.contains("href=\"/pairs/serbia-uzbekistan/\""));
    assert!(
        !partners.contains(">Uzbekistan <"),
        "a country is not its own partner"
    );
    // Single-country items are apart from pairs.
    let index = read(public.join("pairs/index.html"));
    let singles_at = index
        .find("Single-country items")
        .expect("a heading of their own");
    let (pairs, singles) = index.split_at(singles_at);
    assert!(pairs.contains("Serbia – Uzbekistan") || pairs.contains("Serbia &ndash; Uzbekistan"));
    for single in ["href=\"/pairs/uzbekistan/\"", "href=\"/pairs/serbia/\""] {
        if index.contains(single) {
            assert!(
                singles.contains(single) && !pairs.contains(single),
                "{single}"
            );
        }
    }
}

#[test]
fn home_stays_short_as_the_digest_grows_and_pagination_is_numbered() {
    let small = generated_site(300, "https://example.org/");
    let large = generated_site(900, "https://example.org/");
    let measure = |dir: &tempfile::TempDir| {
        let home = read(dir.path().join("public/index.html"));
        (
            home.len(),
            home.matches("<a ").count(),
            home.matches("class=\"card\"").count(),
        )
    };
    let (small_bytes, small_links, small_cards) = measure(&small);
    let (large_bytes, large_links, large_cards) = measure(&large);
    assert_eq!((small_cards, large_cards), (10, 10));
    assert!(small_links < 200, "{small_links} links on the home page");
    // Three times the items: the same home, give or take a few years and matrix cells.
    assert!(
        large_links <= small_links + 20,
        "{small_links} → {large_links}"
    );
    assert!(
        large_bytes < small_bytes * 5 / 4,
        "{small_bytes} → {large_bytes}"
    );
    let home = read(large.path().join("public/index.html"));
    assert!(home.contains("<svg class=\"matrix\"") && home.contains("<svg class=\"bars\""));
    assert!(
        home.contains("<table class=\"figures matrix-table\">"),
        "the matrix has a table behind it"
    );
    assert!(home.contains("action=\"/search/\""));
    // Numbered pagination with gaps and the current page marked.
    let timeline = read(large.path().join("public/timeline/page/20/index.html"));
    assert!(
        timeline.contains("aria-current=\"page\" aria-label=\"Page 20 of 45\""),
        "{}",
        &timeline[timeline.find("class=\"pagination\"").unwrap()..]
    );
    assert!(timeline.contains("<li class=\"gap\" aria-hidden=\"true\">…</li>"));
    assert!(timeline.contains("href=\"/timeline/page/45/\""));
    // The month index covers every year, with counts that add up.
    let index = &timeline[timeline.find("class=\"months\"").unwrap()..];
    for year in 2015..2025 {
        assert!(
            index.contains(&format!("<th scope=\"row\">{year} ")),
            "{year}"
        );
    }
    let articles = read(large.path().join("public/articles/index.html"));
    assert_eq!(articles.matches("class=\"card\"").count(), 20);
    assert!(articles.contains("href=\"/articles/page/45/\""));
}

#[test]
fn search_and_chart_links_work_under_a_sub_path() {
    let dir = generated_site(120, "https://example.org/digest/");
    let public = dir.path().join("public");
    assert!(assert_links_resolve(&public, "/digest/") > 500);
    let home = read(public.join("index.html"));
    let matrix = &home[home.find("<svg class=\"matrix\"").unwrap()..];
    let matrix = &matrix[..matrix.find("</svg>").unwrap()];
    assert!(matrix.matches("<a href=\"/digest/pairs/").count() > 10);
    assert!(home.contains("action=\"/digest/search/\""));
    let search = read(public.join("search/index.html"));
    assert!(search.contains("data-index=\"/digest/search/index.json\""));
    assert!(search.contains("data-base=\"/digest/\""));
    assert!(search.contains("src=\"/digest/search.js\""));
    let index: Value = serde_json::from_str(&read(public.join("search/index.json"))).unwrap();
    assert_eq!(index["parts"], 1);
    let part: Value = serde_json::from_str(&read(public.join("search/items/1.json"))).unwrap();
    let items = part.as_array().unwrap();
    assert_eq!(items.len(), 120);
    // Every item's path resolves under the base, and a word of one body finds that item only.
    for item in items {
        let path = item[1].as_str().unwrap();
        assert!(public.join(path).join("index.html").is_file(), "{path}");
    }
    let hits: Vec<&Value> = items
        .iter()
        .filter(|i| {
            i[8].as_str()
                .unwrap()
                .split(' ')
                .any(|w| w == "uniqueword42x")
        })
        .collect();
    assert_eq!(hits.len(), 1);
    assert!(hits[0][0].as_str().unwrap().starts_with("Item 42:"));
    assert!(index["langs"].as_array().unwrap().iter().any(|l| l == "ru"));
}

#[test]
fn sitemap_dates_every_page_that_has_one() {
    let dir = dated_site();
    let public = dir.path().join("public");
    let xml = read(public.join("sitemap.xml"));
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let mut dated = BTreeMap::new();
    for url in doc.descendants().filter(|n| n.tag_name().name() == "url") {
        let loc = child_text(url, "loc").unwrap().to_string();
        dated.insert(loc, child_text(url, "lastmod").map(str::to_string));
    }
    let at = |path: &str| dated[&format!("https://example.org/{path}")].clone();
    assert_eq!(
        at("articles/dated/").as_deref(),
        Some("2025-02-01"),
        "added after its date"
    );
    assert_eq!(at("articles/added/").as_deref(), Some("2025-01-02"));
    assert_eq!(at("articles/nodate/"), None, "no date to give");
    assert_eq!(
        at("pairs/serbia-uzbekistan/").as_deref(),
        Some("2025-02-01")
    );
    assert_eq!(at("").as_deref(), Some("2025-02-01"));
    assert_eq!(at("pairs/kazakhstan/"), None);
}

#[test]
fn a_theme_written_before_search_existed_still_builds_with_search() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("digest");
    assert!(run(&["init", root.to_str().unwrap()], dir.path())
        .status
        .success());
    let theme = root.join("themes/default");
    for old in [
        "templates/articles.html",
        "templates/search.html",
        "static/search.js",
    ] {
        std::fs::remove_file(theme.join(old)).unwrap();
    }
    write_item(&root, &Item::default());
    let out = run(&["build"], &root);
    assert!(out.status.success(), "{}", text(&out));
    let public = root.join("public");
    for file in [
        "search/index.html",
        "search/index.json",
        "search/items/1.json",
        "search.js",
        "articles/index.html",
    ] {
        assert!(public.join(file).is_file(), "{file}");
    }
    assert_links_resolve(&public, "/");
}
