//! A page as lines: the kinds a line may be, and the measures of a line's shape (words, icons,
//! rules, menus, gaps) the stages after it share. Text glued together is split in `glued.rs`;
//! lines a wrapper broke are joined in `wrapping.rs`.

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

#[derive(Clone)]
pub(super) struct Line {
    pub(super) text: String,
    pub(super) kind: Kind,
}

/// An emoji or pictograph (👁, 💬, ⏱) that sites set before a counter.
pub(super) fn is_pictograph(c: char) -> bool {
    matches!(c as u32, 0x2300..=0x23FF | 0x2600..=0x27BF | 0x1F300..=0x1FAFF)
}

/// "✈️ Flights resume", "🇷🇸🇺🇿 Twelve firms …": a post's opening icons and flags, which are no
/// words of its headline.
pub(super) fn without_leading_icons(text: &str) -> &str {
    text.trim_start_matches(|c: char| {
        is_pictograph(c)
            || c.is_whitespace()
            || matches!(c as u32, 0xFE0F | 0x200D | 0x1F1E6..=0x1F1FF)
    })
}

/// "-----", "=====", "* * *": a rule between parts of the page.
pub(super) fn is_rule(text: &str) -> bool {
    let t = text.trim();
    // Most lines start with a letter: the first character settles it.
    t.chars()
        .all(|c| matches!(c, '-' | '=' | '_' | '*' | '—' | '─' | ' '))
        && t.chars().filter(|c| !c.is_whitespace()).count() >= 3
}

/// "Just back from Tashkent. 🇺🇿🇩🇪": a post's closing icons and flags, which do not change how
/// its sentence ends.
pub(super) fn without_trailing_icons(text: &str) -> &str {
    text.trim_end_matches(|c: char| {
        is_pictograph(c)
            || c.is_whitespace()
            || matches!(c as u32, 0xFE0F | 0x200D | 0x1F1E6..=0x1F1FF)
    })
}

/// How a wrapper measured lines: in characters, or in bytes (as `fold` does).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Unit {
    Chars,
    Bytes,
}

impl Unit {
    pub(super) fn len(self, text: &str) -> usize {
        match self {
            Unit::Chars => text.chars().count(),
            Unit::Bytes => text.len(),
        }
    }
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

/// "The Daily Star Reporting on Asia Kazakhstan Kyrgyzstan Analysis Podcasts Donate Sign in":
/// a masthead and menu copied onto one line, twenty words or more without a single stop,
/// comma, colon or dash, most of them capitalised; or a dozen, all capitalised. Running text
/// of that length always has a stop, and a headline in title case keeps its small words
/// ("and", "in") or its dash.
pub(super) fn is_menu_run(text: &str) -> bool {
    // Most lines hold a stop or comma: one byte scan rules them out before words are counted.
    if text.len() < 60
        || text.bytes().any(|b| {
            matches!(
                b,
                b'.' | b',' | b';' | b':' | b'!' | b'?' | b'"' | b'(' | b'-'
            )
        })
        || text.contains(['«', '“', '‘', '–', '—'])
    {
        return false;
    }
    let n = words(text);
    if n < 12 {
        return false;
    }
    let capitalised = text
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    capitalised == n || n >= 20 && capitalised * 3 >= n * 2
}

/// "Home   World   Economy   Society   Sport": four or more items of a few words each, set apart
/// by gaps of two or more spaces or a tab (copied menus keep their gaps, headlines do not).
pub(super) fn is_menu_row(text: &str) -> bool {
    if !has_wide_gap(text) {
        return false;
    }
    let items: Vec<&str> = gap_separated(text).collect();
    items.len() >= 4 && items.iter().filter(|item| words(item) <= 3).count() * 4 >= items.len() * 3
}

/// "2. Summer reception", "3) Tariffs": a numbered list's item.
pub(super) fn is_numbered_item(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits)
        && text[digits..].starts_with(['.', ')'])
        && text[digits + 1..].starts_with(' ')
}

/// The line's text before and after its first wide gap (two or more spaces, or a tab).
pub(super) fn split_at_first_gap(text: &str) -> Option<(&str, &str)> {
    let at = text.find("  ").into_iter().chain(text.find('\t')).min()?;
    Some((text[..at].trim_end(), text[at..].trim_start()))
}

/// "USD 491,20 EUR 531,75 RUB 5,02": three or more figures, and as many as the words of letters
/// (give or take one): a row of rates or prices, not a sentence.
pub(super) fn mostly_figures(text: &str) -> bool {
    let (mut figures, mut lettered) = (0, 0);
    for w in text.split_whitespace() {
        if w.bytes().any(|b| b.is_ascii_digit()) {
            figures += 1;
        }
        if w.chars().any(char::is_alphabetic) {
            lettered += 1;
        }
    }
    figures >= 3 && figures + 1 >= lettered
}

/// Two spaces in a row or a tab (most lines have neither: a byte scan, no searcher).
fn has_wide_gap(text: &str) -> bool {
    memchr::memchr(b'\t', text.as_bytes()).is_some()
        || memchr::memmem::find(text.as_bytes(), b"  ").is_some()
}

/// The parts of a line split at its wide gaps: runs of two or more spaces, or a tab.
fn gap_separated(text: &str) -> impl Iterator<Item = &str> {
    text.split('\t')
        .flat_map(|part| part.split("  "))
        .map(str::trim)
        .filter(|item| !item.is_empty())
}
