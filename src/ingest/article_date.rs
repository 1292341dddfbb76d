//! Which date is the article's: the first full date on a line above it (not the site's clock
//! widget, not an "updated" stamp), a credit line's, a lone date line just after it, or the lead's
//! dateline with the year the page itself settles. Never one read from prose or teasers.

use super::classify;
use super::dates;
use super::extract::Extracted;
use super::feed::is_views_stamp;
use super::lines::{is_pictograph, words, Kind, Line};
use super::patterns::patterns;
use chrono::{Datelike, NaiveDate};

/// The date from the lines around the article. `head` is everything above the first paragraph;
/// `title_at` the headline's index in it.
pub(super) fn read_date(
    head: &[Line],
    title_at: Option<usize>,
    tail: &[Line],
    body: &[Line],
    out: &mut Extracted,
) {
    let p = patterns();
    // "Uzbekistan 01/08/2022 Headline…" over "Headline…": a section and a date glued to a copy
    // of the headline are the article's own stamp, whatever widgets stand above.
    if let Some(t) = title_at {
        let headline = head[t].text.trim();
        let prev = head[..t].iter().rev().find(|l| l.kind != Kind::Blank);
        if let Some(prefix) = prev.and_then(|l| l.text.trim().strip_suffix(headline)) {
            if !prefix.is_empty() && words(prefix) <= 6 {
                if let Some(date) = dates::find_full_date(prefix) {
                    out.date = Some(date);
                    out.date_note = "stamped on a copy of the headline above it".into();
                    return;
                }
            }
        }
    }
    // "Published 03/18/2025 | Updated 03/19/2025" above the article, or under a deck that
    // opened it: a date labelled as the publication date outranks every unlabelled one.
    let under_deck = body.iter().take_while(|l| l.kind != Kind::Prose).chain(
        body.iter()
            .skip_while(|l| l.kind != Kind::Prose)
            .skip(1)
            .take(6),
    );
    // "Опубликовано: 2025-02-18" may also close the article, before the teasers' dates.
    // Past the tags and the share row.
    let closing = tail
        .iter()
        .filter(|l| !matches!(l.kind, Kind::Blank | Kind::Junk))
        .take(3);
    for line in head.iter().chain(under_deck).chain(closing) {
        // A byline with the writer's post before the label may run longer.
        let long =
            || cell_words(&line.text) > 20 && dates::split_signed_label(&line.text).is_none();
        if !matches!(line.kind, Kind::Meta | Kind::Byline) || long() {
            continue;
        }
        // "Jane Doe | Published: 23.05.2024": the label may lead a later cell.
        for cell in line.text.split(['|', '·', '•']).map(str::trim) {
            // "By Jane Doe Published 7 June 2024": the label after the byline.
            let cell = dates::split_signed_label(cell).map_or(cell, |(_, labelled)| labelled);
            if let Some((dates::Label::Published, end)) = dates::label_of(cell) {
                if let Some(date) = dates::find_full_date(&cell[end..]) {
                    out.date = Some(date);
                    out.date_note = "labelled as the publication date".into();
                    return;
                }
            }
        }
    }
    // "👁 3.1K  17.04.2025 09:12" above the headline closes the channel's post before this one;
    // this post's own stamp ("👁 8.7K  edited  18.04.2025 14:05") closes it.
    let stamped = |l: &&Line| is_views_stamp(l) && dates::find_full_date(&l.text).is_some();
    if head.iter().any(|l| stamped(&l)) {
        let own = tail
            .iter()
            .filter(|l| !matches!(l.kind, Kind::Blank | Kind::Junk))
            .take(3)
            .find(stamped);
        if let Some(own) = own {
            out.date = dates::find_full_date(&own.text);
            out.date_note = "the post's own stamp under it".into();
            return;
        }
    }
    // Date: the first full date on a head line, else a credit line. A weekday-led date above the
    // headline (or on a page without one) is the site's clock widget; below it, it is the article's.
    let above_headline = title_at.unwrap_or(head.len());
    // Looked for only when a date stands above the headline, not right over it.
    let mut listed: Option<usize> = None;
    let mut clock: Option<NaiveDate> = None;
    let fetched = fetch_stamps(head, tail);
    for (i, line) in head.iter().enumerate().chain(
        body.iter()
            .filter(|l| l.kind == Kind::Byline)
            .map(|l| (usize::MAX, l)),
    ) {
        // "03.09.2024, 10:17   Headline" atop a printout whose footer says "Printed: 03.09.2024,
        // 10:17": the browser's print header, to the minute.
        if fetched.iter().any(|(date, time)| {
            line.text.contains(time.as_str()) && dates::find_full_date(&line.text) == Some(*date)
        }) && dates::label_of(&line.text).is_none()
        {
            out.date_note = "the only date is when the page was printed or fetched".into();
            continue;
        }
        // Why this line's date is the article's, when it needs saying.
        let mut taken_note = "";
        // The site's clock comes first, whatever the line's kind; a second, different
        // weekday-led date under it (still above the headline) is the article's own.
        // A line that also counts views ("Wednesday, 9 October 2024 | 15:47 | Views: 2 315") is
        // the article's own.
        if i < above_headline
            && (dates::is_clock_widget(&line.text) || masthead_clock(head, i, title_at))
            && !line
                .text
                .split(['|', '·', '•'])
                .any(|part| classify::kind_of(part.trim()) == Kind::Counter)
        {
            let date = dates::find_full_date(&line.text);
            let under_clock = clock.is_some() && date.is_some() && date != clock;
            // "среда, 21. мај 2025. 14:07" just over the headline (a kicker at most between),
            // under a masthead whose weather widget ("Београд 24°C") is the site's own clock.
            let over_headline = title_at.is_some_and(|t| {
                head[i + 1..t]
                    .iter()
                    .filter(|l| l.kind != Kind::Blank)
                    .count()
                    <= 1
            });
            let under_weather = over_headline
                && !line.text.contains('°')
                && head[..i].iter().any(|l| l.text.contains('°'));
            // "Понедељак, 18. октобар 2021. године" right over the headline, under the menu and
            // the breadcrumb or a section's name, with no time of day: the article's stamp, not a
            // clock. (Under the site's visitor counter, "Insgesamt 38910135", another widget.)
            let above: Vec<&Line> = head[..i].iter().filter(|l| l.kind != Kind::Blank).collect();
            let over_headline_untimed = title_at
                .is_some_and(|t| head[i + 1..t].iter().all(|l| l.kind == Kind::Blank))
                && above.len() >= 3
                && above.last().is_some_and(|l| {
                    l.kind == Kind::Junk
                        || l.kind == Kind::Short
                            && words(&l.text) <= 2
                            && !l.text.contains(|c: char| c.is_ascii_digit())
                })
                && !dates::has_time(&line.text);
            if under_weather {
                taken_note = "a weekday-led date over the headline, under the weather";
            } else if over_headline_untimed {
                taken_note = "a weekday-led date right over the headline, under the breadcrumb";
            } else if !under_clock {
                clock = clock.or(date);
                out.date_note = "the only date is the site's clock widget".into();
                continue;
            } else {
                taken_note = "a second weekday-led date, under the site's clock";
            }
        }
        if matches!(
            line.kind,
            Kind::Meta | Kind::Byline | Kind::Bullet | Kind::Short
        ) && cell_words(&line.text) <= 12
        {
            // "Lang: uz · lastBuildDate: Wed, 06 Mar 2024": the label of the first cell with a
            // date (looked for only on lines that have cells).
            let dated_cell = || {
                line.text
                    .contains(['|', '·', '•'])
                    .then(|| {
                        line.text
                            .split(['|', '·', '•'])
                            .map(str::trim)
                            .find(|cell| dates::find_full_date(cell).is_some())
                    })
                    .flatten()
            };
            let label = dates::label_of(&line.text)
                .map(|(label, end)| (label, &line.text[end..]))
                .or_else(|| {
                    dated_cell().and_then(|cell| {
                        dates::label_of(cell).map(|(label, end)| (label, &cell[end..]))
                    })
                });
            match label {
                Some((dates::Label::Updated, rest)) => {
                    // Under the headline it is the article's stamp, the date of last resort;
                    // elsewhere it may be the whole site's.
                    if title_at.is_some_and(|t| i > t && i != usize::MAX) {
                        out.updated = out.updated.or(dates::find_full_date(rest));
                    }
                    out.date_note = "the only date is when the page was updated".into();
                    continue;
                }
                Some((dates::Label::Today, _)) => {
                    // The site's clock, labelled: a weekday-led date under it is the article's.
                    clock = clock.or(dates::find_full_date(&line.text));
                    out.date_note = "the only date is the site's \"today\" widget".into();
                    continue;
                }
                _ => {}
            }
            // "Letzte Aktualisierung des Feeds:" alone over "Fr, 31 Jan 2025 08:00": the label
            // on the line above is the date's.
            let label_above = head
                .get(..i)
                .and_then(|above| above.iter().rev().find(|l| l.kind != Kind::Blank))
                .filter(|l| l.text.trim_end().ends_with(':'))
                .and_then(|l| dates::label_of(&l.text))
                .map(|(label, _)| label);
            if matches!(
                label_above,
                Some(dates::Label::Updated | dates::Label::Today)
            ) {
                out.date_note =
                    "the only date is labelled, on the line above, as an update or today".into();
                continue;
            }
            if let Some(date) = dates::find_full_date(&line.text) {
                if dates::has_day_range(&line.text) {
                    out.date_note = "the only dates are an event's days".into();
                    continue;
                }
                if dates::has_today_cell(&line.text) {
                    clock = clock.or(Some(date));
                    out.date_note = "the only date is the site's \"today\" widget".into();
                    continue;
                }
                if i < above_headline
                    && i < *listed.get_or_insert_with(|| listed_dates(&head[..above_headline]))
                {
                    out.date_note = "the dates above the headline are a list's".into();
                    continue;
                }
                out.date = Some(date);
                // What earlier lines were passed over for is no longer the story.
                out.date_note = taken_note.into();
                out.date_over_headline = i < above_headline;
                break;
            }
        }
    }
    // "Deck in sentences" / "By Name" / "14. November 2025, 16:30 Uhr" / the lead: a date line
    // between a deck that reads as a paragraph and the lead.
    if out.date.is_none() {
        // "Par Aminata Koné" / "mercredi 18 septembre 2024 à 18h30": under the writer's byline,
        // a date that names its weekday is the article's, not a clock's.
        let mut under_byline = false;
        let under_deck = body
            .iter()
            .skip_while(|l| l.kind != Kind::Prose)
            .skip(1)
            .take_while(|l| l.kind != Kind::Prose)
            .filter(|l| l.kind != Kind::Blank)
            .take(6)
            .find(|l| {
                // "Fuente: Example Co. | 27/02/2025 08:00 CET | Ver versión original": cells.
                let found = l.kind == Kind::Meta
                    && l.text.split(['|', '·', '•']).all(|cell| words(cell) <= 12)
                    && dates::label_of(&l.text).is_none()
                    && (under_byline || !dates::is_clock_widget(&l.text));
                under_byline = l.kind == Kind::Byline;
                found
            });
        if let Some(date) = under_deck.and_then(|l| dates::find_full_date(&l.text)) {
            out.date = Some(date);
            out.date_note = "the date line under the deck".into();
        }
    }
    if out.date.is_none() {
        for line in tail.iter().take(4).filter(|l| p.credit(&l.text).is_some()) {
            out.date = dates::find_full_date(&line.text);
        }
    }
    // A date line of its own just after the article ends, where the tail names no other date
    // (teasers of other articles each carry one).
    if out.date.is_none() {
        let tail_dates: Vec<NaiveDate> = tail
            .iter()
            .filter_map(|l| dates::find_full_date(&l.text))
            .collect();
        // Before a box's label: under "Comments" or "Related news" the dates are theirs.
        // Past a post's reactions and views ("👍 214   🔥 37", "👁 12.4K"), which a comment
        // count ("Comments (3)") over its comments' dates is not.
        let mut under_reactions = false;
        let near = tail
            .iter()
            .filter(|l| l.kind != Kind::Blank)
            .filter(|l| {
                // "👁 18.2K    edited  11:47": views with the time alone, over the day's date.
                let reactions = l.text.chars().next().is_some_and(is_pictograph)
                    && (l.kind == Kind::Counter
                        || l.kind == Kind::Meta && dates::find_full_date(&l.text).is_none());
                under_reactions |= reactions;
                !reactions
            })
            .take(5)
            .take_while(|l| !opens_a_box(&l.text))
            .find(|l| l.kind == Kind::Meta && words(&l.text) <= 12);
        if let Some(line) = near {
            let date = dates::find_full_date(&line.text);
            // "03.06.2025 16:40 | 👁 1 284": a stamp that counts the article's views is its own,
            // whatever dates the teasers under it carry.
            let counted = line
                .text
                .split(['|', '·', '•', '\t'])
                .flat_map(|part| part.split("  "))
                .filter(|part| !part.trim().is_empty())
                .any(|part| classify::kind_of(part.trim()) == Kind::Counter);
            // "November 4, 2024 · by Jane Doe": a stamp signed by the writer.
            let signed = line
                .text
                .split(['|', '·', '•'])
                .any(|part| p.byline_by(part.trim()).is_some());
            // A teaser's headline with its date is no date line.
            let alone = words(&line.text) <= 6
                && headline_words(&line.text) <= 2
                && tail_dates.iter().all(|d| Some(*d) == date);
            // "👍 214  🔥 37" / "👁 12.4K" / "edited  05.03.2024": a post's stamp under its counts,
            // however many dates the channel's next posts carry.
            let under_counts = under_reactions && words(&line.text) <= 4;
            if date.is_some() && (counted || signed || alone || under_counts) {
                out.date = date;
                out.date_note = "from the date line after the article".into();
            }
        }
    }
}

