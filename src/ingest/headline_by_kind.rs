//! Headlines a page's kind settles before its lines are weighed: the heading its markup marks,
//! a newsletter's first story under its contents list, and a social post, which has none.

use super::credits;
use super::feed::is_post_age;
use super::lines::{is_numbered_item, words, Kind, Line};

/// "Liebe Mitglieder, … in dieser Ausgabe: …" / "1. Handel mit Usbekistan: …" / "2. …" and, below,
/// "Handel mit Usbekistan: …" over its text: a newsletter's greeting and contents list, then its
/// first story under a heading the list names. The heading and the story's first paragraph.
pub(super) fn story_under_contents(
    lines: &[Line],
    first_prose: usize,
) -> Option<(Option<usize>, usize)> {
    fn item(l: &Line) -> Option<&str> {
        let t = l.text.trim();
        (is_numbered_item(t) || l.kind == Kind::Bullet).then(|| {
            t.trim_start_matches(|c: char| {
                c.is_ascii_digit() || matches!(c, '.' | ')' | '•' | '*' | '-' | '–')
            })
            .trim()
        })
    }
    // The list's first item, within forty lines of the first paragraph.
    let (list_at, first_item) = lines
        .iter()
        .enumerate()
        .skip(first_prose)
        .take(40)
        .find_map(|(i, l)| item(l).filter(|t| words(t) >= 3).map(|t| (i, t)))?;
    let heading = (list_at + 1..lines.len().min(list_at + 40))
        .find(|&i| lines[i].kind == Kind::Short && lines[i].text.trim() == first_item)?;
    let prose =
        (heading + 1..lines.len().min(heading + 10)).find(|&i| lines[i].kind == Kind::Prose)?;
    Some((Some(heading), prose))
}

/// The line the page's markup marks as its one top-level heading, at or above the first
/// paragraph and close over it; the first paragraph under it. A newsletter's name over its
/// contents and a story under its own smaller heading is not the story's headline.
pub(super) fn marked_headline(
    lines: &[Line],
    marked: &str,
    first_prose: usize,
) -> Option<(Option<usize>, usize)> {
    let is_marked = |i: &usize| lines[*i].text.trim() == marked && words(marked) >= 3;
    // "Liebe Mitglieder, …" and the contents over "# Headline": a newsletter's greeting above
    // the heading its markup marks is not the story.
    let Some(at) = (0..=first_prose).find(is_marked) else {
        let at = (first_prose + 1..lines.len().min(first_prose + 40)).find(is_marked)?;
        let prose = (at + 1..lines.len().min(at + 12)).find(|&i| lines[i].kind == Kind::Prose)?;
        return Some((Some(at), prose));
    };
    if at < first_prose {
        let between = lines[at + 1..first_prose]
            .iter()
            .filter(|l| l.kind != Kind::Blank);
        let mut near = 0;
        for line in between {
            if line.kind == Kind::Bullet || is_numbered_item(&line.text) {
                return None;
            }
            near += 1;
        }
        return (near <= 8).then_some((Some(at), first_prose));
    }
    let next = lines[at + 1..].iter().position(|l| l.kind == Kind::Prose)?;
    Some((Some(at), at + 1 + next))
}

/// "Seo-yeon Han" / "Country Manager at Example | EV power electronics" / "2w • Edited • 🌐" over
/// the text: a social post under its writer's name, the headline they give themselves and the
/// post's age (the writer's name at most three lines above it). The post has no headline of
/// its own.
pub(super) fn is_social_post(lines: &[Line], first_prose: usize) -> bool {
    let mut above = lines[..first_prose]
        .iter()
        .rev()
        .filter(|l| !matches!(l.kind, Kind::Blank | Kind::Junk));
    let Some(age) = above.next() else {
        return false;
    };
    if !is_post_age(age.text.trim()) {
        return false;
    }
    // Between the name and the age: the writer's own headline, and the reader's degree of
    // connection to them ("• 2nd", "3rd+").
    above.take(3).any(|l| {
        let text = l.text.trim();
        // "Petar Ilić • 2nd": the degree may stand on the name's line.
        let name = text
            .rsplit_once(['•', '·'])
            .filter(|(_, degree)| {
                degree.trim().len() <= 4 && degree.bytes().any(|b| b.is_ascii_digit())
            })
            .map_or(text, |(name, _)| name.trim());
        credits::is_name(name)
    })
}

/// "Serbia's startup scene grew up. Now it needs its own capital." over "Marija Kostić" /
/// "Co-founder & CEO at …" / "3mo • Edited": a social network's article, its headline (read as
/// a first paragraph, for its sentences) over the writer's block. The headline and the text's
/// first paragraph.
pub(super) fn article_over_writers_block(
    lines: &[Line],
    first_prose: usize,
) -> Option<(Option<usize>, usize)> {
    let next = (first_prose + 1..lines.len()).find(|&at| lines[at].kind == Kind::Prose)?;
    (words(&lines[first_prose].text) <= 16 && is_social_post(lines, next))
        .then_some((Some(first_prose), next))
}

#[cfg(test)]
#[path = "headline_by_kind_tests.rs"]
mod tests;
