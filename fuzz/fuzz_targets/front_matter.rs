//! `content::parse_article` on any text: no panic, every diagnostic line inside the text, and an
//! article only with a usable slug.
#![no_main]
use caravan::content::parse_article;
use caravan::taxonomy::{Taxonomy, DEFAULT_THEMES};
use libfuzzer_sys::fuzz_target;
use std::path::Path;
use std::sync::OnceLock;

fn taxonomy() -> &'static Taxonomy {
    static T: OnceLock<Taxonomy> = OnceLock::new();
    T.get_or_init(|| Taxonomy::parse(DEFAULT_THEMES, Path::new("themes.toml")).unwrap())
}

fuzz_target!(|text: &str| {
    let (article, errors, warnings) = parse_article(Path::new("content/f.md"), text, taxonomy());
    // `str::lines` drops a final empty line: a diagnostic may still point at it.
    let lines = text.split('\n').count().max(1);
    for d in errors.iter().chain(&warnings) {
        if let Some(line) = d.line {
            assert!(line >= 1 && line <= lines, "line {line} of {lines}: {d}");
        }
        let shown = d.to_string();
        assert!(!shown.contains('\n') && !shown.contains('\r'), "{shown:?}");
    }
    assert_eq!(article.is_some(), errors.is_empty());
    if let Some(a) = article {
        assert!(!a.slug.is_empty());
        assert!(a
            .slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
        if let Some(url) = &a.source_url {
            assert!(caravan::markdown::safe_url(url), "{url}");
        }
    }
});