/// The dates and times the page labels as when it was fetched or printed ("Распечатано:
/// 03.09.2024, 10:17").
fn fetch_stamps(head: &[Line], tail: &[Line]) -> Vec<(NaiveDate, String)> {
    head.iter()
        .chain(tail)
        .filter(|l| l.kind == Kind::Meta)
        .filter_map(|l| {
            let (label, end) = dates::label_of(&l.text)?;
            let rest = &l.text[end..];
            let time = patterns().time.find(rest)?.as_str().to_string();
            (label == dates::Label::Today).then_some((dates::find_full_date(rest)?, time))
        })
        .collect()
}

/// A line's words without the bullets and icons between its cells ("Name · 4. februar 2025. ·
/// 6 min čitanja · 💬 23" has eight).
fn cell_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// "🕘 10:15   2023 йил 7 июнь, чоршанба" over the site's menu: a date that names its weekday,
/// wherever it stands, eight lines or more of menu above the headline, is the masthead's clock.
fn masthead_clock(head: &[Line], at: usize, title_at: Option<usize>) -> bool {
    let Some(t) = title_at.filter(|&t| t > at) else {
        return false;
    };
    let menu = &head[at + 1..t];
    dates::weekday_named(&head[at].text).is_some()
        && menu.iter().filter(|l| l.kind != Kind::Blank).count() >= 8
        && menu
            .iter()
            .all(|l| matches!(l.kind, Kind::Blank | Kind::Short | Kind::Junk))
}

