//! Tests of which date is the article's (`article_date.rs`), on whole invented pages.

use crate::ingest::extract::extract;

const BODY: &str = "The two ministries agreed on Tuesday to open a joint laboratory for soil research in the capital.\n\nThe laboratory will test samples from farms in both countries and train young agronomists.\n";

fn date(page: &str) -> Option<String> {
    extract(page).date.map(|d| d.to_string())
}

#[test]
fn an_update_stamp_under_the_headline_is_the_date_of_last_resort() {
    let page = format!("Agri Daily\n\nTwo ministries open a joint soil laboratory\nUpdated: Sept. 30, 2024 16:12 CET\n\n{BODY}");
    assert_eq!(date(&page).as_deref(), Some("2024-09-30"));
    // A published date outranks it.
    let page = format!("Two ministries open a joint soil laboratory\nPublished: Sept. 29, 2024 | Updated: Sept. 30, 2024\n\n{BODY}");
    assert_eq!(date(&page).as_deref(), Some("2024-09-29"));
    // An update stamp above the headline may be the whole site's.
    let page = format!(
        "Last updated: 30.09.2024\n\nTwo ministries open a joint soil laboratory\n\n{BODY}"
    );
    assert_eq!(date(&page), None);
}

#[test]
fn an_abbreviated_weekday_leads_the_site_clock() {
    let page = format!("Wed 19 Nov 2025 | Last updated 07:41\n\nTwo ministries open a joint soil laboratory\nFiled 03/04/2025 07:55\n\nROME, March 4 (Wire) – {BODY}");
    assert_eq!(date(&page).as_deref(), Some("2025-03-04"));
}

/// "Town, weekday date | time" at the top of the page is the site's clock too: the date line
/// under the headline is the article's.
#[test]
fn the_site_clock_may_name_its_town_first() {
    let page = format!("Dakar, vendredi 23 septembre 2022 | 11:02\n1 € = 655,957 FCFA\n\nDAILY NEWS\n\nTwo ministries open a joint soil laboratory\n\nPar Anna Diop\n21/09/2022 à 17:45\n\n{BODY}");
    assert_eq!(date(&page).as_deref(), Some("2022-09-21"));
}

#[test]
fn the_lead_dateline_picks_the_date_line_that_agrees_with_it() {
    let page = "Курс на 26.11.2025: USD 11 958\n26.11.2025 | Среда\n\n03.06.2025 14:27   Экономика\n\nМИНИСТЕРСТВА ОТКРЫЛИ ОБЩУЮ ЛАБОРАТОРИЮ\n\nСАМАРКАНД, 3 июня. /Агентство/. Министерства двух стран открыли общую лабораторию почвоведения в столице региона.\n\nЛаборатория будет проверять образцы с ферм обеих стран.\n";
    assert_eq!(date(page).as_deref(), Some("2025-06-03"));
}

#[test]
fn day_month_year_with_a_space_after_each_dot() {
    let page = format!("Две министарства отварају лабораторију\nАутор: Петар Петровић\nОбјављено: 22. 5. 2025. 08:30 | Ажурирано: 23. 5. 2025. 12:10\n\n{BODY}");
    assert_eq!(date(&page).as_deref(), Some("2025-05-22"));
}

#[test]
fn a_bulleted_list_of_dated_teasers_above_the_headline_dates_nothing() {
    let page = format!("Most read\n• Wheat sowing deadline extended — 19 Nov. 2025\n• Lemon growers get subsidies — 17 Nov. 2025\n• Why meat prices rise — 14 Nov. 2025\n\nTwo ministries open a joint soil laboratory\n\n{BODY}");
    assert_eq!(date(&page), None);
    // Under such a list, the article's own date line right over the headline still counts.
    let page = format!("Most read\n• Wheat sowing deadline extended — 19 Nov. 2025\n• Lemon growers get subsidies — 17 Nov. 2025\n• Why meat prices rise — 14 Nov. 2025\n\n12 Nov. 2025\nTwo ministries open a joint soil laboratory\n\n{BODY}");
    assert_eq!(date(&page).as_deref(), Some("2025-11-12"));
}

