//! The headline: the headline-shaped line above the article (past captions, bylines, decks,
//! kickers and widgets), or the one a page's markup marks. `title_text` cleans its words; where
//! the page has none, `made_title` makes one.

use super::classify;
use super::credits;
use super::date_labels;
use super::dates;
use super::headline_by_kind::{
    article_over_writers_block, is_social_post, marked_headline, story_under_contents,
};
use super::lines::{
    is_menu_row, is_numbered_item, mostly_figures, without_trailing_icons, words, Kind, Line,
};
pub use super::made_title::{first_sentences, made_title};

/// The headline's index, if the page has one, and the first paragraph of the article (which
/// moves down when the first line of running text turns out to be the headline).
pub(super) fn find_headline(
    lines: &[Line],
    first_prose: usize,
    marked: Option<&str>,
) -> (Option<usize>, usize) {
    if let Some(found) = marked.and_then(|m| marked_headline(lines, m, first_prose)) {
        return found;
    }
    if let Some(found) = story_under_contents(lines, first_prose) {
        return found;
    }
    if let Some(found) = article_over_writers_block(lines, first_prose) {
        return found;
    }
    if is_social_post(lines, first_prose) {
        return (None, first_prose);
    }
    let first_prose = past_lone_banner(lines, first_prose);
    // The nearest headline-shaped line above the first prose, past meta lines, widgets and one
    // caption of a word or two (a name under a photo).
    let mut title_at = None;
    let mut skipped_caption = false;
    // Where the search stopped at a line of no known kind ("Podelite:  f  in  X"): a headline
    // a little further up that shares words with the article may still be found.
    let mut stopped_at = None;
    // "- Dual degree to start in March": a few highlights in a list under the headline.
    let mut highlights = 0;
    for i in (0..first_prose).rev() {
        match lines[i].kind {
            Kind::Blank
            | Kind::Meta
            | Kind::Counter
            | Kind::Byline
            | Kind::Subtitle
            | Kind::Junk => continue,
            Kind::Bullet if highlights < 4 && words(&lines[i].text) >= 5 => {
                highlights += 1;
                continue;
            }
            // "Belgrade airport, archive" over "Photo: Agency/Name": a photo's caption.
            Kind::Short
                if is_photo_caption(lines, i)
                    || is_reporters_post(lines, i)
                    || under_by_label(lines, i) =>
            {
                continue
            }
            // "Headline" / "Views: 642" / "Regional administration's press service" / lead.
            Kind::Short
                if credits::is_newsroom_credit(&lines[i].text) && headline_over(lines, i) =>
            {
                continue
            }
            Kind::Short if headline_shaped(&lines[i].text) || cut_headline_over_date(lines, i) => {
                title_at = Some(i);
                break;
            }
            Kind::Short if !skipped_caption && words(&lines[i].text) <= 3 => {
                skipped_caption = true;
            }
            kind => {
                stopped_at = (kind == Kind::Short).then_some(i);
                break;
            }
        }
    }
    // Over highlights, the headline shares the article's words (a menu's list does not).
    if highlights > 0 {
        let opening = opening(lines, first_prose);
        title_at = title_at.filter(|&t| shared_stems(&lines[t].text, &opening, 1) >= 1);
    }
    if let (None, Some(at)) = (title_at, stopped_at) {
        let opening = opening(lines, first_prose);
        if shared_stems(&lines[at].text, &opening, 1) == 0 {
            title_at = headline_further_up(lines, at, &opening);
        }
    }
    // A headline-shaped line printed twice above the article (page title and heading) is the
    // headline, whatever deck or caption stands nearer the first paragraph.
    let text = &lines[first_prose].text;
    let n = words(text);
    let over_date_line = n <= 20 && headline_over_date_line(lines, first_prose);
    let mut unrelated_above = false;
    if let Some(repeated) = repeated_headline(&lines[..first_prose]) {
        title_at = Some(repeated);
    } else if let Some(t) = title_at {
        let opening = opening(lines, first_prose);
        let t = above_deck(lines, t, &opening);
        title_at = Some(t);
        // "« Previous | Next »", "Print  Save as PDF  Share": the nearest line shares no word
        // with the article. A first paragraph over the date line is the headline, or else one
        // further up that shares words with the article.
        if shared_stems(&lines[t].text, &opening, 1) == 0 {
            unrelated_above = over_date_line;
            if !over_date_line {
                title_at = headline_further_up(lines, t, &opening)
                    .map(|up| above_deck(lines, up, &opening))
                    .or(title_at);
            }
        }
    }
    // "Will Tashkent become Central Asia's IT hub?": a short question above the first paragraph
    // is the headline, though it ends like a sentence; so is a long line standing apart that does
    // not end like one.
    let unpunctuated = n <= 45 && !without_trailing_icons(text).ends_with(SENTENCE_END);
    if (title_at.is_none() || unrelated_above)
        && ((n <= 20 && (text.ends_with(['?', '!']) || over_date_line)) || unpunctuated)
    {
        let next = first_prose + 1;
        let meta = |l: &Line| {
            matches!(
                l.kind,
                Kind::Blank | Kind::Meta | Kind::Byline | Kind::Counter
            )
        };
        let following = lines[next..]
            .iter()
            .position(|l| !meta(l))
            .map(|i| next + i);
        let stands_apart = over_date_line || lines.get(next).is_some_and(|l| l.kind == Kind::Blank);
        if let Some(prose) = following.filter(|&i| stands_apart && lines[i].kind == Kind::Prose) {
            return (Some(first_prose), prose);
        }
        // "KOREAN GIANT COMES TO SERBIA: … 500 programmers!" over its deck, a byline and the text.
        let deck = following.filter(|&i| {
            stands_apart
                && lines[i].kind == Kind::Short
                && (5..=40).contains(&words(&lines[i].text))
                && !lines[i].text.ends_with(':')
        });
        if let Some(deck) = deck {
            let under = lines[deck + 1..]
                .iter()
                .find(|l| !meta(l) && l.kind != Kind::Junk)
                .is_some_and(|l| l.kind == Kind::Prose);
            if under {
                return (Some(first_prose), deck);
            }
        }
    }
    (title_at, first_prose)
}

