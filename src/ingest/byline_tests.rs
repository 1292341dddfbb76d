//! Tests of bylines, credits and outlets (`byline.rs`).

use super::{correspondent_sign_off, reporting_credit};
use crate::ingest::extract::extract;

const MORE: &str = "The two sides also agreed to open a joint laboratory for software testing in the capital next year.";

fn outlet(page: &str) -> Option<String> {
    extract(page).outlet
}

#[test]
fn agency_credits_in_the_lead_and_sign_offs() {
    let page = format!("Ministers meet on trade\n\nHARBOUR CITY, (Coast Daily News) – The two ministers met on Monday to discuss trade.\n\n{MORE}\n");
    assert_eq!(outlet(&page).as_deref(), Some("Coast Daily News"));
    let page = format!("Ciudad del Puerto, 3 de mayo de 2015 (Agencia).- Los ministros se reunieron el lunes para hablar de comercio.\n\n{MORE}\n");
    let e = extract(&page);
    assert_eq!(e.outlet.as_deref(), Some("Agencia"));
    assert_eq!(e.date.map(|d| d.to_string()).as_deref(), Some("2015-05-03"));
    let page = format!("Ministers meet on trade\n\nThe two ministers met on Monday to discuss trade between the countries.\n\n{MORE}\n\n– Coast Daily\n");
    let e = extract(&page);
    assert_eq!(e.outlet.as_deref(), Some("Coast Daily"));
    assert!(!format!("{:?}", e.blocks).contains("Coast Daily"));
}

#[test]
fn a_dashed_sign_off_names_writer_and_outlet_and_a_lower_case_agency_needs_a_source_label() {
    let page = format!("Ministers meet on trade\n\nThe two ministers met on Monday to discuss trade between the countries.\n\n{MORE}\n\n— Ana Ivić, Coast Daily\n\nRelated news\n");
    let e = extract(&page);
    assert_eq!(e.author.as_deref(), Some("Ana Ivić"));
    assert_eq!(e.outlet.as_deref(), Some("Coast Daily"));
    assert!(!format!("{:?}", e.blocks).contains("Ana Ivić"));
    let page = format!("Ministers meet on trade\n\nThe two ministers met on Monday to discuss trade between the countries.\n\n{MORE}\n\nQuelle: hpa\n");
    assert_eq!(outlet(&page).as_deref(), Some("hpa"));
    let page = format!("Ministers meet on trade\n\nAuthor: admin\n\nThe two ministers met on Monday to discuss trade between the countries.\n\n{MORE}\n");
    assert_eq!(extract(&page).author, None);
}

/// Bylines naming several writers or a desk, or led by "Posted by": the first writer, and the
/// line never stays in the body.
#[test]
fn bylines_of_several_writers_or_a_desk_name_the_first_writer() {
    for (line, writer, agency) in [
        ("By Ana Roe and Ken Tan, Staff Writers", "Ana Roe", None),
        ("By Ana Roe & Ken Tan", "Ana Roe", None),
        (
            "Written by Ana Roe, Coast Daily",
            "Ana Roe",
            Some("Coast Daily"),
        ),
        (
            "Posted by Ana Roe | 2 days ago | 5 min read",
            "Ana Roe",
            None,
        ),
    ] {
        let e = extract(&format!("Ministers meet on trade\n\n{line}\n\nThe two ministers met on Monday to discuss trade between the countries.\n\n{MORE}\n"));
        assert_eq!(e.author.as_deref(), Some(writer), "{line}");
        assert_eq!(e.outlet.as_deref(), agency, "{line}");
        assert!(!format!("{:?}", e.blocks).contains("Ana Roe"), "{line}");
    }
    // A sentence that starts with "By" is no byline.
    let e = extract(&format!("Ministers meet on trade\n\nBy Monday and Tuesday, the ministers agreed.\n\nThe two ministers met on Monday to discuss trade between the countries.\n\n{MORE}\n"));
    assert_eq!(e.author, None);
}