/// A wire's dateline without a year: the footer's year settles it when the dateline's day falls
/// on the weekday the lead names; on any other weekday there is no date.
#[test]
fn the_weekday_in_the_lead_settles_a_wire_dateline_year() {
    let page = |weekday: &str| {
        format!("SOME PRESS WIRE · Business · Markets\n\nTWO COUNTRIES SIGN DEAL ON BATTERY RECYCLING\n\nBUDAPEST, Oct. 8 (Some Press Wire) – The two countries on {weekday} signed an agreement to build a battery recycling plant.\n\nThe plant will process used cells from carmakers in the region.\n\n© 2024 Some Press Wire. All rights reserved.\n")
    };
    assert_eq!(date(&page("Tuesday")).as_deref(), Some("2024-10-08"));
    assert_eq!(date(&page("Monday")), None);
}

#[test]
fn a_clock_in_a_later_cell_of_the_masthead_dates_nothing() {
    let page = format!("Belgrade  27°C  |  Thursday, 12 June 2025  |  EUR/RSD 117.18\n\nTwo ministries open a joint soil laboratory\nSource: Agency\n\n{BODY}");
    assert_eq!(date(&page), None);
}

/// "Published: …" closing the article counts, though teasers' dates follow.
#[test]
fn a_labelled_date_after_the_article_outranks_the_teasers() {
    let page = format!("News\n\n{BODY}\nPublished: 2025-02-18 11:05   Views: 1 207\n\nOther news\n2025-02-14\nA conference on remote sensing\n2025-02-10\nInternships open at the centre\n");
    assert_eq!(date(&page).as_deref(), Some("2025-02-18"));
}

/// After the article: a labelled date above a "report a typo" prompt, and a stamp that counts
/// views above teasers with dates of their own.
#[test]
fn stamps_after_the_article() {
    let page = format!("Two ministries open a joint soil laboratory\n\n{BODY}\nSana: 12.06.2025 | 10:45     Ko‘rishlar: 3 412\n\nXatoni ko‘rdingizmi? Matnni belgilab, Ctrl+Enter tugmasini bosing.\n");
    assert_eq!(date(&page).as_deref(), Some("2025-06-12"));
    let page = format!("Two ministries open a joint soil laboratory\n\n{BODY}\n03.06.2025 16:40   |   👁 1 284   |   Economy\n\nRelated\nWind farm construction begins   28.05.2025\nNo power cuts this summer   02.06.2025\n");
    assert_eq!(date(&page).as_deref(), Some("2025-06-03"));
}

/// A weekday-led date right over the headline is the article's where the masthead's weather
/// widget stands above it; alone at the top, with the weather under it, it is the site's clock.
#[test]
fn a_weekday_date_over_the_headline_under_the_weather() {
    let page = format!("DAILY HERALD\nBelgrade, 17:32   14°C   Rates: EUR 117,01\n\nHome   Politics   Economy   World\n\nTuesday, 15.10.2024. 11:20\nENERGY\nTwo ministries open a joint soil laboratory\n\n{BODY}");
    assert_eq!(date(&page).as_deref(), Some("2024-10-15"));
    let page = format!("Saturday, 22 November 2025\nBelgrade 7°C  Novi Sad 6°C\n\nTwo ministries open a joint soil laboratory\n\n{BODY}");
    assert_eq!(date(&page), None);
    let page = format!("Two ministries open a joint soil laboratory\nPubliziert: 12.6.2025, 06.30 Uhr   Aktualisiert: 12.6.2025, 14.12 Uhr\n\n{BODY}");
    assert_eq!(date(&page).as_deref(), Some("2025-06-12"));
}

