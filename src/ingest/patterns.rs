//! The regular expressions the line readers share, compiled once.

use super::boilerplate::boilerplate;
use super::by_line::{by_line_groups, ByLine};
use super::outlet_name::without_press_service;
use regex::{Captures, Regex};
use std::ops::Range;
use std::sync::OnceLock;

pub(super) struct Patterns {
    pub(super) glued_quote: Regex,
    pub(super) bullet: Regex,
    pub(super) subtitle: Regex,
    pub(super) time: Regex,
    byline_end_any: Regex,
    byline_dash_any: Regex,
    pub(super) read_times: Regex,
    pub(super) page_number: Regex,
    credit_any: Regex,
    labelled_credit_any: Regex,
    pub(super) image_credit: Regex,
    pub(super) dateline_shape: Regex,
    dateline_outlet_paren_any: Regex,
    dateline_outlet_slash_any: Regex,
    pub(super) reports: Lazy,
    pub(super) reports_ru: Lazy,
    lead_outlet_any: Lazy,
    agency_dateline_any: Regex,
    pub(super) told: Lazy,
    pub(super) quoted_agency: Lazy,
    pub(super) reports_that: Lazy,
    sign_off_any: Regex,
    lone_credit_any: Lazy,
    lone_domain_any: Lazy,
    pub(super) title_tail: Regex,
    pub(super) title_head: Regex,
    pub(super) domain: Lazy,
    pub(super) sentence_end: Regex,
    pub(super) html_tag: Regex,
    pub(super) photo_credit: Regex,
}

/// Compiles each `field: source` under `now` and builds `Patterns` from them in the order
/// written; those under `later` are compiled when first used.
macro_rules! compiled {
    (now { $($name:ident: $source:expr,)* } later { $($lazy:ident: $lazy_source:expr,)* }) => {{
        let mut compiled = compile_on_two_threads(&[$($source),*]).into_iter();
        Patterns {
            $($name: compiled.next().expect("one regex per source"),)*
            $($lazy: Lazy::new($lazy_source),)*
        }
    }};
}

/// A regex compiled the first time it is used (the costliest, `lead_outlet`, takes ~25 ms).
pub(super) struct Lazy {
    source: &'static str,
    regex: OnceLock<Regex>,
}

impl Lazy {
    fn new(source: &'static str) -> Lazy {
        Lazy {
            source,
            regex: OnceLock::new(),
        }
    }
}

impl std::ops::Deref for Lazy {
    type Target = Regex;

    fn deref(&self) -> &Regex {
        self.regex
            .get_or_init(|| Regex::new(self.source).expect("ingest patterns compile"))
    }
}