/// A dateline signed by its agency gives the outlet, the date and the writer, and the lead
/// starts after it.
#[test]
fn a_signed_dateline_gives_outlet_date_and_writer() {
    let e = extract(&format!("Ministers meet on trade\n\nЛУКА. 12 апреля 2024. ПОРТИНФОРМ - Министры обсудили торговлю и строительство нового порта.\n\n{MORE}\n"));
    assert_eq!(e.outlet.as_deref(), Some("ПОРТИНФОРМ"));
    assert_eq!(e.date.map(|d| d.to_string()).as_deref(), Some("2024-04-12"));
    assert!(e.lead.starts_with("Министры"), "{}", e.lead);
    let e = extract(&format!("Ministers meet on trade\n\nЛука, 12 апр 2024 — Вести, Айбек Осмонов. Министры обсудили торговлю.\n\n{MORE}\n"));
    assert_eq!(e.outlet.as_deref(), Some("Вести"));
    assert_eq!(e.author.as_deref(), Some("Айбек Осмонов"));
}

/// "Autor: Name | Outlet" on a date line between a deck that reads as a paragraph and the lead.
#[test]
fn a_byline_on_the_date_line_under_a_deck_names_the_writer() {
    let page = format!("Ministers meet on trade\n\nThe talks covered a new port and a rail link, with the first works planned for 2026.\n\nAutor: Ana Ivić | Coast Daily\nObjavljeno: 07.06.2024. 14:22 | Ažurirano: 08.06.2024.\n\nThe two ministers met on Monday to discuss trade between the countries.\n\n{MORE}\n");
    let e = extract(&page);
    assert_eq!(e.author.as_deref(), Some("Ana Ivić"));
    assert_eq!(e.date.map(|d| d.to_string()).as_deref(), Some("2024-06-07"));
}

#[test]
fn reports_that_and_told_name_the_outlet_but_never_a_common_noun() {
    let page = format!("Ministers meet on trade\n\nThe two ministers met on Monday to discuss trade between the countries.\n\nCoast Daily News reports that the talks will go on in May, according to officials.\n\n{MORE}\n");
    assert_eq!(outlet(&page).as_deref(), Some("Coast Daily News"));
    let page = format!("Ministers meet on trade\n\nThe ministry reported that the two ministers met on Monday to discuss trade.\n\n{MORE}\n");
    assert_eq!(outlet(&page), None);
    let page = format!("Ministers meet on trade\n\nThe two ministers met on Monday to discuss trade between the countries.\n\n“We are ready,” the minister told The PAPER.\n\n{MORE}\n");
    assert_eq!(outlet(&page).as_deref(), Some("The PAPER"));
}

#[test]
fn source_labels_in_every_language_name_the_outlet_and_par_por_von_are_bylines() {
    for (label, agency) in [
        ("Izvor", "Harbour Agency"),
        ("Извор", "Лучка агенција"),
        ("Quelle", "Hafen Agentur"),
        ("Kaynak", "Liman Ajansı"),
        ("Manba", "Bandargoh Agentligi"),
        ("Fuente", "Agencia Puerto"),
        ("Источник", "Портовое агентство"),
        ("Манба", "Бандаргоҳ Пресс"),
        ("Дереккөз", "Порт Ақпарат"),
    ] {
        let page = format!("Ministers meet on trade\n\nThe two ministers met on Monday to discuss trade between the countries.\n\n{MORE}\n\n{label}: {agency}\n");
        let e = extract(&page);
        assert_eq!(e.outlet.as_deref(), Some(agency), "{label}");
        assert_eq!(e.author, None, "{label}");
    }
    let page = format!("Ministers meet on trade\n\nAutor: Ana Ivić\n\nThe two ministers met on Monday to discuss trade between the countries.\n\n{MORE}\n");
    assert_eq!(extract(&page).author.as_deref(), Some("Ana Ivić"));
    for by in ["Par", "Por", "Von"] {
        let page = format!("Les ministres se rencontrent\n\n{by} Claire Dubois\n\nThe two ministers met on Monday to discuss trade between the countries.\n\n{MORE}\n");
        let e = extract(&page);
        assert_eq!(e.title, "Les ministres se rencontrent", "{by}");
        assert_eq!(e.author.as_deref(), Some("Claire Dubois"), "{by}");
    }
}

#[test]
fn the_leads_own_agency_credit_outranks_a_source_line() {
    let page = format!("Ministers meet on trade\n\nHARBOUR CITY (HA) - The two ministers met on Monday to discuss trade.\n\n{MORE}\n\nKaynak: Haber Kaynağı\n");
    assert_eq!(outlet(&page).as_deref(), Some("HA"));
}

