//! Text a wrapper broke at a fixed width (html2text, a PDF's text, `fold`), joined again into
//! its lines: where the width is known, exactly where a greedy wrapper broke; else where a line
//! plainly runs on. Rules, addresses, feed fields, bylines and date lines stay lines of their own.

use super::classify::{is_end_byline, kind_of};
use super::dates;
use super::feed::is_post_age;
use super::lines::{is_numbered_item, words, Kind, Unit};
use super::patterns::patterns;
use super::widgets::has_language_switcher;

/// "Dilnoza Rakhimova": two or three words, each a capital and small letters.
pub(super) fn is_capitalised_name(line: &str) -> bool {
    let n = line.split_whitespace().count();
    (2..=3).contains(&n)
        && line.split_whitespace().all(|w| {
            let mut cs = w.chars();
            cs.next().is_some_and(char::is_uppercase)
                && w.chars().count() >= 2
                && cs.all(char::is_lowercase)
        })
}

/// Small words a line ending on which runs on into the next: articles, prepositions and
/// conjunctions of the languages ingest reads. (Not German "auf", "aus", "mit", "zu", which end
/// a sentence as a verb's particle: "Datacraft baut ein Zentrum auf".)
pub(super) const JOINERS: &[&str] = &[
    "the", "of", "and", "in", "to", "a", "an", "for", "with", "on", "at", "by", "from", "that",
    "и", "в", "на", "с", "для", "по", "из", "о", "к", "der", "die", "das", "den", "dem", "des",
    "und", "im", "zur", "zum", "von", "vom", "für", "le", "la", "les", "de", "du", "et", "au",
    "aux", "pour", "avec", "sur", "el", "los", "las", "del", "y", "con", "por", "para", "i", "u",
    "za", "sa", "od", "do", "из", "за", "са", "од", "до", "va", "bilan", "uchun",
];

/// Joins lines that a scraper wrapped mid-sentence. Text hard-wrapped at a fixed width is
/// rejoined exactly: a greedy wrapper broke a line only where the next word would not fit.
/// Eight spaces inside a line: only a layout of cells leaves them.
fn has_wide_gap(line: &str) -> bool {
    let mut run = 0;
    line.bytes().any(|b| {
        run = if b == b' ' { run + 1 } else { 0 };
        run >= 8
    })
}

