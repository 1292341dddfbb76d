//! A dateline signed by its agency: "ТАШКЕНТ, 12 апреля 2024. /Корр. ИА «Дунё»/. Lead…",
//! "АСТАНА. 12 апреля 2024. КАЗИНФОРМ - Lead…", "БИШКЕК, 12 апр 2024 — Sputnik, Name Surname.
//! Lead…": a place, a full date and the agency (maybe its writer) before the lead's first
//! sentence.

use super::countries;
use super::dates;
use super::lines::words;

/// The parts of a signed dateline.
#[derive(Debug, PartialEq)]
pub(super) struct SignedDateline {
    pub(super) agency: String,
    /// The writer named after the agency ("Sputnik, Name Surname").
    pub(super) writer: Option<String>,
    /// Where the lead's own text starts.
    pub(super) lead_at: usize,
}

/// Separators between a dateline's parts.
const PART_ENDS: [&str; 6] = [". ", ", ", " — ", " – ", " - ", " / "];

pub(super) fn signed_dateline(lead: &str) -> Option<SignedDateline> {
    let window = &lead[..lead.floor_char_boundary(160)];
    // The place: one to three capitalised words without digits.
    let (place_end, after_place) = first_part_end(window, 0)?;
    let place = &window[..place_end];
    let place_ok = (1..=3).contains(&words(place))
        && place.split(' ').all(|w| w.starts_with(char::is_uppercase))
        && !place.bytes().any(|b| b.is_ascii_digit());
    if !place_ok {
        return None;
    }
    // The date: the shortest run of parts after the place that holds a full date.
    let mut from = after_place;
    let date_end = loop {
        let (end, next) = first_part_end(window, from)?;
        let date_part = &window[after_place..end];
        if words(date_part) > 6 {
            return None;
        }
        if dates::find_full_date(date_part).is_some() {
            break next;
        }
        from = next;
    };
    // The agency: up to the separator before the lead's first capital.
    let mut from = date_end;
    let (agency_part, lead_at) = loop {
        let (end, next) = first_part_end(window, from)?;
        let part = &window[date_end..end];
        if words(part) > 5 {
            return None;
        }
        // "/Корр. ИА «Порт»/": a stop inside slashes or quotation marks is the part's own.
        let closed = part.matches('/').count().is_multiple_of(2)
            && part.matches('«').count() == part.matches('»').count();
        if closed
            && window[next..].starts_with(char::is_uppercase)
            && !window[end..next].starts_with(',')
        {
            break (part, next);
        }
        from = next;
    };
    let (agency, writer) = agency_and_writer(agency_part)?;
    Some(SignedDateline {
        agency,
        writer,
        lead_at,
    })
}

/// The end of the part starting at `from` and where the next one starts.
fn first_part_end(text: &str, from: usize) -> Option<(usize, usize)> {
    PART_ENDS
        .iter()
        .filter_map(|sep| {
            text[from..]
                .find(sep)
                .map(|at| (from + at, from + at + sep.len()))
        })
        .min()
}

/// "/Корр. ИА «Дунё»/", "КАЗИНФОРМ", "INTERFAX.RU", "Podrobno.uz", "Sputnik, Name Surname":
/// the agency without slashes, a correspondent's mark, the kind of outlet and quotation marks.
fn agency_and_writer(part: &str) -> Option<(String, Option<String>)> {
    let part = part
        .trim()
        .trim_start_matches(['–', '—', '-'])
        .trim_end_matches('.')
        .trim()
        .trim_matches('/')
        .trim();
    let (agency, writer) = match part.split_once(", ") {
        Some((agency, writer)) if is_writer(writer) => (agency, Some(writer.to_string())),
        Some(_) => return None,
        None => (part, None),
    };
    let mut agency = agency.trim();
    for mark in ["Корр.", "корр.", "ИА", "ИАА", "АН", "Agency"] {
        if let Some(rest) = agency.strip_prefix(mark) {
            if rest.starts_with(' ') {
                agency = rest.trim_start();
            }
        }
    }
    let agency = agency
        .trim_start_matches(['«', '“', '"'])
        .trim_end_matches(['»', '”', '"'])
        .trim();
    let named = agency.split(' ').all(|w| w.starts_with(char::is_uppercase))
        && (1..=3).contains(&words(agency))
        && !agency.bytes().any(|b| b.is_ascii_digit())
        && dates::find_full_date(agency).is_none()
        && countries::mentions(agency).is_empty();
    named.then(|| (agency.to_string(), writer))
}

/// A writer's name: two or three capitalised words.
fn is_writer(name: &str) -> bool {
    (2..=3).contains(&words(name))
        && name
            .split(' ')
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(lead: &str) -> Option<(String, Option<String>, String)> {
        signed_dateline(lead).map(|d| (d.agency, d.writer, lead[d.lead_at..].to_string()))
    }

    #[test]
    fn agencies_signing_a_dated_dateline_in_their_house_styles() {
        let text = "Делегации обсудили торговлю.";
        for (dateline, agency, writer) in [
            ("ЛУКА, 12 апреля 2024. /Корр. ИА «Порт»/.", "Порт", None),
            ("ЛУКА. 12 апреля 2024. ПОРТИНФОРМ -", "ПОРТИНФОРМ", None),
            ("Лука. 12 апреля 2024. PORT.RU -", "PORT.RU", None),
            (
                "ЛУКА, 12 апр 2024 — Вести, Айбек Осмонов.",
                "Вести",
                Some("Айбек Осмонов"),
            ),
            ("ЛУКА, 12 апреля 2024 г. – Port.uz.", "Port.uz", None),
            ("Лука, 12 апреля 2024 года, ИА «Порт».", "Порт", None),
        ] {
            let lead = format!("{dateline} {text}");
            assert_eq!(
                parts(&lead),
                Some((
                    agency.to_string(),
                    writer.map(String::from),
                    text.to_string()
                )),
                "{dateline}"
            );
        }
    }

    #[test]
    fn a_dateline_without_a_date_or_a_sentence_for_an_agency_is_none() {
        for lead in [
            "ЛУКА, 12 апреля. /Порт/. Делегации обсудили торговлю.",
            "ЛУКА, 12 апреля 2024. Делегации обсудили торговлю и строительство порта.",
            "On Monday, 12 April 2024, the ministers met. They discussed trade.",
            "Лука, 12 апреля 2024 года, Сербия. Делегации обсудили торговлю.",
            "ЛУКА, 12 апреля 2024. Делегации обсудили торговлю. Стороны договорились.",
        ] {
            assert_eq!(parts(lead), None, "{lead}");
        }
    }
}
