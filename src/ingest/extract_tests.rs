//! Tests of the article finder (`extract.rs`).

use super::*;

/// Our own fixture with the kinds of furniture seen around headlines and after articles.
#[test]
fn furniture_around_the_headline_and_after_the_article() {
    let page = "Menu\n\n date 2021-03-04 Serbia and Uzbekistan open a joint IT centre 04.03.2021 10:15\n\n\
        915 views Economy 2\n\nJovana Petrović - Daily Planet\n\n\
        BELGRADE, March 4 (PLANET): Serbia and Uzbekistan opened a joint IT centre in Belgrade on Thursday, the two governments said in a statement.\n\n\
        The centre will train programmers from both countries and host start-ups working on digital services.\n\n\
        (Planet/Agency)\n\nFootball club celebrates a title in style!\n\nThree nights at a mountain resort cost a fortune\n";
    let e = extract(page);
    assert_eq!(e.title, "Serbia and Uzbekistan open a joint IT centre");
    assert_eq!(e.date.map(|d| d.to_string()).as_deref(), Some("2021-03-04"));
    assert_eq!(e.author.as_deref(), Some("Jovana Petrović"));
    assert_eq!(e.outlet.as_deref(), Some("Daily Planet"));
    let body: Vec<String> = e.blocks.iter().map(|b| format!("{b:?}")).collect();
    let body = body.join("\n");
    assert!(body.contains("host start-ups"), "{body}");
    assert!(
        !body.contains("views") && !body.contains("Football"),
        "{body}"
    );
}