#[test]
fn a_copyright_footer_names_the_outlet_when_nothing_else_does() {
    for (footer, want) in [
        (
            "© 2020 Wirtschaftsblatt. Alle Rechte vorbehalten.",
            Some("Wirtschaftsblatt"),
        ),
        (
            "Copyright © 2019-2024 Daily Planet | All rights reserved",
            Some("Daily Planet"),
        ),
        ("© 2021 Все права защищены.", None),
        ("© 2024 All Rights Reserved", None),
        ("© 2023 Сва права задржана.", None),
        (
            "Morning Courier © 2019–2025 | Barcha huquqlar himoyalangan",
            Some("Morning Courier"),
        ),
        (
            "© «Вечерний Экспресс», 2024. Все права защищены. 18+",
            Some("Вечерний Экспресс"),
        ),
        (
            "© 2015–2024 ИА «Северный Ветер». При использовании материалов ссылка обязательна.",
            Some("Северный Ветер"),
        ),
        (
            "© Вечерний курьер. Перепечатка материалов только с разрешения редакции.",
            Some("Вечерний курьер"),
        ),
        (
            "© 2024 Harbour Media d.o.o. All rights reserved.",
            Some("Harbour Media"),
        ),
        (
            "© La Gazette fluviale 2025 – Tous droits réservés – Mentions légales",
            Some("La Gazette fluviale"),
        ),
        (
            "Мнение редакции может не совпадать с мнением авторов. © Вечерний Экспресс",
            Some("Вечерний Экспресс"),
        ),
        (
            "Все права защищены. Harbour Business, 2024",
            Some("Harbour Business"),
        ),
        (
            "© 2019 harbourdaily.info — Sva prava zadržana. Zabranjeno preuzimanje sadržaja.",
            Some("harbourdaily.info"),
        ),
        (
            "© Le Courrier des Plaines 2024 — Mentions légales — Politique de confidentialité",
            Some("Le Courrier des Plaines"),
        ),
        ("Privacy Policy | All rights reserved", None),
    ] {
        let page = format!("Ministers meet on trade\n\nThe two ministers met on Monday to discuss trade between the countries.\n\n{MORE}\n\nShare this article\n\n{footer}\n");
        assert_eq!(outlet(&page).as_deref(), want, "{footer}");
    }
    let page = format!("Ministers meet on trade\n\nHARBOUR CITY (HA) - The two ministers met on Monday to discuss trade.\n\n{MORE}\n\n© 2020 Daily Planet\n");
    assert_eq!(
        outlet(&page).as_deref(),
        Some("HA"),
        "the lead's credit first"
    );
}

#[test]
fn a_correspondent_sign_off_names_the_writer_and_the_outlet() {
    for (line, want) in [
        (
            "Sardor Aliyev, \"Morning Courier\" muxbiri",
            Some(("Sardor Aliyev", "Morning Courier")),
        ),
        (
            "Иван Петров, корреспондент «Вечерний Экспресс»",
            Some(("Иван Петров", "Вечерний Экспресс")),
        ),
        ("Paris, “la ville lumière”, attend", None),
    ] {
        assert_eq!(
            correspondent_sign_off(line),
            want.map(|(a, b)| (a.to_string(), b.to_string())),
            "{line}"
        );
    }
}

#[test]
fn a_name_or_initials_alone_under_the_headline_is_the_byline() {
    for (line, want) in [
        ("Jovana Petrović-Ilić", Some("Jovana Petrović-Ilić")),
        ("В.Н.", Some("В.Н.")),
        ("Марко Јовановић", Some("Марко Јовановић")),
        ("Harbour Bureau", None),
        ("Serbia Bureau", None),
        ("Read More", None),
        ("Minister Tanaka", None),
    ] {
        let page = format!("Minister Tanaka meets traders\n\n{line}\n\n28. 02. 2026. u 08:22\n\nThe two ministers met on Monday to discuss trade between the countries.\n\n{MORE}\n");
        assert_eq!(extract(&page).author.as_deref(), want, "{line}");
    }
}

#[test]
fn a_correspondents_from_line_names_the_author_and_a_date_label_no_outlet() {
    let page = format!(" date 2022-10-03 from ADA OKAFOR in Harbour City, Coastland\n\nCoastland Bureau\n\nHARBOUR CITY - The two ministers met on Monday to discuss trade between the countries.\n\n{MORE}\n");
    assert_eq!(extract(&page).author.as_deref(), Some("ADA OKAFOR"));
    let page = format!("Ministers meet on trade\n\nOur Desk Updated - November 08, 2011 at 08:23 PM.\n\nThe two ministers met on Monday to discuss trade between the countries.\n\n{MORE}\n");
    assert_eq!(outlet(&page), None);
}

