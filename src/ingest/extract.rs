//! The article inside a scraped page: headline, date, byline, and the body's paragraphs, lists
//! and subheadings, without the menus, widgets, counters and teasers around them.
//!
//! The page is read as lines. The first line of running prose marks where the article starts;
//! the headline is the nearest headline-shaped line above it (skipping date, counter and byline
//! lines); the article ends at an end marker ("Related News") or at its last substantive line,
//! with teasers of other articles trimmed off the tail.

use super::article_date::{agree_with_dateline, date_from_dateline, read_date};
use super::article_end::article_end;
pub use super::body::Block;
use super::body::{blocks, drop_inline_teasers, drop_running_heads};
use super::byline::{
    author_from_correspondent, author_from_name_line, author_from_signoff,
    name_over_date_under_deck, read_byline, writers_lines,
};
use super::classify::classify;
use super::copyright::{letterhead_issuer, outlet_from_copyright};
use super::dateline::{dateline_date, place_and_date, signed_dateline, split_dateline};
use super::dates;
use super::feed::{
    channel_name, drop_channel_description, feed_channel, feed_item_title, main_post, post_author,
};
use super::glued::{split_glued, split_run_on};
use super::headline_by_kind::is_social_post;
use super::lines::{words, Kind, Line};
use super::markup;
use super::outlet_name::{
    fuller_form, press_service_issuer, short_form, unlabelled_outlet, without_domain,
};
use super::outlet_signs::{
    masthead_name, outlet_before_relative_time, outlet_from_domain, outlet_from_lead,
    outlet_glued_to_last_paragraph,
};
use super::patterns::patterns;
use super::reader_view::{printed_site_name, reader_header};
use super::title::{find_headline, is_photo_caption, is_reporters_post, kicker_over};
pub use super::title::{first_sentences, made_title};
use super::title_text::{
    clean_title, site_name_on_furniture, without_glued_section, without_site_name,
};
use super::widgets::addresses_reader;
use super::wrapping::join_wrapped;
use chrono::NaiveDate;

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
    /// The outlet came from a "Source:" line (in any language), which the lead's own agency
    /// credit outranks: such a line may be a template's placeholder.
    pub outlet_from_source_line: bool,
    pub author: Option<String>,
    /// An "Updated" stamp under the headline: the date where the page states no other.
    pub updated: Option<NaiveDate>,
    /// The date came from an unlabelled line above the headline (a site's or a list's, maybe).
    pub date_over_headline: bool,
}

/// The page as classified lines and where the article stands in them.
pub(super) struct Page {
    pub(super) lines: Vec<Line>,
    /// The headline's line, if the page has one.
    pub(super) title_at: Option<usize>,
    /// The lead: the article's first paragraph.
    pub(super) first_prose: usize,
    /// The article's first line (the one after the headline) and the line after its last.
    pub(super) start: usize,
    pub(super) end: usize,
}

/// Reads the page's lines and finds the article in them; without running text, the lines.
pub(super) fn read_page(raw: &str) -> Result<Page, Vec<Line>> {
    let plain = markup::plain(raw);
    let mut lines = main_post(classify(join_wrapped(&split_glued(&split_run_on(
        &plain.text,
    )))));
    drop_channel_description(&mut lines);
    let item_title = feed_item_title(&mut lines);
    let Some(first_prose) = lines.iter().position(|l| l.kind == Kind::Prose) else {
        return Err(lines);
    };
    let reader_title = reader_header(&lines).map(|h| h.title);
    let marked = plain
        .main_heading
        .as_deref()
        .or(item_title.as_deref())
        .or(reader_title.as_deref());
    let (title_at, first_prose) = find_headline(&lines, first_prose, marked);
    let start = title_at.map(|t| t + 1).unwrap_or(first_prose);
    // A photo's caption or the writer's post between the headline and the first paragraph is
    // not the article's, nor a social network's block of the writer's name, tagline and age.
    let writers_block = is_social_post(&lines, first_prose);
    for at in start..first_prose {
        if writers_block
            || lines[at].kind == Kind::Short
                && (is_photo_caption(&lines, at) || is_reporters_post(&lines, at))
        {
            lines[at].kind = Kind::Junk;
        }
    }
    drop_inline_teasers(&mut lines, first_prose);
    let mut end = article_end(&lines, first_prose);
    // "If you are a developer and want to join us, we are hiring": in a social post, a call to
    // the reader is the writer's own words, not the page's, up to the furniture right under
    // the post (its hashtags, its picture).
    if writers_block {
        let under = lines[end..]
            .iter()
            .position(|l| !matches!(l.kind, Kind::Junk | Kind::Blank))
            .map_or(lines.len(), |at| end + at);
        let mut restored = false;
        for line in &mut lines[first_prose..under] {
            if line.kind == Kind::Junk && addresses_reader(&line.text, words(&line.text)) {
                line.kind = Kind::Prose;
                restored = true;
            }
        }
        if restored {
            end = article_end(&lines, first_prose);
        }
    }
    drop_running_heads(&mut lines, start, end);
    Ok(Page {
        lines,
        title_at,
        first_prose,
        start,
        end,
    })
}

