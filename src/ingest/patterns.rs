//! The regular expressions the line readers share, compiled once.

use regex::{Captures, Regex};
use std::sync::OnceLock;

pub(super) struct Patterns {
    pub(super) glued_quote: Regex,
    pub(super) bullet: Regex,
    pub(super) subtitle: Regex,
    pub(super) time: Regex,
    pub(super) byline_by: Regex,
    byline_end_any: Regex,
    pub(super) byline_dash: Regex,
    pub(super) read_times: Regex,
    pub(super) credit: Regex,
    labelled_credit_any: Regex,
    pub(super) image_credit: Regex,
    pub(super) dateline_shape: Regex,
    pub(super) dateline_outlet_paren: Regex,
    pub(super) dateline_outlet_slash: Regex,
    pub(super) reports: Lazy,
    pub(super) reports_ru: Lazy,
    pub(super) lead_outlet: Lazy,
    pub(super) agency_dateline: Regex,
    pub(super) told: Lazy,
    pub(super) reports_that: Lazy,
    pub(super) sign_off: Regex,
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
            byline_by: r"^(?i:by|par|por|von)\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})\s*(?:(?:\s[–—-]|,)\s*(\p{Lu}[\p{L}\p{N}.&-]*(?:\s\p{Lu}[\p{L}.&-]*){0,2}))?(?:,\s*\p{Lu}\p{L}+(?:\s\p{L}+){0,2})?\s*:?$",
            read_times: r"(?i)\b(?:read|viewed|seen|прочитан[оа]?|просмотрен[оа]?|pročitan[oa]?|pregledan[oa]?|gelesen|lu|leída|visto|okundu|o[‘'ʻ]qildi)\b.{0,20}?\d+.{0,6}?\b(?:times|раз[а]?|puta|mal|fois|veces|volte|kez|marta)\b",
            byline_dash: r"^(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2})\s+[-–—|]\s+((?:The\s)?\p{Lu}[\p{L}\p{N}.&-]*(?:\s\p{Lu}[\p{L}.&-]*){0,3})$",
            byline_end_any: r"^(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+)+),\s*(\p{Lu}[\p{L}\p{N}.&-]+(?:\s\p{Lu}[\p{L}.&-]+){0,2})$",
            labelled_credit_any: r"^(?i)(source|источник|kaynak|izvor|извор|manba|quelle|fuente|fonte|author|автор|аутор|autor|auteur|autore|yazar|muallif|written by|reporter)\s*:\s*(\p{Lu}[\p{L}\p{N}.&'’/ -]+?)(?:\s{2,}.*)?$",
            credit: r"^\((\p{Lu}[\p{L}\p{N}.&-]*(?:\s\p{Lu}[\p{L}.&-]*){0,2}),\s*[\d./-]{6,10}\)$",
            image_credit: r"(?i)^(?:photo|photos|image|images|picture|фото|foto|fotografija|bild|imagen|rasm|сурат|fotoğraf|credit|credits)\s*(?:by|:|/|\|)",
            dateline_shape: r"^\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*(?:,|\s*/|\s+\()",
            dateline_outlet_paren: r"\((\p{Lu}[\p{L}.&]{1,15})\)",
            dateline_outlet_slash: r"/\s*(\p{Lu}[\p{L}.&-]{1,20})\s*/",
            agency_dateline: r"^(\p{Lu}[\p{Lu}\p{N}&-]{2,}(?:[ -]\p{Lu}[\p{Lu}\p{N}&-]+)?)\.\s+(\p{L}{3,12}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+\p{L}{3,12}\.?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{4})\.\s",
            sign_off: r"^[–—]\s*(\p{Lu}[\p{L}\p{N}.&-]*(?:\s\p{Lu}[\p{L}\p{N}.&-]*){0,2})$",
            title_tail: r"(?:\s+[|/–—-]?\s*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?|\s+\d{1,2}:\d{2}|\s+[X×✕✖])$",
            title_head: r"^(?:\p{L}+\s+){0,2}?(\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2})(?:,?\s+\d{1,2}:\d{2})?\s*[|/–—-]?\s+",
            photo_credit: r"(?i)(?:\s*\((?:[^()]{0,60}?[\s,])?(?:photo|photos|photograph|фото|foto|fotografija|bild|imagen|rasm|сурат|image|picture|credit)(?:[\s:,/©][^()]{0,80})?\)|(?:^|\s)(?:photo|photos|фото|foto))$",
            html_tag: r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>",
            sentence_end: r#"[.!?…]["”»’)]?\s+["“«(]?\p{Lu}"#,
        }
        // The outlet's fallbacks: many pages name it before these are reached.
        later {
            reports: r",\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}.&-]*(?:\s\p{Lu}[\p{L}.&-]*){0,2})\s+(?:correspondent\s+|news agency\s+)?(?:reports|reported)\.(?:\s|$)",
            reports_ru: r"(?:передает|передаёт|сообщает|сообщило)\s+[«“]?(\p{Lu}[\p{L}\p{N}.&-]*(?:\s\p{N}+)?)",
            lead_outlet: r"^.{0,90}?(?:\((\p{Lu}[\p{L}\p{N}.&/-]{1,24}(?:\s\p{Lu}[\p{L}\p{N}.&-]{1,15}){0,2})\)\s*(?::|--|\.?[–—-]\s|\.-)|(?:\d{1,2}|\p{Ll}{3,})[.,]?\s+(\p{Lu}[\p{L}\p{N}.&-]{1,20}(?:[ -]\p{Lu}[\p{L}\p{N}.&-]*)?)\s+(?:--|[–—-])\s)",
            reports_that: r"^(\p{Lu}[\p{L}\p{N}.&-]*(?:\s\p{Lu}[\p{L}\p{N}.&-]*){0,3})\s+(?:reports|reported|has learnt|has learned|learnt|learned|gathered)\s+that\b",
            told: r"\btold\s+((?:The\s)?\p{Lu}{2,}[\p{Lu}\p{N}.&-]*(?:\s\p{Lu}{2,}[\p{Lu}\p{N}.&-]*){0,2})[.,]",
            lone_credit_any: r"^\((\p{Lu}[\p{L}\p{N}.&/ -]+)\)$",
            lone_domain_any: r"^(\p{L}[\p{L}\p{N}-]{2,}\.(?:org|com|net|info|news|uz|kz|kg|tj|tm|ru|rs|az|ba|me|de|fr|es|it|tr))$",
            domain: r"(?i)\b(?:www\.)?([a-z0-9-]{2,30})\.(?:az|uz|com|net|org|rs|ru|kz|kr|de|info|news)\b",
        }
    })
}