#[test]
fn a_capitals_agency_dateline_and_an_agency_before_a_relative_time() {
    let page = format!("Ministers meet on trade\n\nHARBOUR CITY. COASTNEWS - The two ministers met on Monday to discuss trade, Coastnews has learned.\n\n{MORE}\n");
    assert_eq!(outlet(&page).as_deref(), Some("Coastnews"));
    let page = format!("Ministers meet on trade\n\nHARBOUR CITY. COASTNEWS - The two ministers met on Monday to discuss trade.\n\n{MORE}\n");
    assert_eq!(outlet(&page).as_deref(), Some("COASTNEWS"));
    for line in [
        "Gamma pre 1 sat",
        "Gamma 2 hours ago",
        "Gamma vor 3 Stunden",
    ] {
        let page = format!("Ministers meet on trade\n\n{line}\n\nThe two ministers met on Monday to discuss trade between the countries.\n\n{MORE}\n");
        assert_eq!(outlet(&page).as_deref(), Some("Gamma"), "{line}");
    }
    let page = format!("Ministers meet on trade\n\nPolitics 28.02.2026\n\nThe two ministers met on Monday to discuss trade between the countries.\n\n{MORE}\n");
    assert_eq!(outlet(&page), None, "a section beside a date is no agency");
}

#[test]
fn a_wires_reporting_credit_names_the_first_reporter() {
    assert_eq!(
        reporting_credit("(Reporting by Jane Roe; Editing by John Doe)").as_deref(),
        Some("Jane Roe")
    );
    assert_eq!(
        reporting_credit("(Reporting by Jane Roe and Ann Lee in Paris)").as_deref(),
        Some("Jane Roe")
    );
    assert_eq!(reporting_credit("(Reporting by staff)"), None);
    let e = extract(&format!("Ministers open a joint software centre\n\nThe two ministers opened a joint software centre in the capital on Monday.\n\n{MORE}\n\n(Reporting by Jane Roe; Editing by John Doe)\n"));
    assert_eq!(e.author.as_deref(), Some("Jane Roe"));
}

/// A byline in small letters cut by bars under a headline set off from its section by a gap:
/// neither is joined to the headline.
#[test]
fn a_small_letter_byline_line_and_a_section_before_a_gap_leave_the_headline() {
    let e = extract(&format!("TECH   Ministers open a joint software centre in the capital\nby Jane Roe  |  3 hours ago  |  👁 2,418  |  4 min read\n\nThe two ministers opened a joint software centre in the capital on Monday.\n\n{MORE}\n"));
    assert_eq!(
        e.title,
        "Ministers open a joint software centre in the capital"
    );
    assert_eq!(e.author.as_deref(), Some("Jane Roe"));
}

#[test]
fn sign_offs_and_labels_in_every_script_name_the_author() {
    let cases = [
        // A sign-off after the article, its label after one word.
        ("Two sides open a joint laboratory\n\nThe two sides agreed on Monday to open a joint laboratory in the capital of the region this year.\n\nМатериал подготовил Тимур Ахмедов\nФото: пресс-служба\n", "Тимур Ахмедов"),
        ("Two sides open a joint laboratory\nPripremila: Ana Jovanović\n\nThe two sides agreed on Monday to open a joint laboratory in the capital of the region this year.\n", "Ana Jovanović"),
        ("Two sides open a joint laboratory\n12.03.2025\nМухбир: Нодира Каримова\n\nThe two sides agreed on Monday to open a joint laboratory in the capital of the region this year.\n", "Нодира Каримова"),
    ];
    for (page, want) in cases {
        assert_eq!(extract(page).author.as_deref(), Some(want), "{page}");
    }
}

#[test]
fn outlets_by_the_name_the_masthead_gives_them() {
    // The dateline's short credit, past the country beside the city.
    let page = format!("Two sides open a joint laboratory | Agencia Meridiana\nAgencia Meridiana · Noticias\n\nTwo sides open a joint laboratory\n\nJIVA (Uzbekistán), 9 oct. (Meridiana) – Las dos partes acordaron abrir un laboratorio conjunto. {MORE}\n");
    assert_eq!(outlet(&page).as_deref(), Some("Agencia Meridiana"));
    // The copyright holder's company name under a masthead of its short name.
    let page = format!("OSTEXPRESS\n\nTwo sides open a joint laboratory\n\nThe two sides agreed on Monday to open a joint laboratory. {MORE}\n\n© OSTEXPRESS Verlagsgesellschaft mbH, Leipzig\n");
    assert_eq!(outlet(&page).as_deref(), Some("OSTEXPRESS"));
    // A photo credit's © is not the publisher's; a name with a word in small letters is.
    let page = format!("Two sides open a joint laboratory\n\nThe two sides agreed on Monday to open a joint laboratory. {MORE}\n\nPhoto : © Pont Numérique\n\n© Le Courrier d'Asie centrale 2025 — Tous droits réservés\n");
    assert_eq!(
        outlet(&page).as_deref(),
        Some("Le Courrier d'Asie centrale")
    );
}

