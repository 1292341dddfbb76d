//! Where the article ends: at an end marker (a box's label, a closing stamp, a credit, a rule
//! over a feed's next item, a post's stamp or reactions), or after its last substantive line,
//! with teasers of other articles trimmed off.

use super::classify::{boilerplate, has_date_tail, is_tag_line, teaser_label};
use super::credits::is_copyright;
use super::dates;
use super::lines::{is_pictograph, is_rule, words, Kind, Line};
use super::patterns::patterns;
use super::script;

/// Where the article ends: at an end marker, or after its last substantive line, with teasers
/// of other articles (a short headline and a paragraph cut off with "…") trimmed from the tail.
pub(super) fn article_end(lines: &[Line], first_prose: usize) -> usize {
    let b = boilerplate();
    // A closing stamp, a post's stamp or a rule ends the article under two paragraphs or more
    // (under a deck, they open it).
    let paragraphs_above = |i: usize| {
        lines[first_prose..i]
            .iter()
            .filter(|l| l.kind == Kind::Prose)
            .count()
    };
    let mut end = lines.len();
    // The lines above the article, lower-cased once and only when asked for.
    let head = std::cell::OnceCell::new();
    let head_text = || -> &str {
        head.get_or_init(|| {
            lines[..first_prose]
                .iter()
                .map(|l| l.text.to_lowercase())
                .collect::<Vec<_>>()
                .join("\n")
        })
    };
    let rules = std::cell::OnceCell::new();
    for (i, line) in lines.iter().enumerate().skip(first_prose + 1) {
        let trimmed = line.text.trim_matches(|c: char| !c.is_alphanumeric());
        // A lone "(Agency/Agency)" credit closes the article: what follows are teasers.
        if i > first_prose + 1
            && line.text.starts_with('(')
            && patterns().lone_credit(line.text.trim()).is_some()
            // Teasers are headlines; a long paragraph below means the article goes on.
            && lines[i + 1..].iter().all(|l| words(&l.text) < 30)
        {
            end = i + 1;
            break;
        }
        // "Comments", "Newsletter", "Tags": a box's label with only short lines under it.
        // "Comments (4)": the label with its count.
        // "12 Kommentare": or with the count first.
        let label = trimmed
            .trim_end_matches(|c: char| c.is_ascii_digit() || " ():".contains(c))
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
        if matches!(line.kind, Kind::Junk | Kind::Counter | Kind::Short)
            && words(label) <= 3
            && b.box_labels.contains(label.to_lowercase().as_str())
            && lines[i + 1..].iter().all(|l| words(&l.text) < 25)
        {
            end = i;
            break;
        }
        // "Дата публикации: 05.12.2023" after the text: the article's closing stamp; contacts
        // and teasers follow. Short lines under it only.
        if line.kind == Kind::Meta
            && words(&line.text) <= 8
            // Under a deck, the stamp opens the article: two paragraphs must stand above it.
            && paragraphs_above(i) >= 2
            && matches!(
                dates::label_of(&line.text),
                Some((dates::Label::Published, _))
            )
            && lines[i + 1..].iter().all(|l| words(&l.text) < 25)
        {
            end = i;
            break;
        }
        // "Tags: IT, export", "Posted in News | Tagged Serbia, IT": the article's tags close it,
        // under two paragraphs; its stamp, the writer's box and the comments follow.
        if line.kind == Kind::Junk
            && line.text.len() <= 300
            && paragraphs_above(i) >= 2
            && is_tag_line(&line.text.to_lowercase())
        {
            end = i;
            break;
        }
        // "About Example AG" under a release whose letterhead names the issuer: its profile,
        // the media contact and the imprint follow.
        if line.kind == Kind::Short
            && is_issuer_profile(line, head_text)
            && paragraphs_above(i) >= 2
        {
            end = i;
            break;
        }
        // "© Agency. All rights reserved." under the text: the page's own words follow (a
        // reader's "saved on" stamp, more from the feed), short lines only.
        if line.kind == Kind::Junk
            && is_copyright(&line.text)
            && words(&line.text) <= 25
            && paragraphs_above(i) >= 2
            && line
                .text
                .split(|c: char| !c.is_alphabetic())
                .any(|w| b.rights_words.contains(&w.to_lowercase()))
            && lines[i + 1..].iter().all(|l| words(&l.text) < 25)
        {
            end = i;
            break;
        }
        // "👁 3.1K" over "edited 12 Sep 2024, 14:07", "👁 12,4K  изменено  5 мар 2025 в 11:18": a
        // post's stamp of views and time closes the post; the app's own words follow.
        if is_post_stamp(lines, i) && paragraphs_above(i) >= 2 {
            end = i;
            break;
        }
        // "👍❤️👏 Nikola Ilić and 412 others": the reactions under a post close it.
        if line.text.len() <= 120 && is_reactions_line(&line.text) && words(&line.text) <= 10 {
            end = i;
            break;
        }
        // "-----" over "Next headline" and its address or date: a feed's next item. On a page
        // that sets its parts apart with rules (a newsletter's sections), the next part.
        if is_rule(&line.text)
            && paragraphs_above(i) >= 2
            && (next_item_under(lines, i) || *rules.get_or_init(|| count_rules(lines)) >= 3)
        {
            end = i;
            break;
        }
        // "Read also" alone on its line with only short lines under it: a box of teasers.
        if words(trimmed) <= 4
            && teaser_label(&trimmed.to_lowercase()) == Some(true)
            && lines[i + 1..].iter().all(|l| words(&l.text) < 25)
        {
            end = i;
            break;
        }
        // "Бошқа янгиликлар", "Повезане вести": a marker in the Cyrillic twin of a Latin one
        // ("boshqa yangiliklar") ends the article as well.
        if trimmed.len() <= 80
            && trimmed.bytes().any(|c| (0xD0..=0xD3).contains(&c))
            && is_twin_end_marker(&trimmed.to_lowercase())
        {
            end = i;
            break;
        }
        // Most lines start with a letter no marker starts with: nothing to lower-case.
        let may_mark = trimmed.chars().next().is_none_or(|c| {
            c.to_lowercase()
                .next()
                .is_some_and(|l| b.end_marker_starts.contains(&l))
        });
        if !may_mark {
            continue;
        }
        // Nor does a paragraph (its length in bytes is known without counting words), unless
        // it is a box of dated teasers run into one line ("Related Headline November 19, 2024
        // Headline November 14, 2024").
        // "Eng koʻp oʻqilganlar Headline 02.10.2024 Headline 01.10.2024 …", "Izohlar (2) Name
        // 03.10.2024 09:12 …": a box's label and its dated items or comments, run into one line.
        if line.kind == Kind::Prose && line.text.len() >= 160 {
            if opens_with_box_label(trimmed) && dated_parts(trimmed) >= 2 {
                end = i;
                break;
            }
            continue;
        }
        let head = marker_head(trimmed);
        let bare = head.to_lowercase();
        let whole = head.len() == trimmed.len();
        // "Читайте также: Another headline" is a teaser inside the text, not the article's end,
        // though its label is also an end marker: it is dropped as a line of its own.
        // "More from Companies": a short label line that starts with a marker.
        let short_label =
            || trimmed.len() <= 60 && words(trimmed) <= 5 && !trimmed.contains(['.', ':']);
        if (whole && b.end_markers.contains(&bare))
            || (b
                .end_marker_index
                .prefixes_of(&bare)
                .any(|(m, _)| m.len() > 12 || (bare[m.len()..].starts_with(' ') && short_label()))
                && teaser_label(&line.text.to_lowercase()) != Some(false))
        {
            end = i;
            break;
        }
    }
    let mut below_teaser = false;
    while end > first_prose + 1 {
        let line = &lines[end - 1];
        let teaser =
            line.kind == Kind::Prose && (line.text.ends_with("...") || line.text.ends_with('…'));
        let substantive = match line.kind {
            Kind::Prose => !teaser,
            Kind::Bullet => words(&line.text) >= 3,
            // A short line right above a teaser is that teaser's headline.
            Kind::Short => {
                words(&line.text) >= 12
                    && !below_teaser
                    && !has_date_tail(&line.text)
                    && !contact_line(&line.text)
            }
            _ => false,
        };
        if substantive {
            break;
        }
        if teaser {
            below_teaser = true;
        } else if line.kind != Kind::Blank {
            below_teaser = false;
        }
        end -= 1;
    }
    end
}

