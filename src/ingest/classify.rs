//! What each line of a page is: running text, a short line (headline, subheading, list item),
//! a date or section line, a counter, a byline, or junk (menus, widgets, calls to action, image
//! credits, spam). The boilerplate's words are data (`data/boilerplate.toml`, read in `boilerplate`).

pub(super) use super::boilerplate::boilerplate;
use super::boilerplate::APOSTROPHES;
use super::countries;
use super::credits::{
    caption_with_credit, emailed_byline, has_dated_copyright, is_copyright, is_editors_codes,
    is_picture_mark, labelled_writer, name_with_post, opens_with_caption_label, writers_byline,
};
pub(super) use super::credits::{is_credit_line, is_desk_word};
use super::date_labels;
pub(super) use super::date_lines::has_date_tail;
use super::date_lines::is_meta;
use super::dates;
use super::lines::{is_menu_run, is_pictograph, without_trailing_icons, words, Kind, Line};
use super::patterns::patterns;
use super::source;
use super::widgets::{
    addresses_reader, first_is_pictograph, has_language_switcher, has_reading_time, is_ad_label,
    is_consent_banner, is_file_link, is_headline_run, is_icon_toolbar, is_imprint, is_link_button,
    is_lone_reading_time, is_pictograph_counter, is_rates_row, is_relative_time, is_share_row,
    is_spam, is_tag_cloud, shared_long_words,
};

pub(super) fn classify(lines: Vec<String>) -> Vec<Line> {
    let mut lines: Vec<Line> = lines
        .into_iter()
        .map(|text| {
            if text.contains('<') && patterns().html_tag.is_match(&text) {
                return without_markup(text);
            }
            if text.ends_with(['o', 'O', ')']) && patterns().photo_credit.is_match(&text) {
                return without_credit(text);
            }
            Line {
                kind: kind_of(&text),
                text,
            }
        })
        .collect();
    // "Traffic on the ring road at rush hour." over "Photo: Name / Archive": a caption in
    // sentences, told by the credit on the line right under it.
    for at in 1..lines.len() {
        let (above, below) = (&lines[at - 1], &lines[at]);
        // "Fuente: Agency" under the last paragraph names the article's source, not a photo's.
        let source_credit = |text: &str| {
            text.split_once(':').is_some_and(|(label, _)| {
                boilerplate()
                    .source_labels
                    .contains(label.trim().to_lowercase().as_str())
            })
        };
        if below.kind == Kind::Junk
            && matches!(above.kind, Kind::Prose | Kind::Short)
            && is_credit_line(&below.text.to_lowercase())
            && words(&above.text) <= 40
            && !source_credit(&below.text)
        {
            lines[at - 1].kind = Kind::Junk;
        }
    }
    // "ADVERTISEMENT" over "Bakery – fresh bread every morning. Order online!": the line
    // under an advertisement's label is the advertisement.
    for at in 0..lines.len() {
        if matches!(lines[at].kind, Kind::Junk | Kind::Short) && is_ad_label(&lines[at].text) {
            let Some(ad) = (at + 1..lines.len()).find(|&i| lines[i].kind != Kind::Blank) else {
                continue;
            };
            // A headline under a stray label shares its words with the text under it.
            let below: Vec<&str> = lines[ad + 1..]
                .iter()
                .filter(|l| l.kind == Kind::Prose)
                .take(2)
                .map(|l| l.text.as_str())
                .collect();
            if matches!(lines[ad].kind, Kind::Prose | Kind::Short)
                && words(&lines[ad].text) <= 30
                && shared_long_words(&lines[ad].text, &below) < 2
            {
                lines[ad].kind = Kind::Junk;
            }
        }
    }
    lines
}

/// A line with raw HTML in it is a caption, an embed or a widget the scraper left as markup;
/// only a long run of text inside the markup is kept, without the tags.
fn without_markup(text: String) -> Line {
    let stripped = patterns().html_tag.replace_all(&text, " ");
    let mut stripped = stripped.split_whitespace().collect::<Vec<_>>().join(" ");
    // "<b>Headline</b>. Text": the space a tag left before punctuation goes.
    for mark in [" .", " ,", " ;", " :", " !", " ?"] {
        stripped = stripped.replace(mark, &mark[1..]);
    }
    if words(&stripped) >= 25 && patterns().photo_credit.is_match(&stripped) {
        return without_credit(stripped);
    }
    text_if_long(stripped, text)
}

