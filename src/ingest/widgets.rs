//! Widgets a line may be, told by its shape: share rows, tickers, rates rows, consent banners,
//! counters behind icons, tag clouds, spam, calls to the reader, advertisements' labels.

use super::boilerplate::boilerplate;
use super::dates;
use super::lines::{is_pictograph, mostly_figures, words};
use super::patterns::patterns;
use rustc_hash::FxHashSet;

/// "Share Facebook Twitter WhatsApp E-mail": a row of share buttons.
pub(super) fn is_share_row(lower: &str) -> bool {
    let b = boilerplate();
    let (mut buttons, mut counts) = (0, 0);
    for token in lower
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|t| !t.is_empty())
    {
        if b.share_words.contains(token) {
            buttons += 1;
        } else if token.bytes().all(|c| c.is_ascii_digit()) || b.counter_words.contains(token) {
            counts += 1;
        } else {
            return false;
        }
    }
    // "Compartir en X  Copiar enlace  12 comentarios": a row of buttons may end in its counts;
    // "In 2024" is no row.
    buttons > 0 && (counts == 0 || buttons >= 3)
}

/// "Ver artículo original en site.es →", "Leer la noticia completa en Agencia ↗", "← Back to the
/// list": a link's button, its arrow pointing on, out or back.
pub(super) fn is_link_button(text: &str) -> bool {
    let t = text.trim();
    t.ends_with(['→', '⟶', '➔', '➜', '↗']) || t.starts_with(['←', '⟵'])
}

/// "★ Destacar   🕒 Leer más tarde   ✉ Enviar   ✓ Marcar como no leído", "← Anterior |
/// Siguiente →   ☆ Guardar …": three buttons or more apart, each behind its icon or arrow (or
/// before its arrow).
pub(super) fn is_icon_toolbar(text: &str) -> bool {
    // Arrows ("←", "⤴", "⬆") as well as pictographs.
    let icon = |c: char| {
        is_pictograph(c) || matches!(c as u32, 0x2190..=0x21FF | 0x2900..=0x297F | 0x2B00..=0x2BFF)
    };
    if !text.chars().next().is_some_and(icon) || !(text.contains("   ") || text.contains(" | ")) {
        return false;
    }
    let cells: Vec<&str> = text
        .split("   ")
        .flat_map(|c| c.split(" | "))
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    cells.len() >= 3
        && cells
            .iter()
            // "👁 5 210   💬 5": icons before figures are counters; "🔊 Escuchar (3 min)" is a
            // button with its length in brackets.
            .all(|c| {
                let label = c.split_once(" (").map_or(*c, |(label, _)| label);
                (c.chars().next().is_some_and(icon) || c.chars().next_back().is_some_and(icon))
                    && words(c) <= 5
                    && !label.bytes().any(|b| b.is_ascii_digit())
            })
}

/// "Manzil: Navoiy sh., … Tel.: (79) 220-00-00", "ZTU Axborotnomasi · Muassis: …", "Adadi: 500
/// nusxa.": a publication's imprint, a cell of the line opened by an imprint's label.
pub(super) fn is_imprint(text: &str) -> bool {
    if memchr::memchr(b':', text.as_bytes()).is_none() || words(text) > 25 {
        return false;
    }
    let labels = &boilerplate().imprint_labels;
    text.split(" · ")
        .flat_map(|cell| cell.split(" | "))
        .filter_map(|cell| cell.split_once(':'))
        .any(|(label, _)| {
            words(label) <= 3 && labels.contains(label.trim().to_lowercase().as_str())
        })
}

/// "astropay bozdurma paysafe bozdurma …": the same few words over and over.
pub(super) fn is_spam(text: &str) -> bool {
    // Spam repeats words and has no sentence punctuation; anything else is not worth counting.
    if text.ends_with(['.', '!', '?', '"', '”']) {
        return false;
    }
    let n = words(text);
    if !(6..=60).contains(&n) {
        return false;
    }
    let distinct: FxHashSet<&str> = text.split_whitespace().collect();
    distinct.len() * 2 <= n
}