/// "About Example Software AG", "Über das DUWF": a heading of at most six words that opens with
/// an about-word and names the issuer the page's head (its letterhead) names.
fn is_issuer_profile<'h>(line: &Line, head: impl FnOnce() -> &'h str) -> bool {
    let text = line.text.trim();
    if text.len() > 120 || text.ends_with(['.', '!', '?']) || words(text) > 6 {
        return false;
    }
    // The about-words are short: the line's head is enough to lower-case.
    let lower: String = text.chars().take(24).flat_map(char::to_lowercase).collect();
    let Some(label_words) = boilerplate().about_words.iter().find_map(|w| {
        lower
            .strip_prefix(w.as_str())
            .filter(|rest| rest.starts_with(' '))
            .map(|_| w.split_whitespace().count())
    }) else {
        return false;
    };
    // The name's first word of three letters or more in capitals or capitalised: "DUWF", not "das".
    text.split_whitespace()
        .skip(label_words)
        .find(|w| w.chars().count() >= 3 && w.starts_with(char::is_uppercase))
        .is_some_and(|w| head().contains(&w.to_lowercase()))
}

/// "Ann Reed and 412 others", "Nikola Ilić i još 412 drugih": who reacted to a post; or
/// "👍❤️👏 1,284": the stack of reactions with their count alone.
fn is_reactions_line(text: &str) -> bool {
    static REACTIONS: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let has_digit = text.bytes().any(|b| b.is_ascii_digit());
    has_digit
        && (is_reaction_stack(text) || REACTIONS
            .get_or_init(|| {
                regex::Regex::new(r"\b(?:and|i|и|und|et|y|va)\s+(?:još\s+|ещё\s+|еще\s+|још\s+)?\d[\d.,]*\s+(?:others|other people|drugih|других|друга|других людей|weitere|autres|otros|más|boshqa)\b")
                    .expect("reactions")
            })
            .is_match(text))
}