/// "Delegates meet officials. (Photo: Ministry)", "Agency photo": a caption with its photo credit
/// goes; a long paragraph keeps its text without the credit.
fn without_credit(text: String) -> Line {
    let stripped = patterns().photo_credit.replace(&text, "").into_owned();
    text_if_long(stripped, text)
}

/// What is left of a line once its furniture is cut (`kept`): a paragraph when it still holds a
/// paragraph's worth of words, else the whole line (`original`) is junk.
fn text_if_long(kept: String, original: String) -> Line {
    if words(&kept) >= 25 {
        Line {
            kind: kind_of(&kept),
            text: kept,
        }
    } else {
        Line {
            kind: Kind::Junk,
            text: original,
        }
    }
}

/// "Read also: Another headline", "Читайте также — …": a label that opens a teaser of another
/// article. Returns true when the line is the label alone (its headline follows on the next line).
pub(super) fn teaser_label(lower: &str) -> Option<bool> {
    let t = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    let first = t.as_bytes().first();
    // Most lines start with a byte no label starts with.
    if !first.is_some_and(|&b| boilerplate().teaser_label_starts[b as usize]) {
        return None;
    }
    boilerplate()
        .teaser_labels
        .prefixes_of(t)
        .find_map(|(label, _)| {
            let rest = &t[label.len()..];
            let gap = rest.starts_with("  ");
            let rest = rest.trim_start();
            // Alone, or with one more word: "Мавзуга оид янгиликлар" (related news).
            let rest_word = rest.trim_matches(|c: char| !c.is_alphanumeric());
            if rest_word.is_empty() || rest_word.chars().all(char::is_alphabetic) {
                return Some(true);
            }
            // "READ ALSO   Headline": a wide gap parts them as a colon would; "ALSO ON DAILY
            // PLANET: Headline": the site's name may stand before the colon.
            let named_site = rest.split_once(':').is_some_and(|(site, _)| {
                (1..=3).contains(&words(site)) && !site.contains(['.', ','])
            });
            (rest.starts_with([':', '|', '–', '—', '-', '>', '»', '•']) || gap || named_site)
                .then_some(false)
        })
}

