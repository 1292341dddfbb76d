//! The article inside a scraped page: headline, date, byline, and the body's paragraphs, lists
//! and subheadings, without the menus, widgets, counters and teasers around them.
//!
//! The page is read as lines. The first line of running prose marks where the article starts;
//! the headline is the nearest headline-shaped line above it (skipping date, counter and byline
//! lines); the article ends at an end marker ("Related News") or at its last substantive line,
//! with teasers of other articles trimmed off the tail.

use super::byline::{outlet_from_domain, outlet_from_lead};
use super::dates;
use super::title::clean_title;
pub use super::title::{first_sentences, made_title};
use chrono::{Datelike, NaiveDate};
use regex::Regex;
use rustc_hash::FxHashSet;
use serde::Deserialize;
use std::sync::OnceLock;

const BOILERPLATE: &str = include_str!("../../data/boilerplate.toml");

#[derive(Deserialize)]
struct BoilerplateData {
    lines: Vec<String>,
    end_markers: Vec<String>,
    fragments: Vec<String>,
    prefixes: Vec<String>,
    reader_words: Vec<String>,
    #[serde(default)]
    counter_words: Vec<String>,
    #[serde(default)]
    relative_units: Vec<String>,
    #[serde(default)]
    ago_words: Vec<String>,
    #[serde(default)]
    glued_prefixes: Vec<String>,
}

struct Boilerplate {
    counter_words: FxHashSet<String>,
    relative_units: FxHashSet<String>,
    ago_words: Vec<String>,
    glued_prefixes: Vec<String>,
    lines: FxHashSet<String>,
    end_markers: FxHashSet<String>,
    fragments: aho_corasick::AhoCorasick,
    prefixes: Vec<String>,
    reader_words: aho_corasick::AhoCorasick,
}

fn boilerplate() -> &'static Boilerplate {
    static B: OnceLock<Boilerplate> = OnceLock::new();
    B.get_or_init(|| {
        let data: BoilerplateData =
            toml::from_str(BOILERPLATE).expect("data/boilerplate.toml is valid (tested)");
        Boilerplate {
            counter_words: data.counter_words.into_iter().collect(),
            relative_units: data.relative_units.into_iter().collect(),
            ago_words: data.ago_words,
            glued_prefixes: data.glued_prefixes,
            lines: data.lines.into_iter().collect(),
            end_markers: data.end_markers.into_iter().collect(),
            fragments: aho_corasick::AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .build(&data.fragments)
                .expect("fragments build"),
            prefixes: data.prefixes,
            reader_words: aho_corasick::AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .build(&data.reader_words)
                .expect("reader words build"),
        }
    })
}

pub(super) struct Patterns {
    pub(super) glued_quote: Regex,
    pub(super) bullet: Regex,
    pub(super) subtitle: Regex,
    pub(super) time: Regex,
    pub(super) byline_by: Regex,
    pub(super) byline_end: Regex,
    pub(super) byline_dash: Regex,
    pub(super) read_times: Regex,
    pub(super) credit: Regex,
    pub(super) labelled_credit: Regex,
    pub(super) image_credit: Regex,
    pub(super) dateline_shape: Regex,
    pub(super) dateline_outlet_paren: Regex,
    pub(super) dateline_outlet_slash: Regex,
    pub(super) reports: Regex,
    pub(super) reports_ru: Regex,
    pub(super) lead_outlet: Regex,
    pub(super) agency_dateline: Regex,
    pub(super) told: Regex,
    pub(super) lone_credit: Regex,
    pub(super) lone_domain: Regex,
    pub(super) title_tail: Regex,
    pub(super) title_head: Regex,
    pub(super) domain: Regex,
    pub(super) sentence_end: Regex,
}

