//! Seeds saved as Markdown (reader tools, "copy as Markdown") or as a text browser's dump
//! (`lynx -dump`) carry markup around the words: `# Headline`, a headline underlined with `===`,
//! `[text](url)` links, `![alt](url)` images, `**bold**`, `[12]` link numbers and an indented
//! text column. Ingest reads the words: this turns such a page into plain lines first, and leaves
//! a page without that markup as it is.

use super::dates;
use super::lines::Unit;
use super::wrapping::{is_capitalised_name, wrap_width};
use regex::Regex;
use std::borrow::Cow;
use std::sync::OnceLock;

struct Markup {
    /// `![alt](url)`, and a link wrapping one: `[![alt](url)](url)`.
    image: Regex,
    /// `[text](url)`: the text stays.
    link: Regex,
    /// `**bold**`, `__bold__`.
    strong: Regex,
    /// `*Name*` inside a line: emphasis, its words kept.
    emphasis: Regex,
    /// `[12]` before a word: a text browser's link number.
    link_number: Regex,
    /// `# Headline`, `### Leave a reply`.
    heading: Regex,
    /// `*A caption in italics*`, `_Photo: Agency_`: a line in emphasis, not a list item.
    italic_line: Regex,
    /// `[![Site Name](logo.svg)](/)`: a picture alone on its line, linked to the site's home.
    home_logo: Regex,
}

fn markup() -> &'static Markup {
    static M: OnceLock<Markup> = OnceLock::new();
    M.get_or_init(|| Markup {
        image: Regex::new(r"\[?!\[[^\]]*\]\([^)]*\)(?:\]\([^)]*\))?").unwrap(),
        link: Regex::new(r"\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*\)").unwrap(),
        strong: Regex::new(r"\*\*([^*]+)\*\*|__([^_]+)__").unwrap(),
        emphasis: Regex::new(r"(^|[\s(·|])\*([^*\s](?:[^*]*[^*\s])?)\*").unwrap(),
        link_number: Regex::new(r"\[\d{1,4}\]").unwrap(),
        heading: Regex::new(r"^#{1,6}\s+").unwrap(),
        italic_line: Regex::new(r"^\s*[*_]([^*_\s][^*_]*[^*_\s])[*_]\s*$").unwrap(),
        home_logo: Regex::new(r"^\s*\[!\[([^\]]+)\]\([^)]*\)\]\((?:/|https?://[^/()\s]+/?)\)\s*$")
            .unwrap(),
    })
}

/// A page's words without Markdown or a text browser's markup, and its headline where the
/// markup marks one.
pub(super) struct Plain<'a> {
    pub(super) text: Cow<'a, str>,
    /// The one top-level heading (`# Headline`, or a line underlined with `===`) of a Markdown
    /// page that has exactly one: the headline, as the page's author marked it.
    pub(super) main_heading: Option<String>,
}

