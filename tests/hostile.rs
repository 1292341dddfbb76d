//! Hostile content files, run through the real binary from inside a fixture site the way a
//! README user runs it (no --root, relative paths), plus the library checks behind them.

#[path = "../fuzz/checks.rs"]
mod checks;
mod common;
use caravan::markdown;
use common::*;
use std::path::Path;

const CONFIG: &str = "title = \"Hostile\"\nbase_url = \"http://example.org/\"\n";

/// A content file with the contract fields and extra front-matter lines.
fn write_raw(root: &Path, file: &str, extra: &str, body: &str) {
    let text = format!(
        "+++\ntitle = \"Hostile item\"\ndate = 2024-04-30\ncountries = [\"RS\", \"UZ\"]\npair = [\"RS\", \"UZ\"]\nthemes = [\"diplomacy\"]\nsummary = \"A summary.\"\nseed = \"s.txt\"\n{extra}+++\n{body}"
    );
    std::fs::write(root.join("content").join(file), text).unwrap();
}

fn build(root: &Path) -> std::process::Output {
    run(&["build"], root)
}

/// The HTML of every page, and of every feed entry once the XML escaping is undone.
fn all_html(public: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for file in files(public) {
        let text = read(public.join(&file));
        if file.ends_with(".html") {
            out.push((file, text));
        } else if file.ends_with(".xml") {
            let doc = roxmltree::Document::parse(&text)
                .unwrap_or_else(|e| panic!("{file} is not well-formed XML: {e}"));
            for node in doc.descendants().filter(|n| n.is_element()) {
                if let Some(t) = node.text() {
                    out.push((
                        format!("{file} <{}>", node.tag_name().name()),
                        t.to_string(),
                    ));
                }
            }
        }
    }
    out
}