pub(super) fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| compiled! {
        now {
            glued_quote: r"([\p{L}\p{N}.!?])([“«„])(\p{Lu})",
            bullet: r"^(?:[•·▪■●◦►✓*]|-(?:\s))\s*",
            subtitle: r"^[-–—]\s+(.{10,200}?)\s+[-–—]$",
            time: r"\b\d{1,2}:\d{2}\b",
            // "Read 301 times", and the count first: "Dieser Artikel wurde 1.245 Mal gelesen".
            read_times: r"(?i)\b(?:read|viewed|seen|прочитан[оа]?|просмотрен[оа]?|pročitan[oa]?|pregledan[oa]?|gelesen|lu|leída|visto|okundu|o[‘'ʻ]qildi)\b.{0,20}?\d+.{0,6}?\b(?:times|раз[а]?|puta|mal|fois|veces|volte|kez|marta)\b|^(?:\w+\s+){0,3}\d[\d.,]*\s*(?:times|mal|fois|veces|puta|раз[а]?)\s+(?:read|viewed|gelesen|aufgerufen|angesehen|lu|vu|leída|vista|прочитан[оа]?|просмотрен[оа]?|pročitan[oa]?|pregledan[oa]?)\b",
            // "Page 1 of 2", "Seite 3", "LETTERHEAD · PRESS RELEASE     Page 2": a printed page's
            // number, alone or after a running header.
            page_number: r"(?i)(?:^|\s{2,}|\s[·|•]\s)(?:page|seite|página|pagina|страница|стр\.|strana|страна|sahifa|саҳифа)\s+\d{1,3}(?:\s*(?:of|von|de|sur|из|од|od|/)\s*\d{1,3})?$",
            byline_dash_any: r"^(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+)+)\s+[-–—|]\s+((?:The\s)?\p{Lu}[\p{L}\p{N}.&-]*(?:\s\p{Lu}[\p{L}.&-]*)*)$",
            byline_end_any: r"^(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+)+),\s*(\p{Lu}[\p{L}\p{N}.&-]+(?:\s\p{Lu}[\p{L}.&-]+)*)$",
            labelled_credit_any: r"^(\p{L}[\p{L}: /&]*?)\s*:\s*(\p{Lu}[\p{L}\p{N}.,&'’‘ʻ/ «»“”-]+?|\p{Ll}{2,5})(?:\s{2,}.*)?$",
            credit_any: r"^\((\p{Lu}[\p{L}\p{N}.&-]*(?:\s\p{Lu}[\p{L}.&-]*)*),\s*[\d./-]{6,10}\)$",
            // "Фото автора: …", "Photo courtesy: …": one word may name whose.
            image_credit: r"(?i)^(?:photo|photos|image|images|picture|фото|foto|fotografija|bild|imagen|rasm|сурат|fotoğraf|credit|credits)(?:\s*(?:by|:|/|\|)|\s+[\p{L}-]+\s*:)",
            dateline_shape: r"^\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*(?:,|\s*/|\s+\(|\s+[–—-]\s)",
            dateline_outlet_paren_any: r"\([«“]?(\p{Lu}[\p{L}.&-]+)[»”]?\)",
            dateline_outlet_slash_any: r"/\s*[«“]?(\p{Lu}[\p{L}.&-]+)[»”]?\s*/",
            agency_dateline_any: r"^(\p{Lu}[\p{Lu}\p{N}&-]+(?:[ -]\p{Lu}[\p{Lu}\p{N}&-]+)?)\.\s+(\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{4})\.\s",
            sign_off_any: r"^[–—]\s*(\p{Lu}[\p{L}\p{N}.&-]*(?:\s\p{Lu}[\p{L}\p{N}.&-]*)*)$",
            title_tail: r"(?:\s+[|/–—-]?\s*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?|\s+\d{1,2}:\d{2}|\s+[X×✕✖])$",
            title_head: r"^(?:\p{L}+\s+(?:[|/–—-]\s+)?){0,2}?(\d{1,2}[./]\d{1,2}[./]\d{4}\.?|\d{4}-\d{2}-\d{2})(?:,?\s+\d{1,2}:\d{2})?\s*[|/–—-]?\s+",
            photo_credit: r"(?i)(?:\s*\((?:[^()]{0,60}?[\s,])?(?:photo|photos|photograph|фото|foto|fotografija|bild|imagen|rasm|сурат|image|picture|credit)(?:[\s:,/©][^()]{0,80})?\)|(?:^|\s)(?:photo|photos|фото|foto))$",
            html_tag: r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>",
            sentence_end: r#"[.!?…]["”»’)]?\s+["“«(]?\p{Lu}"#,
        }
        // The outlet's fallbacks: many pages name it before these are reached.
        later {
            reports: r",\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}.&-]*(?:\s\p{Lu}[\p{L}.&-]*){0,2})\s+(?:correspondent\s+|news agency\s+)?(?:reports|reported)\.(?:\s|$)",
            reports_ru: r"(?:передает|передаёт|сообщает|сообщило)\s+[«“]?(\p{Lu}[\p{L}\p{N}.&-]*(?:\s\p{N}+)?)",
            lead_outlet_any: r"\((\p{Lu}[\p{L}\p{N}.&/-]+(?:\s\p{Lu}[\p{L}\p{N}.&-]+){0,2}|\p{Ll}{2,4})\)\s*(?::|--|\.?[–—-]\s|\.-)|(?:\d{1,2}[.,]?|\p{Ll}{3,}[.,])\s+(\p{Lu}[\p{L}\p{N}.&-]+(?:[ -]\p{Lu}[\p{L}\p{N}.&-]*)?)\s+(?:--|[–—-])\s",
            reports_that: r"^(\p{Lu}[\p{L}\p{N}.&-]*(?:\s\p{Lu}[\p{L}\p{N}.&-]*){0,3})\s+(?:reports|reported|has learnt|has learned|learnt|learned|gathered)\s+that\b",
            quoted_agency: r#"^\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?[,.]\s*\d{1,2}(?:-|\s)?\p{L}+\.?(?:\s+\d{4}(?:\s*г\.)?)?\s*(?:[—–-]\s*)?(?:\p{Lu}{2,3}\s+)?[«“"]([^»”"]{2,40})[»”"](?:\s+\p{Lu}{2,3})?\s*(?:\.|[—–-])\s"#,
            told: r"\btold\s+((?:The\s)?\p{Lu}{2,}[\p{Lu}\p{N}.&-]*(?:\s\p{Lu}{2,}[\p{Lu}\p{N}.&-]*){0,2})[.,]",
            lone_credit_any: r"^\((\p{Lu}[\p{L}\p{N}.&/ -]+)\)$",
            lone_domain_any: r"^(\p{L}[\p{L}\p{N}-]{2,}\.(?:org|com|net|info|news|uz|kz|kg|tj|tm|ru|rs|az|ba|me|de|fr|es|it|tr))$",
            domain: r"(?i)\b(?:www\.)?([a-z0-9-]{2,30})\.(?:az|uz|com|net|org|rs|ru|kz|kr|de|info|news)\b",
        }
    })
}