/// A date line between a deck in sentences and the lead; a clock with the weather and a
/// numeric date above a section's weekday date.
#[test]
fn dates_under_a_deck_and_under_a_weather_clock() {
    let page = format!("Two ministries open a joint soil laboratory\n\nThe bank finances the laboratory, and firms from both countries will equip three of its rooms with new machines by next spring.\n\nBy Katrin Albers, Tashkent\n14. November 2025, 16:30 Uhr\n\n{BODY}");
    assert_eq!(date(&page).as_deref(), Some("2025-11-14"));
    let page = format!("Belgrade, 14/06/2025 18:02 | 24°C Sunny | EUR/RSD 117.18\n\nHome   Economy   Business   Energy\n\nInnovation | Monday, 09/06/2025 | 11:24\n\nTwo ministries open a joint soil laboratory\n\n{BODY}");
    assert_eq!(date(&page).as_deref(), Some("2025-06-09"));
}

/// "E’lon qilingan: 23.09.2025" after the sign-off, the tags and the share row.
#[test]
fn a_labelled_date_past_the_tags_and_share_row() {
    let page = format!("Two ministries open a joint soil laboratory\n\n{BODY}\nSardor Nematov, Xabar24\n\nTeglar: #laboratoriya\n\nUlashish:   Telegram   Facebook   X\n\nE’lon qilingan: 23.09.2025, 17:40   |   Ko‘rishlar: 1 587\n\nEng ko‘p o‘qilganlar\nYangi poyezd qatnay boshladi   26.09.2025\n");
    assert_eq!(date(&page).as_deref(), Some("2025-09-23"));
    // A dated stamp behind a calendar icon is a date line, not a counter.
    let page = format!("Two ministries open a joint soil laboratory\n📅 14.05.2025 | 10:32    👁 2 318    💬 0\n\n{BODY}");
    assert_eq!(date(&page).as_deref(), Some("2025-05-14"));
}

/// A place and a date alone before the lead's first sentence date the article; a date inside
/// the sentence does not.
#[test]
fn a_place_and_a_date_opening_the_lead_date_the_article() {
    use crate::ingest::extract::extract;
    let page = |lead: &str| {
        format!("Ministers meet on trade\n\n{lead}\n\nThe two sides also agreed to open a joint laboratory for software testing next year.\n")
    };
    for (lead, want) in [
        (
            "Hafenstadt, 5. Mai 2023. Die Minister sprachen über Handel und einen neuen Hafen.",
            Some("2023-05-05"),
        ),
        (
            "Harbour City, 3 June 2024 – The ministers discussed trade and a new port.",
            Some("2024-06-03"),
        ),
        (
            "On Monday, 5 May 2023, the ministers discussed trade and a new port.",
            None,
        ),
        (
            "Harbour City, where the ministers met on 5 May 2023. They discussed trade.",
            None,
        ),
    ] {
        let date = extract(&page(lead)).date.map(|d| d.to_string());
        assert_eq!(date.as_deref(), want, "{lead}");
    }
}

/// An undated article between teaser lists whose headlines carry their dates: above the
/// headline, the last teaser is no date line of the article's; after it, neither is the first.
#[test]
fn teaser_headlines_with_dates_around_an_undated_article_give_no_date() {
    use crate::ingest::extract::extract;
    let page = "Home | News\nToday: 23 November 2026\n\nMost read\n\
        New bridge opens in the harbour 21.11.2026\nFestival held in the old town 20.11.2026\n\n\
        Ministers meet on trade\n\n\
        The two ministers met to discuss trade between the countries and a new port, the ministry said.\n\n\
        The two sides also agreed to open a joint laboratory for software testing next year.\n\n\
        Read also\nHarbour signs a deal 18.11.2026\n";
    let e = extract(page);
    assert_eq!(e.title, "Ministers meet on trade");
    assert_eq!(e.date, None, "{}", e.date_note);
}