/// The page's words without Markdown or a text browser's markup, line for line.
pub(super) fn plain(raw: &str) -> Plain<'_> {
    let markdown = is_markdown(raw);
    let dump = is_text_browser_dump(raw);
    if !markdown && !dump {
        return Plain {
            text: Cow::Borrowed(raw),
            main_heading: None,
        };
    }
    let mut top_headings: Vec<String> = Vec::new();
    let m = markup();
    let mut out = String::with_capacity(raw.len());
    let unwrapped;
    let lines: Vec<&str> =
        if markdown && wrap_width(&raw.lines().map(str::trim_end).collect::<Vec<_>>()).is_some() {
            unwrapped = join_soft_breaks(raw);
            unwrapped.iter().map(String::as_str).collect()
        } else {
            raw.lines().collect()
        };
    // A dump wraps each paragraph of its indented text column: such lines are joined again,
    // where the line above ran up to the wrapping width (a short line above ends its own line:
    // "Written by Name, Office" over "Photo by Name").
    // The width is measured on the text column alone (menus and list items are not wrapped).
    let text_column = |line: &str| {
        let trimmed = line.trim();
        line.starts_with("   ")
            && !trimmed.is_empty()
            && !trimmed.starts_with(['*', '+', '#', '-'])
            && !trimmed.starts_with(|c: char| c.is_ascii_digit())
    };
    let width = if dump {
        let column: Vec<&str> = lines
            .iter()
            .map(|l| if text_column(l) { l.trim_end() } else { "" })
            .collect();
        // Too few lines to tell the width: the longest line, less a word's room.
        wrap_width(&column).or_else(|| {
            let longest = column.iter().map(|l| l.chars().count()).max()?;
            Some((longest.saturating_sub(5), Unit::Chars))
        })
    } else {
        None
    };
    let mut in_paragraph = false;
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim();
        let wrapped_text = dump && text_column(line);
        let ran_to_width = || match (width, i.checked_sub(1)) {
            (Some((width, unit)), Some(above)) => {
                let first_word = trimmed.split_whitespace().next().unwrap_or("");
                unit.len(lines[above].trim_end()) + 1 + unit.len(first_word) > width
            }
            _ => false,
        };
        if wrapped_text && in_paragraph && ran_to_width() {
            out.pop();
            out.push(' ');
        }
        in_paragraph = wrapped_text;
        // "====" or "----" under a line: a heading's underline; alone, a rule.
        if trimmed.len() >= 3 && trimmed.chars().all(|c| c == '=' || c == '-') {
            if i > 0 && !lines[i - 1].trim().is_empty() {
                if markdown && trimmed.starts_with('=') {
                    let above = out.trim_end().rsplit('\n').next().unwrap_or("");
                    top_headings.push(above.trim().to_string());
                }
                out.push('\n');
            }
            continue;
        }
        let mut text: Cow<str> = Cow::Borrowed(if dump { trimmed } else { line.trim_end() });
        let top_heading = markdown && text.starts_with("# ");
        if markdown {
            text = Cow::Owned(m.heading.replace(&text, "").into_owned());
            text = Cow::Owned(m.italic_line.replace(&text, "$1").into_owned());
            // The site's logo linked to its home is its masthead: the picture's name stays.
            text = match m.home_logo.captures(&text) {
                Some(logo) => Cow::Owned(site_name_of_logo(&logo[1]).to_string()),
                None => Cow::Owned(m.image.replace_all(&text, "").into_owned()),
            };
            text = Cow::Owned(m.link.replace_all(&text, "$1").into_owned());
            text = Cow::Owned(m.strong.replace_all(&text, "$1$2").into_owned());
            if text.contains('*') {
                text = Cow::Owned(m.emphasis.replace_all(&text, "$1$2").into_owned());
            }
        }
        if dump {
            text = Cow::Owned(m.link_number.replace_all(&text, "").into_owned());
        }
        if top_heading {
            top_headings.push(text.trim().to_string());
        }
        out.push_str(text.trim_end());
        out.push('\n');
    }
    Plain {
        text: Cow::Owned(out),
        main_heading: (top_headings.len() == 1).then(|| top_headings.remove(0)),
    }
}

/// "Harbour Daily logo", "Logo": a logo's alt text without the word "logo"; nothing when that
/// was all it said.
fn site_name_of_logo(alt: &str) -> &str {
    let is_logo = |w: &str| w.eq_ignore_ascii_case("logo");
    let alt = alt.trim();
    let alt = alt
        .split_once(' ')
        .filter(|(first, _)| is_logo(first))
        .map_or(alt, |(_, rest)| rest);
    let alt = alt
        .rsplit_once(' ')
        .filter(|(_, last)| is_logo(last))
        .map_or(alt, |(rest, _)| rest);
    if is_logo(alt) {
        ""
    } else {
        alt.trim()
    }
}