const SENTENCE_END: [char; 10] = ['.', '!', '?', '"', '”', '»', ')', ';', ':', ','];

/// "Headline" over a longer "deck that says more" with only blank lines between: the upper line
/// is the headline. A line of fewer than four words above is a section name, not a headline.
fn above_deck(lines: &[Line], at: usize, opening: &[&str]) -> usize {
    let mut i = at;
    let mut blanks = 0;
    // "Headline" / "Published: 21 October 2024 · Author: …" / "Deck": one date line between.
    let mut date_line = false;
    while i > 0 {
        i -= 1;
        let line = &lines[i];
        if line.kind == Kind::Blank {
            blanks += 1;
            if blanks > 2 {
                return at;
            }
            continue;
        }
        if line.kind == Kind::Meta && !date_line && dates::find_full_date(&line.text).is_some() {
            date_line = true;
            continue;
        }
        // "COMMENTAIRE | Balkans – Asie centrale": separators are no words.
        let n = line
            .text
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count();
        let deck = &lines[at].text;
        // A section in capitals or a widget's label ("Most read today ›") is no headline: a
        // headline shares words with its deck or the lead.
        // "La Serbie, atelier numérique des Balkans ?": a headline may ask a question.
        let question = line.kind == Kind::Prose && n <= 14 && line.text.ends_with(['?', '!']);
        let is_headline = (line.kind == Kind::Short || question)
            && headline_shaped(&line.text)
            && n >= 4
            // "2. Summer reception": an item of a numbered list (a contents box).
            && !is_numbered_item(&line.text)
            && !line.text.ends_with('.')
            // "Headline Main" (the page's title with a crumb glued on) over "Headline".
            && !line.text.contains(deck.as_str())
            // A deck says more, or nearly as much; a kicker above a headline says less ("Investment
            // in the Balkans" over a headline-sized line).
            && (words(deck) * 4 > n * 3 || (n >= 10 && words(deck) >= 5))
            && !(n <= 4 && words(deck) <= 16)
            // "DIGEST No. 47 · ASIA-PACIFIC PARTNERS": a kicker in capitals, not a headline.
            && line.text.chars().filter(|c| c.is_lowercase()).count()
                > line.text.chars().filter(|c| c.is_uppercase()).count()
            && shared_stems(&line.text, &[deck.as_str()], 1) + shared_stems(&line.text, opening, 1)
                > 0;
        return if is_headline { i } else { at };
    }
    at
}