/// Two reaction icons or more, then only their count ("👍❤️👏 1,284", "👍😂 2.1K"), with the
/// post's other counts after it ("👍❤️💡 412 · 58 comments · 23 reposts").
fn is_reaction_stack(text: &str) -> bool {
    let text = text.split(['•', '·']).next().unwrap_or("").trim();
    let icons_end = text
        .find(|c: char| !is_pictograph(c) && c != '\u{fe0f}' && c != '\u{200d}')
        .unwrap_or(text.len());
    let (icons, count) = text.split_at(icons_end);
    let count = count.trim();
    icons.chars().filter(|&c| is_pictograph(c)).count() >= 2
        && count.starts_with(|c: char| c.is_ascii_digit())
        && count.len() <= 8
        && count
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | 'K' | 'M' | 'k'))
}

fn count_rules(lines: &[Line]) -> usize {
    lines.iter().filter(|l| is_rule(&l.text)).count()
}

/// Under the rule: a headline, and within three lines its address or its date.
fn next_item_under(lines: &[Line], rule: usize) -> bool {
    let mut filled = lines[rule + 1..].iter().filter(|l| l.kind != Kind::Blank);
    let Some(headline) = filled.next() else {
        return false;
    };
    headline.kind == Kind::Short
        && filled.take(3).any(|l| {
            l.kind == Kind::Meta && dates::find_full_date(&l.text).is_some()
                || l.kind == Kind::Junk && l.text.contains("://")
        })
}