pub(super) fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| Patterns {
        glued_quote: Regex::new(r"([\p{L}\p{N}.!?])([“«„])(\p{Lu})").unwrap(),
        bullet: Regex::new(r"^(?:[•·▪■●◦►✓*]|-(?:\s))\s*").unwrap(),
        subtitle: Regex::new(r"^[-–—]\s+(.{10,200}?)\s+[-–—]$").unwrap(),
        time: Regex::new(r"\b\d{1,2}:\d{2}\b").unwrap(),
        byline_by: Regex::new(r"^(?i:by)\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})\s*(?:(?:\s[–—-]|,)\s*(\p{Lu}[\p{L}\p{N}.&-]*(?:\s\p{Lu}[\p{L}.&-]*){0,2}))?(?:,\s*\p{Lu}\p{L}+(?:\s\p{L}+){0,2})?\s*:?$").unwrap(),
        read_times: Regex::new(r"(?i)\b(?:read|viewed|seen|прочитан[оа]?|просмотрен[оа]?|pročitan[oa]?|pregledan[oa]?|gelesen|lu|leída|visto|okundu|o[‘'ʻ]qildi)\b.{0,20}?\d+.{0,6}?\b(?:times|раз[а]?|puta|mal|fois|veces|volte|kez|marta)\b").unwrap(),
        byline_dash: Regex::new(r"^(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2})\s+[-–—|]\s+((?:The\s)?\p{Lu}[\p{L}\p{N}.&-]*(?:\s\p{Lu}[\p{L}.&-]*){0,3})$").unwrap(),
        byline_end: Regex::new(r"^(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3}),\s*(\p{Lu}[\p{L}\p{N}.&-]{1,24}(?:\s\p{Lu}[\p{L}.&-]+){0,2})$").unwrap(),
        labelled_credit: Regex::new(r"^(?i)(source|источник|kaynak|izvor|извор|manba|manba|quelle|fuente|fonte|author|автор|autor|written by|reporter)\s*:\s*(\p{Lu}[\p{L}\p{N}.&'’/ -]{1,40}?)(?:\s{2,}.*)?$").unwrap(),
        credit: Regex::new(r"^\((\p{Lu}[\p{L}\p{N}.&-]*(?:\s\p{Lu}[\p{L}.&-]*){0,2}),\s*[\d./-]{6,10}\)$").unwrap(),
        image_credit: Regex::new(r"(?i)^(?:photo|photos|image|images|picture|фото|foto|fotografija|bild|imagen|rasm|сурат|fotoğraf|credit|credits)\s*(?:by|:|/|\|)").unwrap(),
        dateline_shape: Regex::new(r"^\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*(?:,|\s*/|\s+\()").unwrap(),
        dateline_outlet_paren: Regex::new(r"\((\p{Lu}[\p{L}.&]{1,15})\)").unwrap(),
        dateline_outlet_slash: Regex::new(r"/\s*(\p{Lu}[\p{L}.&-]{1,20})\s*/").unwrap(),
        reports: Regex::new(r",\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}.&-]*(?:\s\p{Lu}[\p{L}.&-]*){0,2})\s+(?:correspondent\s+|news agency\s+)?(?:reports|reported)\.(?:\s|$)").unwrap(),
        reports_ru: Regex::new(r"(?:передает|передаёт|сообщает|сообщило)\s+[«“]?(\p{Lu}[\p{L}\p{N}.&-]*(?:\s\p{N}+)?)").unwrap(),
        agency_dateline: Regex::new(r"^(\p{Lu}[\p{Lu}\p{N}&-]{2,}(?:[ -]\p{Lu}[\p{Lu}\p{N}&-]+)?)\.\s+(\p{L}{3,12}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+\p{L}{3,12}\.?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{4})\.\s").unwrap(),
        lead_outlet: Regex::new(r"^.{0,90}?(?:\((\p{Lu}[\p{L}\p{N}.&/-]{1,24})\)\s*(?::|--|[–—-]\s)|(?:\d{1,2}|\p{Ll}{3,})[.,]?\s+(\p{Lu}[\p{L}\p{N}.&-]{1,20}(?:[ -]\p{Lu}[\p{L}\p{N}.&-]*)?)\s+(?:--|[–—-])\s)").unwrap(),
        told: Regex::new(r"\btold\s+(\p{Lu}{2,}[\p{Lu}\p{N}.&-]*(?:\s\p{Lu}{2,}[\p{Lu}\p{N}.&-]*){0,2})[.,]").unwrap(),
        lone_credit: Regex::new(r"^\((\p{Lu}[\p{L}\p{N}.&/ -]{1,30})\)$").unwrap(),
        title_tail: Regex::new(r"(?:\s+[|/–—-]?\s*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?|\s+\d{1,2}:\d{2}|\s+[X×✕✖])$").unwrap(),
        title_head: Regex::new(r"^(?:\p{L}+\s+){0,2}?(\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2})(?:,?\s+\d{1,2}:\d{2})?\s*[|/–—-]?\s+").unwrap(),
        lone_domain: Regex::new(r"^(\p{L}[\p{L}\p{N}-]{2,30}\.(?:org|com|net|info|news|uz|kz|kg|tj|tm|ru|rs|az|ba|me|de|fr|es|it|tr))$").unwrap(),
        domain: Regex::new(r"(?i)\b(?:www\.)?([a-z0-9-]{2,30})\.(?:az|uz|com|net|org|rs|ru|kz|kr|de|info|news)\b").unwrap(),
        sentence_end: Regex::new(r#"[.!?…]["”»’)]?\s+["“«(]?\p{Lu}"#).unwrap(),
    })
}

/// One block of the article's body.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Paragraph(String),
    Heading(String),
    List(Vec<String>),
    /// A standfirst under the headline.
    Standfirst(String),
}

#[derive(Debug, Clone, Default)]
pub struct Extracted {
    pub title: String,
    /// The page had no headline: the title was made from the lead.
    pub title_made: bool,
    pub date: Option<NaiveDate>,
    /// Why there is no date, or where it came from, for the report.
    pub date_note: String,
    pub blocks: Vec<Block>,
    /// The first paragraph without its dateline: what the summary and a made title come from.
    pub lead: String,
    pub outlet: Option<String>,
    pub author: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Kind {
    Blank,
    /// Menus, widgets, calls to action, image credits: dropped wherever they stand.
    Junk,
    /// A date, time or section line: read for the date, then dropped.
    Meta,
    /// A view counter or a bare number.
    Counter,
    Byline,
    Subtitle,
    Bullet,
    /// Running text.
    Prose,
    /// Everything else: headlines, subheadings, menu items, list items without bullets.
    Short,
}

pub(super) struct Line {
    pub(super) text: String,
    pub(super) kind: Kind,
}

pub fn extract(raw: &str) -> Extracted {
    dates::take_ambiguous();
    let lines = classify(join_wrapped(&split_glued(raw)));
    let mut out = Extracted::default();

    let Some(first_prose) = lines.iter().position(|l| l.kind == Kind::Prose) else {
        return fallback(&lines);
    };
    // The headline: the nearest headline-shaped line above the first prose, past meta lines.
    let mut title_at = None;
    for i in (0..first_prose).rev() {
        match lines[i].kind {
            Kind::Blank | Kind::Meta | Kind::Counter | Kind::Byline | Kind::Subtitle => continue,
            Kind::Short if headline_shaped(&lines[i].text) => {
                title_at = Some(i);
                break;
            }
            _ => break,
        }
    }
    // A headline-shaped line printed twice above the article (page title and heading) is the
    // headline, whatever deck or caption stands nearer the first paragraph.
    if let Some(repeated) = repeated_headline(&lines[..first_prose]) {
        title_at = Some(repeated);
    }
    // "Will Tashkent become Central Asia's IT hub?": a short question above the first paragraph
    // is the headline, though it ends like a sentence.
    let mut first_prose = first_prose;
    if title_at.is_none()
        && words(&lines[first_prose].text) <= 20
        && (lines[first_prose].text.ends_with(['?', '!'])
            || headline_over_date_line(&lines, first_prose))
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
        let stands_apart = lines.get(next).is_some_and(|l| l.kind == Kind::Blank);
        if let Some(prose) = following.filter(|&i| stands_apart && lines[i].kind == Kind::Prose) {
            title_at = Some(first_prose);
            first_prose = prose;
        }
    }
    let start = title_at.map(|t| t + 1).unwrap_or(first_prose);
    let end = article_end(&lines, first_prose);