/// A ministry's or embassy's own site: the long name its footer holds counts as the outlet
/// because its masthead prints it, in capitals or under the state's name.
#[test]
fn an_institutions_long_name_in_footer_and_masthead_is_the_outlet() {
    let article = format!("Two ministries open a joint laboratory\n\nThe two ministries agreed on Monday to open a joint laboratory. {MORE}\n");
    for (masthead, footer, want) in [
        (
            "Skip to content\nEnglish | Deutsch\n\nREPUBLIC OF ATLANTIS\nMINISTRY OF DIGITAL AFFAIRS AND COMMUNICATIONS",
            "© 2024 Ministry of Digital Affairs and Communications of the Republic of Atlantis",
            Some("Ministry of Digital Affairs and Communications"),
        ),
        (
            "Посольство Республики Атлантида в Республике Лемурия\nГлавная\nКонтакты",
            "© 2023 Посольство Республики Атлантида в Республике Лемурия. Все права защищены.",
            Some("Посольство Республики Атлантида в Республике Лемурия"),
        ),
        // Without the masthead, a footer reading like a sentence names no one.
        (
            "Home\nNews",
            "© 2024 Ministry of digital affairs and communications of the republic",
            None,
        ),
    ] {
        let page = format!("{masthead}\n\n{article}\nShare\n\n{footer}\n");
        assert_eq!(outlet(&page).as_deref(), want, "{page}");
    }
}

/// "Par Claire Dubois, correspondante à Tachkent": a byline with the reporter's post after it.
#[test]
fn a_byline_with_the_reporters_post_is_no_headline() {
    let headline = "Two space agencies will watch the drying sea by satellite";
    for byline in [
        "Par Claire Dubois, correspondante à Tachkent",
        "By Ann Reed, our correspondent in Tashkent",
    ] {
        let e = extract(&format!("{headline}\n{byline}\n\nThe two space agencies signed an agreement on Monday to watch the drying sea by satellite. {MORE}\n"));
        assert_eq!(e.title, headline, "{byline}");
        assert!(
            e.author
                .as_deref()
                .is_some_and(|a| a.ends_with("Dubois") || a.ends_with("Reed")),
            "{byline}: {:?}",
            e.author
        );
    }
}

/// A name alone on the first line after the article, the tags under it: the author.
#[test]
fn a_bare_name_after_the_article_signs_it() {
    let page = format!("Two sides open a joint laboratory\n\nThe two sides agreed on Monday to open a joint laboratory. {MORE}\n\nDilshod Karimov\n\nTags: laboratory, software\n");
    assert_eq!(extract(&page).author.as_deref(), Some("Dilshod Karimov"));
    // A teaser under a name-shaped label is not signed by it.
    let page = format!("Two sides open a joint laboratory\n\nThe two sides agreed on Monday to open a joint laboratory. {MORE}\n\nRelated News\n\nMinisters meet on trade in the capital\n");
    assert_eq!(extract(&page).author, None);
    let page = format!("Two sides open a joint laboratory\n\nThe two sides agreed on Monday to open a joint laboratory. {MORE}\n\nSouth Korea\n\nTags: laboratory\n");
    assert_eq!(extract(&page).author, None);
}