const HOSTILE_LINKS: &str = "\
[a](javascript:alert(1)) [b](JaVaScRiPt:alert(2)) [c](&#106;avascript:alert(3))
[d](&#x6A;avascript:alert(4)) [e](java&#x09;script:alert(5)) [f](<java\tscript:alert(6)>)
[g](&#0000106avascript:alert(7)) [h](vbscript:msgbox(8)) [i](data:text/html,<script>9</script>)
[j](file:///etc/passwd) [k](&#x20;javascript:alert(11)) [l](javascript&colon;alert(12))
<javascript:alert(13)> <JAVASCRIPT:alert(14)> [ref][r] ![img](javascript:alert(15))
![img2][r] [m]( javascript:alert(16) ) [n](jav&#x0A;ascript:alert(17))

[r]: javascript:alert(18)

# Heading {onmouseover=alert(19) #hid .cls}

[ok](https://example.org/a?b=1&c=2) [rel](../x/) [frag](#top) <mailto:a@example.org> <a@example.org>
";

/// A page without the scripts the theme itself writes: JSON-LD data blocks (whose text may hold no
/// `<`, so nothing in them can close the block) and the search page's own script.
fn without_theme_scripts(html: &str) -> String {
    let mut out = html.to_string();
    while let Some(start) = out.find("<script type=\"application/ld+json\">") {
        let end = out[start..]
            .find("</script>")
            .map(|e| start + e + "</script>".len())
            .expect("a JSON-LD block is closed");
        let data =
            &out[start + "<script type=\"application/ld+json\">".len()..end - "</script>".len()];
        assert!(!data.contains('<'), "JSON-LD holds a raw <: {data}");
        out.replace_range(start..end, "");
    }
    let search = regex::Regex::new(r#"<script src="[^"]*search\.js" defer></script>"#).unwrap();
    search.replace_all(&out, "").into_owned()
}

#[test]
fn script_urls_never_become_live_links_in_pages_or_feeds() {
    for allow_html in [false, true] {
        let dir = site(&format!("{CONFIG}allow_html = {allow_html}\n"));
        let body = format!(
            "{HOSTILE_LINKS}\n<a href=\"javascript:alert(20)\">raw</a> <img src=x onerror=alert(21)>\n\n<script>alert(22)</script>\n\n<p style=\"background:url(javascript:alert(23))\">s</p>\n"
        );
        write_raw(dir.path(), "a.md", "", &body);
        let out = build(dir.path());
        assert!(out.status.success(), "{}", text(&out));
        let public = dir.path().join("public");
        let mut live = Vec::new();
        for (file, html) in all_html(&public) {
            for bad in checks::live_script(&html) {
                live.push(format!("{file}: {bad}"));
            }
            if checks::has_script_tag(&without_theme_scripts(&html)) {
                live.push(format!("{file}: <script"));
            }
        }
        assert!(
            live.is_empty(),
            "allow_html = {allow_html}: live script URLs:\n{}",
            live.join("\n")
        );
        let page = read(public.join("articles/a/index.html"));
        assert!(!page.contains("<script>alert(22)"), "{page}");
        // Safe links survive, and an unsafe one keeps its text.
        assert!(
            page.contains("href=\"https://example.org/a?b=1&amp;c=2\""),
            "{page}"
        );
        assert!(page.contains("href=\"../x/\"") && page.contains("href=\"#top\""));
        assert!(page.contains("href=\"mailto:a@example.org\""), "{page}");
        assert!(page.contains(">a<") || page.contains("a "), "{page}");
        assert!(page.contains("id=\"hid\""), "{page}");
    }
}

#[test]
fn safe_url_allows_web_mail_and_relative_urls_only() {
    for ok in [
        "https://example.org/",
        "HTTP://example.org",
        "mailto:a@b.c",
        "/a/b",
        "../a",
        "a/b:c",
        "#x",
        "?q=1",
        "",
        "page.html",
    ] {
        assert!(markdown::safe_url(ok), "{ok}");
    }
    for bad in [
        "javascript:alert(1)",
        "JAVASCRIPT:x",
        " javascript:x",
        "java\tscript:x",
        "java\nscript:x",
        "java\u{0}script:x",
        "\u{1}javascript:x",
        "vbscript:x",
        "data:text/html,x",
        "file:///etc/passwd",
        "jar:x",
    ] {
        assert!(!markdown::safe_url(bad), "{bad:?}");
    }
}

#[test]
fn trusted_html_is_sanitized_but_keeps_what_caravan_emits() {
    let md = "# Title {#custom}\n\n```rust\nfn main() {}\n```\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n- [x] done\n\nnote[^1]\n\n[^1]: foot\n\n<b onclick=\"x()\">bold</b><script>alert(1)</script><span style=\"color:red\">s</span>\n";
    let html = markdown::render(md, true);
    assert!(html.contains("id=\"custom\""), "{html}");
    assert!(html.contains("class=\"hl-"), "{html}");
    assert!(html.contains("type=\"checkbox\""), "{html}");
    assert!(html.contains("footnote-definition"), "{html}");
    assert!(html.contains("text-align: right"), "{html}");
    assert!(html.contains("<b>bold</b>"), "{html}");
    assert!(!html.contains("onclick") && !html.contains("<script") && !html.contains("color:red"));
}

#[test]
fn a_control_character_keeps_every_feed_well_formed() {
    let dir = site(CONFIG);
    let text = "+++\ntitle = \"Vertical\\u000Btab\"\ndate = 2024-04-30\ncountries = [\"RS\", \"UZ\"]\npair = [\"RS\", \"UZ\"]\nthemes = [\"diplomacy\"]\nsummary = \"Form\\u000Cfeed \\uFFFF\"\nseed = \"s.txt\"\n+++\nBody \u{b} with \u{1} controls \u{fffe}.\n";
    std::fs::write(dir.path().join("content/a.md"), text).unwrap();
    let out = build(dir.path());
    assert!(out.status.success(), "{}", text_of(&out));
    let public = dir.path().join("public");
    let feeds: Vec<String> = files(&public)
        .into_iter()
        .filter(|f| f.ends_with(".xml"))
        .collect();
    assert!(feeds.len() >= 3, "{feeds:?}");
    for feed in feeds {
        let xml = read(public.join(&feed));
        if let Err(e) = roxmltree::Document::parse(&xml) {
            panic!("{feed} is not well-formed XML: {e}");
        }
    }
    assert!(markdown::escape_html("a\u{0}b\u{b}c\td").eq("abc\td"));
    assert_eq!(markdown::xml_safe("x\u{1f}y\u{ffff}"), "xy");
}

fn text_of(out: &std::process::Output) -> String {
    text(out)
}

#[cfg(unix)]
#[test]
fn symlinks_are_followed_inside_the_site_only_and_never_skipped_silently() {
    use std::os::unix::fs::symlink;
    let dir = site(CONFIG);
    let root = dir.path();
    write_raw(root, "real.md", "", "Real.\n");
    std::fs::create_dir_all(root.join("drafts")).unwrap();
    write_raw(
        root,
        "../drafts/inside.md",
        "slug = \"inside\"\n",
        "Inside.\n",
    );
    symlink("../drafts/inside.md", root.join("content/linked.md")).unwrap();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(
        outside.path().join("secret.md"),
        "+++\ntitle = \"S\"\n+++\n",
    )
    .unwrap();
    symlink(
        outside.path().join("secret.md"),
        root.join("content/outside.md"),
    )
    .unwrap();
    symlink("nowhere.md", root.join("content/dangling.md")).unwrap();
    symlink("loop.md", root.join("content/loop.md")).unwrap();

    let out = build(root);
    let shown = text(&out);
    assert!(!out.status.success(), "{shown}");
    for (file, reason) in [
        ("content/outside.md", "outside the site folder"),
        ("content/dangling.md", "broken symlink"),
        ("content/loop.md", "broken symlink"),
    ] {
        assert!(
            shown
                .lines()
                .any(|l| l.contains(&format!("error: {file}:")) && l.contains(reason)),
            "{file}: {shown}"
        );
    }
    assert!(!shown.contains("linked.md"), "{shown}");

    // With the bad links gone, the link inside the site publishes its article.
    for bad in ["outside.md", "dangling.md", "loop.md"] {
        std::fs::remove_file(root.join("content").join(bad)).unwrap();
    }
    let out = build(root);
    assert!(out.status.success(), "{}", text(&out));
    assert!(root.join("public/articles/inside/index.html").is_file());
    assert!(root.join("public/articles/real/index.html").is_file());
}

#[test]
fn invalid_utf8_names_line_and_column() {
    let dir = site(CONFIG);
    let mut bytes =
        b"+++\ntitle = \"T\"\npair = [\"RS\"]\n+++\nline five\nab\xC3\xA9c\xFFd\n".to_vec();
    bytes.extend_from_slice(b"more\n");
    std::fs::write(dir.path().join("content/bad.md"), bytes).unwrap();
    let out = build(dir.path());
    let shown = text(&out);
    assert!(!out.status.success());
    assert!(
        shown.contains("error: content/bad.md:6:5: not valid UTF-8")
            && shown.contains("save the file as UTF-8"),
        "{shown}"
    );
}

#[test]
fn ingest_fields_are_validated_with_their_lines() {
    let dir = site(CONFIG);
    write_raw(
        dir.path(),
        "good.md",
        "lang = \"en\"\nsource_url = \"https://example.org/a\"\nadded = 2024-05-01\n",
        "Good.\n",
    );
    write_raw(
        dir.path(),
        "bad.md",
        "lang = \"EN\"\nsource_url = \"javascript:alert(1)\"\nadded = \"yesterday\"\n",
        "Bad.\n",
    );
    let out = run(&["check"], dir.path());
    let shown = text(&out);
    assert!(!out.status.success(), "{shown}");
    for expected in [
        "error: content/bad.md:9: `lang`",
        "error: content/bad.md:10: `source_url`",
        "error: content/bad.md:11: `added`",
    ] {
        assert!(shown.contains(expected), "{expected}: {shown}");
    }
    assert!(!shown.contains("good.md"), "{shown}");
    assert!(!shown.contains("unknown key"), "{shown}");

    let taxonomy = caravan::taxonomy::Taxonomy::parse(
        caravan::taxonomy::DEFAULT_THEMES,
        Path::new("themes.toml"),
    )
    .unwrap();
    let (article, errors, _) =
        caravan::content::read_article(&dir.path().join("content/good.md"), dir.path(), &taxonomy);
    assert!(errors.is_empty(), "{errors:?}");
    let a = article.unwrap();
    assert_eq!(a.lang.as_deref(), Some("en"));
    assert_eq!(a.source_url.as_deref(), Some("https://example.org/a"));
    assert_eq!(a.added, chrono::NaiveDate::from_ymd_opt(2024, 5, 1));
}

#[test]
fn empty_or_path_like_slugs_are_errors() {
    let dir = site(CONFIG);
    write_raw(dir.path(), "ok.md", "", "Fine.\n");
    write_raw(dir.path(), "bang.md", "slug = \"!!!\"\n", "x\n");
    write_raw(dir.path(), "up.md", "slug = \"../../etc\"\n", "x\n");
    write_raw(dir.path(), "sub.md", "slug = \"a/b\"\n", "x\n");
    write_raw(dir.path(), "???.md", "", "x\n");
    let out = build(dir.path());
    let shown = text(&out);
    assert!(!out.status.success(), "{shown}");
    for file in ["bang", "up", "sub"] {
        assert!(
            shown.contains(&format!("error: content/{file}.md:9: `slug`")),
            "{file}: {shown}"
        );
    }
    assert!(
        shown.contains("error: content/???.md: the file name gives an empty URL slug"),
        "{shown}"
    );
    assert!(!dir.path().join("public/articles/index.html").exists());
}

#[cfg(unix)]
#[test]
fn file_names_cannot_forge_diagnostic_lines() {
    let dir = site(CONFIG);
    let name = "x\nerror: forged.md:1: evil\u{1b}[2J.md";
    std::fs::write(dir.path().join("content").join(name), "no front matter\n").unwrap();
    let out = build(dir.path());
    let shown = text(&out);
    assert!(!out.status.success(), "{shown}");
    assert!(
        !shown.lines().any(|l| l.starts_with("error: forged.md")),
        "{shown}"
    );
    assert!(!shown.contains('\u{1b}'), "{shown:?}");
    assert!(
        shown.contains("content/x\\nerror: forged.md:1: evil\\u{1b}[2J.md:1: missing front matter"),
        "{shown}"
    );
}

#[test]
fn feed_excerpts_cut_at_a_block_and_never_inside_a_tag_or_character() {
    let md = "First paragraph with **bold**.\n\n- one\n- two\n\nThird paragraph, ünïcödé, long long long.\n";
    let html = markdown::render(md, false);
    for max in 0..html.len() + 5 {
        let cut = markdown::truncate_html_for_feed(&html, max);
        assert!(
            cut.len() <= max.max(html.len().min(max)) || cut.len() <= max,
            "{max}: {cut}"
        );
        assert_eq!(
            cut.matches('<').count(),
            cut.matches('>').count(),
            "{max}: {cut}"
        );
        if cut.len() == html.len() {
            assert_eq!(cut, html);
        } else if cut.contains("</") {
            let opened = cut.matches("<ul>").count() + cut.matches("<p>").count();
            let closed = cut.matches("</ul>").count() + cut.matches("</p>").count();
            assert_eq!(opened, closed, "{max}: {cut}");
        }
    }
    let cut = markdown::truncate_html_for_feed(&html, 60);
    assert_eq!(cut, "<p>First paragraph with <strong>bold</strong>.</p>\n");
    let huge = format!("{}\n\nsecond\n", "word ".repeat(100_000));
    let excerpt = markdown::render_excerpt(&huge, false, 1000);
    assert!(excerpt.len() < 2000, "{}", excerpt.len());
    let tiny = markdown::truncate_html_for_feed(&markdown::render(&huge, false), 50);
    assert!(tiny.len() <= 50 && tiny.starts_with("<p>word") && tiny.ends_with("…</p>\n"));
}

/// Found by the `resolve` fuzz target: a raw NUL in the request path reached the file path
/// (`%00` was refused, the raw byte was not).
#[test]
fn resolve_refuses_a_raw_nul() {
    use caravan::serve::http::{resolve, Resolved};
    let r = resolve("/a/..-.\0\0/tc/", |_| true);
    assert!(
        !matches!(&r, Resolved::File(p) | Resolved::Redirect(p) if p.contains('\0')),
        "{r:?}"
    );
}

#[test]
fn a_huge_body_is_capped_in_every_feed_but_whole_on_its_page() {
    let dir = site(CONFIG);
    let body: String = (0..6000)
        .map(|i| format!("Paragraph {i} of a very long report on cooperation.\n\n"))
        .collect();
    write_raw(dir.path(), "huge.md", "", &body);
    let out = build(dir.path());
    assert!(out.status.success(), "{}", text(&out));
    let public = dir.path().join("public");
    assert!(read(public.join("articles/huge/index.html")).contains("Paragraph 5999 of"));
    let feeds: Vec<String> = files(&public)
        .into_iter()
        .filter(|f| f.ends_with(".xml") && f.contains("atom"))
        .collect();
    let with_entry = feeds
        .iter()
        .filter(|f| read(public.join(f)).contains("<entry>"))
        .count();
    assert!(with_entry >= 4, "{feeds:?}");
    for feed in feeds {
        let xml = read(public.join(&feed));
        roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{feed}: {e}"));
        assert!(xml.len() < 100 * 1024, "{feed} is {} bytes", xml.len());
        if xml.contains("<entry>") {
            assert!(
                xml.contains("Paragraph 10 of") && !xml.contains("Paragraph 5999 of"),
                "{feed}"
            );
        }
    }
}