/// A commenter's date under "Comments" is not the article's, nor one in its running text.
#[test]
fn dates_in_comments_and_in_the_text_give_no_date() {
    use crate::ingest::extract::extract;
    let page = "Ministers meet on trade\n\n\
        On 12 March 2024 the two ministers met to discuss trade and a new port, the ministry said.\n\n\
        The two sides also agreed to open a joint laboratory for software testing next year.\n\n\
        Comments\nMarko — 13.03.2024 14:22\nGood news for the harbour!\n";
    let e = extract(page);
    assert_eq!(e.date, None, "{}", e.date_note);
}

/// "Exchange rate … 09.06.2023" over a contents list and the headline; the lead's
/// "Belgrad/Stuttgart, 7. Juni 2023 – …" is the article's own date.
#[test]
fn the_leads_full_dateline_outranks_a_date_line_above_the_headline() {
    let page = "Business Club e.V.\n\nNewsletter 06/2023 · sent on 09.06.2023\nExchange rate: 1 EUR = 117,28 RSD (reference rate NBS, 09.06.2023)\n\nIn this issue\n1. Vocational training: Car parts maker trains 60 mechatronics technicians\n2. Summer reception in Belgrade on 22 June\n\nVocational training: Car parts maker trains 60 mechatronics technicians\n\nBelgrad/Stuttgart, 7. Juni 2023 – The car parts maker will train 60 mechatronics technicians in the south of the country over three years.\n\nThe company said the first class starts in September.\n\n© Business Club e.V. 2023\n";
    assert_eq!(date(page).as_deref(), Some("2023-06-07"));
    let e = extract(page);
    // A contents list's numbered item is no headline over a deck, and prints the section with
    // the headline: it stays part of it.
    assert_eq!(
        e.title,
        "Vocational training: Car parts maker trains 60 mechatronics technicians"
    );
    assert_eq!(e.outlet.as_deref(), Some("Business Club"));
}

/// "Heute: Do., 16.11.2023" (the site's clock, labelled), then the article's weekday-led date
/// and its update stamp: three dates above the headline, but no list of them.
#[test]
fn a_weekday_led_date_under_a_labelled_clock_is_the_articles() {
    let page = format!("NEWS TICKER\n\nHeute: Do., 16.11.2023 | 23:58 Uhr\nBerlin 7 °C Regen\n\nAusland › Asien\nWire report\nDienstag, 14. November 2023, 11:26 Uhr\nAktualisiert: Mittwoch, 15. November 2023, 08:10 Uhr\n\nTwo ministries open a joint soil laboratory\n\n{BODY}");
    assert_eq!(date(&page).as_deref(), Some("2023-11-14"));
}

/// "BEOGRAD, 14. marta (Agency) –": a day's ordinal stop does not end the dateline, the month is
/// in the genitive, and the year comes from the site's clock.
#[test]
fn a_serbian_dateline_in_the_genitive_takes_the_clocks_year() {
    let page = "AGENCY\n\nSubota, 16. mart 2024. | Beograd 9°C, oblačno\n\nSrbija i Uzbekistan dogovorili saradnju u oblasti IT autsorsinga\n\nBEOGRAD, 14. marta (Agency) – Srbija i Uzbekistan potpisali su danas u Beogradu memorandum o saradnji.\n\nDrugi pasus je ovde i govori o saradnji.\n";
    assert_eq!(date(page).as_deref(), Some("2024-03-14"));
    assert!(extract(page).lead.starts_with("Srbija i Uzbekistan"));
}

/// "Astaná, 14 may (AAN).- … este martes …" over a "© 2024" footer: a dateline in small
/// letters, told by its agency's credit, takes the footer's year where the weekday agrees.
#[test]
fn a_small_letter_dateline_credited_to_an_agency_takes_the_footers_year() {
    let page = "AGENCY NEWS\n\nTwo railways sign a contract for sleeping cars\n\nAstaná, 14 may (AAN).- Las dos compañías firmaron este martes un contrato para el suministro de coches cama.\n\nEl acuerdo se rubricó en presencia de los ministros.\n\n© 2024 Agencia de Noticias S.A.\n";
    assert_eq!(date(page).as_deref(), Some("2024-05-14"));
}

