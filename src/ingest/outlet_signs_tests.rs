//! Tests of `outlet_signs.rs`: the outlet told by the dateline's agency, a source beside its
//! post's age, the date line's source and a name glued to the last paragraph.

use crate::ingest::extract::extract;

const MORE: &str = "The two sides also agreed to open a joint laboratory for software testing in the capital next year.";

fn outlet(page: &str) -> Option<String> {
    extract(page).outlet
}

#[test]
fn an_agency_before_a_relative_time_is_the_outlet_but_a_dates_label_is_not() {
    let page = |stamp: &str| {
        format!("Ministers meet on trade\n\n{stamp}\n\nThe two ministers met on Monday to discuss trade between the countries.\n\n{MORE}\n")
    };
    assert_eq!(
        outlet(&page("Coast Wire 2 hours ago")).as_deref(),
        Some("Coast Wire")
    );
    assert_eq!(outlet(&page("Last updated 3 hours ago")), None);
    assert_eq!(outlet(&page("Posted 5 days ago")), None);
}

/// "CITY, 12 Apr — Agency. Lead": the agency after the dateline's dash, kept out of the lead.
#[test]
fn an_agency_after_the_datelines_dash_is_the_outlet_and_not_the_leads_first_word() {
    for (lead, agency) in [
        (
            "ЛУКА, 12 апр — Вести Порта. Министры обсудили торговлю и строительство нового порта.",
            Some("Вести Порта"),
        ),
        (
            "HARBOUR CITY, April 12 – Coast Wire. The ministers discussed trade and a new port.",
            Some("Coast Wire"),
        ),
        // A date after the dash, or no date before it, is no agency.
        (
            "HARBOUR CITY – 12 April. The ministers discussed trade and a new port.",
            None,
        ),
        (
            "HARBOUR CITY – Ministers. The ministers discussed trade and a new port.",
            None,
        ),
    ] {
        let e = extract(&format!("Ministers meet on trade\n\n{lead}\n\n{MORE}\n"));
        assert_eq!(e.outlet.as_deref(), agency, "{lead}");
        if let Some(agency) = agency {
            assert!(!e.lead.contains(agency), "{}", e.lead);
        }
    }
}

/// "Izvor: Beta | 03/04/2025 10:21": the source labelled in a cell of the date line.
#[test]
fn a_source_in_the_date_line_is_the_outlet() {
    let page = format!("Startups raised a record sum last year\n\nIzvor: Beta | 03/04/2025 10:21 | Ažurirano: 04/04/2025 08:02\n\nThe startups raised a record sum of money last year, the fund said on Thursday. {MORE}\n\n© 2025 Digital Daily. All rights reserved.\n");
    assert_eq!(outlet(&page).as_deref(), Some("Beta"));
}

/// "ТАШКЕНТ, 12 сентября — ИА «Туронпресс».", "Toshkent, 12-iyun. «Turon-Axborot».": an agency
/// in quotation marks closing the dateline.
#[test]
fn a_quoted_agency_in_the_dateline_is_the_outlet() {
    let page = format!("Стороны начали строительство станции\n\nТАШКЕНТ, 12 сентября — ИА «Северпресс». В пятницу стороны начали строительство станции.\n\n{MORE}\n");
    assert_eq!(outlet(&page).as_deref(), Some("Северпресс"));
    let page = format!("Yangi reyslar yo‘lga qo‘yiladi\n\nToshkent, 12-iyun. «Sharq-Axborot». Ikki davlat o‘rtasida yangi reyslar yo‘lga qo‘yiladi.\n\n{MORE}\n");
    assert_eq!(outlet(&page).as_deref(), Some("Sharq-Axborot"));
    // A company quoted at the start of the sentence is no agency.
    let page = format!("Airline adds flights\n\nTASHKENT, 12 June. «Silk Air» will add two weekly flights to the capital.\n\n{MORE}\n");
    assert_ne!(outlet(&page).as_deref(), Some("Silk Air"));
}

/// "… programerke. (Tanjug)": an agency glued to the last paragraph; "Name (EFE)" under the
/// headline.
#[test]
fn an_agency_glued_to_the_last_paragraph_and_a_name_with_its_agency() {
    let page = format!("Two sides open a joint laboratory\n\nThe two sides agreed on Monday to open a joint laboratory. {MORE} (Tanjug)\n\n© 2024 Business Pulse. All rights reserved.\n");
    assert_eq!(outlet(&page).as_deref(), Some("Tanjug"));
    // A bracket inside the last sentence is not a credit.
    let page = format!("Two sides open a joint laboratory\n\nThe two sides agreed on Monday to open a joint laboratory. {MORE} It was built by the agency (Tanjug)\n");
    assert_ne!(outlet(&page).as_deref(), Some("Tanjug"));
    let page = format!("Two sides open a joint laboratory\n\nJavier Ortega (EFE)\n04/10/2023 13:27 h\n\nThe two sides agreed on Monday to open a joint laboratory. {MORE}\n");
    assert_eq!(extract(&page).author.as_deref(), Some("Javier Ortega"));
}