    // Metadata: the head (above the body), the tail (after the body), the lead's dateline.
    let head = &lines[..first_prose];
    let tail = &lines[end..];
    read_meta(head, title_at, tail, &lines[start..end], &mut out);

    out.blocks = blocks(&lines[start..end]);
    let lead_raw = lines[first_prose].text.as_str();
    let (lead, dateline) = split_dateline(lead_raw);
    out.lead = lead.to_string();
    if out.date.is_none() {
        if let Some(c) = patterns().agency_dateline.captures(lead_raw) {
            out.date = dates::find_full_date(&c[2]);
        }
    }
    if out.date.is_none() {
        date_from_dateline(dateline, head, &lines, &mut out);
    }
    if out.outlet.is_none() {
        out.outlet = outlet_from_lead(dateline, lead_raw).or_else(|| outlet_from_domain(head));
    }
    match title_at {
        Some(t) => out.title = clean_title(&lines[t].text),
        None => {
            out.title = made_title(&out.lead);
            out.title_made = true;
        }
    }
    let ambiguous = dates::take_ambiguous();
    if out.date.is_none() && out.date_note.is_empty() {
        out.date_note = ambiguous.unwrap_or_else(|| "the text states no date".into());
    }
    out
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

/// A page with no running prose: its first short line is the headline, the rest the body.
fn fallback(lines: &[Line]) -> Extracted {
    let Some(at) = lines.iter().position(|l| l.kind == Kind::Short) else {
        return Extracted::default();
    };
    let blocks = blocks(&lines[at + 1..]);
    let lead = blocks
        .iter()
        .find_map(|b| match b {
            Block::Paragraph(t) => Some(t.clone()),
            _ => None,
        })
        .unwrap_or_default();
    Extracted {
        title: clean_title(&lines[at].text),
        lead,
        blocks,
        date_note: "no running text found".into(),
        ..Default::default()
    }
}

/// Splits text that a scraper glued together: `By GlobalData“The UAE…` → two lines.
fn split_glued(raw: &str) -> std::borrow::Cow<'_, str> {
    let raw = split_stamps(raw);
    if !raw.contains(['“', '«', '„']) {
        return raw;
    }
    std::borrow::Cow::Owned(
        patterns()
            .glued_quote
            .replace_all(&raw, "$1\n$2$3")
            .into_owned(),
    )
}

/// A widget label glued to the start of a line, and the text after it.
fn glued_prefix(line: &str) -> Option<(&str, &str)> {
    let t = line.trim_start();
    let lower: String = t.chars().take(40).collect::<String>().to_lowercase();
    let prefix = boilerplate()
        .glued_prefixes
        .iter()
        .find(|p| lower.starts_with(p.as_str()))?;
    let cut = t.char_indices().nth(prefix.chars().count())?.0;
    let rest = t[cut..].trim_start_matches([' ', ':', '|', '-']);
    (words(rest) >= 3).then(|| (&t[..cut], rest))
}

/// How many non-blank lines at the top of a page may carry a date stamp glued to other text.
const STAMP_LINES: usize = 15;

/// Date stamps glued to the headline or the lead near the top of the page go on lines of their own.
fn split_stamps(raw: &str) -> std::borrow::Cow<'_, str> {
    let top: Vec<&str> = raw
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(STAMP_LINES)
        .collect();
    fn split(line: &str) -> Option<(&str, &str)> {
        dates::split_stamp(line).or_else(|| glued_prefix(line))
    }
    if !top.iter().any(|l| split(l).is_some()) {
        return std::borrow::Cow::Borrowed(raw);
    }
    let mut out = String::with_capacity(raw.len() + 16);
    let mut seen = 0;
    for line in raw.lines() {
        if !line.trim().is_empty() {
            seen += 1;
        }
        match (seen <= STAMP_LINES).then(|| split(line)).flatten() {
            Some((stamp, rest)) => {
                // Blank lines on both sides: never joined to the line above as a wrapped piece.
                out.push('\n');
                out.push_str(stamp.trim());
                out.push_str("\n\n");
                out.push_str(rest);
            }
            None => out.push_str(line),
        }
        out.push('\n');
    }
    std::borrow::Cow::Owned(out)
}

const JOINERS: &[&str] = &[
    "the", "of", "and", "in", "to", "a", "an", "for", "with", "on", "at", "by", "from", "that",
    "и", "в", "на", "с",
];