fn body_of(e: &Extracted) -> String {
    e.blocks
        .iter()
        .map(|b| format!("{b:?}"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_labelled_publication_date_outranks_the_clock_and_the_update() {
    let page = "Skip to content\nWed, 03/19/2025  09:41 AM    Harbour City  +14°C\n\nDaily Planet\n\n\
        Ministers agree to build a joint software centre\n\nBy Jane Roe\n\
        Published 03/18/2025 4:12 PM  |  Updated 03/19/2025 8:05 AM\n\n\
        The two ministers agreed on Tuesday to build a joint software centre in the capital, the ministry said.\n\n\
        The centre will train programmers from both countries and host start-ups working on digital services.\n\n\
        Tags: software, training, start-ups\n\nRelated\n\
        Harbour port expansion wins the backing of a regional lender — 03/07/2025\n\
        Opinion: Why the region needs its own cloud and its own data centres — 2 days ago\n\n\
        Morning Courier © 2019–2025 | Imprint\n";
    let e = extract(page);
    assert_eq!(e.title, "Ministers agree to build a joint software centre");
    assert_eq!(e.date, NaiveDate::from_ymd_opt(2025, 3, 18));
    assert_eq!(e.author.as_deref(), Some("Jane Roe"));
    assert_eq!(e.outlet.as_deref(), Some("Morning Courier"));
    let body = body_of(&e);
    assert!(body.contains("host start-ups"), "{body}");
    assert!(
        !body.contains("Tags") && !body.contains("own cloud") && !body.contains("port expansion"),
        "{body}"
    );
}

#[test]
fn meta_lines_under_a_deck_and_boxes_after_the_article_stay_out() {
    let page = "Startseite > Länder > Serbien\n\nSerbiens Softwarebranche wächst weiter\n\n\
        Mit Exporten von über fünf Milliarden Euro ist die Branche der wichtigste Devisenbringer des Landes.\n\n\
        Von Anna Berger\nVeröffentlicht am 11. Februar 2025, 08:30 Uhr\n1.204 Mal gelesen  |  Lesezeit: 4 Minuten\n\n\
        Die Branche hat im vergangenen Jahr erneut einen Rekord aufgestellt, nach vorläufigen Zahlen der Nationalbank.\n\n\
        Die Regierung setzt auf Technologieparks und auf die Digitalisierung der Verwaltung im ganzen Land.\n\n\
        Newsletter\nErhalten Sie jeden Dienstag die wichtigsten Nachrichten.\nIhre E-Mail-Adresse   [Anmelden]\n\n\
        Kommentare (3)\nDeja tu comentario\n";
    let e = extract(page);
    assert_eq!(e.title, "Serbiens Softwarebranche wächst weiter");
    assert_eq!(e.date, NaiveDate::from_ymd_opt(2025, 2, 11));
    assert_eq!(e.author.as_deref(), Some("Anna Berger"));
    let body = body_of(&e);
    assert!(body.contains("Digitalisierung der Verwaltung"), "{body}");
    for furniture in [
        "gelesen",
        "Newsletter",
        "Dienstag",
        "Kommentare",
        "comentario",
    ] {
        assert!(!body.contains(furniture), "{furniture}: {body}");
    }
}

#[test]
fn a_clock_that_counts_views_and_glued_sections_and_labels() {
    let page = "Bosh sahifa   Siyosat   Iqtisodiyot\n\nChorshanba, 9 oktabr 2024   |   15:47   |   Ko‘rishlar: 2 315\n\n\
        IQTISODIYOTO‘zbekiston va Xitoy Namanganda ma’lumotlar markazi quradi\n\n\
        O‘zbekiston Raqamli texnologiyalar vazirligi va Xitoy kompaniyasi Namangan viloyatida markaz qurish bo‘yicha kelishuv imzoladi.\n\n\
        Loyihaning umumiy qiymati 210 million dollar deb baholanmoqda va u ikki bosqichda quriladi.\n";
    let e = extract(page);
    assert_eq!(
        e.title,
        "O‘zbekiston va Xitoy Namanganda ma’lumotlar markazi quradi"
    );
    assert_eq!(e.date, NaiveDate::from_ymd_opt(2024, 10, 9));
    let page = "Sciences & Tech  /  Serbie\n\n\
        La France et la Serbie unissent leurs forces dans la rechercheMis à jour le 8 mars 2025\n\n\
        Publié le 7 mars 2025 à 10h12\n\n\
        Belgrade et Paris ont signé jeudi un accord de coopération scientifique qui prévoit trois équipes communes.\n\n\
        Les premiers appels à projets devraient être lancés avant l'été prochain.\n";
    let e = extract(page);
    assert_eq!(
        e.title,
        "La France et la Serbie unissent leurs forces dans la recherche"
    );
    assert_eq!(e.date, NaiveDate::from_ymd_opt(2025, 3, 7));
}

#[test]
fn rates_mastheads_menus_and_lines_of_their_own_are_not_headlines() {
    let page = "HARBOUR BUSINESS | деловые новости\nКурсы: USD 491,20  EUR 531,75  RUB 5,02\n\n\
        Немецкие компании откроют центры разработки в столице X\n05.11.2024 | 16:40 | Технологии\n\n\
        Стороны договорились о расширении сотрудничества в сфере информационных технологий, сообщили в министерстве.\n\n\
        Следующий форум планируется провести в Берлине в будущем году.\n";
    let e = extract(page);
    assert_eq!(
        e.title,
        "Немецкие компании откроют центры разработки в столице"
    );
    assert_eq!(e.date, NaiveDate::from_ymd_opt(2024, 11, 5));
    let page = "Главна | Привреда | Наука | Свет | Фото\n\nПривреда\n\
        Две земље отварају центар за обуку из роботике у Крагујевцу\nсубота, 3. јун 2023.\nПише: Милан Петровић\nПрочитано: 688\n\n\
        Агенција за међународну сарадњу и Влада отвориће у Крагујевцу центар за обуку стручњака из области роботике.\n\n\
        Центар би требало да прими прве полазнике у октобру ове године.\n";
    let e = extract(page);
    assert_eq!(
        e.title,
        "Две земље отварају центар за обуку из роботике у Крагујевцу"
    );
    assert_eq!(e.date, NaiveDate::from_ymd_opt(2023, 6, 3));
    assert_eq!(e.author.as_deref(), Some("Милан Петровић"));
    let page = "Raqamlashtirish\nIkki davlat elektron hukumat tajribasini almashadi\n\
        Loyiha davlat xizmatlarini bitta mobil ilovaga birlashtiradi\n7-sentabr, 2023-yil, payshanba.\n\
        Muxbir: Dilnoza Yo‘ldosheva\n\n\
        Vazirlik va hamkor vazirlik davlat xizmatlarini raqamlashtirish bo‘yicha qo‘shma loyihani boshladi va shartnoma imzoladi.\n\n\
        Loyiha uch yil davomida amalga oshiriladi va bir necha bosqichdan iborat bo‘ladi.\n";
    let e = extract(page);
    assert_eq!(
        e.title,
        "Ikki davlat elektron hukumat tajribasini almashadi"
    );
    assert_eq!(e.date, NaiveDate::from_ymd_opt(2023, 9, 7));
    assert_eq!(e.author.as_deref(), Some("Dilnoza Yo‘ldosheva"));
    let page = "The hub will speed up transfers between rail and road transport near the city\nViews: 1 576\n\n\
        A logistics company signed an agreement with the ministry to build a modern hub near the city on Monday.\n\n\
        Follow us on Telegram | Instagram | YouTube\n\
        Copying of materials is permitted only with an active hyperlink to the source.\n";
    let body = body_of(&extract(page));
    assert!(body.contains("modern hub"), "{body}");
    for furniture in ["1 576", "Telegram", "hyperlink"] {
        assert!(!body.contains(furniture), "{furniture}: {body}");
    }
}

#[test]
fn a_section_box_and_a_newsletter_prompt_after_the_article_go() {
    let page = "Ministers open a joint software centre\n\n\
        The two ministers opened a joint software centre in the capital on Monday, the ministry said.\n\n\
        The centre will train programmers from both countries and host start-ups.\n\n\
        Recevez notre lettre hebdomadaire\nVotre adresse e-mail   [Je m'inscris]\n\n\
        MORE FROM COMPANIES\nHarbour game studio signs a deal with an overseas publisher after long talks — 12 Oct\n\
        Fintech platform from the capital raises a seed round — 9 Oct\n";
    let body = body_of(&extract(page));
    assert!(body.contains("host start-ups"), "{body}");
    for furniture in ["Recevez", "MORE FROM", "game studio", "Fintech"] {
        assert!(!body.contains(furniture), "{furniture}: {body}");
    }
}

/// A "read also" label alone on its line over teasers (one dated after a wide gap) and
/// short comments: the article has ended.
#[test]
fn a_teaser_box_under_its_label_alone_ends_the_article() {
    let article = "Ministers open a joint software centre\n\n\
        The two ministers opened a joint software centre in the capital on Monday, the ministry said.\n\n\
        The centre will train programmers from both countries and host start-ups.\n\n";
    for tail in [
        "Lesen Sie auch\n› Harbour game studio signs a deal (02.05.2025)\n› Fintech platform raises a seed round\n",
        "READ MORE\nHarbour game studio signs a deal with a publisher   03.06.2025.\nFintech platform raises a seed round   02.06.2025.\n",
    ] {
        let body = body_of(&extract(&format!("{article}{tail}")));
        assert!(body.contains("host start-ups"), "{body}");
        for furniture in ["game studio", "Fintech"] {
            assert!(!body.contains(furniture), "{furniture}: {body}");
        }
    }
}

/// "Related news: Headline" inside the text: the teaser goes, the paragraph after it stays;
/// the same line at the end, over teasers, still ends the article.
#[test]
fn an_end_marker_with_its_teaser_on_one_line_inside_the_text_is_dropped_alone() {
    let head = "Ministers open a joint software centre\n\n\
        The two ministers opened a joint software centre in the capital on Monday and agreed to train programmers from both countries, the ministry said.\n\n";
    for marker in ["Related news", "Povezane vesti", "Похожие новости"] {
        let page = format!("{head}{marker}: Harbour game studio signs a deal with a publisher\n\n\
            The centre will also host start-ups from both countries and run courses for engineers.\n\nComments (2)\n");
        let body = body_of(&extract(&page));
        assert!(body.contains("host start-ups"), "{marker}: {body}");
        assert!(!body.contains("game studio"), "{marker}: {body}");
        let page = format!(
            "{head}{marker}: Harbour game studio signs a deal with a publisher\n\n\
            Fintech platform raises a seed round…\n"
        );
        let body = body_of(&extract(&page));
        assert!(body.contains("train programmers"), "{marker}: {body}");
        assert!(
            !body.contains("game studio") && !body.contains("Fintech"),
            "{marker}: {body}"
        );
    }
}

#[test]
fn headline_above_date_line_and_widgets_dropped() {
    let page = "The Government portal of the\nRepublic of Uzbekistan\n\nMo Tu We Th Fr Sa Su\nNew on the portal\n  • New page Detail>>>\n\nForum on open source software is held\n\n2017-08-15 | Economics\n\nA forum on open source software was held in Tashkent on Tuesday.\n\nParticipants discussed the software market at length.\n\nUlugbek Shonazarov, UzA\n";
    let e = extract(page);
    assert_eq!(e.title, "Forum on open source software is held");
    assert!(!e.title_made);
    assert_eq!(e.date, NaiveDate::from_ymd_opt(2017, 8, 15));
    assert_eq!(e.author.as_deref(), Some("Ulugbek Shonazarov"));
    assert_eq!(e.outlet.as_deref(), Some("UzA"));
    assert_eq!(e.blocks.len(), 2, "{:?}", e.blocks);
}

#[test]
fn no_headline_makes_one_from_the_lead_and_never_invents_a_date() {
    let e = extract("TASHKENT, Uzbekistan, July 24. Uzbekistan and China have signed a memorandum on a data center, Trend reports.\n\nMore text follows here in a second paragraph.\n");
    assert!(e.title_made);
    assert!(
        e.title.starts_with("Uzbekistan and China have signed"),
        "{}",
        e.title
    );
    assert!(e.title.chars().count() <= 120);
    assert_eq!(e.date, None);
    assert_eq!(e.outlet.as_deref(), Some("Trend"));
}

#[test]
fn clock_widget_is_not_the_date_and_teasers_are_cut() {
    let page = "Saturday, 13, July, 2024\n\nThe two ministries signed a memorandum on e-government today.\n\nThe expert group will prepare projects.\n\nOther news headline here\n\nA teaser paragraph of another article that stops in the middle...\n";
    let e = extract(page);
    assert_eq!(e.date, None);
    assert!(e.date_note.contains("clock"));
    assert_eq!(e.blocks.len(), 2, "{:?}", e.blocks);
}

#[test]
fn lists_bullets_subheadings_and_calls_to_action() {
    let page = "Turkey to expand assistance\n\nThe ministry will establish a project office for investors.\nTurkey will expand its assistance in the following areas:\nCapacity-building in health;\nRoads and roadside infrastructure;\nE-government.\nHow well do you really know your competitors?\nWhy does it matter?\nThe plan has been welcomed by industry groups in the region.\n- first bullet item here\n- second bullet item here\n";
    let e = extract(page);
    assert!(
        e.blocks.contains(&Block::List(vec![
            "Capacity-building in health;".into(),
            "Roads and roadside infrastructure;".into(),
            "E-government.".into()
        ])),
        "{:?}",
        e.blocks
    );
    assert!(
        e.blocks
            .contains(&Block::Heading("Why does it matter?".into())),
        "{:?}",
        e.blocks
    );
    assert!(e.blocks.contains(&Block::List(vec![
        "first bullet item here".into(),
        "second bullet item here".into()
    ])));
    assert!(!format!("{:?}", e.blocks).contains("competitors"));
}

#[test]
fn wrapped_lines_are_joined_and_glued_quotes_split() {
    let page = "Headline of a wrapped article here\n\nThe delegation of Uzbekistan met with representatives\nof the ministry in Berlin to discuss outsourcing.\n\nBy GlobalData“The UAE has developed its own language model,” the statement reads.\n";
    let e = extract(page);
    assert_eq!(e.blocks[0], Block::Paragraph("The delegation of Uzbekistan met with representatives of the ministry in Berlin to discuss outsourcing.".into()));
    assert_eq!(
        e.blocks[1],
        Block::Paragraph(
            "“The UAE has developed its own language model,” the statement reads.".into()
        )
    );
}

#[test]
fn question_headlines_credit_lines_and_bylines_in_date_lines() {
    let e = extract("Will Tashkent become Central Asia's IT hub?\n\nBy John Smith | April 30, 2024\n\nTashkent is building an IT park for software exporters, officials said.\n\nMore follows here in a second paragraph.\n\nSource: Kun.uz\n");
    assert_eq!(e.title, "Will Tashkent become Central Asia's IT hub?");
    assert_eq!(e.date, NaiveDate::from_ymd_opt(2024, 4, 30));
    assert_eq!(e.author.as_deref(), Some("John Smith"));
    assert_eq!(e.outlet.as_deref(), Some("Kun.uz"));
    assert_eq!(e.blocks.len(), 2, "{:?}", e.blocks);
    let e = extract("Forum on open source held\n\nBy Jane Doe, Trend\n\nA forum on open source software was held in Tashkent on Tuesday.\n");
    assert_eq!(
        (e.author.as_deref(), e.outlet.as_deref()),
        (Some("Jane Doe"), Some("Trend"))
    );
}

#[test]
fn a_dateline_takes_its_year_only_from_a_date_with_its_month_and_day() {
    let page = "TASHKENT, Uzbekistan, December 19. The ministers met on Thursday to discuss trade and investment.\n\nThe talks were held on December 19, 2019 in the capital.\n";
    assert_eq!(extract(page).date, NaiveDate::from_ymd_opt(2019, 12, 19));
    let page = "TASHKENT, Uzbekistan, December 19. The ministers met on Thursday to discuss trade and investment.\n\nA plan for 2020 was adopted, after the March 3, 2019 meeting.\n";
    assert_eq!(
        extract(page).date,
        None,
        "another day's date says nothing of this one's year"
    );
}

#[test]
fn a_weekday_date_under_the_headline_is_the_articles() {
    let e = extract("Serbia and Uzbekistan sign an IT agreement\n\nThursday, December 19, 2019\n\nSerbia and Uzbekistan signed an agreement on IT outsourcing in Belgrade.\n");
    assert_eq!(e.date, NaiveDate::from_ymd_opt(2019, 12, 19));
    let e = extract("Saturday, 13, July, 2024\n\nSerbia and Uzbekistan sign an IT agreement\n\nSerbia and Uzbekistan signed an agreement on IT outsourcing in Belgrade.\n");
    assert_eq!(e.date, None, "above the headline it is the site's clock");
}

#[test]
fn a_date_stamp_after_the_headline_goes_and_a_lone_dotted_date_is_the_date() {
    let lead = "The ministers of the two countries signed a broad trade agreement in the capital on Wednesday, officials said.";
    let e = extract(&format!("Ministers of the two neighbouring countries sign a broad trade agreement @ 3 March 2021 10:15 AM\n\n03.03.2021\n\n{lead}\n"));
    assert_eq!(
        e.title,
        "Ministers of the two neighbouring countries sign a broad trade agreement"
    );
    assert_eq!(e.date, NaiveDate::from_ymd_opt(2021, 3, 3));
    // After a dash, words that are not a date stay in the headline.
    let e = extract(&format!(
        "Ministers sign a trade deal - A new chapter begins in March\n\n{lead}\n"
    ));
    assert_eq!(
        e.title,
        "Ministers sign a trade deal - A new chapter begins in March"
    );
}

#[test]
fn pages_without_prose_keep_their_lines_or_yield_nothing() {
    let e = extract("Short headline about a forum\n\nA second short line\n- an item of a list\n");
    assert_eq!(e.title, "Short headline about a forum");
    assert_eq!(e.blocks.len(), 2, "{:?}", e.blocks);
    assert!(extract("Close Menu\nspot_img\n\nRelated News\n")
        .title
        .is_empty());
}

#[test]
fn labelled_weekday_dates_in_words_are_date_lines_not_headlines() {
    let lead = "Los gobiernos de los dos países firmaron este martes un memorando de entendimiento sobre energía.";
    for (line, want) in [
        ("Publicado: martes, 3 de septiembre de 2024.", "2024-09-03"),
        ("Publicado el 3 de septiembre de 2024", "2024-09-03"),
        ("Veröffentlicht am Mittwoch, 12. März 2025", "2025-03-12"),
        ("Опубликовано: вторник, 21 февраля 2024", "2024-02-21"),
        ("Objavljeno: utorak, 7. jun 2023.", "2023-06-07"),
    ] {
        let e = extract(&format!("Inicio\n\n{line}\n\nLos dos países firman un memorando sobre energía\n\n{lead}\n\nEl acuerdo prevé inversiones de 300 millones de euros.\n"));
        assert_eq!(
            e.title, "Los dos países firman un memorando sobre energía",
            "{line}"
        );
        assert_eq!(
            e.date.map(|d| d.to_string()).as_deref(),
            Some(want),
            "{line}"
        );
    }
}

#[test]
fn today_widgets_are_never_the_date() {
    let lead =
        "The two ministers met on Monday to discuss trade and investment between the countries.";
    for line in [
        "Today: April 5, 2025",
        "Сегодня: 5 апреля 2025",
        "Danas je 5. april 2025.",
        "Bugun: 5 aprel 2025",
        "Heute: 5. April 2025",
        "Hoy: 5 de abril de 2025",
    ] {
        let e = extract(&format!("Home\n\n{line}\n\nMinisters meet on trade and investment\n\n{lead}\n\nMore text follows in a second paragraph.\n"));
        assert_eq!(e.date, None, "{line}");
        assert!(e.date_note.contains("today"), "{line}: {}", e.date_note);
    }
    let e = extract(&format!("Сегодня: 5 апреля 2025\n\nMinisters meet on trade and investment\n\nОпубликовано: 21 февраля 2024\n\n{lead}\n"));
    assert_eq!(e.date.map(|d| d.to_string()).as_deref(), Some("2024-02-21"));
    // The widget among the menu's cells.
    let e = extract(&format!("News   Sport   Video      Bugun: 5-aprel, 2025   Toshkent: +21°\n\nMinisters meet on trade and investment\n\n{lead}\n"));
    assert_eq!(e.date, None);
}

/// Dates of events or other articles listed above the headline, and of comments under the
/// article, are none of them the article's.
#[test]
fn listed_event_dates_and_comment_dates_are_not_the_articles() {
    let lead =
        "The two ministers met on Monday to discuss trade and investment between the countries.";
    let e = extract(&format!("Events\n04.05.2025  Round table\n\n12.05.2025\n\nMembers' assembly\n\n02.06.2025\n\nWebinar on customs rules\n\nMinisters meet on trade and investment\n\n{lead}\n\nMore text follows in a second paragraph.\n"));
    assert_eq!(e.date, None, "{}", e.date_note);
    let e = extract(&format!("Ministers meet on trade and investment\n\n{lead}\n\nMore text follows in a second paragraph.\n\nComments (2)\n\nreader_1 · 14.03.2025 at 19:02\nIs there an age limit?\n\nGuest · 02.04.2025 at 23:30\nPity there is nothing for us.\n"));
    assert_eq!(e.date, None, "{}", e.date_note);
    assert!(!body_of(&e).contains("age limit"), "{}", body_of(&e));
}

#[test]
fn a_second_weekday_date_under_the_sites_clock_is_the_articles() {
    let lead =
        "Los presidentes de los dos países mantuvieron este lunes una reunión sobre comercio.";
    for clock in [
        "Ciudad, País • Martes 30 de Abril, 2024",
        "Martes 30 de Abril, 2024",
    ] {
        let e = extract(&format!("{clock}\nlunes 29 abril, 2019\n\nLos dos países refuerzan lazos comerciales\n\n{lead}\n\nMás texto en un segundo párrafo.\n"));
        assert_eq!(
            e.date.map(|d| d.to_string()).as_deref(),
            Some("2019-04-29"),
            "{clock}"
        );
    }
    let e = extract(&format!("Ciudad, País • Martes 30 de Abril, 2024\n\nLos dos países refuerzan lazos comerciales\n\n{lead}\n"));
    assert_eq!(
        e.date, None,
        "a lone clock, even after a place, is the site's"
    );
}

#[test]
fn a_date_glued_to_a_copy_of_the_headline_is_the_articles() {
    let lead = "The ministers of the two countries met on Monday to discuss a grant for medical equipment.";
    let page = format!("Exchange rates 03.10.2024\n\nHealth 01.08.2022 Japan grants medical equipment to Uzbekistan\nJapan grants medical equipment to Uzbekistan\n\n{lead}\n\nMore text follows in a second paragraph.\n");
    let e = extract(&page);
    assert_eq!(e.title, "Japan grants medical equipment to Uzbekistan");
    assert_eq!(e.date.map(|d| d.to_string()).as_deref(), Some("2022-08-01"));
    assert!(
        e.date_note.contains("copy of the headline"),
        "{}",
        e.date_note
    );
}

/// "CITY – Lead…": the place before a dash is the dateline, kept in the body but out of the
/// lead a summary or a made title comes from.
#[test]
fn a_place_in_capitals_before_a_dash_is_the_dateline() {
    for dash in ["–", "—", "-"] {
        let e = extract(&format!("HARBOUR CITY {dash} The two ministers met on Monday to discuss trade between the countries.\n\nThe two sides also agreed to open a joint laboratory next year.\n"));
        assert!(e.lead.starts_with("The two ministers"), "{}", e.lead);
        assert!(e.title.starts_with("The two ministers"), "{}", e.title);
        assert!(body_of(&e).contains("HARBOUR CITY"), "{}", body_of(&e));
    }
}

/// A page saved as Markdown by a reader tool, and one dumped by a text browser: the headline
/// under its underline or after the link numbers, the lead whole.
#[test]
fn markdown_and_text_browser_pages_read_like_plain_ones() {
    let e = extract("Title: Press | Firm\n\nMarkdown Content:\n[![Logo](https://firm.example/logo.svg)](https://firm.example/)\n\n*   [About](https://firm.example/about)\n*   [Press](https://firm.example/press)\n\nPress release\n-------------\n\nTwo firms will map fields from space\n====================================\n\nThe [two firms](https://firm.example/x) signed an agreement on satellite monitoring of fields in Tokyo on Monday.\n\nThe service will start next spring.\n");
    assert_eq!(e.title, "Two firms will map fields from space");
    assert!(e.lead.starts_with("The two firms signed"), "{}", e.lead);
    let e = extract("   [4]Agency News\n     * [5]Home\n     * [6]Economy\n\n   [17]Home » [18]Economy\n\nRailway orders thirty sleeping cars from abroad\n\n   Madrid, 14 May (AN).- The state railway and a private maker signed\n   a contract for thirty sleeping cars on Tuesday, the maker said in\n   a statement.\n\n   The first cars will be delivered in two years.\n");
    assert_eq!(e.title, "Railway orders thirty sleeping cars from abroad");
    assert!(
        e.lead.ends_with("the maker said in a statement."),
        "{}",
        e.lead
    );
}

/// "Publication date: 05.12.2023" after the text closes the article: the media contacts and
/// teasers under it are not the article's, and the stamp is its date.
#[test]
fn a_labelled_date_after_the_text_closes_the_article() {
    let e = extract("Two firms will map fields from space\n\nThe two firms signed an agreement on satellite monitoring of fields in Tokyo on Monday, the company said.\n\nThe service will start next spring in three regions.\n\nPublished: 05.12.2023\n\nMedia contacts:\nAnna Roe, head of communications\npress@firm.example, +998 71 000 00 00\n\nOther press releases\n\n*   The firm became a resident of the technology park\n*   The firm presented a map of land degradation\n");
    assert_eq!(e.date.map(|d| d.to_string()).as_deref(), Some("2023-12-05"));
    let body = body_of(&e);
    assert!(body.contains("next spring"), "{body}");
    assert!(
        !body.contains("Anna Roe") && !body.contains("resident"),
        "{body}"
    );
}

/// A page copied one block a line: the masthead and menu run into one line without a stop, the
/// byline shares its line with the date, reading time and buttons, and the related teasers
/// with their dates and the footer with its copyright each stand on one long line.
#[test]
fn a_page_copied_one_block_a_line() {
    let page = "The Harbour Ledger Independent reporting on the Islands and the Coast Atlantis Lemuria Mu Thule Analysis Podcasts Donate Sign in\n\
        Analysis | Atlantis\n\
        Coders head for the capital\n\
        The islands' software industry, used to selling to the mainland, is quietly building a foothold in the capital's technology park.\n\
        By Ann Reed November 27, 2024 6 min read Share Save\n\
        Officials at a meetup in the capital last spring. (Photo: Harbour Ledger / John Roe)\n\
        When the first engineers flew to the capital in 2022, they expected to spend a week exploring the market and then go home. Two years later their company employs 45 developers there and is one of about a dozen firms registered in the park.\n\
        For the capital, the newcomers bring something its park badly needs: managers and engineers who know how to run projects for demanding clients abroad.\n\
        Related The islands' new data law: what foreign companies need to know November 19, 2024 The money question behind the dam November 14, 2024 Crypto mining strains the grid November 8, 2024\n\
        About Team Ethics Contact Advertise © 2024 The Harbour Ledger. Registered charity No. 1190000.\n";
    let e = extract(page);
    assert_eq!(e.title, "Coders head for the capital");
    assert_eq!(e.author.as_deref(), Some("Ann Reed"));
    assert_eq!(e.date.map(|d| d.to_string()).as_deref(), Some("2024-11-27"));
    let body = format!("{:?}", e.blocks);
    assert!(body.contains("managers and engineers who know"), "{body}");
    for furniture in ["Sign in", "6 min read", "Photo:", "data law", "©"] {
        assert!(!body.contains(furniture), "{furniture} in {body}");
    }
}

/// A page saved with every line break lost, cookie notice and all, on one line: the article is
/// still found sentence by sentence, not skipped as furniture.
#[test]
fn a_page_on_one_line_keeps_its_article() {
    let mut page = String::from("Harbour Daily Technology and more Home Startups Opinion Contact Search Two countries open a software centre ");
    for n in 0..12 {
        page.push_str(&format!("The two governments agreed on the {n}th point to build a joint centre for software engineering in the capital, with room for engineers from both sides. "));
    }
    page.push_str(
        "Subscribe to the weekly newsletter. © 2024 Harbour Daily · Privacy policy · Cookie notice",
    );
    let e = extract(&page);
    let body = format!("{:?}", e.blocks);
    assert!(body.contains("agreed on the 7th point"), "{body}");
    assert!(!body.contains("Subscribe to the weekly"), "{body}");
}

/// "Материалы по теме" (and its kin in other languages) opens a box of teasers: the teasers and
/// their dates are not the article's, and an undated article stays undated.
#[test]
fn a_related_materials_box_is_not_the_article_nor_its_date() {
    for label in ["Материалы по теме", "Mehr zum Thema", "À lire aussi"] {
        let page = format!("Две страны откроют центр программирования\n\nПравительства двух стран договорились в понедельник построить совместный центр программирования в столице.\n\nЦентр откроется в следующем году и примет двести инженеров из обеих стран.\n\n{label}\n\n* Ташкент и Сеул обсудят торговлю в ноябре\n  12.09.2025\n* Экспорт комплектующих вырос на 14%\n  28.08.2025\n");
        let e = extract(&page);
        assert_eq!(e.date, None, "{label}");
        assert!(!format!("{:?}", e.blocks).contains("Экспорт"), "{label}");
    }
}

/// A feed seen in a browser: items between rules, each a headline, its address and its fields
/// (`pubDate:`, `dc:creator:`); the first item is the article, the next ones are not.
#[test]
fn a_feeds_first_item_with_its_fields() {
    let page = "Harbour Wire — Islands service\nhttps://wire.example/rss/islands.xml\nThis is an RSS feed. Subscribe by copying the URL from the address bar into your news reader.\nFeed last built: Tue, 06 May 2025 14:30:00 +0000\n---------------------------------------------------------------\nTwo countries launch a skilled-worker scheme\nhttps://wire.example/news/2025/05/06/skilled-workers\npubDate: Tue, 06 May 2025 09:14:00 +0000\ndc:creator: Ann Reed\ncategory: Islands; Labour\n\nHARBOUR CITY, May 6 (HW) - The two countries on Tuesday launched a programme to train and recruit software developers and nurses.\n\nThe scheme aims to place about 1,500 specialists in companies and hospitals over the next three years, officials said.\n\nCandidates will take language courses at four centres financed with 18 million euros.\n---------------------------------------------------------------\nCentral bank holds base rate\nhttps://wire.example/news/2025/05/05/base-rate\npubDate: Mon, 05 May 2025 08:02:00 +0000\ndc:creator: John Roe\nHARBOUR CITY, May 5 (HW) - The central bank kept its base rate unchanged on Monday... [continued]\n";
    let e = extract(page);
    assert_eq!(e.title, "Two countries launch a skilled-worker scheme");
    assert_eq!(e.date.map(|d| d.to_string()).as_deref(), Some("2025-05-06"));
    assert_eq!(e.author.as_deref(), Some("Ann Reed"));
    let body = format!("{:?}", e.blocks);
    assert!(body.contains("language courses"), "{body}");
    for other in ["base rate", "wire.example", "pubDate"] {
        assert!(!body.contains(other), "{other} in {body}");
    }
}

/// Under a ministry's release: the photos' credit under a plural label, a box of other
/// releases; under a wire's story: its editors' desk codes. None is the article's.
#[test]
fn photo_credits_other_releases_and_desk_codes_are_furniture() {
    let page = "Two ministries sign a memorandum on e-government\n\nБеоград, 27. новембар 2024.\n\nThe two ministers signed a memorandum on Wednesday on cooperation in electronic government and the exchange of data between registers.\n\nThe memorandum is part of a wider framework of cooperation between the two countries, stepped up after visas were dropped in 2023.\n\nФотографије: Министарство државне управе\n\nHW ngs/jmr\n\nОстала саопштења\n\n* Јавни позив за пројекте дигитализације матичних књига\n25.11.2024.\n* Састанак са делегацијом министарства\n21.11.2024.\n";
    let e = extract(page);
    let body = format!("{:?}", e.blocks);
    assert!(body.contains("stepped up after visas"), "{body}");
    for furniture in ["Фотографије", "ngs/jmr", "Остала", "делегацијом"]
    {
        assert!(!body.contains(furniture), "{furniture} in {body}");
    }
}

/// Teasers inside the text under "Also of interest:" or "ALSO ON DAILY PLANET:", a rates line
/// of currency codes, and a most-read box spelt with the Uzbek turned comma: none is the
/// article's.
#[test]
fn teasers_named_by_the_site_rates_and_most_read_boxes() {
    let page = "Two countries open a software centre\n\nКурсы ЦБ на 13.11.2024:  USD 12 821,17  EUR 13 657,42  RUB 130,15\n\nThe two governments agreed on Monday to build a joint centre for software engineering in the capital.\n\nALSO ON DAILY PLANET: Software exports: what is driving the growth of the sector?\n\n> **Also of interest:** [Software exports beat the car industry](https://planet.example/a)\n\nThe centre will open next year with two hundred engineers from both sides.\n\nKoʻp oʻqilganlar\nAndijonda yangi toʻqimachilik klasteri ishga tushdi\n17.04.2025\n";
    let e = extract(page);
    let body = format!("{:?}", e.blocks);
    assert!(body.contains("two hundred engineers"), "{body}");
    for other in ["USD", "DAILY PLANET", "car industry", "Andijonda"] {
        assert!(!body.contains(other), "{other} in {body}");
    }
}

/// "Последње вести", "Poslednje vesti", "Aktuelle Meldungen": a box of the site's latest news
/// under the article, in the languages ingest reads, ends it.
#[test]
fn the_latest_news_box_ends_the_article() {
    for label in [
        "### Последње вести",
        "Poslednje vesti",
        "Aktuelle Meldungen",
        "Últimas novedades",
    ] {
        let page = format!("# Two countries open a software centre\n\nThe two governments agreed on Monday to build a joint centre for software engineering in the capital.\n\nThe centre will open next year with two hundred engineers from both sides.\n\n{label}\n\n  * [Public call for digital skills vouchers](/news/1)\n  * [Meeting with the chamber of commerce](/news/2)\n");
        let body = format!("{:?}", extract(&page).blocks);
        assert!(body.contains("two hundred engineers"), "{body}");
        assert!(!body.contains("vouchers"), "{label}: {body}");
    }
}