// Several patterns are written without the bound on a repeated Unicode class, which compiled one
// copy of the class per repeat (~35 ms of the start of every run); these methods check the bound.
// Each class stops where the bounded part ends, so the match is the one the bound would give.
impl Patterns {
    /// "Source: Agency", "Author: Name": a label of `boilerplate.toml`'s author or source labels
    /// and a credit of at most 41 characters; "Quelle: dpa": an agency in lower case, only
    /// after a source's label.
    pub(super) fn labelled_credit<'t>(&self, text: &'t str) -> Option<Captures<'t>> {
        bounded(&self.labelled_credit_any, text, |c| {
            let label = c[1].to_lowercase();
            let b = boilerplate();
            let lower_case = c[2].starts_with(char::is_lowercase);
            // "Manba: Raqamli texnologiyalar vazirligi Axborot xizmati": an institution's
            // press service may take a longer name.
            let length = c[2].chars().count();
            // "Fuente: Example Co., Ltd.": a comma only before the company's form.
            let commas_ok = c[2]
                .split(", ")
                .skip(1)
                .all(|form| b.company_forms.contains(&form.trim().to_lowercase()));
            commas_ok
                && (length <= 41 || length <= 64 && without_press_service(&c[2]).is_some())
                && ((b.is_author_label(&label) && !lower_case) || b.source_labels.contains(&label))
        })
    }

    /// "Name Surname, Outlet": two to four words of name; the outlet's first word at most 25 characters.
    pub(super) fn byline_end<'t>(&self, text: &'t str) -> Option<Captures<'t>> {
        bounded(&self.byline_end_any, text, |c| {
            let first_word = c[2].split_whitespace().next().unwrap_or("");
            c[1].split_whitespace().count() <= 4
                && first_word.chars().count() <= 25
                && c[2].split_whitespace().count() <= 3
        })
    }

    /// "By Name Surname – Outlet, City": a name of at most four words, an outlet and a place of
    /// at most three each.
    pub(super) fn byline_by<'t>(&self, text: &'t str) -> Option<ByLine<'t>> {
        // "By", "Par", "Por", "Von": the pattern's first word, checked before the regex runs.
        let first_word = text
            .split([' ', '\t', ':'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if !matches!(first_word.as_str(), "by" | "par" | "por" | "von") {
            return None;
        }
        let [name, outlet, place] = by_line_groups(text)?;
        let part = |span: Option<Range<usize>>| span.map(|span| &text[span]);
        let by_line = ByLine {
            name: part(name)?,
            outlet: part(outlet),
            place: part(place),
        };
        let most = |part: Option<&str>, n: usize| {
            part.is_none_or(|part| {
                part.split(|ch: char| ch.is_whitespace() || ch == ',')
                    .filter(|w| !w.is_empty())
                    .count()
                    <= n
            })
        };
        (most(Some(by_line.name), 4) && most(by_line.outlet, 3) && most(by_line.place, 3))
            .then_some(by_line)
    }

    /// "Name Surname – Outlet": a name of two or three words, an outlet of at most four after
    /// an optional "The".
    pub(super) fn byline_dash<'t>(&self, text: &'t str) -> Option<Captures<'t>> {
        bounded(&self.byline_dash_any, text, |c| {
            let outlet = c[2]
                .strip_prefix("The")
                .filter(|rest| rest.starts_with(char::is_whitespace))
                .unwrap_or(&c[2]);
            c[1].split_whitespace().count() <= 3 && outlet.split_whitespace().count() <= 4
        })
    }

    /// "(Agency, 12.05.2021)": a credit of at most three words and its date.
    pub(super) fn credit<'t>(&self, text: &'t str) -> Option<Captures<'t>> {
        bounded(&self.credit_any, text, |c| {
            c[1].split_whitespace().count() <= 3
        })
    }

    /// "– Agency": a sign-off of at most three words.
    pub(super) fn sign_off<'t>(&self, text: &'t str) -> Option<Captures<'t>> {
        bounded(&self.sign_off_any, text, |c| {
            c[1].split_whitespace().count() <= 3
        })
    }

    /// "(Agency/Agency)" alone on a line: the credit at most 31 characters.
    pub(super) fn lone_credit<'t>(&self, text: &'t str) -> Option<Captures<'t>> {
        // "(END)", "(КОНЕЦ)": a wire's end mark, not its name.
        bounded(&self.lone_credit_any, text, |c| {
            c[1].chars().count() <= 31
                && !matches!(
                    c[1].to_lowercase().as_str(),
                    "end" | "ende" | "fin" | "конец" | "kraj" | "крај" | "oxiri" | "fine"
                )
        })
    }

    /// "site.org" alone on a line: at most 31 characters before the dot.
    pub(super) fn lone_domain<'t>(&self, text: &'t str) -> Option<Captures<'t>> {
        bounded(&self.lone_domain_any, text, |c| {
            c[1].split('.').next().unwrap_or("").chars().count() <= 31
        })
    }

    /// "(Agency)" in a dateline: at most 16 characters.
    pub(super) fn dateline_outlet_paren<'t>(
        &self,
        text: &'t str,
        not_a_place: impl Fn(&str) -> bool,
    ) -> Option<Captures<'t>> {
        first_within(&self.dateline_outlet_paren_any, text, |c| {
            c[1].chars().count() <= 16 && not_a_place(&c[1])
        })
    }

    /// "/ Agency /" in a dateline: at most 21 characters.
    pub(super) fn dateline_outlet_slash<'t>(&self, text: &'t str) -> Option<Captures<'t>> {
        first_within(&self.dateline_outlet_slash_any, text, |c| {
            c[1].chars().count() <= 21
        })
    }

    /// "AGENCY-NEWS. October 18, 2011. …": the agency (its first word at least three
    /// characters) and the date, whose month word has three to 12 letters.
    pub(super) fn agency_dateline<'t>(&self, text: &'t str) -> Option<Captures<'t>> {
        bounded(&self.agency_dateline_any, text, |c| {
            let agency_first_word = c[1].split(' ').next().unwrap_or("");
            agency_first_word.chars().count() >= 3
                && c[2]
                    .split(|ch: char| !ch.is_alphabetic())
                    .all(|word| word.is_empty() || (3..=12).contains(&word.chars().count()))
        })
    }

    /// "ISLAMABAD, September 01 (APP): …", "DUSHANBE, July 18, Asia-Plus - …": the outlet in the
    /// lead's first 90 characters: a credit in brackets (first word at most 25 characters, the
    /// next two at most 16) or a name before a dash (its first part at most 21).
    /// The lead's credit (`lead_outlet`), unless the dash is inside a sentence that goes on in
    /// small letters ("Nähe, Ingenieure – und eine neue Bahnstrecke"): after a dateline's credit
    /// the article's first sentence starts.
    pub(super) fn lead_credit<'t>(&self, lead: &'t str) -> Option<Captures<'t>> {
        self.lead_outlet(lead).filter(|c| {
            let after = c.get(0).map_or("", |m| &lead[m.end()..]);
            c.get(2).is_none() || !after.starts_with(char::is_lowercase)
        })
    }

    pub(super) fn lead_outlet<'t>(&self, lead: &'t str) -> Option<Captures<'t>> {
        let c = first_within(&self.lead_outlet_any, lead, |c| {
            match (c.get(1), c.get(2)) {
                (Some(credit), _) => credit
                    .as_str()
                    .split(char::is_whitespace)
                    .enumerate()
                    .all(|(i, word)| word.chars().count() <= if i == 0 { 25 } else { 16 }),
                (None, Some(name)) => dash_name_within(name.as_str()),
                (None, None) => false,
            }
        })?;
        let before = &lead[..c.get(0)?.start()];
        // "Hanoi/Berlin (dpa) - …": an agency in small letters only right after the place.
        let small = c
            .get(1)
            .is_some_and(|credit| credit.as_str().starts_with(char::is_lowercase));
        let place_only = || {
            (1..=3).contains(&before.split_whitespace().count())
                && before
                    .split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase))
        };
        (before.chars().count() <= 90 && !before.contains('\n') && (!small || place_only()))
            .then_some(c)
    }
}