/// "Источник: ИА «Пресс»", "Тошкент, 27 май – «Агентлик» АА.", "Name, AgroPress correspondent",
/// "Name | Published: date": where the agency and the writer stand on other pages.
#[test]
fn quoted_sources_agency_abbreviations_and_unquoted_sign_offs() {
    let page = format!("Two sides open a joint laboratory\n\nThe two sides agreed on Monday to open a joint laboratory. {MORE}\n\nИсточник: ИА «Северный Пресс»\n\nТеги: ГЭС\n");
    assert_eq!(outlet(&page).as_deref(), Some("Северный Пресс"));
    let page = format!("Лойиҳалар бошланади\n\nТошкент, 27 май – «Шарқинформ» АА. Икки давлат қўшма лойиҳаларни бошлайди.\n\n{MORE}\n");
    assert_eq!(outlet(&page).as_deref(), Some("Шарқинформ"));
    let page = format!("Two sides open a joint laboratory\n\nThe two sides agreed on Monday to open a joint laboratory. {MORE}\n\nDilnoza Karimova, AgroPress correspondent\n\nTags: laboratory\n");
    let e = extract(&page);
    assert_eq!(e.author.as_deref(), Some("Dilnoza Karimova"));
    assert_eq!(e.outlet.as_deref(), Some("AgroPress"));
    let page = format!("Two sides open a joint laboratory\n\nThe two sides agreed on Monday to open a joint laboratory. {MORE}\n\nJelena Marković | Objavljeno: 23.05.2024. u 10:47\n\nTagovi: IT\n\nNAJČITANIJE\n1. Plate programera — 25.05.2024.\n");
    let e = extract(&page);
    assert_eq!(e.author.as_deref(), Some("Jelena Marković"));
    assert_eq!(e.date.map(|d| d.to_string()).as_deref(), Some("2024-05-23"));
}

/// "Name, «Outlet»" under the article; "(Agencia Orbe) –" in the lead under a deck that reads
/// as a paragraph.
#[test]
fn a_quoted_outlet_sign_off_and_an_agency_under_a_deck() {
    let page = format!("Two sides open a joint laboratory\n\nThe two sides agreed on Monday to open a joint laboratory. {MORE}\n\nDilnoza Rahimova, «Sharq-Press»\n\nTeglar: #laboratoriya\n");
    let e = extract(&page);
    assert_eq!(e.author.as_deref(), Some("Dilnoza Rahimova"));
    assert_eq!(e.outlet.as_deref(), Some("Sharq-Press"));
    let page = format!("Dos países se alían en coches eléctricos\n\nLa capital firma con Pekín la ampliación de la planta, que duplicará su producción hasta cien mil vehículos al año.\n\nPublicado: 03/09/2025 18:05\n\nTASKENT, 3 sep (Agencia Orbe) – Los dos países firmaron este miércoles un paquete de acuerdos.\n\n{MORE}\n\n© 2025 El Observador S.L. Todos los derechos reservados.\n");
    assert_eq!(outlet(&page).as_deref(), Some("Agencia Orbe"));
}

/// Agencies in quotation marks between slashes or in brackets; a name beside the date.
#[test]
fn quoted_agencies_in_slashes_and_brackets_and_a_name_beside_the_date() {
    let page = format!("Стороны построят терминалы\n\nТАШКЕНТ, 12 марта. /«Караван-Пресс»/. Стороны договорились построить терминалы.\n\n{MORE}\n");
    assert_eq!(outlet(&page).as_deref(), Some("Караван-Пресс"));
    let page = format!("Меҳмонхоналар қурилади\n\nТОШКЕНТ, 14 май («Турон-Пресс») – Икки давлат меҳмонхоналар қуришга келишди.\n\n{MORE}\n");
    assert_eq!(outlet(&page).as_deref(), Some("Турон-Пресс"));
    let page = format!("Film days open in the capital\nMilica Stojanović | Tuesday, 17 September 2024 18:42\n\nThe film days opened on Monday evening in the capital. {MORE}\n");
    assert_eq!(extract(&page).author.as_deref(), Some("Milica Stojanović"));
    let page = format!("Film days open in the capital\nWire Service | Tuesday, 17 September 2024 18:42\n\nThe film days opened on Monday evening in the capital. {MORE}\n");
    assert_eq!(extract(&page).author, None);
}

/// "By Name, Senior Writer": a role, not an outlet; the masthead in capitals names the outlet a
/// longer copyright holder goes by; the writer's note closing the article is not its text; a
/// "Gift this article" button is no headline.
#[test]
fn a_writers_role_a_capitals_masthead_and_a_note_on_the_writer() {
    let page = format!("DAILY PLANET\n\nTech\nBusiness\n\nTwo sides open a joint laboratory for soil research\n\nBy Jordan Roe, Senior Writer\nPublished 10/08/2024 09:42 AM ET\n\nGift this article\n\nThe two sides agreed on Monday to open a joint laboratory. {MORE}\n\nJordan Roe is a senior writer at Daily Planet covering farming and trade.\n\n© 2024 Daily Planet Media LLC. All rights reserved.\n");
    let e = extract(&page);
    assert_eq!(
        e.title,
        "Two sides open a joint laboratory for soil research"
    );
    assert_eq!(e.author.as_deref(), Some("Jordan Roe"));
    assert_eq!(e.outlet.as_deref(), Some("Daily Planet"));
    let body = format!("{:?}", e.blocks);
    assert!(!body.contains("covering farming"), "{body}");
    assert!(body.contains("joint laboratory"), "{body}");
}

