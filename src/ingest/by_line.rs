//! "By Jane Doe – Daily Planet, Tashkent": the By-line pattern, read without the regex's
//! bounded backtracker, and its groups remembered for the lines of the page at hand.

use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::ops::Range;
use std::sync::OnceLock;

/// "By Name – Outlet, Place, role": the parts of a By-line.
#[derive(Debug, PartialEq)]
pub(super) struct ByLine<'t> {
    pub(super) name: &'t str,
    pub(super) outlet: Option<&'t str>,
    /// With its leading comma.
    pub(super) place: Option<&'t str>,
}

const BY_LINE: &str = r"^(?i:by|par|por|von):?\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)*)\s*(?:(?:\s[–—-]|,)\s*(\p{Lu}[\p{L}\p{N}.&-]*(?:\s\p{Lu}[\p{L}.&-]*)*))?(,\s*\p{Lu}\p{L}+(?:\s\p{L}+)*)?(?:,\s*\p{Ll}[\p{L}'’ ]{0,40})?\s*:?$";

/// Its groups are read without the bounded backtracker: the Unicode classes make a large
/// automaton, and clearing the backtracker's table for every line cost more than the search.
fn by_line_pattern() -> &'static regex_automata::meta::Regex {
    static R: OnceLock<regex_automata::meta::Regex> = OnceLock::new();
    R.get_or_init(|| {
        regex_automata::meta::Regex::builder()
            .configure(regex_automata::meta::Config::new().backtrack(false))
            .build(BY_LINE)
            .expect("the By-line pattern compiles")
    })
}

/// Where a By-line's name, outlet and place stand, if the pattern matches: remembered for the
/// page's lines, since wrapping, classifying and reading the byline each ask of the same line.
pub(super) fn by_line_groups(text: &str) -> Option<[Option<Range<usize>>; 3]> {
    type Groups = Option<[Option<Range<usize>>; 3]>;
    thread_local! {
        static SEEN: RefCell<FxHashMap<String, Groups>> = RefCell::default();
    }
    if let Some(known) = SEEN.with(|seen| seen.borrow().get(text).cloned()) {
        return known;
    }
    let pattern = by_line_pattern();
    let groups: Groups = pattern.is_match(text).then(|| {
        let mut found = pattern.create_captures();
        pattern.captures(text, &mut found);
        [1, 2, 3].map(|i| found.get_group(i).map(|span| span.range()))
    });
    SEEN.with(|seen| {
        let mut seen = seen.borrow_mut();
        // A few pages' worth: the lines asked of again are the current page's.
        if seen.len() >= 256 {
            seen.clear();
        }
        seen.insert(text.to_string(), groups.clone());
    });
    groups
}

pub(super) fn warm() {
    by_line_pattern();
}