pub(super) fn kind_of(text: &str) -> Kind {
    let p = patterns();
    let b = boilerplate();
    if text.is_empty() {
        return Kind::Blank;
    }
    let n = words(text);
    let first = text.chars().next().unwrap_or(' ');
    // "[Image: traffic on the ring road]", "[Bild] Baustelle …": a scraper's mark for a picture.
    // "[Anzeige] Ihr Markteintritt …": an advertisement under its label in brackets.
    if first == '['
        && (is_picture_mark(text)
            || text
                .split_once(']')
                .is_some_and(|(label, _)| is_ad_label(&label[1..])))
    {
        return Kind::Junk;
    }
    // Cheap tests first; a regex runs only where the first character or the length allows a match.
    if n <= 8 && text.contains(':') && p.labelled_credit(text).is_some()
        || n <= 14 && text.contains(':') && labelled_writer(text).is_some()
        || emailed_byline(text).is_some()
        || n <= 10 && text.contains(", ") && name_with_post(text).is_some()
    {
        return Kind::Byline;
    }
    // Lower-cased once, for the lines short enough to be furniture.
    let lower = if n <= 30 {
        text.to_lowercase()
    } else {
        String::new()
    };
    if n <= 30 {
        if teaser_label(&lower).is_some()
            || (n <= 25 && is_copyright(text))
            || has_dated_copyright(text)
        {
            return Kind::Junk;
        }
        if n <= 20 && b.prompt_words.is_match(&lower) {
            return Kind::Junk;
        }
        if n <= 20 && is_share_row(&lower) {
            return Kind::Junk;
        }
        // "Temps de lecture : 6 min | Télécharger le PDF": cells each a counter or a button.
        if n <= 16 && memchr::memchr(b'|', text.as_bytes()).is_some() && text.contains(" | ") {
            let cells: Vec<Kind> = text.split(" | ").map(|cell| kind_of(cell.trim())).collect();
            if cells
                .iter()
                .all(|k| matches!(k, Kind::Junk | Kind::Counter))
            {
                // Counters alone stay a counter ("1.204 Mal gelesen | Lesezeit: 4 Minuten").
                return if cells.contains(&Kind::Junk) {
                    Kind::Junk
                } else {
                    Kind::Counter
                };
            }
        }
        if memchr::memchr2(b':', b'|', text.as_bytes()).is_some() && is_tag_line(&lower) {
            return Kind::Junk;
        }
        // "Dr. Name Senior Fellow, Programm Südosteuropa Lesezeit: 6 Minuten PDF herunterladen":
        // a byline, a reading time and buttons run together.
        // (Lines in cells, "Outlet | 5 min read", are read cell by cell elsewhere.)
        let lettered = || {
            text.split_whitespace()
                .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
                .count()
        };
        if (8..=25).contains(&n)
            && !ends_sentence(text)
            && !text.contains(['|', '·', '•'])
            && has_reading_time(&lower)
            // "👁 1 204   💬 12   ⏱ 4 min read": counts and icons, a counter.
            && lettered() >= 5
        {
            return Kind::Meta;
        }
    }
    if n <= 12 {
        let bare = lower.trim_matches(|c: char| !c.is_alphanumeric() && c != '!' && c != '>');
        if b.lines.contains(bare) || b.lines.contains(bare.trim_end_matches(':')) {
            return Kind::Junk;
        }
        // "Bosh sahifa » Iqtisodiyot": a breadcrumb trail, led by a furniture word.
        if (bare.contains(['»', '›', '>']) || bare.contains(" / ")) && is_breadcrumb(bare) {
            return Kind::Junk;
        }
        if n <= 8 && is_credit_line(&lower) {
            return Kind::Junk;
        }
        // "News provided by", "Noticias proporcionadas por": a credit's label over the name.
        if (2..=4).contains(&n)
            && text
                .split_whitespace()
                .next_back()
                .is_some_and(date_labels::is_by_word)
        {
            return Kind::Junk;
        }
        if p.image_credit.is_match(text) {
            return Kind::Junk;
        }
        let has_digit = text.bytes().any(|b| b.is_ascii_digit());
        if has_digit && n <= 6 {
            // Split once: the relative-time words are each looked for among them.
            let tokens: Vec<&str> = lower
                .split(|c: char| !c.is_alphanumeric() && !APOSTROPHES.contains(&c))
                .filter(|w| !w.is_empty())
                .collect();
            if tokens.len() <= 5 && tokens.iter().any(|w| b.counter_words.contains(*w)) {
                // "14.05.2024 | Views: 318": the article's date beside its count of readers.
                if dates::find_full_date(text).is_some() {
                    return Kind::Meta;
                }
                return Kind::Counter;
            }
            if is_relative_time(&lower, &tokens) {
                return Kind::Meta;
            }
            if is_lone_reading_time(&tokens) {
                return Kind::Counter;
            }
        }
        // "Komentari (3)", "Deja tu comentario": a comment count or prompt, not a sentence.
        // ("Commentaire n° 47 — 18 février 2025" is a commentary's number and date.)
        if n <= 8
            && !ends_sentence(text)
            && !text.contains(" | ")
            && b.comment_stems.is_match(&lower)
            && !(has_digit && dates::find_full_date(text).is_some())
        {
            return Kind::Junk;
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
    // "Page 1 of 2", "Issuer · Press release of 9 October 2024     Seite 1 von 2": a printed
    // page's number, alone or after its running header or footer.
    if n <= 20 && text.ends_with(|c: char| c.is_ascii_digit()) && p.page_number.is_match(text) {
        return Kind::Junk;
    }
    let lower_long;
    let folded = if n <= 30 {
        lower.as_str()
    } else {
        lower_long = text.to_lowercase();
        lower_long.as_str()
    };
    // A long paragraph may say "log in to state systems": the short-line fragments mark only
    // lines of at most forty words.
    // Most lines hold no fragment at all: only a line that does is searched again for which.
    let furniture = b.fragments.is_match(folded)
        && (n <= 40
            || b.fragments
                .find_overlapping_iter(folded)
                .any(|m| m.pattern().as_usize() < b.anywhere_fragments));
    // "Fuente: Example Co. | 27/02/2025 08:00 CET | Ver versión original en inglés": a stamp
    // led by its credit or date stays the stamp, whatever button a later cell holds.
    if furniture && n <= 20 && text.contains(" | ") && dates::find_full_date(text).is_some() {
        let first = text.split(" | ").next().unwrap_or("").trim();
        if matches!(kind_of(first), Kind::Byline | Kind::Meta) {
            if let Some(kind) = piped_kind(text) {
                return kind;
            }
        }
    }
    let caption = n <= 60
        && (opens_with_caption_label(folded)
            || ((memchr::memchr2(b':', b'/', text.as_bytes()).is_some()
                || text.ends_with(')')
                || text.contains('©')
                || text.chars().next_back().is_some_and(char::is_uppercase))
                && caption_with_credit(text)));
    if furniture
        // Shorter banners hold a short-line fragment ("cookies").
        || (n > 40 && is_consent_banner(folded))
        || is_rates_row(text)
        || caption
        || is_spam(text)
        || is_tag_cloud(text)
        || addresses_reader(text, n)
        || is_headline_run(text)
        || is_menu_run(text)
        || (n <= 10 && is_link_button(text))
        || is_imprint(text)
        || is_icon_toolbar(text)
        || (n <= 2 && is_editors_codes(text))
        || (text.contains("://") && source::is_address_line(text))
    {
        return Kind::Junk;
    }
    // "26.08.2020" alone is a date line, not a counter; "👁 2 318" and "👁 12,4K" are.
    let figure = |w: &str| {
        let digits = w.trim_end_matches(['K', 'k', 'M', 'К', 'к', 'М']);
        digits.len() + 3 >= w.len()
            && digits
                .chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.' || is_pictograph(c))
    };
    if text.split_whitespace().all(figure) && dates::find_full_date(text).is_none() {
        return Kind::Counter;
    }
    if n <= 12
        && first_is_pictograph(text)
        && is_pictograph_counter(text)
        && dates::find_full_date(text).is_none()
    {
        return Kind::Counter;
    }
    if first == '(' && p.credit(text).is_some() {
        return Kind::Byline;
    }
    if is_meta(text, n) {
        return Kind::Meta;
    }
    if n <= 20 {
        if let Some(kind) = piped_kind(text) {
            return kind;
        }
    }
    let byline_by = matches!(first, 'B' | 'b' | 'P' | 'p' | 'V' | 'v' | 'W' | 'w')
        && (p.byline_by(text).is_some() || writers_byline(text).is_some());
    if byline_by
        || (n <= 6 && is_end_byline(text))
        || (n <= 7
            && p.byline_dash(text)
                .is_some_and(|c| !countries::is_only_a_place(&c[2])))
    {
        return Kind::Byline;
    }
    // "– Agency", "— Name Surname, Agency": a sign-off under the article.
    if matches!(first, '–' | '—')
        && ((n <= 4 && p.sign_off(text).is_some()) || (n <= 7 && is_end_byline(undashed(text))))
    {
        return Kind::Byline;
    }
    if matches!(first, '-' | '–' | '—') && p.subtitle.is_match(text) {
        return Kind::Subtitle;
    }
    if !first.is_alphanumeric() && p.bullet.is_match(text) {
        return Kind::Bullet;
    }
    // "NEWS DAILY | Saturday, 22 November 2025 | 14:07  Belgrade 8°C  Rates: EUR 117,19 | …": a
    // masthead's clock and weather widget, however long.
    if n > 16 && text.contains('°') && !ends_sentence(text) && dates::is_clock_widget(text) {
        return Kind::Meta;
    }
    if n <= 10 && is_file_link(text) {
        return Kind::Junk;
    }
    // A masthead with its language switcher, run into one line by a copy.
    if n >= 4 && !ends_sentence(text) && has_language_switcher(text) {
        return Kind::Junk;
    }
    let cut_off = text.ends_with("...") || text.ends_with('…');
    // "Headline — 15.05.2024.": a teaser's date, not a sentence's stop.
    let sentence_end = ends_sentence(text) && !cut_off && !has_date_tail(text);
    if (sentence_end && n >= 6) || n >= 25 || (cut_off && n >= 20) {
        Kind::Prose
    } else {
        Kind::Short
    }
}

/// Short parts between "»", "›", ">" or " / ", the first a furniture line of `boilerplate.toml`
/// ("home", "главная", "početna", "bosh sahifa", …).
fn is_breadcrumb(lower: &str) -> bool {
    let mut parts = lower
        .split(['»', '›', '>'])
        .flat_map(|part| part.split(" / "))
        .map(str::trim);
    parts
        .next()
        .is_some_and(|first| boilerplate().lines.contains(first))
        && parts.all(|part| part.split_whitespace().count() <= 4)
}

/// "By Jane Doe | July 29, 2024 | 5 min read", "Posted in Education | 4 Comments", "1.204 Mal
/// gelesen | Lesezeit: 4 Minuten": parts that are each a date, counter or byline (or a section's
/// few words beside one) make a date line, or a counter line when they are all counters.
fn piped_kind(text: &str) -> Option<Kind> {
    if !text.contains(['|', '·', '•'])
        || !(text.contains(" | ") || text.contains(" · ") || text.contains(" • "))
    {
        return None;
    }
    let parts: Vec<&str> = text
        .split(['|', '·', '•'])
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect();
    let kinds: Vec<Kind> = parts.iter().map(|part| kind_of(part)).collect();
    let telling = |k: &Kind| matches!(k, Kind::Meta | Kind::Counter | Kind::Byline);
    if !kinds.iter().any(telling) {
        return None;
    }
    let all_told = parts
        .iter()
        .zip(&kinds)
        // "Категорија: Индустрија": a section's label is furniture beside them.
        .all(|(part, kind)| {
            telling(kind) || *kind == Kind::Junk || (*kind == Kind::Short && words(part) <= 4)
        });
    if !all_told {
        return None;
    }
    Some(if kinds.iter().all(|k| *k == Kind::Counter) {
        Kind::Counter
    } else {
        Kind::Meta
    })
}

/// "Tags: IT, export, software": the article's tags after their label. "Posted in News | Tagged
/// Serbia, IT": cells between bars that each start with a label need no colon.
pub(super) fn is_tag_line(lower: &str) -> bool {
    let labelled = |cell: &str, colon: bool| {
        boilerplate()
            .tag_labels
            .prefixes_of(cell)
            .any(|(label, _)| {
                let rest = &cell[label.len()..];
                rest.trim_start().starts_with(':') || (!colon && rest.starts_with(' '))
            })
    };
    labelled(lower, true)
        || (lower.contains(" | ") && lower.split(" | ").all(|cell| labelled(cell.trim(), false)))
}

/// Ends like a sentence: a full stop, or a quotation or bracket closed after one. A line ending
/// in a quoted name without a stop inside ("… within the “Programme of Development”") is a
/// headline's ending, not a sentence's.
pub(super) fn ends_sentence(text: &str) -> bool {
    // "… it has been. 🇺🇿🇩🇪": icons after the stop.
    let text = if text.ends_with(|c: char| !c.is_ascii()) {
        without_trailing_icons(text)
    } else {
        text
    };
    let t = text.trim_end_matches(['"', '”', '»', ')', '’', '\'']);
    if t.len() == text.len() {
        return text.ends_with(['.', '!', '?', ';']);
    }
    t.ends_with(['.', '!', '?', ';', '…'])
}

/// "Bekhruz Khudoyberdiyev, UzA": a name and an outlet. Never a full stop at the end, which is
/// what tells it from a wrapped piece of a sentence ("Cabinet Chairman, Akylbek Zhaparov.").
/// The line without the dash that opens a sign-off.
pub(super) fn undashed(text: &str) -> &str {
    text.trim_start_matches(['–', '—']).trim_start()
}

pub(super) fn is_end_byline(text: &str) -> bool {
    text.contains(',') && !text.ends_with('.') && patterns().byline_end(text).is_some()
}

#[cfg(test)]
#[path = "classify_tests.rs"]
mod tests;