/// The nearest headline-shaped line above `at` that shares at least two words with the lead,
/// past other short lines, meta lines and widgets, and at most a dozen lines up.
fn headline_further_up(lines: &[Line], at: usize, opening: &[&str]) -> Option<usize> {
    (at.saturating_sub(12)..at)
        .rev()
        .find(|&i| {
            let line = &lines[i];
            line.kind == Kind::Short
                && headline_shaped(&line.text)
                && line.text.chars().any(char::is_lowercase)
                && shared_stems(&line.text, opening, 2) >= 2
                // "Chercheuse associée, programme Asie centrale" under the writer's name.
                && !is_reporters_post(lines, i)
        })
        .filter(|&i| lines[i..at].iter().all(|l| l.kind != Kind::Prose))
}

/// A cookie or consent notice in sentences at the top of the page: a lone paragraph that shares
/// no more than a word with the article, which starts under a headline and a date or byline
/// further down (or under a breadcrumb trail and a headline), or a motto of a dozen words. The
/// article's first paragraph.
fn past_lone_banner(lines: &[Line], first_prose: usize) -> usize {
    let Some(next) = lines[first_prose + 1..]
        .iter()
        .position(|l| l.kind == Kind::Prose)
        .map(|i| first_prose + 1 + i)
    else {
        return first_prose;
    };
    let between = &lines[first_prose + 1..next];
    // Not the writer's post under their name ("Chercheuse associée, programme Europe du Sud-Est").
    let header = (first_prose + 1..next)
        .find(|&at| {
            let l = &lines[at];
            l.kind == Kind::Short
                && headline_shaped(&l.text)
                && l.text.chars().any(char::is_lowercase)
                && !is_reporters_post(lines, at)
        })
        .map(|at| at - (first_prose + 1));
    let dated_or_signed = header.is_some_and(|h| {
        between[h + 1..].iter().any(|l| {
            l.kind == Kind::Byline
                || (l.kind == Kind::Meta && dates::find_full_date(&l.text).is_some())
        })
    });
    // "Home » News » Cooperation" over the headline: the page's content starts at the trail.
    let under_trail = header.is_some_and(|h| {
        between[..h]
            .iter()
            .any(|l| l.kind == Kind::Junk && l.text.contains(['»', '›']))
    });
    // A masthead's motto ("FARM GAZETTE, a paper for modern farming since 1961.") may share the
    // article's words, but is too short for a first paragraph.
    let lone = &lines[first_prose].text;
    // Under a trail, the article is the longer text below it, whatever words the notice shares.
    let article_below = || {
        lines[next..]
            .iter()
            .filter(|l| l.kind == Kind::Prose)
            .count()
            >= 3
    };
    if (under_trail && article_below())
        || dated_or_signed
            && (words(lone) <= 12 || shared_stems(lone, &opening(lines, next), 2) <= 1)
    {
        next
    } else {
        first_prose
    }
}

/// How many word stems (a word's first five letters, in small letters) of four letters or more
/// `a` shares with `texts`, counted up to `enough`: what ties a headline to its article,
/// inflected or not.
fn shared_stems(a: &str, texts: &[&str], enough: usize) -> usize {
    let mut stems: Vec<(u64, bool)> = stem_keys(a).map(|k| (k, false)).collect();
    let mut shared = 0;
    for key in texts.iter().flat_map(|t| stem_keys(t)) {
        if let Some(stem) = stems.iter_mut().find(|(k, seen)| *k == key && !*seen) {
            stem.1 = true;
            shared += 1;
            if shared >= enough {
                break;
            }
        }
    }
    shared
}

/// The words of four letters or more, each as its first five letters folded to small letters
/// and packed into a number.
fn stem_keys(text: &str) -> impl Iterator<Item = u64> + '_ {
    text.split(|c: char| !c.is_alphabetic() && !matches!(c, 'ʻ' | '‘' | '’' | '\''))
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).nth(3).is_some())
        .map(|w| {
            w.chars()
                .take(5)
                .flat_map(char::to_lowercase)
                .fold(0u64, |key, c| {
                    key.wrapping_mul(0x10_0007).wrapping_add(c as u64)
                })
        })
}

/// The article's first paragraphs, what a headline is checked against.
fn opening(lines: &[Line], first_prose: usize) -> Vec<&str> {
    lines[first_prose..]
        .iter()
        .filter(|l| l.kind == Kind::Prose)
        .take(4)
        .map(|l| l.text.as_str())
        .collect()
}