/// "BREAKING: Wage rises from April 1  •  Tenge weakens  •  New flight to Almaty", "FLASH :
/// Budget adopted +++ Storm warning +++ Cup win": a ticker of other stories, three or more
/// headlines between bullets or runs of signs, none of them a sentence. ("AFP · 2025-10-09
/// 14:37 · Europe" has parts too short for headlines.)
pub(super) fn is_headline_run(text: &str) -> bool {
    const SEPARATORS: [&str; 5] = [" • ", " · ", "+++", "***", " ||| "];
    // Most lines hold none of the separators' signs: one byte scan rules them out.
    let bytes = text.as_bytes();
    // ('•' and '·' are the only ones past ASCII: their lead bytes are looked for first.)
    let bullets = || memchr::memchr2(0xE2, 0xC2, bytes).is_some() && text.contains(['•', '·']);
    if memchr::memchr3(b'+', b'*', b'|', bytes).is_none() && !bullets() {
        return false;
    }
    let Some(separator) = SEPARATORS.iter().find(|s| text.contains(**s)) else {
        return false;
    };
    let parts: Vec<&str> = if separator.trim().chars().count() == 1 {
        text.split(['•', '·']).collect()
    } else {
        text.split(separator.trim()).collect()
    };
    let parts: Vec<&str> = parts
        .into_iter()
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect();
    // "Published: 21 October 2024, 16:40 · Author: … · Views: 1 187": a part with a full date
    // is the article's stamp, not a headline.
    parts.len() >= 3
        && parts.iter().all(|part| {
            (3..=20).contains(&words(part)) && !part.ends_with(['.', '!', '?', ';', ':'])
        })
        && !parts
            .iter()
            .any(|part| dates::find_full_date(part).is_some())
}

/// "Index 218,45 ▲ 0,32 % | EUR/XOF 655,957 | Brent 73,10 $ ▼ 0,6 %": a row of market figures
/// between bars, as many figures as words, with signs of prices and changes.
pub(super) fn is_rates_row(text: &str) -> bool {
    // Rates are figures on a short line: a long line, or one with fewer than six digits, is
    // none (one byte scan).
    if text.len() > 300 || text.bytes().filter(u8::is_ascii_digit).take(6).count() < 6 {
        return false;
    }
    // "Курсы ЦБ на 13.11.2024:  USD 12 821,17  EUR 13 657,42  RUB 130,15": three currencies'
    // codes, each before its rate.
    let codes = text
        .split_whitespace()
        .filter(|w| w.len() == 3 && w.bytes().all(|b| b.is_ascii_uppercase()))
        .count();
    if codes >= 3 && mostly_figures(text) {
        return true;
    }
    if text.matches('|').count() < 2 || !text.contains(['%', '▲', '▼', '€', '$', '£', '₽', '='])
    {
        return false;
    }
    mostly_figures(text)
}

/// "With your consent, we and our 812 partners use cookies …": a consent banner, however long.
pub(super) fn is_consent_banner(lower: &str) -> bool {
    let b = boilerplate();
    b.cookie_words.iter().any(|w| lower.contains(w.as_str()))
        && b.consent_words.iter().any(|w| lower.contains(w.as_str()))
}

pub(super) fn first_is_pictograph(text: &str) -> bool {
    text.chars().next().is_some_and(is_pictograph)
}

/// "👁 5 210   💬 5   ⏱ 3 min": views, comments and reading time behind their icons, with at
/// most a unit's word or two beside the numbers.
pub(super) fn is_pictograph_counter(text: &str) -> bool {
    let icons = text.chars().filter(|&c| is_pictograph(c)).count();
    let wordy = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    icons >= 2 && wordy <= 2
}

/// "City, Metropolis, Urban, Lighting, …": an image's keyword list; a row of hashtags.
pub(super) fn is_tag_cloud(text: &str) -> bool {
    // "#ITsector #exports #startups": hashtags, each word one.
    // Most lines do not start with one: nothing to split.
    if text.starts_with('#') {
        let hashtags = text
            .split_whitespace()
            .filter(|w| w.starts_with('#'))
            .count();
        if hashtags >= 2 && hashtags == text.split_whitespace().count() {
            return true;
        }
    }
    if memchr::memchr_iter(b',', text.as_bytes()).nth(4).is_none() {
        return false;
    }
    let items: Vec<&str> = text.split(',').map(str::trim).collect();
    items.len() >= 6
        && items
            .iter()
            .all(|i| words(i) <= 2 && i.chars().next().is_some_and(char::is_uppercase))
        && !text.ends_with('.')
}