/// A view count behind its icon, with the post's date on its line or the next.
fn is_post_stamp(lines: &[Line], at: usize) -> bool {
    let line = &lines[at];
    if !line.text.starts_with(is_pictograph) || !matches!(line.kind, Kind::Counter | Kind::Meta) {
        return false;
    }
    let dated = |l: &Line| dates::find_full_date(&l.text).is_some();
    match line.kind {
        Kind::Meta => dated(line),
        _ => lines[at + 1..]
            .iter()
            .find(|l| l.kind != Kind::Blank)
            .is_some_and(|next| next.kind == Kind::Meta && dated(next)),
    }
}

/// Markers are short: a line's head, one character longer than the longest marker so that a
/// longer line never equals one, is all that is lower-cased and looked up.
fn marker_head(trimmed: &str) -> &str {
    let head_end = trimmed
        .char_indices()
        .nth(boilerplate().longest_end_marker + 1)
        .map_or(trimmed.len(), |(at, _)| at);
    &trimmed[..head_end]
}

/// A line that opens with an end marker ("Most read Headline …") or a box's label with its
/// count ("Comments (2) Name …").
fn opens_with_box_label(trimmed: &str) -> bool {
    let b = boilerplate();
    let raw_head = marker_head(trimmed);
    let head = raw_head.to_lowercase();
    let marker = b
        .end_marker_index
        .prefixes_of(&head)
        .any(|(m, _)| head[m.len()..].starts_with(' '));
    // The label and its count sit within the line's head.
    let counted_box = raw_head.split_once(" (").is_some_and(|(label, rest)| {
        words(label) <= 3
            && b.box_labels.contains(label.to_lowercase().as_str())
            && rest.split_once(')').is_some_and(|(count, _)| {
                !count.is_empty() && count.bytes().all(|c| c.is_ascii_digit())
            })
    });
    marker || counted_box
}

/// How many parts of the text, each ending at a year, hold a full date.
fn dated_parts(text: &str) -> usize {
    let mut count = 0;
    let mut start = 0;
    let bytes = text.as_bytes();
    for at in 0..bytes.len().saturating_sub(3) {
        let year = bytes[at..at + 4].iter().all(u8::is_ascii_digit)
            && (at == 0 || !bytes[at - 1].is_ascii_digit())
            && bytes.get(at + 4).is_none_or(|b| !b.is_ascii_digit());
        if year && text.is_char_boundary(at + 4) {
            if dates::find_full_date(&text[start..at + 4]).is_some() {
                count += 1;
            }
            start = at + 4;
        }
    }
    count
}

/// "Алматы, пр. Абая, 52. Тел.: +7 727 350 12 12. E-mail: news@site.kz": a footer's address, told
/// by an e-mail address or a telephone number of seven digits or more.
fn contact_line(text: &str) -> bool {
    let email = text.split_whitespace().any(|w| {
        w.split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
    });
    let phone = text.split('+').skip(1).any(|after| {
        after
            .chars()
            .take_while(|c| c.is_ascii_digit() || " -()".contains(*c))
            .filter(char::is_ascii_digit)
            .count()
            >= 7
    });
    email || phone
}

/// A lower-case line in Cyrillic whose Latin twin is an end marker ("бошқа янгиликлар").
fn is_twin_end_marker(lower: &str) -> bool {
    let latin = script::twin_alphabet(lower).map(|a| script::to_latin(lower, a));
    latin.is_some_and(|l| {
        boilerplate()
            .end_markers
            .contains(l.trim_matches(|c: char| !c.is_alphanumeric()))
    })
}

/// "Media contact:", "ОАВ учун алоқа:": a line that is an end marker alone, in either script.
pub(super) fn is_end_marker(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    boilerplate()
        .end_markers
        .contains(lower.trim_matches(|c: char| !c.is_alphanumeric()))
        || is_twin_end_marker(&lower)
}