/// "A headline cut off with…" standing right over the article's date line.
fn cut_headline_over_date(lines: &[Line], at: usize) -> bool {
    let text = &lines[at].text;
    (text.ends_with("...") || text.ends_with('…'))
        && (4..=30).contains(&words(text))
        && lines[at + 1..]
            .iter()
            .find(|l| l.kind != Kind::Blank)
            .is_some_and(|l| l.kind == Kind::Meta)
}

/// "By Martín Echeverría" over "Correspondent in Tbilisi", "Jane Roe" over "Research Fellow,
/// Technology Programme": the writer's post under the byline or the name, a desk word among
/// four words at most or a role before the first comma.
pub(super) fn is_reporters_post(lines: &[Line], at: usize) -> bool {
    let text = &lines[at].text;
    let Some(above) = lines[..at].iter().rev().find(|l| l.kind != Kind::Blank) else {
        return false;
    };
    let under_writer = above.kind == Kind::Byline || credits::is_name(above.text.trim());
    let role = text.split(',').next().unwrap_or("");
    // "Chercheur associé au programme Europe du Sud-Est": the post is named first.
    let opening: String = text
        .split_whitespace()
        .take(2)
        .collect::<Vec<_>>()
        .join(" ");
    under_writer
        && (words(text) <= 4
            && text
                .split_whitespace()
                .any(|w| classify::is_desk_word(&w.to_lowercase()))
            || words(text) <= 10 && words(role) <= 4 && credits::is_role(role)
            || words(text) <= 12 && credits::is_role(&opening))
}

/// "News provided by" / "Example Co., Ltd.": a name under a label that ends in "by" is the
/// issuer or the writer, not the headline.
fn under_by_label(lines: &[Line], at: usize) -> bool {
    lines[..at]
        .iter()
        .rev()
        .find(|l| l.kind != Kind::Blank)
        .is_some_and(|above| {
            words(&above.text) <= 4
                && above
                    .text
                    .split_whitespace()
                    .next_back()
                    .is_some_and(date_labels::is_by_word)
        })
}

/// "Agrartechnik made in Germany für Usbekistans Felder:" / "Verband organisiert Reise nach …",
/// "Werkzeuge für Andischan: Erzgebirge" / "Präzisionstechnik gründet …": a headline set on two
/// lines alone in their block, broken after its kicker's colon or a word or two past it. The
/// upper line, to run on into the headline.
pub(super) fn kicker_over(lines: &[Line], t: usize) -> Option<&str> {
    let above = lines.get(t.checked_sub(1)?)?;
    let block_starts = t < 2 || lines[t - 2].kind == Kind::Blank;
    let block_ends = lines.get(t + 1).is_none_or(|l| l.kind == Kind::Blank);
    let (_, after_colon) = above.text.rsplit_once(':')?;
    (above.kind == Kind::Short
        && block_starts
        && block_ends
        && words(&above.text) >= 4
        && words(after_colon) <= 2
        && words(&lines[t].text) >= 4
        && !above.text.ends_with(['.', '!', '?']))
    .then_some(above.text.as_str())
}

/// A short line printed over or under a photo's credit.
pub(super) fn is_photo_caption(lines: &[Line], at: usize) -> bool {
    over_photo_credit(lines, at) || under_photo_credit(lines, at)
}

fn over_photo_credit(lines: &[Line], at: usize) -> bool {
    // "Fuente: Agency · Publicado: 22/10/2025": a credit with the date is the article's source.
    lines.get(at + 1).is_some_and(|next| {
        classify::is_credit_line(&next.text.to_lowercase())
            && dates::find_full_date(&next.text).is_none()
    })
}

/// "Photo: Agency / Promo" over "A sensor station in a test field", the credit under a byline or
/// date line: a caption printed below its credit. (A credit over the headline itself has no
/// byline above it.)
fn under_photo_credit(lines: &[Line], at: usize) -> bool {
    let Some(credit) = at.checked_sub(1) else {
        return false;
    };
    // "Text: Name, Office | Photos: Press service": a byline that credits the photos too.
    let byline_with_credit = matches!(lines[credit].kind, Kind::Byline | Kind::Junk)
        && lines[credit]
            .text
            .split('|')
            .skip(1)
            .any(|cell| classify::is_credit_line(&cell.trim().to_lowercase()));
    byline_with_credit
        || classify::is_credit_line(&lines[credit].text.to_lowercase())
            && lines[..credit]
                .iter()
                .rev()
                .find(|l| l.kind != Kind::Blank)
                .is_some_and(|l| {
                    matches!(l.kind, Kind::Byline | Kind::Counter)
                        || (l.kind == Kind::Meta && dates::find_full_date(&l.text).is_some())
                })
}