/// Joins lines that a scraper wrapped mid-sentence. Text hard-wrapped at a fixed width is
/// rejoined exactly: a greedy wrapper broke a line only where the next word would not fit.
fn join_wrapped(raw: &str) -> Vec<String> {
    // Measured as the wrapper saw them, indentation included; joined without it.
    let measured: Vec<&str> = raw.lines().map(str::trim_end).collect();
    let width = wrap_width(&measured);
    let lines: Vec<&str> = measured.iter().map(|l| l.trim_start()).collect();
    let mut out: Vec<String> = Vec::new();
    let mut previous: Option<&str> = None;
    for (i, &line) in lines.iter().enumerate() {
        if line.is_empty() {
            out.push(String::new());
            previous = None;
            continue;
        }
        if let (Some(prev), Some(last)) = (previous, out.last_mut()) {
            let first_char = line.chars().next().unwrap_or(' ');
            let p = patterns();
            // Checked only when a join is on the table: these regexes are the costly part.
            let own_line = || {
                p.bullet.is_match(line)
                    || is_end_byline(line)
                    || p.byline_by.is_match(line)
                    || p.credit.is_match(line)
            };
            // "…between Uzbekistan and" / "Germany": a wrapper's orphaned last word, alone before a blank line.
            let orphan = words(line) <= 3
                && prev.chars().count() >= 60
                && !prev.ends_with(['.', '!', '?', ':', ';', '"', '”', '»', ')'])
                && lines.get(i + 1).is_none_or(|next| next.is_empty());
            let joins = (orphan
                || match width {
                    Some((width, unit)) => {
                        let first_word = line.split_whitespace().next().unwrap_or("");
                        unit.len(measured[i - 1]) + 1 + unit.len(first_word) > width
                    }
                    None => {
                        let last_word = last.rsplit(' ').next().unwrap_or("").to_lowercase();
                        let ends_open =
                            !last.ends_with(['.', '!', '?', ':', ';', '"', '”', '»', ')', '…']);
                        let continues = first_char.is_lowercase()
                            || last.ends_with([',', '-'])
                            || (JOINERS.contains(&last_word.as_str()) && last.len() > 40);
                        ends_open && continues && last.len() > 25
                    }
                })
                && !own_line();
            if joins {
                if last.ends_with('-') && first_char.is_lowercase() {
                    last.pop();
                } else {
                    last.push(' ');
                }
                last.push_str(line);
                previous = Some(line);
                continue;
            }
        }
        out.push(line.to_string());
        previous = Some(line);
    }
    out
}

/// How a wrapper measured lines: in characters, or in bytes (as `fold` does).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Unit {
    Chars,
    Bytes,
}

impl Unit {
    fn len(self, text: &str) -> usize {
        match self {
            Unit::Chars => text.chars().count(),
            Unit::Bytes => text.len(),
        }
    }
}

/// The width the text was hard-wrapped at, if it was: for most lines that run on into the next,
/// the next line's first word would not have fitted. Widths are tried in characters and in bytes
/// (as `fold` counts); the one that explains the most breaks wins.
fn wrap_width(lines: &[&str]) -> Option<(usize, Unit)> {
    let running: Vec<(&str, &str)> = lines
        .windows(2)
        .filter(|w| !w[0].trim().is_empty() && !w[1].trim().is_empty())
        .map(|w| (w[0], w[1].split_whitespace().next().unwrap_or("")))
        .collect();
    // A wrapper breaks lines mid-sentence; a scraper's own lines mostly end a sentence or a clause.
    let closed = running
        .iter()
        .filter(|(l, _)| l.ends_with(['.', ':', ';', '!', '?', '"', '”', '»']))
        .count();
    if running.len() < 4 || closed * 3 > running.len() {
        return None;
    }
    let mut best: Option<(usize, usize, Unit)> = None;
    for unit in [Unit::Chars, Unit::Bytes] {
        let mut all: Vec<usize> = lines
            .iter()
            .filter(|l| !l.trim().is_empty())
            .map(|l| unit.len(l))
            .collect();
        all.sort_unstable();
        let measured: Vec<(usize, usize)> = running
            .iter()
            .map(|(line, next)| (unit.len(line), unit.len(next)))
            .collect();
        let mut widths: Vec<usize> = measured
            .iter()
            .map(|&(l, _)| l)
            .filter(|w| (40..=200).contains(w))
            .collect();
        widths.sort_unstable();
        widths.dedup();
        for width in widths {
            // Hardly any line may be longer than the width the text was wrapped at.
            let over = all.len() - all.partition_point(|&l| l <= width);
            if over * 10 > all.len() {
                continue;
            }
            let explained = measured
                .iter()
                .filter(|&&(line, next)| line <= width && line + 1 + next > width)
                .count();
            if explained * 5 >= running.len() * 3 && best.is_none_or(|(n, _, _)| explained > n) {
                best = Some((explained, width, unit));
            }
        }
    }
    best.map(|(_, width, unit)| (width, unit))
}

pub(super) fn words(text: &str) -> usize {
    if !text.is_ascii() {
        return text.split_whitespace().count();
    }
    let mut count = 0;
    let mut in_word = false;
    for &b in text.as_bytes() {
        let space = b.is_ascii_whitespace();
        if !space && !in_word {
            count += 1;
        }
        in_word = !space;
    }
    count
}

fn classify(lines: Vec<String>) -> Vec<Line> {
    lines
        .into_iter()
        .map(|text| Line {
            kind: kind_of(&text),
            text,
        })
        .collect()
}