/// A date naming its weekday at its end, over the site's whole menu, is the masthead's clock:
/// a page whose article states no date gets none.
#[test]
fn a_weekday_date_over_the_whole_menu_is_the_masthead_clock() {
    let menu = "Home\nAbout\nNews\nEvents\nPhotos\nVideos\nDocuments\nContacts\n";
    let page = format!("REGIONAL PORTAL\n⏰ 09:20   12 March 2025, Wednesday\n{menu}\nTwo ministries open a joint soil laboratory\n\n{BODY}");
    assert_eq!(date(&page), None);
    // Right over the headline it is the article's.
    let page = format!("REGIONAL PORTAL\n{menu}\n12 March 2025, Wednesday\nTwo ministries open a joint soil laboratory\n\n{BODY}");
    assert_eq!(date(&page).as_deref(), Some("2025-03-12"));
}

/// "14.05.2024 | Views: 318" under the headline: a count of readers beside the article's date.
#[test]
fn a_date_beside_a_view_count_is_the_article_date() {
    let page = format!("Sofia 10:15 | Thursday, 16 May 2024\n\nTwo ministries open a joint soil laboratory\n14.05.2024  |  Views: 318\n\n{BODY}");
    assert_eq!(date(&page).as_deref(), Some("2024-05-14"));
}

/// A weekday-led date with no time right over the headline, under the breadcrumb and the
/// section's name, is the article's; under a visitor counter it is the site's clock.
#[test]
fn a_weekday_date_right_over_the_headline_under_the_breadcrumb_is_the_article_date() {
    let page = format!("MINISTRY OF AGRICULTURE\nHome\nAbout\nNews\nHome › News › Releases\nRelease\nMonday, 18 October 2021\nTwo ministries open a joint soil laboratory\n\n{BODY}");
    assert_eq!(date(&page).as_deref(), Some("2021-10-18"));
    let page = format!("Today 4\nYesterday 131\nTotal 38910135\n\nMonday, 18 October 2021\nTwo ministries open a joint soil laboratory\n\n{BODY}");
    assert_eq!(date(&page), None);
}

/// "Posted in News | Tagged …" closes a blog post; the stamp under it, signed by its writer,
/// gives the date and the writer, and the writer's box and the comments are left out.
#[test]
fn a_signed_stamp_under_the_tags_gives_the_date_and_the_writer() {
    let comment = "I wonder whether the laboratory will also take samples from small farms in the hills, since those farmers have the hardest time getting their soil tested at a fair price.";
    let page = format!("Soil Blog\n\nTwo ministries open a joint soil laboratory\n\n{BODY}\nPosted in News, Farming | Tagged soil, laboratory\nMarch 4, 2025 · by Jane Doe\nShare this: X · Facebook\nJane Doe\nJane covers farming and the food industry for the blog and was an agronomist for twelve years before she joined the team in the capital.\n2 thoughts on this post\nMark P. March 5, 2025 at 9:03 am\n{comment}\n");
    let e = extract(&page);
    assert_eq!(e.date.map(|d| d.to_string()).as_deref(), Some("2025-03-04"));
    assert_eq!(e.author.as_deref(), Some("Jane Doe"));
    let body = format!("{:?}", e.blocks);
    assert!(!body.contains("agronomist for twelve years"), "{body}");
    assert!(!body.contains("small farms in the hills"), "{body}");
}

/// An aggregator's "Added: …" stamp under the source's "Originally published …": the source's
/// date is the article's.
#[test]
fn the_original_publication_date_outranks_an_aggregators_stamp() {
    let page = format!("Two ministries open a joint soil laboratory\nSource: Agri Review | By Jane Doe | Originally published Nov 8, 2023\nAdded to Digest: Nov 9, 2023 06:12 UTC | 3 min read\n\n{BODY}");
    assert_eq!(date(&page).as_deref(), Some("2023-11-08"));
}