/// A line that speaks to the reader ("your download email…") and quotes nobody: a call to action.
pub(super) fn addresses_reader(text: &str, n: usize) -> bool {
    if n > 60 {
        return false;
    }
    let is_word = |c: char| c.is_alphanumeric() || c == '\'' || c == '’';
    // The reader's words first: most lines have none, and the quotation marks are then not
    // looked for (each on its own: a substring search runs over bytes, where a set of
    // characters is compared one decoded character at a time).
    let Some(first) = boilerplate().reader_words.find_iter(text).find(|m| {
        !text[..m.start()].chars().next_back().is_some_and(is_word)
            && !text[m.end()..].chars().next().is_some_and(is_word)
            && !thanks_someone(&text[..m.start()], &text[m.end()..])
    }) else {
        return false;
    };
    // "Our next cohort starts in spring. If your company is interested, send me a message.": a
    // paragraph that turns to the reader only after a sentence of news is still the article.
    let news_first = patterns()
        .sentence_end
        .find(&text[..first.start()])
        .is_some_and(|end| words(&text[..end.start()]) >= 8);
    !news_first && !["\"", "“", "”", "«", "»"].iter().any(|q| text.contains(q))
}

/// "A big thank you to the agency for its support": thanks said to someone named, not a word to
/// the reader ("Thank you for reading").
fn thanks_someone(before: &str, after: &str) -> bool {
    let before = before.trim_end();
    before.len() >= 5
        && before.is_char_boundary(before.len() - 5)
        && before[before.len() - 5..].eq_ignore_ascii_case("thank")
        && after.trim_start().starts_with("to ")
}

/// How many words of six letters or more (compared by their first six) a line shares with
/// the texts.
pub(super) fn shared_long_words(line: &str, texts: &[&str]) -> usize {
    let key = |w: &str| -> Option<String> {
        let w: String = w.chars().filter(|c| c.is_alphabetic()).collect();
        (w.chars().count() >= 6).then(|| w.to_lowercase().chars().take(6).collect())
    };
    let theirs: FxHashSet<String> = texts
        .iter()
        .flat_map(|t| t.split_whitespace().filter_map(key))
        .collect();
    let ours: FxHashSet<String> = line.split_whitespace().filter_map(key).collect();
    ours.intersection(&theirs).count()
}

/// "ADVERTISEMENT", "Реклама", "Anzeige": an advertisement's label alone on its line.
pub(super) fn is_ad_label(text: &str) -> bool {
    // The labels are a word or two: longer lines are passed by unread.
    if text.len() > 40 {
        return false;
    }
    let bare = text.trim().trim_matches(|c: char| !c.is_alphanumeric());
    words(bare) <= 2
        && boilerplate()
            .ad_labels
            .contains(bare.to_lowercase().as_str())
}

/// "5–6 минут", "4 min", "8-10 minutes": a reading time alone, numbers and a word for minutes
/// (the line's lower-cased words).
pub(super) fn is_lone_reading_time(tokens: &[&str]) -> bool {
    let minutes = |w: &str| {
        boilerplate()
            .minute_words
            .iter()
            .any(|m| w.starts_with(m.as_str()))
    };
    tokens.len() <= 3
        && tokens.iter().any(|w| minutes(w))
        && tokens
            .iter()
            .all(|w| minutes(w) || w.bytes().all(|c| c.is_ascii_digit()))
}

/// "Lesezeit: 6 Minuten", "Temps de lecture : 7 min", "5 min čitanja": a number and a word for
/// minutes with a reading word beside them, somewhere in the (lower-cased) line.
pub(super) fn has_reading_time(lower: &str) -> bool {
    let b = boilerplate();
    if !lower.bytes().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let tokens: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && !matches!(c, '\'' | '‘' | 'ʻ'))
        .filter(|w| !w.is_empty())
        .collect();
    tokens.windows(2).enumerate().any(|(at, pair)| {
        pair[0].len() <= 3
            && pair[0].bytes().all(|c| c.is_ascii_digit())
            && b.minute_words
                .iter()
                .any(|m| pair[1].starts_with(m.as_str()))
            && tokens[at.saturating_sub(3)..(at + 4).min(tokens.len())]
                .iter()
                .any(|w| b.reading_words.contains(*w))
    })
}