/// A Markdown page wrapped at a fixed width (html2text): the lines of each paragraph, link and
/// caption joined again, as Markdown reads them; headings, list items, quotes, rules and
/// pictures start lines of their own.
fn join_soft_breaks(raw: &str) -> Vec<String> {
    let starts_block = |t: &str| {
        t.starts_with(['#', '>', '|', '!', '='])
            || t.starts_with("* ")
            || t.starts_with("- ")
            || t.starts_with("+ ")
            || t.starts_with("---")
            || t.split_once(". ").is_some_and(|(n, _)| {
                !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit())
            })
    };
    let mut out: Vec<String> = Vec::new();
    let mut open = false;
    let raw_lines: Vec<&str> = raw.lines().collect();
    for (i, line) in raw_lines.iter().enumerate() {
        let t = line.trim();
        if t.is_empty() {
            out.push(String::new());
            open = false;
            continue;
        }
        let rule = t.len() >= 3 && t.chars().all(|c| "=-*_ ".contains(c));
        let wrapped_heading = |heading: &str| {
            heading.starts_with('#')
                && heading.chars().count() >= 40
                && heading_rest(t)
                && raw_lines
                    .get(i + 1)
                    .is_none_or(|next| next.trim().is_empty())
        };
        match out.last_mut() {
            Some(last) if (open || wrapped_heading(last)) && !starts_block(t) && !rule => {
                // "(https://site/authors/claire-" / "dufresne/)": an address the wrapper broke
                // after a hyphen or slash is one word again.
                if !in_address(last) {
                    last.push(' ');
                }
                last.push_str(t);
            }
            _ => out.push(line.trim_end().to_string()),
        }
        open = !t.starts_with('#') && !rule;
    }
    out
}

/// "## Niš wird Standort für Automobilsoftware: Sensorix eröffnet" / "Entwicklungszentrum": the
/// last word or three of a heading the wrapper broke, alone before a blank line; not a byline,
/// a date or an emphasised line of its own.
fn heading_rest(t: &str) -> bool {
    let n = t.split_whitespace().count();
    n <= 3
        && t.starts_with(char::is_alphabetic)
        && !t.ends_with(['.', '!', '?', ':', ';'])
        && !t.bytes().any(|b| b.is_ascii_digit())
        && !dates::is_by_word(&t.split_whitespace().next().unwrap_or("").to_lowercase())
        && (n == 1 || !is_capitalised_name(t))
}

/// The line ends inside a link's address: after "](" with no ")" since, and on a hyphen or
/// slash, where wrappers break addresses.
fn in_address(line: &str) -> bool {
    line.ends_with(['-', '/'])
        && line
            .rfind("](")
            .is_some_and(|open| !line[open..].contains([')', ' ']))
}

/// Two or more Markdown links or images, a `#` heading, or a `===` underline.
fn is_markdown(raw: &str) -> bool {
    memchr::memmem::find_iter(raw.as_bytes(), b"](")
        .nth(1)
        .is_some()
        || raw.lines().any(|l| {
            let t = l.trim_end();
            (t.starts_with("# ") || t.starts_with("## "))
                || (t.len() >= 3 && t.bytes().all(|b| b == b'='))
        })
}

/// Link numbers before words (`[5]Portada`) on three or more lines.
fn is_text_browser_dump(raw: &str) -> bool {
    raw.contains('[') && raw.lines().filter(|l| has_link_number(l)).take(3).count() >= 3
}