pub(super) fn join_wrapped(raw: &str) -> Vec<String> {
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
            // "Views: 1 576", "субота, 3. јун 2023." under a headline or deck: a line of its own,
            // unless the line above ends on a short word ("… signed on" / "Saturday, 3 June 2023.").
            let meta_line = || {
                let prev_last = prev.rsplit(' ').next().unwrap_or("");
                let short_word =
                    prev_last.chars().count() <= 3 && !prev_last.starts_with(char::is_uppercase);
                words(line) <= 16
                    && !short_word
                    && matches!(kind_of(line), Kind::Counter | Kind::Meta)
            };
            // "Страна 1 од 2" set at the right under a footer, "РЕПУБЛИКА СРБИЈА" centred under
            // it: a line indented far more or less than the one above, and not centred with it
            // (as a centred headline's lines are), is laid out, not wrapped.
            let indent = |at: usize| measured[at].len() - lines[at].len();
            let centre = |at: usize| indent(at) + lines[at].chars().count() / 2;
            // "Newsletter 03/2024          Seite 1 von 2": a wide gap inside sets cells, not prose.
            let set_apart = || {
                indent(i).abs_diff(indent(i - 1)) >= 10 && centre(i).abs_diff(centre(i - 1)) > 4
                    || has_wide_gap(prev)
                    || has_wide_gap(line)
            };
            let own_line = || {
                set_apart()
                    || has_language_switcher(prev)
                    || p.bullet.is_match(line)
                    || (is_numbered_item(line) && is_numbered_item(prev))
                    || is_field_line(line)
                    || is_field_line(prev)
                    || is_end_byline(line)
                    || p.byline_by(line).is_some()
                    || p.credit(line).is_some()
                    || meta_line()
            };
            // "…between Uzbekistan and" / "Germany": a wrapper's orphaned last word, alone before a blank line.
            // "…two joint terminals at the border" / "Dilnoza Rakhimova": a name under a headline
            // that ends on a full word is its byline, not its last words.
            let byline_under = || {
                let prev_last = prev.rsplit(' ').next().unwrap_or("");
                prev_last.chars().count() > 3 && is_capitalised_name(line)
            };
            let orphan = words(line) <= 3
                && prev.chars().count() >= 60
                // A line past the wrapping width is a page's running footer, not broken text.
                && width.is_none_or(|(width, unit)| unit.len(measured[i - 1]) <= width)
                && !prev.ends_with(['.', '!', '?', ':', ';', '"', '”', '»', ')'])
                && lines.get(i + 1).is_none_or(|next| next.is_empty())
                && !byline_under()
                // "3w  Edited" under a post's writer: the post's age.
                && !is_post_age(line);
            // "Gulnora Saidova," / "universitet matbuot kotibi": a byline's name and its post.
            let name_and_post = first_char.is_lowercase()
                && words(line) <= 6
                && last
                    .strip_suffix(',')
                    .is_some_and(|name| is_capitalised_name(name.trim()));
            let joins = (orphan
                || name_and_post
                || match width {
                    Some((width, unit)) => {
                        let first_word = line.split_whitespace().next().unwrap_or("");
                        // A headline set narrower than the text, its second line in small
                        // letters: "… and Germany's Emsland" / "university open a centre".
                        let headline_rest = first_char.is_lowercase()
                            && words(prev) >= 4
                            && words(line) <= 15
                            && words(last) <= 20
                            && !last.ends_with(['.', '!', '?', ':', ';', '"', '”', '»', ')']);
                        // "… gründet Joint Venture in der" / "Sonderwirtschaftszone Navoi": a
                        // headline set narrower than the text, broken after a small word.
                        let after_small_word = || {
                            let last_word = last.rsplit(' ').next().unwrap_or("");
                            last_word.len() <= 8
                                && JOINERS.contains(&last_word.to_lowercase().as_str())
                                && last.split(' ').nth(3).is_some()
                        };
                        // A line past the width was not broken by the wrapper (a page's
                        // running footer).
                        let above = unit.len(measured[i - 1]);
                        (above <= width && above + 1 + unit.len(first_word) > width)
                            || headline_rest
                            || after_small_word()
                    }
                    None => {
                        let last_word = last.rsplit(' ').next().unwrap_or("").to_lowercase();
                        let ends_open =
                            !last.ends_with(['.', '!', '?', ':', ';', '"', '”', '»', ')', '…']);
                        // "… • Monday 29 April, 2024" / "monday 29 april, 2019": a date
                        // line under another date is a line of its own, whatever its case.
                        let date_under_date = || {
                            last.ends_with(|c: char| c.is_ascii_digit())
                                && dates::is_date_word(line.split_whitespace().next().unwrap_or(""))
                        };
                        let continues = (first_char.is_lowercase() && !date_under_date())
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

/// "-----", "https://site/item", "pubDate: Tue, 06 May 2025": a rule, an address or a feed's
/// field, always a line of its own, never a wrapped sentence's piece.
fn is_field_line(line: &str) -> bool {
    let t = line.trim();
    let rule = t.len() >= 5
        && t.chars()
            .all(|c| matches!(c, '-' | '=' | '_' | '*' | '—' | '─'));
    let address = (t.starts_with("http://") || t.starts_with("https://")) && !t.contains(' ');
    let field = t.split_once(": ").is_some_and(|(name, _)| {
        name.len() >= 3
            && name.chars().all(|c| c.is_ascii_alphabetic() || c == ':')
            && name.starts_with(|c: char| c.is_ascii_lowercase())
            && name.chars().any(|c| c.is_ascii_uppercase() || c == ':')
    });
    rule || address || field
}

/// The width the text was hard-wrapped at, if it was: for most lines that run on into the next,
/// the next line's first word would not have fitted. Widths are tried in characters and in bytes
/// (as `fold` counts); the one that explains the most breaks wins.
pub(super) fn wrap_width(lines: &[&str]) -> Option<(usize, Unit)> {
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

#[cfg(test)]
mod tests {
    use super::{join_wrapped, wrap_width};

    /// A masthead that ends on "uchun" ("for") with its language switcher is no wrapped
    /// sentence: the menu under it stays a line of its own.
    #[test]
    fn a_line_with_a_language_switcher_is_not_wrapped_into_the_next() {
        let raw = "Misol vazirligi Ishonch telefoni: 1100 O'zbekcha Ўзбекча Русский English Ko'zi ojizlar uchun\nBosh sahifa Vazirlik Faoliyat Matbuot markazi Murojaatlar\n";
        assert_eq!(join_wrapped(raw).len(), 2);
    }

    /// A release's text wrapped at 72 characters, its headline set narrower and broken after a
    /// small word, and a page's running footer past the width over the next page's header.
    #[test]
    fn a_narrow_headline_and_a_running_footer_in_wrapped_text() {
        let body = "Der Bremer Pumpenhersteller Beispiel Pumpen GmbH und eine usbekische\nHolding haben am Dienstag in Taschkent einen Vertrag über die Gründung\neines Gemeinschaftsunternehmens unterzeichnet. Das neue Werk soll ab\nMitte 2026 Kreiselpumpen für die Wasserwirtschaft und den Bergbau bauen.\nBeispielverband e.V. · Pressemitteilung vom 9. Oktober 2024            Seite 1 von 2\nBEISPIELVERBAND e.V.\n\nDas Joint Venture wird zunächst rund 280 Arbeitsplätze schaffen. Für die\nAusbildung der Fachkräfte arbeitet das Unternehmen mit einem Institut\nzusammen; 25 Ingenieure werden ab Frühjahr 2025 in Bremen geschult.\n";
        let raw = format!(
            "Beispiel Pumpen gründet Joint Venture in der\nSonderwirtschaftszone Navoi\n\n{body}"
        );
        let lines = join_wrapped(&raw);
        assert_eq!(
            lines[0],
            "Beispiel Pumpen gründet Joint Venture in der Sonderwirtschaftszone Navoi"
        );
        assert!(
            lines.iter().any(|l| l.trim() == "BEISPIELVERBAND e.V."),
            "{lines:#?}"
        );
        // A German verb's particle ends its sentence: "… baut ein Zentrum auf" stays a line.
        let raw = format!("Von Esslingen nach Niš: Beispiel baut Entwicklungszentrum in Serbien auf\nWeil in der Region Fachkräfte fehlen, geht ein IT-Dienstleister nach Serbien.\n\n{body}");
        assert_eq!(
            join_wrapped(&raw)[0],
            "Von Esslingen nach Niš: Beispiel baut Entwicklungszentrum in Serbien auf"
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
    fn a_date_line_under_a_date_line_is_not_joined_to_it() {
        let lines = join_wrapped("Ciudad, País • Martes 30 de Abril, 2024\nlunes 29 abril, 2019\n");
        assert_eq!(
            lines,
            [
                "Ciudad, País • Martes 30 de Abril, 2024",
                "lunes 29 abril, 2019"
            ]
        );
        let lines = join_wrapped(
            "The ministers of the two countries met in 2024\nand signed a memorandum.\n",
        );
        assert_eq!(lines.len(), 1, "{lines:?}");
    }
}