// Four patterns are written without the bound on a repeated Unicode class, which compiled one
// copy of the class per repeat (~35 ms of the start of every run); these methods check the bound.
// Each class stops where the bounded part ends, so the match is the one the bound would give.
impl Patterns {
    /// "Source: Agency", "Author: Name": label and credit (of at most 41 characters).
    pub(super) fn labelled_credit<'t>(&self, text: &'t str) -> Option<Captures<'t>> {
        bounded(&self.labelled_credit_any, text, |c| {
            c[2].chars().count() <= 41
        })
    }

    /// "Name Surname, Outlet": two to four words of name; the outlet's first word at most 25 characters.
    pub(super) fn byline_end<'t>(&self, text: &'t str) -> Option<Captures<'t>> {
        bounded(&self.byline_end_any, text, |c| {
            let first_word = c[2].split_whitespace().next().unwrap_or("");
            c[1].split_whitespace().count() <= 4 && first_word.chars().count() <= 25
        })
    }

    /// "(Agency/Agency)" alone on a line: the credit at most 31 characters.
    pub(super) fn lone_credit<'t>(&self, text: &'t str) -> Option<Captures<'t>> {
        bounded(&self.lone_credit_any, text, |c| c[1].chars().count() <= 31)
    }

    /// "site.org" alone on a line: at most 31 characters before the dot.
    pub(super) fn lone_domain<'t>(&self, text: &'t str) -> Option<Captures<'t>> {
        bounded(&self.lone_domain_any, text, |c| {
            c[1].split('.').next().unwrap_or("").chars().count() <= 31
        })
    }
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
            &p.lead_outlet,
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
}