fn kind_of(text: &str) -> Kind {
    let p = patterns();
    let b = boilerplate();
    if text.is_empty() {
        return Kind::Blank;
    }
    let n = words(text);
    let first = text.chars().next().unwrap_or(' ');
    // Cheap tests first; a regex runs only where the first character or the length allows a match.
    if n <= 8 && text.contains(':') && p.labelled_credit.is_match(text) {
        return Kind::Byline;
    }
    if n <= 12 {
        let bare = text
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '!' && c != '>')
            .to_lowercase();
        if b.lines.contains(&bare) || b.lines.contains(bare.trim_end_matches(':')) {
            return Kind::Junk;
        }
        let lower = text.to_lowercase();
        if n <= 8
            && b.prefixes
                .iter()
                .any(|prefix| lower.starts_with(prefix.as_str()))
        {
            return Kind::Junk;
        }
        if p.image_credit.is_match(text) {
            return Kind::Junk;
        }
        let has_digit = text.bytes().any(|b| b.is_ascii_digit());
        if has_digit && n <= 6 {
            let tokens = || {
                lower
                    .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '‘')
                    .filter(|w| !w.is_empty())
            };
            if n <= 5 && tokens().any(|w| b.counter_words.contains(w)) {
                return Kind::Counter;
            }
            let ago = b.ago_words.iter().any(|a| {
                tokens().any(|w| w == a) || (a.contains(' ') && lower.contains(a.as_str()))
            });
            if ago && tokens().any(|w| b.relative_units.contains(w)) {
                return Kind::Meta;
            }
        }
        // "This news has been read 301 times in total".
        if has_digit && p.read_times.is_match(text) {
            return Kind::Counter;
        }
        if n <= 3
            && (lower.starts_with("views")
                || lower.starts_with("просмотр")
                || lower.starts_with("name "))
        {
            return Kind::Counter;
        }
    }
    if b.fragments.is_match(text)
        || is_spam(text)
        || is_tag_cloud(text)
        || addresses_reader(text, n)
    {
        return Kind::Junk;
    }
    if text
        .chars()
        .all(|c| c.is_ascii_digit() || c.is_whitespace() || c == ',' || c == '.')
    {
        return Kind::Counter;
    }
    if first == '(' && p.credit.is_match(text) {
        return Kind::Byline;
    }
    if is_meta(text, n) {
        return Kind::Meta;
    }
    let byline_by = matches!(first, 'B' | 'b') && p.byline_by.is_match(text);
    if byline_by || (n <= 6 && is_end_byline(text)) || (n <= 7 && p.byline_dash.is_match(text)) {
        return Kind::Byline;
    }
    if matches!(first, '-' | '–' | '—') && p.subtitle.is_match(text) {
        return Kind::Subtitle;
    }
    if !first.is_alphanumeric() && p.bullet.is_match(text) {
        return Kind::Bullet;
    }
    let cut_off = text.ends_with("...") || text.ends_with('…');
    let sentence_end = text.ends_with(['.', '!', '?', '"', '”', '»', ')', ';']) && !cut_off;
    if (sentence_end && n >= 6) || n >= 25 || (cut_off && n >= 20) {
        Kind::Prose
    } else {
        Kind::Short
    }
}

/// A date, time or section line: little text once dates, times and numbers are taken out.
fn is_meta(text: &str, n: usize) -> bool {
    if n > 12 || !text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let has_date = dates::find_full_date(text).is_some()
        || dates::has_numeric_date(text)
        || patterns().time.is_match(text)
        || (n <= 6 && dates::find_month_day(text).is_some() && text.contains(','));
    if !has_date {
        return false;
    }
    let letters_words = text
        .split(|c: char| c.is_whitespace() || "|/,-–—()[]".contains(c))
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .count();
    letters_words <= 4
}

/// "Bekhruz Khudoyberdiyev, UzA": a name and an outlet. Never a full stop at the end, which is
/// what tells it from a wrapped piece of a sentence ("Cabinet Chairman, Akylbek Zhaparov.").
fn is_end_byline(text: &str) -> bool {
    text.contains(',') && !text.ends_with('.') && patterns().byline_end.is_match(text)
}

/// "astropay bozdurma paysafe bozdurma …": the same few words over and over.
fn is_spam(text: &str) -> bool {
    // Spam repeats words and has no sentence punctuation; anything else is not worth counting.
    if text.ends_with(['.', '!', '?', '"', '”']) {
        return false;
    }
    let tokens: Vec<&str> = text.split_whitespace().collect();
    if tokens.len() < 6 || tokens.len() > 60 {
        return false;
    }
    let distinct: FxHashSet<&str> = tokens.iter().copied().collect();
    distinct.len() * 2 <= tokens.len()
}

/// "City, Metropolis, Urban, Lighting, …": an image's keyword list.
fn is_tag_cloud(text: &str) -> bool {
    let items: Vec<&str> = text.split(',').map(str::trim).collect();
    items.len() >= 6
        && items
            .iter()
            .all(|i| words(i) <= 2 && i.chars().next().is_some_and(char::is_uppercase))
        && !text.ends_with('.')
}

/// A line that speaks to the reader ("your download email…") and quotes nobody: a call to action.
fn addresses_reader(text: &str, n: usize) -> bool {
    if text.contains(['"', '“', '”', '«', '»']) || n > 60 {
        return false;
    }
    let is_word = |c: char| c.is_alphanumeric() || c == '\'' || c == '’';
    boilerplate().reader_words.find_iter(text).any(|m| {
        !text[..m.start()].chars().next_back().is_some_and(is_word)
            && !text[m.end()..].chars().next().is_some_and(is_word)
    })
}

fn headline_shaped(text: &str) -> bool {
    let n = words(text);
    (3..=30).contains(&n)
        && text.chars().count() <= 250
        && !text.ends_with(['…', ':', ',', ';'])
        && !text.ends_with("...")
        && !text.starts_with('[')
        && !text.split_whitespace().any(|w| w.matches('/').count() >= 2)
}