/// "24.04.2025 Meeting in Belgrade", "15.05.2025", "Assembly in Stuttgart", …: three or more
/// different dates on lines above the headline are a list of events or other articles. The
/// index from which a date line may be the article's: the last line before the headline (only
/// blank lines between), or 0 where there is no such list.
fn listed_dates(above: &[Line]) -> usize {
    let mut seen: Vec<NaiveDate> = Vec::new();
    // An update stamp or a weekday-led date (the article's own under a labelled clock) is no
    // list's item.
    for line in above.iter().filter(|l| {
        matches!(l.kind, Kind::Meta | Kind::Short | Kind::Bullet)
            && !matches!(dates::label_of(&l.text), Some((dates::Label::Updated, _)))
            && !dates::is_clock_widget(&l.text)
    }) {
        if let Some(date) = dates::find_full_date(&line.text) {
            if !seen.contains(&date) {
                seen.push(date);
            }
        }
    }
    if seen.len() < 3 {
        return 0;
    }
    // The last line may be the article's own date line, unless it is shaped as one of the
    // list's items ("• Headline — 14 noy. 2025", "Festival held in Samarkand 20.11.2026").
    match above.iter().rposition(|l| l.kind != Kind::Blank) {
        Some(last)
            if above[last].kind == Kind::Bullet
                || above[last].text.starts_with(['•', '-', '*', '·'])
                || classify::has_date_tail(&above[last].text)
                || (headline_words(&above[last].text) >= 3
                    && above[last].kind != Kind::Byline
                    && dates::label_of(&above[last].text).is_none()) =>
        {
            above.len()
        }
        last => last.unwrap_or(0),
    }
}

