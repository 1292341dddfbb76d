//! `caravan ingest --explain`: the page as ingest read it, line by line, so that an editor sees
//! which line became the headline, where the article starts and ends, and which dates the page
//! carries besides the one taken.

use super::dates;
use super::extract::{read_page, Extracted};
use super::lines::{Kind, Line};
use std::fmt::Write as _;

/// How many lines after the article's end are shown: the teasers and footers right after it.
const TAIL_SHOWN: usize = 8;
/// Lines are cut to this many characters.
const SHOWN_CHARS: usize = 72;

/// The page map: every line above the lead and a few after the article, each with what ingest
/// took it for; the article's own paragraphs are counted, not shown. Dates on shown lines are
/// marked taken or passed over.
pub(super) fn page_map(raw: &str, out: &Extracted) -> String {
    let mut map = String::from("page as read:");
    let page = match read_page(raw) {
        Ok(page) => page,
        Err(lines) => {
            map.push_str(" no running text; the first short line is the headline");
            for line in lines
                .iter()
                .filter(|l| l.kind != Kind::Blank)
                .take(TAIL_SHOWN)
            {
                show(&mut map, line, kind_name(line.kind), out);
            }
            return map;
        }
    };
    let lines = &page.lines;
    for (i, line) in lines.iter().enumerate().take(page.first_prose) {
        if line.kind == Kind::Blank {
            continue;
        }
        let role = if Some(i) == page.title_at {
            "HEADLINE"
        } else if i >= page.start {
            match line.kind {
                Kind::Short if out.author.as_deref() == Some(line.text.trim()) => {
                    "byline name, dropped"
                }
                Kind::Junk | Kind::Meta | Kind::Counter | Kind::Byline => kind_name(line.kind),
                _ => "deck, kept",
            }
        } else {
            kind_name(line.kind)
        };
        show(&mut map, line, role, out);
    }
    show(&mut map, &lines[page.first_prose], "LEAD", out);
    let body = lines[page.first_prose + 1..page.end]
        .iter()
        .filter(|l| l.kind != Kind::Blank)
        .count();
    let _ = write!(
        map,
        "\n      … {body} more line{} of the article; it ends {}",
        if body == 1 { "" } else { "s" },
        if page.end < lines.len() {
            "here:"
        } else {
            "with the page"
        }
    );
    for line in lines[page.end..]
        .iter()
        .filter(|l| l.kind != Kind::Blank)
        .take(TAIL_SHOWN)
    {
        show(
            &mut map,
            line,
            &format!("after: {}", kind_name(line.kind)),
            out,
        );
    }
    dates::take_ambiguous();
    map
}

fn show(map: &mut String, line: &Line, role: &str, out: &Extracted) {
    let mut text: String = line.text.trim().chars().take(SHOWN_CHARS).collect();
    if line.text.trim().chars().count() > SHOWN_CHARS {
        text.push('…');
    }
    let _ = write!(map, "\n      {role:<25} {text:?}");
    if let Some(date) = dates::find_full_date(&line.text) {
        let taken = if out.date == Some(date) {
            "taken"
        } else {
            "not taken"
        };
        let _ = write!(map, "  [date {date}: {taken}]");
    }
}

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Blank => "blank",
        Kind::Junk => "furniture, dropped",
        Kind::Meta => "date/section line",
        Kind::Counter => "counter",
        Kind::Byline => "byline",
        Kind::Subtitle => "deck",
        Kind::Bullet => "list item",
        Kind::Prose => "running text",
        Kind::Short => "short line",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::extract::extract;

    /// Our own page: a menu, a clock, the headline, a byline, the article and a teaser with a
    /// date of its own.
    #[test]
    fn the_map_names_the_headline_the_lead_and_the_dates_passed_over() {
        let page = "Home | News | Economy\n\nMonday, 1 June 2026 14:05\n\n\
            Serbia and Uzbekistan open a software school\n\n15.03.2024\n\nBy Ana Petrović\n\n\
            Serbia and Uzbekistan opened a joint software school in Tashkent on Friday, the ministry said in a statement.\n\n\
            The school will train two hundred programmers a year for companies in both countries.\n\n\
            Related news\n\nUzbekistan plans new railway to the south\n\n02.02.2024\n";
        let out = extract(page);
        assert_eq!(out.title, "Serbia and Uzbekistan open a software school");
        let map = page_map(page, &out);
        assert!(
            map.contains(
                "HEADLINE                  \"Serbia and Uzbekistan open a software school\""
            ),
            "{map}"
        );
        assert!(map.contains("[date 2024-03-15: taken]"), "{map}");
        assert!(map.contains("[date 2026-06-01: not taken]"), "{map}");
        assert!(map.contains("[date 2024-02-02: not taken]"), "{map}");
        assert!(map.contains("LEAD"), "{map}");
        assert!(
            map.contains("1 more line of the article; it ends here:"),
            "{map}"
        );
        assert!(
            map.contains("after: furniture, dropped \"Related news\""),
            "{map}"
        );
    }

    #[test]
    fn a_page_without_running_text_says_so() {
        let out = extract("Menu\n\nOnly a headline here\n");
        let map = page_map("Menu\n\nOnly a headline here\n", &out);
        assert!(map.contains("no running text"), "{map}");
    }
}
