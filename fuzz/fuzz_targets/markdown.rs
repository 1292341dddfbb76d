//! `markdown::render` with and without trusted HTML: no panic, no live script URL or handler,
//! no script element, no character XML forbids; feed excerpts stay prefixes at block ends.
#![no_main]
#[path = "../checks.rs"]
mod checks;
use caravan::markdown;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|md: &str| {
    for allow_html in [false, true] {
        let html = markdown::render(md, allow_html);
        let live = checks::live_script(&html);
        assert!(live.is_empty(), "allow_html={allow_html}: {live:?}\n{html}");
        assert!(!checks::has_script_tag(&html), "{html}");
        assert_eq!(checks::xml_forbidden(&html), None, "{html:?}");
        let max = md.len() % 257;
        let cut = markdown::truncate_html_for_feed(&html, max);
        assert!(cut.len() <= max || cut == html, "{max}: {cut}");
        assert!(cut.is_empty() || html.starts_with(&cut) || cut.starts_with("<p>"));
    }
});
