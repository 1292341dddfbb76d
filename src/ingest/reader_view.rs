//! A browser's reader view saved as text: Firefox heads the article with the page's address,
//! the headline, the byline and a reading time ("example.org" / "Headline" / "Name" /
//! "8-10 minutes"), over the page's own lines. That header names the headline for certain, and
//! the writer where it has a byline.

use super::lines::{words, Kind, Line};
use super::widgets::is_lone_reading_time;

/// What a reader view's header says about the article.
#[derive(Debug, PartialEq)]
pub(super) struct ReaderHeader {
    pub(super) title: String,
    pub(super) author: Option<String>,
    /// The address's name, the label before its top-level domain ("observatoire-eurasie" of
    /// "observatoire-eurasie.example", "example" of "news.example.org").
    pub(super) site: String,
}

/// The header of a reader view: the first lines with text are a bare address, a headline of
/// three words or more, a name at most, and a reading time alone.
pub(super) fn reader_header(lines: &[Line]) -> Option<ReaderHeader> {
    let mut filled = lines.iter().filter(|l| l.kind != Kind::Blank).take(4);
    let (address, title) = (filled.next()?, filled.next()?);
    if !is_bare_address(address.text.trim()) || words(&title.text) < 3 {
        return None;
    }
    let third = filled.next()?;
    let (author, time) = if is_reading_time(&third.text) {
        (None, third)
    } else {
        (Some(third), filled.next()?)
    };
    if !is_reading_time(&time.text) || author.is_some_and(|a| !is_bare_name(&a.text)) {
        return None;
    }
    // "news.example.org": the site's name is the label before the top-level domain, not a
    // subdomain's.
    let labels: Vec<&str> = address.text.trim().split('.').collect();
    Some(ReaderHeader {
        title: title.text.trim().to_string(),
        author: author.map(|a| a.text.trim().to_string()),
        site: labels[labels.len().saturating_sub(2)].to_string(),
    })
}

/// The site's name as the page prints it, spelled by the reader view's address: "Observatoire
/// Eurasie" for "observatoire-eurasie.example". One to four words in a row.
pub(super) fn printed_site_name(lines: &[Line]) -> Option<String> {
    let squash = |text: &str| -> String {
        deunicode::deunicode(text)
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase()
    };
    let site = squash(&reader_header(lines)?.site);
    if site.len() < 4 {
        return None;
    }
    lines.iter().find_map(|l| {
        let words: Vec<&str> = l
            .text
            .split(|c: char| c.is_whitespace() || matches!(c, '—' | '–' | '|' | '·' | ','))
            .filter(|w| !w.is_empty())
            .collect();
        (0..words.len()).find_map(|from| {
            (1..=4.min(words.len() - from)).find_map(|n| {
                let run = &words[from..from + n];
                let capitalised = run.iter().all(|w| w.starts_with(char::is_uppercase));
                (capitalised && squash(&run.concat()) == site).then(|| run.join(" "))
            })
        })
    })
}

/// "observatoire-eurasie.example", "www.example.org": a host name and nothing else.
fn is_bare_address(text: &str) -> bool {
    let labels: Vec<&str> = text.trim_start_matches("www.").split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.bytes()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-')
        })
}

fn is_reading_time(text: &str) -> bool {
    let lower = text.to_lowercase();
    let tokens: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    is_lone_reading_time(&tokens)
}

/// "Camille Dufresne", "Jean-Luc de la Tour": two to five words, the first and last capitalised,
/// no digits.
fn is_bare_name(text: &str) -> bool {
    let parts: Vec<&str> = text.split_whitespace().collect();
    (2..=5).contains(&parts.len())
        && [parts[0], parts[parts.len() - 1]]
            .iter()
            .all(|w| w.starts_with(char::is_uppercase))
        && !text.chars().any(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::classify::classify;

    fn header(page: &str) -> Option<ReaderHeader> {
        let lines: Vec<String> = page.lines().map(str::to_string).collect();
        reader_header(&classify(lines))
    }

    #[test]
    fn a_reader_views_address_headline_byline_and_reading_time() {
        let page = "news.example.org\nWhy the valley's mills now hire in Niš\nAna Petrović\n\
                    5-7 minutes\n\n---\n\nECONOMY | Region\n\nA first paragraph of the story, long \
                    enough to read as running text, goes on here.\n";
        assert_eq!(
            header(page),
            Some(ReaderHeader {
                title: "Why the valley's mills now hire in Niš".into(),
                author: Some("Ana Petrović".into()),
                site: "example".into(),
            })
        );
        // Without a byline the reading time follows the headline.
        let unsigned = page.replace("Ana Petrović\n", "");
        assert_eq!(header(&unsigned).and_then(|h| h.author), None);
        assert!(header(&unsigned).is_some());
        // A page that opens with its address but has no reading time is no reader view; nor is
        // one whose first line is a sentence.
        assert_eq!(header(&page.replace("5-7 minutes", "Home | News")), None);
        assert_eq!(
            header(&page.replace("news.example.org", "News from the valley")),
            None
        );
    }

    /// "observatoire-eurasie.example" over a page that prints "Observatoire Eurasie — Programme
    /// …": the outlet is the name as printed; an address the page never spells gives none.
    #[test]
    fn the_site_is_named_as_the_page_prints_its_address() {
        let page = "valley-herald.example\nWhy the valley's mills now hire in Niš\n4 min\n\n\
                    Valley Herald — Economy desk\n\nA first paragraph of the story, long enough \
                    to read as running text, goes on here.\n";
        let lines = |page: &str| classify(page.lines().map(str::to_string).collect());
        assert_eq!(
            printed_site_name(&lines(page)).as_deref(),
            Some("Valley Herald")
        );
        let unspelled = page.replace("Valley Herald — ", "");
        assert_eq!(printed_site_name(&lines(&unspelled)), None);
    }

    /// The whole page: the header's headline and writer, the site's header line under it (its
    /// name and section) left out of the text, the commentary's dated number line the date.
    #[test]
    fn a_reader_views_page_reads_from_its_header() {
        let page = "valley-herald.example\nWhy the valley's mills now hire in Niš\nAna Petrović\n\
                    6-8 minutes\n\nANALYSIS | Balkans\n\nCommentaire n° 12 — 3 mars 2025\n\n\
                    Valley Herald — Economy desk\n\nThe mills of the valley have hired forty \
                    engineers in Niš this winter, and more will follow in spring.\n\nThe firm's \
                    owner says the choice was not an easy one, but the market left her little room.\n";
        let e = crate::ingest::extract::extract(page);
        assert_eq!(e.title, "Why the valley's mills now hire in Niš");
        assert_eq!(e.author.as_deref(), Some("Ana Petrović"));
        assert_eq!(e.outlet.as_deref(), Some("Valley Herald"));
        assert_eq!(e.date, chrono::NaiveDate::from_ymd_opt(2025, 3, 3));
        let body = e.body_text();
        assert!(!body.contains("Economy desk"), "{body}");
        assert!(body.contains("forty engineers in Niš"), "{body}");
    }
}