/// Where the article ends: at an end marker, or after its last substantive line, with teasers
/// of other articles (a short headline and a paragraph cut off with "…") trimmed from the tail.
fn article_end(lines: &[Line], first_prose: usize) -> usize {
    let b = boilerplate();
    let mut end = lines.len();
    for (i, line) in lines.iter().enumerate().skip(first_prose + 1) {
        let bare = line
            .text
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        // A lone "(Agency/Agency)" credit closes the article: what follows are teasers.
        if i > first_prose + 1
            && line.text.starts_with('(')
            && patterns().lone_credit.is_match(line.text.trim())
            // Teasers are headlines; a long paragraph below means the article goes on.
            && lines[i + 1..].iter().all(|l| words(&l.text) < 30)
        {
            end = i + 1;
            break;
        }
        if b.end_markers.contains(&bare)
            || b.end_markers
                .iter()
                .any(|m| bare.starts_with(m.as_str()) && m.len() > 12)
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
            Kind::Short => words(&line.text) >= 12 && !below_teaser,
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

/// `head` is everything above the first paragraph; `title_at` the headline's index in it.
fn read_meta(
    head: &[Line],
    title_at: Option<usize>,
    tail: &[Line],
    body: &[Line],
    out: &mut Extracted,
) {
    let p = patterns();
    // Date: the first full date on a head line, else a credit line. A weekday-led date above the
    // headline (or on a page without one) is the site's clock widget; below it, it is the article's.
    let above_headline = title_at.unwrap_or(head.len());
    for (i, line) in head.iter().enumerate().chain(
        body.iter()
            .filter(|l| l.kind == Kind::Byline)
            .map(|l| (usize::MAX, l)),
    ) {
        if matches!(
            line.kind,
            Kind::Meta | Kind::Byline | Kind::Bullet | Kind::Short
        ) && words(&line.text) <= 12
        {
            if i < above_headline && dates::is_clock_widget(&line.text) {
                out.date_note = "the only date is the site's clock widget".into();
                continue;
            }
            if matches!(
                dates::label_of(&line.text),
                Some((dates::Label::Updated, _))
            ) {
                out.date_note = "the only date is when the page was updated".into();
                continue;
            }
            if let Some(date) = dates::find_full_date(&line.text) {
                out.date = Some(date);
                break;
            }
        }
    }
    if out.date.is_none() {
        for line in tail.iter().take(4).filter(|l| p.credit.is_match(&l.text)) {
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
        let near = tail
            .iter()
            .filter(|l| l.kind != Kind::Blank)
            .take(3)
            .find(|l| l.kind == Kind::Meta && words(&l.text) <= 6);
        if let Some(line) = near {
            let date = dates::find_full_date(&line.text);
            if date.is_some() && tail_dates.iter().all(|d| Some(*d) == date) {
                out.date = date;
                out.date_note = "from the date line after the article".into();
            }
        }
    }
    super::byline::read_byline(head, tail, body, out);
}

/// "TASHKENT, Uzbekistan, July 24. Text…" → ("Text…", "TASHKENT, Uzbekistan, July 24.").
fn split_dateline(lead: &str) -> (&str, &str) {
    if !patterns().dateline_shape.is_match(lead) {
        return (lead, "");
    }
    let window = &lead[..lead.floor_char_boundary(120)];
    let cut = [" — ", " – ", " - ", ". "]
        .iter()
        .filter_map(|sep| window.find(sep).map(|at| (at, at + sep.len())))
        .min_by_key(|(at, _)| *at);
    match cut {
        Some((at, after)) if at <= 90 => (&lead[after..], &lead[..at + 1]),
        _ => (lead, ""),
    }
}

fn date_from_dateline(dateline: &str, head: &[Line], page: &[Line], out: &mut Extracted) {
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
    years.sort();
    years.dedup();
    match years.as_slice() {
        [year] => {
            out.date = NaiveDate::from_ymd_opt(*year, month, day);
        }
        [] => out.date_note = "the dateline gives no year and the page states none".into(),
        _ => out.date_note = "the dateline gives no year and the page names several".into(),
    }
}

/// Lines of the article to Markdown blocks.
fn blocks(lines: &[Line]) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut list: Vec<String> = Vec::new();
    let flush = |list: &mut Vec<String>, out: &mut Vec<Block>| {
        if !list.is_empty() {
            out.push(Block::List(std::mem::take(list)));
        }
    };
    let kept: Vec<&Line> = lines
        .iter()
        .filter(|l| {
            matches!(
                l.kind,
                Kind::Prose | Kind::Short | Kind::Bullet | Kind::Subtitle | Kind::Blank
            )
        })
        .collect();
    for (i, line) in kept.iter().enumerate() {
        match line.kind {
            Kind::Blank => continue,
            Kind::Bullet => {
                let item = patterns().bullet.replace(&line.text, "").trim().to_string();
                if !item.is_empty() {
                    list.push(item);
                }
                continue;
            }
            _ => flush(&mut list, &mut out),
        }
        let text = line.text.clone();
        match line.kind {
            Kind::Subtitle => {
                let inner = patterns()
                    .subtitle
                    .captures(&text)
                    .map(|c| c[1].to_string())
                    .unwrap_or(text);
                out.push(Block::Standfirst(inner));
            }
            Kind::Short => {
                let has_more = kept[i + 1..]
                    .iter()
                    .any(|l| matches!(l.kind, Kind::Prose | Kind::Bullet));
                if !out.is_empty()
                    && has_more
                    && words(&text) <= 14
                    && !text.ends_with(['.', ',', ';', ':'])
                {
                    out.push(Block::Heading(text));
                } else {
                    out.push(Block::Paragraph(text));
                }
            }
            _ => out.push(Block::Paragraph(text)),
        }
    }
    flush(&mut list, &mut out);
    lists_without_bullets(out)
}

/// "…in the following areas:" then lines ending in ";" and a last one ending in ".": a list.
fn lists_without_bullets(blocks: Vec<Block>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        out.push(blocks[i].clone());
        if let Block::Paragraph(intro) = &blocks[i] {
            if intro.ends_with(':') {
                let mut items = Vec::new();
                let mut j = i + 1;
                while let Some(Block::Paragraph(item)) = blocks.get(j) {
                    if words(item) > 40 {
                        break;
                    }
                    items.push(item.clone());
                    j += 1;
                    if !item.ends_with([';', ',']) {
                        break;
                    }
                }
                let closed = items.last().is_some_and(|l| l.ends_with(['.', ';']));
                if items.len() >= 2
                    && closed
                    && items[..items.len() - 1]
                        .iter()
                        .all(|x| x.ends_with([';', ',']))
                {
                    out.push(Block::List(items));
                    i = j;
                    continue;
                }
            }
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Our own fixture with the kinds of furniture seen around headlines and after articles.
    #[test]
    fn furniture_around_the_headline_and_after_the_article() {
        let page = "Menu\n\n date 2021-03-04 Serbia and Uzbekistan open a joint IT centre 04.03.2021 10:15\n\n\
            915 views Economy 2\n\nJovana Petrović - Daily Planet\n\n\
            BELGRADE, March 4 (PLANET): Serbia and Uzbekistan opened a joint IT centre in Belgrade on Thursday, the two governments said in a statement.\n\n\
            The centre will train programmers from both countries and host start-ups working on digital services.\n\n\
            (Planet/Agency)\n\nFootball club celebrates a title in style!\n\nThree nights at a mountain resort cost a fortune\n";
        let e = extract(page);
        assert_eq!(e.title, "Serbia and Uzbekistan open a joint IT centre");
        assert_eq!(e.date.map(|d| d.to_string()).as_deref(), Some("2021-03-04"));
        assert_eq!(e.author.as_deref(), Some("Jovana Petrović"));
        assert_eq!(e.outlet.as_deref(), Some("Daily Planet"));
        let body: Vec<String> = e.blocks.iter().map(|b| format!("{b:?}")).collect();
        let body = body.join("\n");
        assert!(body.contains("host start-ups"), "{body}");
        assert!(
            !body.contains("views") && !body.contains("Football"),
            "{body}"
        );
    }

    #[test]
    fn relative_times_and_read_counters_are_not_text() {
        assert_eq!(kind_of("Agency 2 hours ago"), Kind::Meta);
        assert_eq!(kind_of("Agencija pre 1 sat"), Kind::Meta);
        assert_eq!(
            kind_of("This news has been read 301 times in total"),
            Kind::Counter
        );
        assert_eq!(kind_of("462 views"), Kind::Counter);
        assert_eq!(kind_of("5. marta 2020."), Kind::Meta);
    }

    #[test]
    fn headline_above_date_line_and_widgets_dropped() {
        let page = "The Government portal of the\nRepublic of Uzbekistan\n\nMo Tu We Th Fr Sa Su\nNew on the portal\n  • New page Detail>>>\n\nForum on open source software is held\n\n2017-08-15 | Economics\n\nA forum on open source software was held in Tashkent on Tuesday.\n\nParticipants discussed the software market at length.\n\nUlugbek Shonazarov, UzA\n";
        let e = extract(page);
        assert_eq!(e.title, "Forum on open source software is held");
        assert!(!e.title_made);
        assert_eq!(e.date, NaiveDate::from_ymd_opt(2017, 8, 15));
        assert_eq!(e.author.as_deref(), Some("Ulugbek Shonazarov"));
        assert_eq!(e.outlet.as_deref(), Some("UzA"));
        assert_eq!(e.blocks.len(), 2, "{:?}", e.blocks);
    }

    #[test]
    fn no_headline_makes_one_from_the_lead_and_never_invents_a_date() {
        let e = extract("TASHKENT, Uzbekistan, July 24. Uzbekistan and China have signed a memorandum on a data center, Trend reports.\n\nMore text follows here in a second paragraph.\n");
        assert!(e.title_made);
        assert!(
            e.title.starts_with("Uzbekistan and China have signed"),
            "{}",
            e.title
        );
        assert!(e.title.chars().count() <= 120);
        assert_eq!(e.date, None);
        assert_eq!(e.outlet.as_deref(), Some("Trend"));
    }

    #[test]
    fn clock_widget_is_not_the_date_and_teasers_are_cut() {
        let page = "Saturday, 13, July, 2024\n\nThe two ministries signed a memorandum on e-government today.\n\nThe expert group will prepare projects.\n\nOther news headline here\n\nA teaser paragraph of another article that stops in the middle...\n";
        let e = extract(page);
        assert_eq!(e.date, None);
        assert!(e.date_note.contains("clock"));
        assert_eq!(e.blocks.len(), 2, "{:?}", e.blocks);
    }

    #[test]
    fn lists_bullets_subheadings_and_calls_to_action() {
        let page = "Turkey to expand assistance\n\nThe ministry will establish a project office for investors.\nTurkey will expand its assistance in the following areas:\nCapacity-building in health;\nRoads and roadside infrastructure;\nE-government.\nHow well do you really know your competitors?\nWhy does it matter?\nThe plan has been welcomed by industry groups in the region.\n- first bullet item here\n- second bullet item here\n";
        let e = extract(page);
        assert!(
            e.blocks.contains(&Block::List(vec![
                "Capacity-building in health;".into(),
                "Roads and roadside infrastructure;".into(),
                "E-government.".into()
            ])),
            "{:?}",
            e.blocks
        );
        assert!(
            e.blocks
                .contains(&Block::Heading("Why does it matter?".into())),
            "{:?}",
            e.blocks
        );
        assert!(e.blocks.contains(&Block::List(vec![
            "first bullet item here".into(),
            "second bullet item here".into()
        ])));
        assert!(!format!("{:?}", e.blocks).contains("competitors"));
    }

    #[test]
    fn wrapped_lines_are_joined_and_glued_quotes_split() {
        let page = "Headline of a wrapped article here\n\nThe delegation of Uzbekistan met with representatives\nof the ministry in Berlin to discuss outsourcing.\n\nBy GlobalData“The UAE has developed its own language model,” the statement reads.\n";
        let e = extract(page);
        assert_eq!(e.blocks[0], Block::Paragraph("The delegation of Uzbekistan met with representatives of the ministry in Berlin to discuss outsourcing.".into()));
        assert_eq!(
            e.blocks[1],
            Block::Paragraph(
                "“The UAE has developed its own language model,” the statement reads.".into()
            )
        );
    }

    #[test]
    fn question_headlines_credit_lines_and_bylines_in_date_lines() {
        let e = extract("Will Tashkent become Central Asia's IT hub?\n\nBy John Smith | April 30, 2024\n\nTashkent is building an IT park for software exporters, officials said.\n\nMore follows here in a second paragraph.\n\nSource: Kun.uz\n");
        assert_eq!(e.title, "Will Tashkent become Central Asia's IT hub?");
        assert_eq!(e.date, NaiveDate::from_ymd_opt(2024, 4, 30));
        assert_eq!(e.author.as_deref(), Some("John Smith"));
        assert_eq!(e.outlet.as_deref(), Some("Kun.uz"));
        assert_eq!(e.blocks.len(), 2, "{:?}", e.blocks);
        let e = extract("Forum on open source held\n\nBy Jane Doe, Trend\n\nA forum on open source software was held in Tashkent on Tuesday.\n");
        assert_eq!(
            (e.author.as_deref(), e.outlet.as_deref()),
            (Some("Jane Doe"), Some("Trend"))
        );
    }

    #[test]
    fn hard_wrapped_text_is_rejoined_exactly() {
        let wrapped = "Kyrgyzstan and China sign digital cooperation agreement to boost\ntechnological progress\n\nThe agreement focuses on advancing digital infrastructure through data\nprocessing centers, digital solutions, and best practices in industrial\nInternet technologies.\nKyrgyzstan's Minister of Digital Development and the General Director of\nthe Promotion Center have signed a memorandum.\n";
        let lines = join_wrapped(wrapped);
        assert_eq!(lines[0], "Kyrgyzstan and China sign digital cooperation agreement to boost technological progress");
        assert!(
            lines[2].ends_with("industrial Internet technologies."),
            "{lines:?}"
        );
        assert!(
            lines[3].starts_with("Kyrgyzstan's Minister"),
            "a short last line ends its paragraph: {lines:?}"
        );
        assert_eq!(
            wrap_width(&["a long line that is not wrapped at all", "short"]),
            None
        );
        let orphan = join_wrapped("Cooperation in digital technologies is being strengthened between Uzbekistan and\nGermany\n\nText.\n");
        assert_eq!(orphan[0], "Cooperation in digital technologies is being strengthened between Uzbekistan and Germany");
        let byline = join_wrapped("the text ends here with a long last line that has no full stop at the end of it\nBekhruz Khudoyberdiyev, UzA\n");
        assert_eq!(byline.len(), 2, "a byline keeps its own line: {byline:?}");
    }

    #[test]
    fn a_dateline_takes_its_year_only_from_a_date_with_its_month_and_day() {
        let page = "TASHKENT, Uzbekistan, December 19. The ministers met on Thursday to discuss trade and investment.\n\nThe talks were held on December 19, 2019 in the capital.\n";
        assert_eq!(extract(page).date, NaiveDate::from_ymd_opt(2019, 12, 19));
        let page = "TASHKENT, Uzbekistan, December 19. The ministers met on Thursday to discuss trade and investment.\n\nA plan for 2020 was adopted, after the March 3, 2019 meeting.\n";
        assert_eq!(
            extract(page).date,
            None,
            "another day's date says nothing of this one's year"
        );
    }

    #[test]
    fn a_weekday_date_under_the_headline_is_the_articles() {
        let e = extract("Serbia and Uzbekistan sign an IT agreement\n\nThursday, December 19, 2019\n\nSerbia and Uzbekistan signed an agreement on IT outsourcing in Belgrade.\n");
        assert_eq!(e.date, NaiveDate::from_ymd_opt(2019, 12, 19));
        let e = extract("Saturday, 13, July, 2024\n\nSerbia and Uzbekistan sign an IT agreement\n\nSerbia and Uzbekistan signed an agreement on IT outsourcing in Belgrade.\n");
        assert_eq!(e.date, None, "above the headline it is the site's clock");
    }

    #[test]
    fn made_titles_are_cut_at_a_word() {
        let long = "word ".repeat(60) + "end.";
        let t = made_title(&long);
        assert!(t.chars().count() <= 120 && t.ends_with("word"), "{t}");
        let lead = "At the invitation of the President of the Republic of Uzbekistan Shavkat Mirziyoyev, the President of Serbia Aleksandar Vučić is paying an official visit to Uzbekistan.";
        assert_eq!(
            made_title(lead),
            "The President of Serbia Aleksandar Vučić is paying an official visit to Uzbekistan"
        );
        let lead = "President of Serbia Aleksandar Vučić paid an official visit to IT Park Uzbekistan, where he familiarized himself with the organization’s key activities and contributions.";
        assert_eq!(
            made_title(lead),
            "President of Serbia Aleksandar Vučić paid an official visit to IT Park Uzbekistan"
        );
        let lead = "In 2013 Uzavtoprom, which is made up of automotive enterprises in Uzbekistan, will commission new facilities producing automotive components worth millions.";
        assert!(
            made_title(lead).starts_with("In 2013 Uzavtoprom"),
            "{}",
            made_title(lead)
        );
        assert_eq!(
            first_sentences("Mr. Krasnikov said so. Then more.", 1),
            "Mr. Krasnikov said so."
        );
    }

    #[test]
    fn pages_without_prose_keep_their_lines_or_yield_nothing() {
        let e =
            extract("Short headline about a forum\n\nA second short line\n- an item of a list\n");
        assert_eq!(e.title, "Short headline about a forum");
        assert_eq!(e.blocks.len(), 2, "{:?}", e.blocks);
        assert!(extract("Close Menu\nspot_img\n\nRelated News\n")
            .title
            .is_empty());
    }

    #[test]
    fn spam_and_tag_clouds_are_junk() {
        assert!(is_spam(
            "astropay bozdurma paysafe bozdurma astropay kart bozdurma paysafe kart bozdurma"
        ));
        assert!(is_tag_cloud(
            "City, Metropolis, Urban, Lighting, Architecture, Building, Cityscape"
        ));
        assert!(!is_tag_cloud("Serbia, Hungary and China signed the deal, officials said, on Monday, in Budapest, today, again."));
    }
}