/// "2 hours ago", "pre 1 sat", "hace 3 horas": a number's unit and an "ago" word.
pub(super) fn is_relative_time(lower: &str, tokens: &[&str]) -> bool {
    let b = boilerplate();
    let ago = b
        .ago_words
        .iter()
        .any(|a| tokens.contains(&a.as_str()) || (a.contains(' ') && lower.contains(a.as_str())));
    ago && tokens.iter().any(|w| b.relative_units.contains(*w))
}

/// "… Ishonch telefoni: 1197 O'zbekcha Ўзбекча Русский English Ko'zi ojizlar uchun": three
/// languages' own names among five words in a row, a site's language switcher, whatever else a
/// copy ran into its line. The names are CLDR's (`data/language-names.toml`), matched as a word's
/// start in any apostrophe ("O'zbekcha" for "oʻzbek").
pub(super) fn has_language_switcher(text: &str) -> bool {
    struct Endonyms {
        names: FxHashSet<String>,
        /// Each name's first three letters: most words are passed over on them alone.
        heads: FxHashSet<[char; 3]>,
    }
    static NAMES: std::sync::OnceLock<Endonyms> = std::sync::OnceLock::new();
    let endonyms = NAMES.get_or_init(|| {
        #[derive(serde::Deserialize)]
        struct LanguageNames {
            endonyms: Vec<String>,
        }
        let data: LanguageNames = toml::from_str(include_str!("../../data/language-names.toml"))
            .expect("data/language-names.toml is valid");
        let names: FxHashSet<String> = data.endonyms.iter().map(|n| fold_apostrophes(n)).collect();
        let heads = names.iter().filter_map(|n| head_of(n)).collect();
        Endonyms { names, heads }
    });
    // A switcher prints each name capitalised or in a script without case: lines of small
    // words are passed over without a lookup.
    let is_name = |word: &str| {
        let first = word.chars().next().unwrap_or(' ');
        if first.is_lowercase() || !first.is_alphabetic() {
            return false;
        }
        if !head_of(word).is_some_and(|h| endonyms.heads.contains(&h)) {
            return false;
        }
        // The whole word, or a longer one starting with a name of five letters or more
        // ("O'zbekcha" for "o'zbek"); shorter names only whole ("Senate" is no "sena").
        let folded = fold_apostrophes(&word.to_lowercase());
        endonyms.names.contains(&folded)
            || folded
                .char_indices()
                .map(|(at, c)| at + c.len_utf8())
                .skip(4)
                .any(|end| endonyms.names.contains(&folded[..end]))
    };
    let hits: Vec<bool> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '|' | '/' | '·' | '•'))
        .filter(|w| !w.is_empty())
        .map(is_name)
        .collect();
    hits.len() >= 3
        && hits
            .windows(5.min(hits.len()))
            .any(|w| w.iter().filter(|&&hit| hit).count() >= 3)
}

/// A word's first three letters, lower-cased, its apostrophe as one.
fn head_of(word: &str) -> Option<[char; 3]> {
    let mut letters = word.chars().map(|c| {
        let c = c.to_lowercase().next().unwrap_or(c);
        if super::boilerplate::APOSTROPHES.contains(&c) {
            '\''
        } else {
            c
        }
    });
    Some([letters.next()?, letters.next()?, letters.next()?])
}

/// Every apostrophe Uzbek is written with, as one.
fn fold_apostrophes(word: &str) -> String {
    word.chars()
        .map(|c| {
            if super::boilerplate::APOSTROPHES.contains(&c) {
                '\''
            } else {
                c
            }
        })
        .collect()
}

/// "Télécharger en PDF (312 Ko)", "Zum vollständigen Länderbericht (PDF, 2,4 MB)": a link to a
/// file, told by the file's size in brackets at the line's end.
pub(super) fn is_file_link(text: &str) -> bool {
    let t = text.trim_end();
    if !t.ends_with(')') || words(t) > 10 {
        return false;
    }
    let Some(open) = t.rfind('(') else {
        return false;
    };
    let inside = t[open + 1..t.len() - 1].to_lowercase();
    let mut tokens = inside
        .split([' ', ',', '\u{a0}'])
        .filter(|w| !w.is_empty())
        .peekable();
    while let Some(token) = tokens.next() {
        let figure = token
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
            && token.bytes().any(|b| b.is_ascii_digit());
        if figure
            && tokens
                .peek()
                .is_some_and(|unit| ["kb", "mb", "gb", "ko", "mo", "кб", "мб"].contains(unit))
        {
            return true;
        }
    }
    false
}