/// "By Jane Doe Published 7 June 2024 at 08:15, updated 8 June 2024": a byline run into the
/// labelled date (a capture lost the break between them) gives both.
#[test]
fn a_byline_run_into_the_publication_label_gives_the_writer_and_the_date() {
    let page = format!("Two ministries open a joint soil laboratory\n\nThe laboratory will serve farms in both countries and the region.\n\nBy Jane Doe Published 7 June 2024 at 08:15, updated 8 June 2024 at 10:02\n\n{BODY}");
    let e = extract(&page);
    assert_eq!(e.date.map(|d| d.to_string()).as_deref(), Some("2024-06-07"));
    assert_eq!(e.author.as_deref(), Some("Jane Doe"));
    // A sentence that starts with "By" is no byline.
    assert_eq!(
        crate::ingest::dates::split_signed_label("By then published reports were out"),
        None
    );
}

/// "Par Name, post … Publié le …": a byline with the writer's post, run into the date's label
/// and a reading time, is the date line: it gives the date and the writer, not the lead.
#[test]
fn a_byline_with_a_post_run_into_the_date_label() {
    let line = "Par Claire Martin-Okafor, chercheuse associée au programme Asie centrale Publié le 3 juin 2024 · Mis à jour le 5 juin 2024 · Lecture 6 min";
    let page = format!("COMMENTAIRE\nOuzbékistan et Corée du Sud : les minerais critiques au cœur d'un partenariat\n{line}\nLongtemps cantonnée à l'automobile et au textile, la relation entre les deux capitales change d'échelle avec les métaux stratégiques.\nLes accords signés ces derniers mois prévoient un centre conjoint d'exploration géologique et une usine de raffinage.\n");
    let e = extract(&page);
    assert_eq!(e.date.map(|d| d.to_string()).as_deref(), Some("2024-06-03"));
    assert_eq!(e.author.as_deref(), Some("Claire Martin-Okafor"));
    let body = format!("{:?}", e.blocks);
    assert!(!body.contains("chercheuse associée"), "{body}");
}

/// A newsletter's contents list over its headline with an event's days ("12.–16. Mai 2025"): no
/// date of the article's, and none is invented from the event's.
#[test]
fn an_events_days_in_a_contents_list_are_not_the_date() {
    let page = format!("NEWSLETTER\n\nIN DIESER AUSGABE\n  * Usbekistan: Maschinenbauer setzen auf lokale Fertigung\n  * Termine: Delegationsreise Taschkent/Samarkand, 12.–16. Mai 2025\n\nLÄNDERFOKUS USBEKISTAN\n\nDeutsche Maschinenbauer setzen in Usbekistan auf lokale Fertigung\n\n{BODY}");
    assert_eq!(extract(&page).date, None);
    use crate::ingest::dates::has_day_range;
    for range in [
        "12.–16. Mai 2025",
        "12–16 May 2025",
        "May 12 - 16, 2025",
        "с 12-16 мая 2025",
    ] {
        assert!(has_day_range(range), "{range}");
    }
    for date in [
        "2024-05-16 Headline",
        "16.05.2025",
        "16 May 2025",
        "Page 1-2",
        // A commentary's number before its date; a day past the month's last.
        "Commentaire n° 47 — 18 février 2025",
        "Note 12 – 40 pages",
    ] {
        assert!(!has_day_range(date), "{date}");
    }
}