/// "Hanoi/Berlin (dpa) - …": an agency written in small letters, right after the place.
#[test]
fn an_agency_in_small_letters_after_the_place() {
    let page = format!("ticker-news.net\n\nTwo sides open a joint laboratory\n\nHanoi/Berlin (dpa) - The two sides agreed on Monday to open a joint laboratory. {MORE}\n");
    assert_eq!(outlet(&page).as_deref(), Some("dpa"));
    // Small letters in brackets later in the lead are no credit.
    let page = format!("Two sides open a joint laboratory\n\nThe two sides agreed on Monday to open a joint laboratory (see map) - it opens soon. {MORE}\n");
    assert_ne!(outlet(&page).as_deref(), Some("see"));
}

/// "(AAN)" under "AAN - Agencia Atlántica de Noticias": the credit as the page prints it, its
/// initials (most labelled pages name an agency so); "© Name Verlags-GmbH & Co. KG": the name
/// without the company's forms; "Posted by Name in Sections": the writer without the sections.
#[test]
fn credited_initials_compound_company_forms_and_a_post_in_sections() {
    let page = format!("Skip to content\nAAN - Agencia Atlántica de Noticias\n\nTwo sides open a joint laboratory\n\nAstaná, 14 may (AAN).- The two sides agreed on Monday to open a joint laboratory. {MORE}\n");
    assert_eq!(outlet(&page).as_deref(), Some("AAN"));
    let page = format!("Two sides open a joint laboratory\n\nThe two sides agreed on Monday to open a joint laboratory. {MORE}\n\n© Alb-Bote Verlags-GmbH & Co. KG 2023. Alle Rechte vorbehalten.\n");
    assert_eq!(outlet(&page).as_deref(), Some("Alb-Bote"));
    let page = format!("Two sides open a joint laboratory\nPosted by Grace Wanjiru in Field Notes, Kenya, Partnerships\n\nThe two sides agreed on Monday to open a joint laboratory. {MORE}\n");
    let e = extract(&page);
    assert_eq!(e.author.as_deref(), Some("Grace Wanjiru"));
    assert_eq!(e.title, "Two sides open a joint laboratory");
}

/// "Аутор: Name, Unit": an author's label, the writer and their unit; the unit is no outlet
/// and the line is no deck of the article.
#[test]
fn a_labelled_writer_with_their_unit_after_a_comma() {
    for (credit, want) in [
        (
            "Аутор: Јелена Петровић, Центар за каријерно вођење",
            "Јелена Петровић",
        ),
        (
            "Author: Ann Reed, Senior Fellow at the Policy Lab",
            "Ann Reed",
        ),
    ] {
        let page = format!("Ministers meet on trade\n{credit}\n\nThe two ministers met on Monday to discuss trade between the countries.\n\n{MORE}\n");
        let e = extract(&page);
        assert_eq!(e.author.as_deref(), Some(want), "{page}");
        assert_eq!(e.outlet, None, "{page}");
        assert!(!format!("{:?}", e.blocks).contains(credit), "{page}");
    }
}

/// "Name Surname, Outlet economic observer" between the date line and the lead: the writer
/// and their post, not the headline; "By Name, Staff Writer" still loses its "By".
#[test]
fn a_writer_with_their_post_under_the_date_line() {
    let page = format!("Economy\nTwo sides open a joint laboratory\nThe laboratory will test software for both sides\nJune 3, 2024, 17:20\nAnn Reed, HA economic observer\n\nHARBOUR CITY, June 3 (HA). The two sides agreed on Monday to open a joint laboratory. {MORE}\n");
    let e = extract(&page);
    assert_eq!(e.title, "Two sides open a joint laboratory");
    assert_eq!(e.author.as_deref(), Some("Ann Reed"));
    let page = format!("Two sides open a joint laboratory\nBy Huang Tzu-ti, Staff Writer\n\nThe two sides agreed on Monday to open a joint laboratory. {MORE}\n");
    assert_eq!(extract(&page).author.as_deref(), Some("Huang Tzu-ti"));
}