/// "Comments (3)", "Related news", "Read also": a box's label after the article.
fn opens_a_box(text: &str) -> bool {
    let b = classify::boilerplate();
    let lower = text.to_lowercase();
    let bare = lower
        .trim_matches(|c: char| !c.is_alphabetic())
        .trim_end_matches(|c: char| !c.is_alphabetic());
    b.box_labels.contains(bare)
        || b.end_markers.contains(bare)
        || classify::teaser_label(&lower) == Some(true)
}

/// The words of a line that are neither numbers nor month or weekday names: a date line has
/// few, a teaser's headline with its date many.
fn headline_words(text: &str) -> usize {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
        .filter(|w| {
            w.chars().count() >= 2
                && dates::month_number(w).is_none()
                && dates::weekday_named(w).is_none()
        })
        .count()
}

pub(super) fn date_from_dateline(
    dateline: &str,
    lead: &str,
    head: &[Line],
    page: &[Line],
    out: &mut Extracted,
) {
    if dateline.is_empty() {
        return;
    }
    if let Some(date) = dates::find_full_date(dateline) {
        out.date = Some(date);
        return;
    }
    let Some((month, day)) = dates::find_month_day(dateline) else {
        return;
    };
    // The year comes from the page's own meta lines above the article (never from prose, never
    // from teasers), or from a full date anywhere that has the dateline's very month and day.
    let mut years: Vec<i32> = head
        .iter()
        .filter(|l| matches!(l.kind, Kind::Meta | Kind::Junk | Kind::Byline))
        .flat_map(|l| dates::years(&l.text))
        .collect();
    if years.is_empty() {
        years = page
            .iter()
            .filter_map(|l| dates::find_full_date(&l.text))
            .filter(|d| d.month() == month && d.day() == day)
            .map(|d| d.year())
            .collect();
    }
    if years.is_empty() {
        years = year_of_weekday(month, day, lead, page)
            .into_iter()
            .collect();
    }
    years.sort();
    years.dedup();
    match years.as_slice() {
        [year] => {
            out.date = NaiveDate::from_ymd_opt(*year, month, day);
            out.date_note = "the lead's dateline, with the year the page gives".into();
        }
        [] => out.date_note = "the dateline gives no year and the page states none".into(),
        _ => out.date_note = "the dateline gives no year and the page names several".into(),
    }
}