/// "Самарканд ☀ +19°  |  08.10.2024  14:03" over the menu is the masthead's clock (a temperature
/// without "C"); "Letzte Aktualisierung des Feeds:" alone over a date labels it. Neither is the
/// article's date, which stands under the headline.
#[test]
fn a_clock_with_a_bare_temperature_and_a_label_on_the_line_above() {
    let page = format!("Daily Herald\nСамарканд ☀ +19°  |  08.10.2024  14:03\nГлавная\nЭкономика\nКультура\n\nSerbian winemakers come to the region\n05.10.2024, 11:20\n\n{BODY}");
    assert_eq!(
        extract(&page).date.map(|d| d.to_string()).as_deref(),
        Some("2024-10-05")
    );
    let page = format!("Newsfeed: University news\nLetzte Aktualisierung des Feeds:\nFr, 31 Jan 2025 08:00:00 +0100\n\nA joint master's programme starts in the winter term\nMi, 22 Jan 2025 10:15:00 +0100\n\n{BODY}");
    assert_eq!(
        extract(&page).date.map(|d| d.to_string()).as_deref(),
        Some("2025-01-22")
    );
}

/// A channel's post in its web view: the stamp under the post's reactions and views is its
/// date, though the channel's next post carries another; a comment count over the comments'
/// dates gives none.
#[test]
fn a_posts_stamp_under_its_reactions_and_views() {
    let post = "Kanal Xabar\n@kanalxabar\n12 000 subscribers\n\nKanal Xabar\nSerbiyaning kompaniyasi Toshkent viloyatida dori vositalari ishlab chiqaradigan zavod quradi. Bu haqda forumda maʼlum qilindi.\n\nLoyiha qiymati 27 million yevroni tashkil etadi va zavod kelgusi yili ishga tushadi.\n\n#Serbiya #investitsiya\n";
    for stamp in ["edited  05.03.2024, 19:48\n", "05.03.2024, 18:31\n"] {
        let page = format!("{post}👍 214   🔥 37\n👁 12.4K\n{stamp}\nKanal Xabar\n📈 Markaziy bank valyuta kurslarini eʼlon qildi.\n👁 9.1K\n06.03.2024, 09:00\n");
        assert_eq!(
            extract(&page).date,
            chrono::NaiveDate::from_ymd_opt(2024, 3, 5),
            "{stamp}"
        );
    }
    let page = format!("{post}Comments (2)\nJovan_Z  05.03.2024 at 18:44\nGreat news.\nMarina K.  06.03.2024 at 20:10\nFinally.\n");
    assert_eq!(extract(&page).date, None);
}

/// A feed reader's view: the feed's "lastBuildDate" in a cell of its header (no glued words to
/// part) is not the item's date; the item's stamp under its title is.
#[test]
fn a_feeds_build_date_over_the_items_stamp() {
    let page = "University | News\nhttps://example.edu/news/\nLang: uz  ·  lastBuildDate: Wed, 06 Mar 2024 08:00:00 +0500  ·  Generator: Site Manager\n\nThe university and a partner open a joint programme in software engineering\nTue, 05 Mar 2024 09:30:00 +0500\n\nThe two universities signed an agreement on a joint programme in software engineering on Tuesday.\n\nThe first students start in September.\n";
    assert_eq!(
        extract(page).date,
        chrono::NaiveDate::from_ymd_opt(2024, 3, 5)
    );
}