/// A wire's story closed by "(END)" under a caption credited in brackets: the end mark is no
/// outlet's name, and the caption is not the article's text.
#[test]
fn a_wires_end_mark_and_its_bracketed_caption() {
    let page = format!("Two sides open a joint laboratory\n\nThis photo provided by the ministry shows the vice minister shaking hands with his guest after signing a memorandum of understanding in the capital on June 4, 2024, in front of the press and a delegation of officials from both sides. (PHOTO NOT FOR SALE) (Harbour)\n\nHARBOUR CITY, June 4 (Harbour) -- The two sides agreed on Tuesday to open a joint laboratory. {MORE}\n\n(END)\n");
    let e = extract(&page);
    assert_eq!(e.outlet.as_deref(), Some("Harbour"));
    assert!(!format!("{:?}", e.blocks).contains("This photo"));
}

/// "© 2024 Eastmarket Verlag GmbH" under the masthead "Eastmarket – The magazine for markets in
/// the East": the name the page goes by, before its tagline.
#[test]
fn a_publishers_footer_gives_the_mastheads_name_before_its_tagline() {
    let page = format!("Eastmarket – The magazine for markets in the East and Central Asia\n\nMinisters meet on trade\n\nThe two ministers met on Monday to discuss trade between their countries.\n\n{MORE}\n\n© 2024 Eastmarket Verlag GmbH\n");
    assert_eq!(outlet(&page).as_deref(), Some("Eastmarket"));
}

/// "J. Petrović | 12.09.2024. 14:37 | 4 comments": a writer named by an initial and surname on
/// the date line.
#[test]
fn a_writer_by_initial_and_surname_on_the_date_line() {
    let page = format!("Ministers meet on trade\nЈ. Петровић | 12.09.2024. 14:37 | 4 коментара\n\nThe two ministers met on Monday to discuss trade between their countries.\n\n{MORE}\n");
    assert_eq!(extract(&page).author.as_deref(), Some("Ј. Петровић"));
}

/// "Рубрика: … | Текст: Name" (section, text) under the date line: the writer in a later cell.
#[test]
fn a_writer_labelled_in_a_later_cell_of_a_section_line() {
    let page = format!("Ministers meet on trade\nPublished: 22.06.2023\nРубрика: Отрасли и рынки | Текст: Дилноза Рахимова\n\nThe two ministers met on Monday to discuss trade between their countries.\n\n{MORE}\n");
    assert_eq!(extract(&page).author.as_deref(), Some("Дилноза Рахимова"));
}

/// Under the headline: "Par Name, post" keeps only the name; a name with its unit for a post is
/// a byline; "Аутор: Name | Коментари (37)" gives the name, and a share row of social networks
/// in Cyrillic ("Фејсбук Твитер Вајбер") is never taken for one.
#[test]
fn names_under_the_headline_after_by_with_a_unit_or_a_label_not_a_share_row() {
    let lead = "The two ministers met on Monday to discuss trade between their countries.";
    for (under, want) in [
        (
            "Par Claire Dumoulin, chercheuse associée au programme Asie centrale",
            "Claire Dumoulin",
        ),
        (
            "Дильноза Рахимова, отдел международных связей",
            "Дильноза Рахимова",
        ),
        (
            "Аутор: Јелена Марковић | Коментари (37)\n\nФејсбук Твитер Вајбер",
            "Јелена Марковић",
        ),
    ] {
        let page = format!("Ministers meet on trade\n\n{under}\n\n{lead}\n\n{MORE}\n");
        assert_eq!(extract(&page).author.as_deref(), Some(want), "{under}");
    }
}

/// "Nähe, Ingenieure – und eine neue Bahnstrecke": a dash inside a sentence that goes on in
/// small letters is no dateline credit.
#[test]
fn a_dash_inside_a_sentence_is_no_dateline_credit() {
    let page = format!("Ministers meet on trade\n\nLow wages matter less now. What counts is nearness, Engineers – and a new railway line to the coast.\n\n{MORE}\n");
    assert_eq!(outlet(&page), None);
    let page = format!("Ministers meet on trade\n\nTASHKENT, 5 June, Reuters – The two ministers met on Monday.\n\n{MORE}\n");
    assert_eq!(outlet(&page).as_deref(), Some("Reuters"));
}