pub fn extract(raw: &str) -> Extracted {
    dates::take_ambiguous();
    let Page {
        lines,
        title_at,
        first_prose,
        start,
        end,
    } = match read_page(raw) {
        Ok(page) => page,
        Err(lines) => return fallback(&lines),
    };
    let mut out = Extracted::default();

    // Metadata: the head (above the body), the tail (after the body), the lead's dateline.
    let head = &lines[..first_prose];
    let tail = &lines[end..];
    let body = &lines[start..end];
    read_date(head, title_at, tail, body, &mut out);
    // A reader view's header gives the byline as the site marked it.
    out.author = reader_header(&lines).and_then(|h| h.author);
    read_byline(head, tail, body, &mut out);
    if out.author.is_none() {
        out.author = author_from_name_line(head, title_at)
            .or_else(|| post_author(head))
            .or_else(|| author_from_correspondent(head))
            .or_else(|| author_from_signoff(tail))
            .or_else(|| name_over_date_under_deck(body));
    }

    // The byline's bare name over the lead, or under a deck read as the lead (with the place
    // the writer files from: "Lucía Ferrer · Madrid"), is not the article's text.
    let second_prose = (first_prose + 1..end)
        .find(|&at| lines[at].kind == Kind::Prose)
        .unwrap_or(end);
    let writers_lines = out
        .author
        .as_ref()
        .map(|author| writers_lines(&lines[start..second_prose], author))
        .unwrap_or_default();
    out.blocks = if writers_lines.is_empty() {
        blocks(&lines[start..end])
    } else {
        let mut article = lines[start..end].to_vec();
        for at in writers_lines {
            article[at].kind = Kind::Junk;
        }
        blocks(&article)
    };
    if let Some(author) = &out.author {
        drop_author_bio(&mut out.blocks, author);
    }
    let lead_raw = lines[first_prose].text.as_str();
    let (lead, dateline) = split_dateline(lead_raw);
    out.lead = lead.to_string();
    // "БИШКЕК, 12 апр 2024 — Sputnik, Name Surname.": the writer signs beside the agency.
    if out.author.is_none() {
        out.author = signed_dateline(lead_raw).and_then(|signed| signed.writer);
    }
    if out.date.is_none() {
        if let Some(c) = patterns().agency_dateline(lead_raw) {
            out.date = dates::find_full_date(&c[2]);
        }
    }
    if out.date.is_none() {
        // "Astaná, 14 may (AAN).- Lead": a dateline in small letters, told by its agency's credit.
        let credited = || {
            let c = patterns().lead_credit(lead_raw)?;
            let end = c.get(0)?.end();
            (c.get(1).is_some() && lead_raw[..end].contains(", ")).then(|| &lead_raw[..end])
        };
        let dateline = if dateline.is_empty() {
            credited().unwrap_or("")
        } else {
            dateline
        };
        date_from_dateline(dateline, lead, head, &lines, &mut out);
    } else {
        agree_with_dateline(dateline, head, &mut out);
    }
    // "Belgrad, 7. Juni 2023 – Lead": the lead's own full date outranks an unlabelled date line
    // above the headline (a newsletter's send date, a rates widget's day).
    if out.date_over_headline {
        let own = dateline_date(lead_raw).or_else(|| place_and_date(lead_raw));
        if let Some(own) = own.filter(|d| Some(*d) != out.date) {
            out.date = Some(own);
            out.date_note = "the lead's dated dateline, over a date line above the headline".into();
        }
    }
    if out.date.is_none() {
        out.date = dateline_date(lead_raw).or_else(|| place_and_date(lead_raw));
        if out.date.is_some() {
            out.date_note = "the lead's dateline".into();
        }
    }
    // The agency the lead's own dateline credits ("ISTANBUL (AA) -") outranks a credit line
    // elsewhere on the page (a "Source:" line may be a template's placeholder).
    if let Some(channel) = feed_channel(head) {
        out.outlet = Some(channel);
    }
    if out.outlet.is_none() || out.outlet_from_source_line {
        if let Some(o) = outlet_from_lead(dateline, lead_raw).or_else(|| {
            lead_under_deck(&lines, first_prose, end).and_then(|l| {
                let (_, dateline) = split_dateline(l);
                outlet_from_lead(dateline, l)
            })
        }) {
            out.outlet = Some(masthead_name(&o, head).unwrap_or(o));
        }
    }
    // "Autor: Name" taken for a credit is no outlet: the page's other signs may name one.
    out.outlet = out.outlet.and_then(unlabelled_outlet);
    if out.outlet.is_none() {
        // The article's last lines and the first after it: a press service's sign-off.
        let filled = |&i: &usize| lines[i].kind != Kind::Blank;
        let ends: Vec<usize> = (start..end)
            .rev()
            .filter(filled)
            .take(3)
            .chain((end..lines.len()).filter(filled).take(3))
            .collect();
        let signs: [&dyn Fn() -> Option<String>; 8] = [
            &|| {
                press_service_issuer(ends.iter().copied(), &lines)
                    .map(|name| fuller_form(name, outlet_from_copyright(tail, head)))
            },
            &|| printed_site_name(&lines),
            &|| letterhead_issuer(head, &lines),
            &|| outlet_glued_to_last_paragraph(body),
            &|| outlet_before_relative_time(head, title_at),
            &|| outlet_from_domain(head),
            &|| channel_name(&lines),
            &|| outlet_from_copyright(tail, head),
        ];
        out.outlet = signs
            .iter()
            .find_map(|sign| sign().and_then(unlabelled_outlet));
    }
    if let (None, Some(t)) = (&out.outlet, title_at) {
        out.outlet = site_name_on_furniture(&lines, t).and_then(unlabelled_outlet);
    }
    // "Our Bureau Updated - November 08, 2011": a date's label is no outlet's name.
    out.outlet = out
        .outlet
        .filter(|o| dates::label_of(o).is_none_or(|(_, end)| end < o.len()));
    if let Some(short) = out
        .outlet
        .as_deref()
        .and_then(|o| short_form(o, &lines).or_else(|| without_domain(o, &lines)))
    {
        out.outlet = Some(short);
    }
    match title_at {
        Some(t) => {
            let title = match kicker_over(&lines, t) {
                Some(kicker) => clean_title(&format!("{kicker} {}", lines[t].text)),
                None => clean_title(&lines[t].text),
            };
            let title = without_glued_section(&title, &lines[..t]).unwrap_or(title);
            out.title = without_site_name(&title, out.outlet.as_deref()).unwrap_or(title);
        }
        None => {
            out.title = made_title(&out.lead);
            out.title_made = true;
        }
    }
    if out.date.is_none() && out.updated.is_some() {
        out.date = out.updated;
        out.date_note = "only an update stamp under the headline: taken as the date".into();
    }
    if let Some(outlet) = &out.outlet {
        drop_site_line(&mut out.blocks, outlet);
    }
    let ambiguous = dates::take_ambiguous();
    if out.date.is_none() && out.date_note.is_empty() {
        out.date_note = ambiguous.unwrap_or_else(|| "the text states no date".into());
    }
    out
}