/// "[12]": one to four digits in square brackets (scanned by hand: this runs on every line of
/// every seed).
fn has_link_number(line: &str) -> bool {
    let b = line.as_bytes();
    memchr::memchr_iter(b'[', b).any(|at| {
        let digits = b[at + 1..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        (1..=4).contains(&digits) && b.get(at + 1 + digits) == Some(&b']')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A converter that wraps at a fixed width breaks a link's address after a hyphen: the
    /// link still reads as its words.
    #[test]
    fn a_link_whose_address_was_wrapped_reads_as_its_words() {
        let page = "# Two firms will map fields\n\nThe two firms signed the agreement in the capital on Monday\nand will map the fields of both countries from space over\nthe next three years. By [Jane Doe](https://example.org/jane-\ndoe/) on the first day of the visit. The satellites will be\nlaunched next spring from a site in the north of the land,\nand the first [maps](/maps/) will reach farmers this summer.\n";
        let text = plain(page).text;
        assert!(
            text.contains("years. By Jane Doe on the first day"),
            "{text}"
        );
    }

    /// The site's logo linked to its home keeps its name as a line (the masthead), without the
    /// word "logo"; another picture, or a logo linked elsewhere, leaves nothing.
    #[test]
    fn a_logo_linked_to_the_home_page_is_the_masthead() {
        let lines = |page: &str| {
            plain(page)
                .text
                .lines()
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        let page = "[![Harbour Daily logo](/img/logo.png)](https://harbour.example/)\n\n# Two firms sign\n\n![A photo](/p.jpg)\n\n[![Sponsor](/s.png)](https://sponsor.example/offer)\n";
        let read = lines(page);
        assert_eq!(read[0], "Harbour Daily");
        assert!(
            !read
                .iter()
                .any(|l| l.contains("photo") || l.contains("Sponsor")),
            "{read:?}"
        );
        assert_eq!(
            lines("[![Logo](/logo.svg)](/)\n\n# Two firms sign\n")[0],
            ""
        );
    }

    #[test]
    fn markdown_headings_links_images_and_emphasis_become_words() {
        let page = "[![Logo](/logo.svg)](/)\n\n*   [About us](/about/)\n\nPress release\n-------------\n\nTwo firms will map fields from space\n====================================\n\n**Tashkent**, 5 December. The [two firms](https://example.org/a_(b)) signed an agreement.\n\n## Related posts\n";
        let read = plain(page);
        assert_eq!(
            read.main_heading.as_deref(),
            Some("Two firms will map fields from space")
        );
        let text = read.text;
        assert!(
            text.contains("\nTwo firms will map fields from space\n"),
            "{text}"
        );
        assert!(!text.contains("==="), "{text}");
        assert!(
            text.contains("Tashkent, 5 December. The two firms signed an agreement."),
            "{text}"
        );
        assert!(text.contains("*   About us"), "{text}");
        assert!(
            !text.contains("logo.svg") && !text.contains("Logo"),
            "{text}"
        );
        assert!(text.contains("\nRelated posts\n"), "{text}");
    }

    #[test]
    fn emphasis_inside_a_line_loses_its_stars_and_list_markers_keep_theirs() {
        let page = "# Two firms will map fields\n\n*Ann Reed* · 11 June 2024 · 5 min read\n\n* [Home](/) and *more*\n";
        let text = plain(page).text;
        assert!(text.contains("\nAnn Reed · 11 June 2024"), "{text}");
        assert!(text.contains("\n* Home and more\n"), "{text}");
    }

    #[test]
    fn a_text_browsers_dump_loses_its_link_numbers_and_indent() {
        let page = "   [4]Agency News\n     * [5]Home\n     * [6]Economy\n\nHeadline of the story\n\n   Madrid, 14 May (AN).- The two sides signed\n   a contract on Tuesday.\n";
        let text = plain(page).text;
        assert!(text.starts_with("Agency News\n* Home\n"), "{text}");
        assert!(
            text.contains("\nMadrid, 14 May (AN).- The two sides signed a contract on Tuesday.\n"),
            "{text}"
        );
    }

    #[test]
    fn plain_text_is_left_as_it_is() {
        let page = "Headline\n\nText with [brackets] and a (parenthesis), and 5 * 3 = 15.\n";
        assert!(matches!(plain(page).text, Cow::Borrowed(_)));
    }
}