/// "BUDAPEST, Oct. 8 (Wire) – … on Tuesday signed …" over a footer "© 2024": the footer's year,
/// or the one before it, in which the dateline's day falls on the weekday the lead's first
/// sentence names; None unless exactly one does.
fn year_of_weekday(month: u32, day: u32, lead: &str, page: &[Line]) -> Option<i32> {
    let first_sentence = &lead[..lead.find(". ").unwrap_or(lead.len())];
    let weekday = dates::weekday_named(first_sentence)?;
    let footer_year = page
        .iter()
        .rev()
        .filter(|l| l.text.contains('©'))
        .find_map(|l| dates::years(&l.text).into_iter().max())?;
    let mut fitting = (footer_year - 1..=footer_year).filter(|&y| {
        NaiveDate::from_ymd_opt(y, month, day).is_some_and(|d| d.weekday() == weekday)
    });
    let year = fitting.next()?;
    fitting.next().is_none().then_some(year)
}

/// "ДЖИЗАК, 3 июня. …" under a rates widget "на 26.11.2025" and a date line "03.06.2025": where the
/// date read disagrees with the lead's dateline, a date line above that agrees with it wins.
pub(super) fn agree_with_dateline(dateline: &str, head: &[Line], out: &mut Extracted) {
    let Some(date) = out.date else { return };
    if dateline.is_empty() || dates::find_full_date(dateline).is_some() {
        return;
    }
    let Some((month, day)) = dates::find_month_day(dateline) else {
        return;
    };
    if (date.month(), date.day()) == (month, day) {
        return;
    }
    let agreeing = head
        .iter()
        .filter(|l| matches!(l.kind, Kind::Meta | Kind::Byline | Kind::Short))
        .filter_map(|l| dates::find_full_date(&l.text))
        .find(|d| (d.month(), d.day()) == (month, day));
    if let Some(agreeing) = agreeing {
        out.date = Some(agreeing);
        out.date_note = "the date line that agrees with the lead's dateline".into();
    }
}

#[cfg(test)]
#[path = "article_date_tests.rs"]
mod tests;