/// A name before a dash, "Asia-Plus" or "Trend News": its first word (a capital and at most 20
/// more characters) may be cut at a hyphen before a capital, the rest of the name then being
/// its second part.
fn dash_name_within(name: &str) -> bool {
    if let Some((first, _)) = name.split_once(' ') {
        return first.chars().count() <= 21;
    }
    name.chars().count() <= 21
        || name.char_indices().enumerate().any(|(k, (at, ch))| {
            ch == '-'
                && (2..=21).contains(&k)
                && name[at + 1..]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
        })
}

/// The first captures of `pattern` in `text` that keep `within`. A match past the bound is
/// passed over and the search goes on from its next character, as the search of the bounded
/// pattern itself would: each bounded run ends where its class ends, so the bound can only
/// reject a match at that place, never change it.
fn first_within<'t>(
    pattern: &Regex,
    text: &'t str,
    within: impl Fn(&Captures<'t>) -> bool,
) -> Option<Captures<'t>> {
    let mut from = 0;
    while from <= text.len() {
        let c = pattern.captures_at(text, from)?;
        if within(&c) {
            return Some(c);
        }
        let start = c.get(0)?.start();
        from = start + text[start..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// The captures of `pattern` in `text` when they keep `within`; `is_match` first, since most
/// lines do not match and it is far cheaper than taking captures.
fn bounded<'t>(
    pattern: &Regex,
    text: &'t str,
    within: impl Fn(&Captures<'t>) -> bool,
) -> Option<Captures<'t>> {
    if !pattern.is_match(text) {
        return None;
    }
    pattern.captures(text).filter(|c| within(c))
}

/// Compiles the regexes on this thread and one other, the costliest shared out first: these
/// Unicode classes take ~0.1 s to compile, which every ingest run waits for.
fn compile_on_two_threads(sources: &[&str]) -> Vec<Regex> {
    // A source's length stands for its cost.
    let mut order: Vec<usize> = (0..sources.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(sources[i].len()));
    let (mut mine, mut other, mut load) = (Vec::new(), Vec::new(), 0i64);
    for i in order {
        if load <= 0 {
            load += sources[i].len() as i64;
            other.push(i);
        } else {
            load -= sources[i].len() as i64;
            mine.push(i);
        }
    }
    let compile = |indices: &[usize]| -> Vec<(usize, Regex)> {
        indices
            .iter()
            .map(|&i| (i, Regex::new(sources[i]).expect("ingest patterns compile")))
            .collect()
    };
    let mut all = std::thread::scope(|s| {
        let helper = s.spawn(|| compile(&other));
        let mut all = compile(&mine);
        all.extend(helper.join().expect("regex compiling thread"));
        all
    });
    all.sort_by_key(|(i, _)| *i);
    all.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::patterns;

    /// The bounds the four unbounded patterns leave to their methods still hold.
    #[test]
    fn patterns_compiled_later_compile() {
        let p = patterns();
        for lazy in [
            &p.lead_outlet_any,
            &p.reports,
            &p.reports_ru,
            &p.reports_that,
            &p.told,
            &p.lone_credit_any,
            &p.lone_domain_any,
            &p.domain,
        ] {
            assert!(!lazy.is_match(""));
        }
    }

    #[test]
    fn bounds_checked_outside_the_regexes_hold() {
        let p = patterns();
        let name = |n: usize| format!("A{}", "b".repeat(n - 1));
        assert!(p
            .labelled_credit(&format!("Source: {}", name(41)))
            .is_some());
        assert!(p
            .labelled_credit(&format!("Source: {}", name(42)))
            .is_none());
        assert!(p.byline_end("Ana Maria Petra Ivić, Outlet").is_some());
        assert!(p.byline_end("Ana Maria Petra Ivana Ivić, Outlet").is_none());
        assert!(p.byline_end(&format!("Ana Ivić, {}", name(25))).is_some());
        assert!(p
            .byline_end(&format!("Ana Ivić, {} News", name(26)))
            .is_none());
        assert!(p.lone_credit(&format!("({})", name(31))).is_some());
        assert!(p.lone_credit(&format!("({})", name(32))).is_none());
        assert!(p.lone_domain(&format!("{}.com", name(31))).is_some());
        assert!(p.lone_domain(&format!("{}.com", name(32))).is_none());
    }

    /// Text made of the pieces these patterns look at: words of any length in both cases and
    /// scripts, brackets, slashes, dashes, digits, dates, stops and spaces.
    fn lead_text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let piece = prop_oneof![
            "[A-Z][a-z]{0,30}",
            "[a-z]{1,30}",
            "[A-Z]{2,14}",
            "[А-Я][а-я]{0,20}",
            "[0-9]{1,4}",
            "[A-Z][a-z]{14,28}",
            "[A-Z][a-z]{1,22}-[A-Z][a-z]{1,8}",
            "[a-z]{3,6}, [A-Z][a-z]{1,24}(-[A-Z][a-z]{1,24})?( [A-Z][a-z]{1,6})? – ",
            r"\([A-Z][a-z]{10,28}( [A-Z][a-z]{8,18}){0,3}\): ",
            Just("Asia-Plus".to_string()),
            Just("-".to_string()),
            Just("–".to_string()),
            Just("(".to_string()),
            Just(")".to_string()),
            Just("/".to_string()),
            Just(".".to_string()),
            Just(",".to_string()),
            Just(":".to_string()),
            Just(" ".to_string()),
            Just("  ".to_string()),
            Just("\n".to_string()),
            Just("2019".to_string()),
        ];
        proptest::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
    }

    fn spans(c: Option<regex::Captures>) -> Option<Vec<Option<(usize, usize)>>> {
        c.map(|c| c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect())
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// Each pattern whose bounds moved into code finds what the bounded pattern found.
        #[test]
        fn unbounded_patterns_with_their_checks_match_the_bounded_ones(body in lead_text(), lead in lead_text()) {
            use regex::Regex;
            use std::sync::OnceLock;
            static BOUNDED: OnceLock<[Regex; 4]> = OnceLock::new();
            let [paren, slash, agency, lead_outlet] = BOUNDED.get_or_init(|| [
                Regex::new(r"\([«“]?(\p{Lu}[\p{L}.&-]{1,15})[»”]?\)").unwrap(),
                Regex::new(r"/\s*[«“]?(\p{Lu}[\p{L}.&-]{1,20})[»”]?\s*/").unwrap(),
                Regex::new(r"^(\p{Lu}[\p{Lu}\p{N}&-]{2,}(?:[ -]\p{Lu}[\p{Lu}\p{N}&-]+)?)\.\s+(\p{L}{3,12}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+\p{L}{3,12}\.?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{4})\.\s").unwrap(),
                Regex::new(r"^.{0,90}?(?:\((\p{Lu}[\p{L}\p{N}.&/-]{1,24}(?:\s\p{Lu}[\p{L}\p{N}.&-]{1,15}){0,2})\)\s*(?::|--|\.?[–—-]\s|\.-)|(?:\d{1,2}[.,]?|\p{Ll}{3,}[.,])\s+(\p{Lu}[\p{L}\p{N}.&-]{1,20}(?:[ -]\p{Lu}[\p{L}\p{N}.&-]*)?)\s+(?:--|[–—-])\s)").unwrap(),
            ]);
            let p = patterns();
            let text = format!("{lead}{body}");
            proptest::prop_assert_eq!(spans(p.dateline_outlet_paren(&text, |_| true)), spans(paren.captures(&text)));
            proptest::prop_assert_eq!(spans(p.dateline_outlet_slash(&text)), spans(slash.captures(&text)));
            proptest::prop_assert_eq!(spans(p.agency_dateline(&text)), spans(agency.captures(&text)));
            // The bounded pattern's match starts at the text's start (its `^.{0,90}?` prefix);
            // the groups are what callers read.
            let groups = |c: Option<regex::Captures>| c.map(|c| (c.get(1).map(|m| m.range()), c.get(2).map(|m| m.range())));
            proptest::prop_assert_eq!(groups(p.lead_outlet(&text)), groups(lead_outlet.captures(&text)));
        }

        /// The same for the patterns that read a whole line: bylines, credits and sign-offs.
        #[test]
        fn unbounded_line_patterns_with_their_checks_match_the_bounded_ones(line in byline_text(), dateline in agency_dateline_text()) {
            use regex::Regex;
            use std::sync::OnceLock;
            static BOUNDED: OnceLock<[Regex; 5]> = OnceLock::new();
            let [by, dash, end, credit, sign_off] = BOUNDED.get_or_init(|| [
                Regex::new(r"^(?i:by|par|por|von)\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})\s*(?:(?:\s[–—-]|,)\s*(\p{Lu}[\p{L}\p{N}.&-]*(?:\s\p{Lu}[\p{L}.&-]*){0,2}))?(?:,\s*\p{Lu}\p{L}+(?:\s\p{L}+){0,2})?(?:,\s*\p{Ll}[\p{L}'’ ]{0,40})?\s*:?$").unwrap(),
                Regex::new(r"^(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2})\s+[-–—|]\s+((?:The\s)?\p{Lu}[\p{L}\p{N}.&-]*(?:\s\p{Lu}[\p{L}.&-]*){0,3})$").unwrap(),
                Regex::new(r"^(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3}),\s*(\p{Lu}[\p{L}\p{N}.&-]{1,24}(?:\s\p{Lu}[\p{L}.&-]+){0,2})$").unwrap(),
                Regex::new(r"^\((\p{Lu}[\p{L}\p{N}.&-]*(?:\s\p{Lu}[\p{L}.&-]*){0,2}),\s*[\d./-]{6,10}\)$").unwrap(),
                Regex::new(r"^[–—]\s*(\p{Lu}[\p{L}\p{N}.&-]*(?:\s\p{Lu}[\p{L}\p{N}.&-]*){0,2})$").unwrap(),
            ]);
            let p = patterns();
            // The bounded pattern keeps no place group: names and outlets are compared.
            let by_parts = by.captures(&line).map(|c| (c.get(1).map(|m| m.as_str()), c.get(2).map(|m| m.as_str())));
            proptest::prop_assert_eq!(p.byline_by(&line).map(|b| (Some(b.name), b.outlet)), by_parts);
            proptest::prop_assert_eq!(spans(p.byline_dash(&line)), spans(dash.captures(&line)));
            proptest::prop_assert_eq!(spans(p.credit(&line)), spans(credit.captures(&line)));
            proptest::prop_assert_eq!(spans(p.sign_off(&line)), spans(sign_off.captures(&line)));
            proptest::prop_assert_eq!(spans(p.byline_end(&line)), spans(end.captures(&line)));
            let agency = Regex::new(r"^(\p{Lu}[\p{Lu}\p{N}&-]{2,}(?:[ -]\p{Lu}[\p{Lu}\p{N}&-]+)?)\.\s+(\p{L}{3,12}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+\p{L}{3,12}\.?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{4})\.\s").unwrap();
            proptest::prop_assert_eq!(spans(p.agency_dateline(&dateline)), spans(agency.captures(&dateline)));
        }
    }

    /// "AGENCY-NEWS. October 18, 2011. Text": agency words and month words of any length.
    fn agency_dateline_text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let agency = prop_oneof![
            "[A-Z]{1,5}",
            "[A-Z]{1,3}-[A-Z]{1,3}",
            "[A-Z]{1,4} [A-Z]{1,4}",
            "[A-Z][a-z]{2,5}"
        ];
        let date = prop_oneof![
            "[A-Z][a-z]{0,14}\\.? [0-9]{1,2},? [0-9]{4}",
            "[0-9]{1,2}\\.? [a-z]{1,14}\\.? [0-9]{4}",
            "[0-9]{1,2}[./][0-9]{1,2}[./][0-9]{4}",
        ];
        (agency, date).prop_map(|(agency, date)| format!("{agency}. {date}. Text"))
    }

    /// Lines shaped like bylines, credits and sign-offs: a lead-in, a name of one to six words,
    /// then perhaps a separator and an outlet and a comma and a place, each of one to six words
    /// of any case, script and length, or stray pieces.
    fn byline_text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let lead_in = prop_oneof![
            Just("By ".to_string()),
            Just("by  ".to_string()),
            Just("Par ".to_string()),
            Just("VON ".to_string()),
            Just("(".to_string()),
            Just("– ".to_string()),
            Just("—".to_string()),
            Just(String::new()),
        ];
        let word = prop_oneof![
            4 => "[A-Z][a-z]{1,10}",
            1 => "[A-Z][a-z]{22,30}",
            1 => "[a-z]{1,8}",
            1 => "[A-Z]{1,4}",
            1 => "[А-Я][а-я]{1,10}",
            1 => Just("The".to_string()),
            1 => Just("Ana-Marija".to_string()),
        ];
        let space = prop_oneof![6 => Just(" "), 1 => Just("  ")];
        let words = proptest::collection::vec((word, space), 1..7).prop_map(|ws| {
            let mut out = String::new();
            for (i, (w, sp)) in ws.iter().enumerate() {
                if i > 0 {
                    out.push_str(sp);
                }
                out.push_str(w);
            }
            out
        });
        let separator = prop_oneof![
            Just(", "),
            Just(","),
            Just(" – "),
            Just(" - "),
            Just(" | "),
            Just(" ")
        ];
        let end = prop_oneof![
            Just(""),
            Just(":"),
            Just(")"),
            Just(", 12.05.2021)"),
            Just("."),
            Just(" ")
        ];
        (
            lead_in,
            words.clone(),
            proptest::option::of((separator.clone(), words.clone())),
            proptest::option::of((separator, words)),
            end,
        )
            .prop_map(|(lead_in, name, outlet, place, end)| {
                let mut line = format!("{lead_in}{name}");
                for (sep, part) in [outlet, place].into_iter().flatten() {
                    line.push_str(sep);
                    line.push_str(&part);
                }
                line.push_str(end);
                line
            })
    }
}
