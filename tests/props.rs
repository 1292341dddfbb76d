//! Properties the fuzz targets check, in the ordinary `cargo test` (few cases, quick).

#[path = "../fuzz/checks.rs"]
mod checks;

use caravan::content::parse_article;
use caravan::markdown;
use caravan::serve::http::{resolve, Resolved};
use caravan::taxonomy::{Taxonomy, DEFAULT_THEMES};
use proptest::prelude::*;
use std::path::Path;

/// Pieces a hostile Markdown body is made of: link syntax, script schemes, entities, controls.
const PIECES: &[&str] = &[
    "[",
    "]",
    "(",
    ")",
    "<",
    ">",
    "![",
    "](",
    "[r]: ",
    "[r]",
    "\n",
    "\n\n",
    " ",
    "\t",
    "\u{b}",
    "\u{0}",
    "\u{1}",
    "\u{ffff}",
    ":",
    "javascript:",
    "JaVaScRiPt:",
    "vbscript:",
    "data:",
    "java",
    "script",
    "&#106;",
    "&#x6A;",
    "&#0000106",
    "&colon;",
    "&#x09;",
    "&amp;",
    "&",
    ";",
    "#",
    "{",
    "}",
    "on",
    "=",
    "\"",
    "'",
    "`",
    "```",
    "```rust\n",
    "<a href=",
    "<img src=",
    "<script>",
    "</script>",
    "style=",
    "- [ ] ",
    "| a |\n|---|\n",
    "[^1]",
    "[^1]: ",
    "a",
    "é",
    "\\",
    "*",
    "_",
    "alert(1)",
    "http://x",
    "mailto:",
    "onerror=",
    "<svg/onload=",
    "%0a",
];

fn hostile_markdown() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|v| v.concat()),
        any::<String>(),
    ]
}

fn taxonomy() -> Taxonomy {
    Taxonomy::parse(DEFAULT_THEMES, Path::new("themes.toml")).unwrap()
}

fn front_matter() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        Just("title = \"T\"".to_string()),
        Just("pair = [\"RS\", \"UZ\"]".to_string()),
        Just("slug = \"!!!\"".to_string()),
        Just("lang = \"EN\"".to_string()),
        Just("source_url = \"javascript:x\"".to_string()),
        Just("added = 2024-01-01".to_string()),
        Just("date = \"x\"".to_string()),
        Just("+++".to_string()),
        "[a-z_]{1,8} = \"[^\"\\\\]{0,6}\"",
        any::<String>(),
    ];
    prop::collection::vec(line, 0..10)
        .prop_map(|lines| format!("+++\n{}\n+++\nbody\n", lines.join("\n")))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn rendered_markdown_has_no_live_script_and_no_xml_forbidden_character(md in hostile_markdown()) {
        for allow_html in [false, true] {
            let html = markdown::render(&md, allow_html);
            let live = checks::live_script(&html);
            prop_assert!(live.is_empty(), "allow_html={} {:?}\n{}", allow_html, live, html);
            prop_assert!(!checks::has_script_tag(&html), "{}", html);
            prop_assert_eq!(checks::xml_forbidden(&html), None);
        }
    }

    #[test]
    fn escaped_text_is_xml_text(text in any::<String>()) {
        for escaped in [markdown::escape_html(&text), format!("<![CDATA[{}]]>", markdown::xml_safe(&text).replace("]]>", "]]]]><![CDATA[>"))] {
            let doc = format!("<e a=\"{}\">{escaped}</e>", markdown::escape_html(&text));
            prop_assert!(roxmltree::Document::parse(&doc).is_ok(), "{:?}", doc);
        }
    }

    #[test]
    fn front_matter_diagnostics_point_into_the_file(text in front_matter()) {
        let lines = text.lines().count().max(1);
        let (article, errors, warnings) = parse_article(Path::new("c.md"), &text, &taxonomy());
        for d in errors.iter().chain(&warnings) {
            if let Some(line) = d.line {
                prop_assert!(line >= 1 && line <= lines, "{} of {}: {:?}", line, lines, text);
            }
        }
        if let Some(a) = article {
            prop_assert!(!a.slug.is_empty());
            prop_assert!(a.slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
        }
    }

    #[test]
    fn resolved_paths_stay_inside_the_site(url in prop_oneof![
        "(/|\\.\\.|%2e|%2E|%2f|%5c|\\\\|%00|\\.|a|index\\.html|\\?|#){0,12}",
        any::<String>(),
    ]) {
        let resolved = resolve(&url, |_| true);
        let resolved_none = resolve(&url, |_| false);
        for r in [resolved, resolved_none] {
            if let Resolved::File(p) | Resolved::Redirect(p) = r {
                prop_assert!(!p.split('/').any(|s| s == ".."), "{:?} -> {:?}", url, p);
                prop_assert!(!p.contains('\\') && !p.contains('\0'), "{:?} -> {:?}", url, p);
            }
        }
    }

    #[test]
    fn feed_excerpts_are_prefixes_cut_between_blocks(md in hostile_markdown(), max in 0usize..400) {
        let html = markdown::render(&md, false);
        let cut = markdown::truncate_html_for_feed(&html, max);
        prop_assert!(cut.len() <= max || cut == html);
        prop_assert!(checks::live_script(&cut).is_empty());
    }
}