/// "Jordan Roe is a senior writer at the Daily Planet covering …": a note on the writer closing
/// the article, told by the byline's name opening it.
fn drop_author_bio(blocks: &mut Vec<Block>, author: &str) {
    if words(author) < 2 {
        return;
    }
    let is_bio = |b: &Block| {
        matches!(b, Block::Paragraph(t) if t
            .strip_prefix(author)
            .is_some_and(|rest| rest.starts_with(' ') && words(t) <= 80))
    };
    let last = blocks.len().saturating_sub(2);
    if let Some(at) = blocks[last..].iter().position(is_bio) {
        blocks.remove(last + at);
    }
}

/// "Observatoire Eurasie — Programme Asie centrale" set apart at the article's top: the site's
/// name and its section, as the page's own header prints them, is no deck.
fn drop_site_line(blocks: &mut Vec<Block>, outlet: &str) {
    let is_site_line = |b: &Block| {
        matches!(b, Block::Heading(t) | Block::Standfirst(t) if t
            .strip_prefix(outlet)
            .is_some_and(|rest| [" — ", " – ", " | ", " · ", " - "].iter().any(|s| rest.starts_with(s))))
    };
    if let Some(at) = blocks.iter().take(4).position(is_site_line) {
        blocks.remove(at);
    }
}

/// "Deck in sentences" / "Published: 03/09/2025" / "CITY, 3 Sep (Agency) – Lead…": where a
/// date or byline line stands between the first paragraph and the next, the next is the lead
/// that carries the dateline.
fn lead_under_deck(lines: &[Line], first_prose: usize, end: usize) -> Option<&str> {
    let rest = &lines[first_prose + 1..end.max(first_prose + 1)];
    let next = rest.iter().take(6).position(|l| l.kind == Kind::Prose)?;
    rest[..next]
        .iter()
        .any(|l| matches!(l.kind, Kind::Meta | Kind::Byline))
        .then(|| rest[next].text.as_str())
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

/// The body's blocks as one string, for tests to search.
#[cfg(test)]
impl Extracted {
    pub(super) fn body_text(&self) -> String {
        self.blocks.iter().map(|b| format!("{b:?}")).collect()
    }
}

#[cfg(test)]
#[path = "extract_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "run_on_tests.rs"]
mod run_on_tests;

#[cfg(test)]
#[path = "publication_tests.rs"]
mod publication_tests;