/// Three date lines h23 missed: a world clock's cells over the headline ("Seoul 16:42 |
/// Tashkent 12:42      Monday, 9 December 2024") are the site's clock; a byline row whose
/// bullets and icons push it past a dozen tokens still dates the article; a year glued to the
/// next field ("3 juillet 2024Temps de lecture") still parses.
#[test]
fn a_world_clock_an_iconed_byline_row_and_a_glued_year() {
    let lead = "The fifth session of the joint committee on information technology met in the capital on Tuesday and agreed on new training programmes.\n\nThe next session is planned for spring.\n";
    let page = format!("Embassy of Example\n\nSeoul 16:42 | Tashkent 12:42                    Monday, 9 December 2024\n\nNews\n\nTwo countries agree to expand joint IT training and software exports\n27.11.2024 | 10:15                                       Views: 418\n\n{lead}");
    assert_eq!(
        extract(&page).date,
        chrono::NaiveDate::from_ymd_opt(2024, 11, 27)
    );
    let page = format!("# IT izvoz prešao 4,2 milijarde evra\n\nAna Ilić · 4. februar 2025. · 6 min čitanja · 💬 23\n\n{lead}");
    assert_eq!(
        extract(&page).date,
        chrono::NaiveDate::from_ymd_opt(2025, 2, 4)
    );
    let page = format!("COMMENTAIRE\nLa Serbie et la Corée du Sud : un partenariat numérique discret\nPar Claire Exemple | Publié le 3 juillet 2024Temps de lecture : 6 min\n{lead}");
    assert_eq!(
        extract(&page).date,
        chrono::NaiveDate::from_ymd_opt(2024, 7, 3)
    );
}

/// "Autor: Name · Objavljeno: date · Ažurirano: date · ⏱ 4 min čitanja · 💬 23" under the deck:
/// short cells, one a labelled date. The published date and the writer, however many cells.
#[test]
fn a_byline_in_cells_with_its_labelled_dates_and_counters() {
    let page = format!("IT vesti\n\nBIZNIS / IZVOZ\n\nIzvoz softvera iz Srbije raste, ali sporije nego ranije\n\nKompanije upozoravaju na manjak iskusnih inženjera i rast troškova\n\nAutor: Marko Primerović · Objavljeno: 7. februar 2025. · Ažurirano: 9. februar 2025. · ⏱ 4 min čitanja · 💬 23\n\n{BODY}");
    let out = extract(&page);
    assert_eq!(out.date, chrono::NaiveDate::from_ymd_opt(2025, 2, 7));
    assert_eq!(out.author.as_deref(), Some("Marko Primerović"));
}

/// A browser's printout: its header "03.09.2024, 10:17   Headline" and its footer "Printed:
/// 03.09.2024, 10:17" say when it was printed; the date under the headline is the article's.
#[test]
fn a_printouts_header_date_is_when_it_was_printed() {
    let page = |footer: &str| {
        format!("03.09.2024, 10:17                     Two ministries open a soil laboratory\n\n[Print]  [Close window]\n\nEmbassy of the Example Republic\n\nTwo ministries open a soil laboratory\n\n21 August 2024\n\n{BODY}\n© 2024 Embassy of the Example Republic\n\n{footer} 03.09.2024, 10:17\n")
    };
    assert_eq!(
        extract(&page("Printed:")).date,
        chrono::NaiveDate::from_ymd_opt(2024, 8, 21)
    );
    assert_eq!(
        extract(&page("Распечатано:")).date,
        chrono::NaiveDate::from_ymd_opt(2024, 8, 21)
    );
}

/// A magazine's deck read as the first paragraph, then the byline and a date that names its
/// weekday: under the byline, the date is the article's, not a clock's.
#[test]
fn a_weekday_date_under_the_byline_under_a_deck() {
    let page = "AFRIQUE EXEMPLE\nLe magazine des décideurs\nÉconomie | Finance | Tech | Énergie | Agro | Politique\nTech\nEXCLUSIF\nIdentité numérique : Séoul finance le grand chantier du pays\nSelon nos informations, Abidjan et Séoul ont bouclé un prêt concessionnel de 95 millions de dollars pour numériser l'état civil.\nPar Aminata Exemple\nmercredi 18 septembre 2024 à 18h30\nMis à jour le 19 septembre 2024 à 10h12\nTemps de lecture : 4 min\nLa Côte d'Ivoire s'apprête à confier à la Corée du Sud l'un de ses chantiers numériques les plus sensibles, d'après des documents consultés par la rédaction.\nLe prêt est remboursable sur quarante ans avec un taux inférieur à 0,1 %, selon ces documents.\n";
    assert_eq!(date(page).as_deref(), Some("2024-09-18"));
}
