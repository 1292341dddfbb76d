//! The article's body: where it ends (an end marker, or its last substantive line with teasers
//! of other articles trimmed off) and its lines as Markdown blocks (paragraphs, subheadings,
//! lists with and without bullets, a standfirst).

use super::classify::boilerplate;
use super::lines::{words, Kind, Line};
use super::patterns::patterns;

/// One block of the article's body.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Paragraph(String),
    Heading(String),
    List(Vec<String>),
    /// A standfirst under the headline.
    Standfirst(String),
}

/// Where the article ends: at an end marker, or after its last substantive line, with teasers
/// of other articles (a short headline and a paragraph cut off with "…") trimmed from the tail.
pub(super) fn article_end(lines: &[Line], first_prose: usize) -> usize {
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

/// Lines of the article to Markdown blocks.
pub(super) fn blocks(lines: &[Line]) -> Vec<Block> {
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
