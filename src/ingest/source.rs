//! The article's own address, when the seed carries it: a `URL:`, `Source:` or `Canonical:` line,
//! or a lone http(s) address among the first or last lines. Only http and https are accepted
//! (never `javascript:`, `data:` or `file:`), and never a link to an image or a document.

use regex::Regex;
use std::sync::OnceLock;

/// How many non-blank lines at each end of the page may carry a lone address.
const EDGE: usize = 3;

/// Builds the regex ahead of the first page (see `ingest::warm_up`).
pub(super) fn warm() {
    labelled();
}

fn labelled() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r"(?i)^(?:url|source url|source|canonical|canonical url|permalink|link)\s*:\s*(\S+)\s*$")
            .unwrap()
    })
}

/// The page's address, if the seed states one.
pub fn find(text: &str) -> Option<String> {
    // Every address this looks for has a scheme.
    if !text.contains("://") {
        return None;
    }
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    for line in lines.iter().filter(|l| l.contains("://")) {
        if let Some(c) = labelled().captures(line) {
            if let Some(url) = accept(&c[1]) {
                return Some(url);
            }
        }
    }
    let n = lines.len();
    let edges = lines[..EDGE.min(n)]
        .iter()
        .chain(&lines[n.saturating_sub(EDGE).max(EDGE.min(n))..]);
    edges.copied().find_map(accept)
}

/// Whether `line` is the lines that [`find`] takes an address from, or an address under any
/// label of three words at most ("Lien : https://…", "Ссылка: https://…"): not article text.
pub fn is_address_line(line: &str) -> bool {
    static ANY_LABEL: OnceLock<Regex> = OnceLock::new();
    let any_label = ANY_LABEL.get_or_init(|| {
        Regex::new(r"^\p{L}[\p{L}\p{M}-]*(?: [\p{L}\p{M}-]+){0,2}\s*:\s*(\S+)\s*$").unwrap()
    });
    let line = line.trim();
    [labelled(), any_label]
        .iter()
        .any(|r| r.captures(line).is_some_and(|c| accept(&c[1]).is_some()))
        || accept(line).is_some()
}

/// An absolute http(s) address with a host, no spaces, quotes or control characters, not a
/// picture or a document.
fn accept(candidate: &str) -> Option<String> {
    let url = candidate.trim_matches(|c| matches!(c, '<' | '>' | '(' | ')'));
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_ok = host.contains('.')
        && !host.starts_with('.')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '@'));
    let clean = !url.chars().any(|c| {
        c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '\\' | '`' | '<' | '>')
    });
    let path = rest.split(['?', '#']).next().unwrap_or("");
    let media = [
        ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".bmp", ".pdf", ".mp4", ".mp3", ".doc",
        ".docx", ".zip",
    ]
    .iter()
    .any(|x| path.ends_with(x));
    (host_ok && clean && !media && url.len() <= 2000).then(|| url.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stated_addresses_only_http() {
        assert_eq!(
            find("Title\n\nBody text here.\n\nURL: https://example.org/news/1").as_deref(),
            Some("https://example.org/news/1")
        );
        assert_eq!(
            find("https://example.org/a?b=1\nTitle\n\nBody.").as_deref(),
            Some("https://example.org/a?b=1")
        );
        assert_eq!(find("Source: javascript:alert(1)\nTitle\n\nBody."), None);
        assert_eq!(find("URL: file:///etc/passwd\nTitle"), None);
        assert_eq!(
            find("Title\nBody.\nhttps://cdn.example.org/photo.jpg"),
            None
        );
        assert_eq!(find("Title\nhttp://x\"onload=1.org/"), None);
        assert_eq!(find("Source: Reuters\nTitle\nBody."), None);
        // An address in the middle of the page is a link in the text, not the page's own.
        let middle = "T\na\nb\nc\nhttps://example.org/x\nd\ne\nf\ng";
        assert_eq!(find(middle), None);
    }

    /// An address under a label of a few words in any language is no text; the page's own
    /// address is only one under a label that says so.
    #[test]
    fn an_address_under_any_short_label_is_an_address_line() {
        for line in [
            "Lien : https://exemple.fr/2024/09/16/automobile/",
            "Ссылка: https://example.uz/ru/news/1",
            "Адрес страницы: https://example.rs/ru/press/1187",
            "URL Source: https://example.org/a",
        ] {
            assert!(is_address_line(line), "{line}");
        }
        for line in [
            "The full report is here: https://example.org/report and in print.",
            "Four words in this label: https://example.org/a",
            "Lien : javascript:alert(1)",
        ] {
            assert!(!is_address_line(line), "{line}");
        }
        assert_eq!(find("Lien : https://exemple.fr/a\nTitle\n\nBody."), None);
    }
}