/// A headline-shaped line stands over `at`, past date lines and counters.
fn headline_over(lines: &[Line], at: usize) -> bool {
    lines[..at]
        .iter()
        .rev()
        .find(|l| !matches!(l.kind, Kind::Blank | Kind::Meta | Kind::Counter))
        .is_some_and(|l| l.kind == Kind::Short && headline_shaped(&l.text) && words(&l.text) >= 4)
}

/// The last index of a headline-shaped line whose text stands twice in `head`.
fn repeated_headline(head: &[Line]) -> Option<usize> {
    let shaped = |l: &Line| l.kind == Kind::Short && headline_shaped(&l.text);
    head.iter().enumerate().rev().find_map(|(i, l)| {
        (shaped(l)
            && head[..i]
                .iter()
                .any(|other| shaped(other) && other.text.trim() == l.text.trim()))
        .then_some(i)
    })
}

/// "Name: «A quoted headline»" followed, past blank lines, by a date line: a headline that ends
/// like a sentence, told by the date line standing between it and the article.
fn headline_over_date_line(lines: &[Line], at: usize) -> bool {
    let text = &lines[at].text;
    let last_sentence_end = text.trim_end_matches(['»', '”', '"', '“']);
    !last_sentence_end.ends_with('.')
        && lines[at + 1..]
            .iter()
            .find(|l| l.kind != Kind::Blank)
            .is_some_and(|l| l.kind == Kind::Meta && dates::find_full_date(&l.text).is_some())
}

/// "Rates: USD 491,20 EUR 531,75 RUB 5,02" (as many figures as words), "CENTRAL ASIA WIRE" (a
/// site's or section's name in capitals).
fn rates_or_masthead(text: &str) -> bool {
    if words(text) <= 3 {
        return text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase);
    }
    text.bytes().any(|b| b.is_ascii_digit()) && mostly_figures(text)
}

/// "Tashkent University of Applied Sciences — News": a site's name and its section, as a reader
/// view prints the page's title over the headline.
fn is_site_title(text: &str) -> bool {
    let Some(at) = [" — ", " – ", " | "]
        .iter()
        .filter_map(|sep| text.rfind(sep))
        .max()
    else {
        return false;
    };
    let section = text[at..]
        .trim_start_matches([' ', '—', '–', '|'])
        .to_lowercase();
    words(&section) <= 2 && classify::boilerplate().lines.contains(section.trim())
}

fn headline_shaped(text: &str) -> bool {
    let n = words(text);
    (3..=30).contains(&n)
        && text.chars().count() <= 250
        && !text.ends_with(['…', ':', ',', ';'])
        && !text.ends_with("...")
        && !text.starts_with('[')
        && !is_site_title(text)
        // "Telegram: Contact @channel": a handle belongs to a page's title, not a headline.
        && !text.split_whitespace().any(|w| w.starts_with('@') && w.len() > 2)
        // "CEO & co-founder @ Company | Vision for logistics": a profile's tagline.
        && !(text.contains(" @ ") && text.contains(" | "))
        && !text.split_whitespace().any(|w| w.matches('/').count() >= 2)
        // "Sciences & Tech / Serbie", "Home | World | Video", "Home › Economy › Partners": a
        // path or a menu, not a headline.
        // Two breadcrumb arrows make a trail, whatever its parts.
        && ![" › ", " » ", " > "].iter().any(|arrow| text.matches(arrow).count() >= 2)
        && !(text.contains(['/', '|', '›', '»', '>'])
            && [" / ", " | ", " › ", " » ", " > "].iter().any(|bar| {
                text.matches(bar).count() >= if *bar == " / " { 1 } else { 2 }
                    && text.split(bar).all(|part| words(part) <= 3)
            }))
        && !rates_or_masthead(text)
        && !is_menu_row(text)
        // "UZS – -1.29%": a headline is made of words, not of numbers and signs.
        && text
            .split_whitespace()
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
            .nth(2)
            .is_some()
}

#[cfg(test)]
#[path = "title_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "title_shape_tests.rs"]
mod shape_tests;
