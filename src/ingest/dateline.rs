//! The lead's dateline: the place, the date and the agency before the lead's first sentence,
//! in the shapes agencies give it: "TASHKENT, Uzbekistan, July 24.", "BELGRADE –",
//! "Taschkent, 5. Mai 2023.", "ТАШКЕНТ, 12 апр — Sputnik.", and signed after a full date:
//! "ТАШКЕНТ, 12 апреля 2024. /Корр. ИА «Дунё»/.", "АСТАНА. 12 апреля 2024. КАЗИНФОРМ -",
//! "БИШКЕК, 12 апр 2024 — Sputnik, Name Surname.".

use super::countries;
use super::dates;
use super::lines::words;
use super::patterns::patterns;
use chrono::NaiveDate;

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
    let (place_end, after_place) = first_part_end(window, 0)?;
    if !is_place(&window[..place_end]) {
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

/// A dateline's place: one to three capitalised words without digits, no weekday ("On Monday").
fn is_place(text: &str) -> bool {
    (1..=3).contains(&words(text))
        && text.split(' ').all(|w| w.starts_with(char::is_uppercase))
        && !text.bytes().any(|b| b.is_ascii_digit())
        && dates::weekday_named(text).is_none()
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

/// "TASHKENT, Uzbekistan, July 24. Text…" → ("Text…", "TASHKENT, Uzbekistan, July 24.").
pub(super) fn split_dateline(lead: &str) -> (&str, &str) {
    if let Some(signed) = signed_dateline(lead) {
        return (&lead[signed.lead_at..], &lead[..signed.lead_at]);
    }
    if !patterns().dateline_shape.is_match(lead) {
        return (lead, "");
    }
    let window = &lead[..lead.floor_char_boundary(120)];
    // "BUDAPEST, Oct. 8 (Wire) –": a month's abbreviation does not end the dateline, nor does
    // a day's ordinal stop ("BEOGRAD, 14. marta (Agency) –").
    let full_stop = window.match_indices(". ").map(|(at, _)| at).find(|&at| {
        let word = window[..at].rsplit(|c: char| !c.is_alphabetic()).next();
        let next_word = window[at + 2..].split(|c: char| !c.is_alphabetic()).next();
        let ordinal = window[..at].ends_with(|c: char| c.is_ascii_digit())
            && next_word.is_some_and(|w| dates::month_number(w).is_some());
        !ordinal && word.is_none_or(|w| dates::month_number(w).is_none())
    });
    let cut = [" — ", " – ", " - "]
        .iter()
        .filter_map(|sep| window.find(sep).map(|at| (at, at + sep.len())))
        .chain(full_stop.map(|at| (at, at + 2)))
        .min_by_key(|(at, _)| *at);
    match cut {
        Some((at, after)) if at <= 90 => match agency_after_dash(&lead[..at], &lead[after..]) {
            Some(len) => (&lead[after + len + 1..], &lead[..after + len]),
            None => (&lead[after..], &lead[..at + 1]),
        },
        _ => (lead, ""),
    }
}

/// "ТАШКЕНТ, 12 апр — Sputnik. Текст…": after a dated dateline's dash, an agency of one to
/// three capitalised words and a full stop before the lead's first sentence. Its length with
/// the stop.
fn agency_after_dash(dateline: &str, rest: &str) -> Option<usize> {
    if !dateline.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let stop = rest[..rest.floor_char_boundary(40)].find(". ")?;
    let sentence_follows = rest[stop + 2..].starts_with(char::is_uppercase);
    (sentence_follows && is_agency_name(&rest[..stop])).then_some(stop + 1)
}

/// One to three capitalised words without digits that name no country.
fn is_agency_name(name: &str) -> bool {
    let capitalised = name.split(' ').all(|w| {
        w.chars().next().is_some_and(char::is_uppercase) && !w.chars().any(|c| c.is_ascii_digit())
    });
    (1..=3).contains(&words(name)) && capitalised && countries::mentions(name).is_empty()
}

/// The agency `split_dateline` kept at the end of a dateline ("ТАШКЕНТ, 12 апр — Sputnik.").
pub(super) fn dateline_agency(dateline: &str) -> Option<&str> {
    let name = dateline.strip_suffix('.')?;
    [" — ", " – ", " - "]
        .iter()
        .filter_map(|dash| name.rfind(dash).map(|at| &name[at + dash.len()..]))
        .min_by_key(|agency| agency.len())
        .filter(|agency| is_agency_name(agency))
}

/// "Mexico City, July 28, 2014 (Agency).- Text…": a full date in the lead's opening words, before
/// the dash, colon or agency credit that closes a dateline, whatever the city's case.
pub(super) fn dateline_date(lead: &str) -> Option<NaiveDate> {
    let window = &lead[..lead.floor_char_boundary(140)];
    let close = [" – ", " — ", " -- ", ".- ", " - ", "): ", ": "]
        .iter()
        .filter_map(|sep| window.find(sep))
        .min()?;
    let dateline = &window[..close];
    if words(dateline) > 14 || dateline.contains(". ") {
        return None;
    }
    dates::find_full_date(dateline)
}

/// "Taschkent, 5. Mai 2023. Usbekistan und…", "Belgrade, 3 June 2024 – Serbia…": a place of one
/// to three capitalised words and a full date standing alone before the lead's first sentence
/// ("On Monday, 5 May 2023, the ministers…" goes on after a comma: not a dateline).
pub(super) fn place_and_date(lead: &str) -> Option<NaiveDate> {
    let (place, _) = lead[..lead.floor_char_boundary(40)].split_once(", ")?;
    if !is_place(place) {
        return None;
    }
    let rest = &lead[place.len() + 2..];
    let window = &rest[..rest.floor_char_boundary(60)];
    [". ", " – ", " — ", " - ", ": "]
        .iter()
        .flat_map(|sep| {
            window
                .match_indices(sep)
                .map(|(at, sep)| (at, at + sep.len()))
        })
        .filter(|&(at, after)| {
            words(&rest[..at]) <= 5 && rest[after..].starts_with(char::is_uppercase)
        })
        .find_map(|(at, _)| dates::find_full_date(&rest[..at]))
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
