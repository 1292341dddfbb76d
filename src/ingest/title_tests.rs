//! Tests of the headline finder (`title.rs`).

use super::*;
use crate::ingest::extract::extract;
use crate::ingest::title_text::clean_title;

const LEAD: &str = "The two governments agreed on Monday to build a joint centre for software engineering in the capital.";

#[test]
fn headlines_past_captions_widgets_and_decks() {
    // A name under a photo between the headline and the lead.
    let e = extract(&format!(
        "Two countries open a software centre\n\nJane Doe\n{LEAD}\n"
    ));
    assert_eq!(e.title, "Two countries open a software centre");
    // A share row between them.
    let e = extract(&format!(
        "Two countries open a software centre\n\nShare Facebook Twitter\n\n{LEAD}\n"
    ));
    assert_eq!(e.title, "Two countries open a software centre");
    // A longer deck under the headline.
    let e = extract(&format!("Two countries open a software centre\n\nThe centre will train engineers and host young companies from both\n\n{LEAD}\n"));
    assert_eq!(e.title, "Two countries open a software centre");
    // A currency widget is not a headline.
    let e = extract(&format!("Rates\nUSD – -1.29%\n\n{LEAD}\n"));
    assert!(e.title_made, "{}", e.title);
}

#[test]
fn long_unpunctuated_and_cut_headlines() {
    let headline = "Signing ceremony for the joint programme of the two ministries of education, “a model of cooperation for the whole region and beyond,” according to the ambassador";
    let e = extract(&format!(
        "{headline}\n\n{LEAD}\n\nMore text of the article follows in this second paragraph here.\n"
    ));
    assert_eq!(e.title, headline);
    let e = extract(&format!(
        "A look at the relations of the two countries...\n10:02 / 2022-12-29\n\n{LEAD}\n"
    ));
    assert_eq!(e.title, "A look at the relations of the two countries...");
}

#[test]
fn made_titles_are_cut_at_a_word() {
    let long = "word ".repeat(60) + "end.";
    let t = made_title(&long);
    assert!(t.chars().count() <= 120 && t.ends_with("word"), "{t}");
    let lead = "At the invitation of the President of the Republic of Uzbekistan Shavkat Mirziyoyev, the President of Serbia Aleksandar Vučić is paying an official visit to Uzbekistan.";
    assert_eq!(
        made_title(lead),
        "The President of Serbia Aleksandar Vučić is paying an official visit to Uzbekistan"
    );
    let lead = "President of Serbia Aleksandar Vučić paid an official visit to IT Park Uzbekistan, where he familiarized himself with the organization’s key activities and contributions.";
    assert_eq!(
        made_title(lead),
        "President of Serbia Aleksandar Vučić paid an official visit to IT Park Uzbekistan"
    );
    let lead = "In 2013 Uzavtoprom, which is made up of automotive enterprises in Uzbekistan, will commission new facilities producing automotive components worth millions.";
    assert!(
        made_title(lead).starts_with("In 2013 Uzavtoprom"),
        "{}",
        made_title(lead)
    );
    assert_eq!(
        first_sentences("Mr. Krasnikov said so. Then more.", 1),
        "Mr. Krasnikov said so."
    );
}

#[test]
fn a_section_or_site_beside_a_bar_and_a_glued_counter_leave_the_headline() {
    for (raw, want) in [
        (
            "Economy | Serbia and Hungary agree on gas pipeline",
            "Serbia and Hungary agree on gas pipeline",
        ),
        (
            "Serbia and Hungary agree on gas pipeline | Daily Planet",
            "Serbia and Hungary agree on gas pipeline",
        ),
        (
            "Serbia and Hungary agree on gas pipeline 1523",
            "Serbia and Hungary agree on gas pipeline",
        ),
        (
            "Serbia and Uzbekistan prepare for Expo 2027",
            "Serbia and Uzbekistan prepare for Expo 2027",
        ),
        (
            "Serbia and Hungary talk | Uzbekistan and Japan sign a deal",
            "Serbia and Hungary talk | Uzbekistan and Japan sign a deal",
        ),
        // A kicker and a deck around a headline in capitals.
        (
            "Ministar u Beogradu POTPISANO 5 SPORAZUMA SA UZBEKISTANOM Nova saradnja donosi ulaganja",
            "POTPISANO 5 SPORAZUMA SA UZBEKISTANOM",
        ),
        (
            "ЈАПАН И СРБИЈА ОТВАРАЈУ ЦЕНТАР Нова школа за програмере",
            "ЈАПАН И СРБИЈА ОТВАРАЈУ ЦЕНТАР",
        ),
        // Capitals that open a sentence, or a quotation joined by a colon, are the headline's own.
        (
            "IT PARK TASHKENT SEOUL OFFICE opens for Korean start-ups",
            "IT PARK TASHKENT SEOUL OFFICE opens for Korean start-ups",
        ),
        (
            "\"OUR CHARTER IS SACRED\": Minister promises to work with Serbia",
            "\"OUR CHARTER IS SACRED\": Minister promises to work with Serbia",
        ),
        (
            "SERBIA AND UZBEKISTAN SIGN ELEVEN AGREEMENTS",
            "SERBIA AND UZBEKISTAN SIGN ELEVEN AGREEMENTS",
        ),
    ] {
        assert_eq!(clean_title(raw), want, "{raw}");
    }
}

/// Furniture nearest the article that shares no word with it: a consent notice in sentences,
/// a print-and-share row, a previous/next link, a widget's label, a section in capitals.
#[test]
fn furniture_that_shares_no_word_with_the_article_is_passed_over() {
    let body = "The water authorities of both countries signed a plan to line irrigation canals with concrete and meter every pump.\n\nThe canals lose a third of their water before it reaches the fields, the authorities said.\n";
    let headline = "Two neighbours agree to line irrigation canals";
    let page = format!("We care about your privacy\nThe site keeps small records on the computer to count visits and remember the choices made. Pressing accept keeps them.\nAccept    Choose\n\nTHE DAILY LEDGER\n\n{headline}\n\nMarch 4, 2025\nBy Ann Reed\n\n{body}");
    let e = extract(&page);
    assert_eq!(e.title, headline);
    assert!(e.lead.starts_with("The water authorities"), "{}", e.lead);
    for row in ["Print   Save as PDF   Share", "Most read this week ›"] {
        let e = extract(&format!("{headline}\n\n{row}\n\n{body}"));
        assert_eq!(e.title, headline, "{row}");
    }
    let e = extract(&format!(
        "SECTION 4. WATER AND FIELDS\n\n{headline}\n\n{body}"
    ));
    assert_eq!(e.title, headline);
    let question = "Will the new canals finally hold their water?";
    let e = extract(&format!(
        "« Earlier post | Later post »\n\n{question}\n7 May 2024 · Ann Reed · 4 min read\n\n{body}"
    ));
    assert_eq!(e.title, question);
    assert_eq!(e.date, chrono::NaiveDate::from_ymd_opt(2024, 5, 7));
}

/// A headline whose deck and lead speak of the same thing in other words keeps its place.
#[test]
fn a_headline_over_a_deck_in_other_words_stays() {
    let e = extract("Home  News  Markets\n\nMarkets\nRiyadh to help Lisbon rebuild its tax office\nSaudi advisers will spend two years inside Portuguese ministries, moving paper forms online\n\nMarch 4, 2025\n\nPortugal and Saudi Arabia have agreed that advisers from Riyadh will spend two years in Lisbon's ministries.\n\nThe tax office will be the first to move its forms online.\n");
    assert_eq!(e.title, "Riyadh to help Lisbon rebuild its tax office");
}

#[test]
fn a_pictograph_counter_glued_to_the_headline_goes() {
    let e = extract("Two neighbours agree to line irrigation canals👁 1 204\n\nThe water authorities of both countries signed a plan to line irrigation canals with concrete.\n");
    assert_eq!(e.title, "Two neighbours agree to line irrigation canals");
    assert!(!e.blocks.iter().any(|b| format!("{b:?}").contains("1 204")));
}

/// "ICT Serbia's IT exports …" under a page title "Site | Serbia's IT exports …": the section's
/// word glued before the headline goes; a headline's own first word stays.
#[test]
fn a_section_glued_before_the_headline_goes_when_the_page_title_lacks_it() {
    let page = format!("Daily Planet | Two neighbours open a software centre in the capital\n\nMenu   News   Markets\n\nICT Two neighbours open a software centre in the capital\nMarch 4, 2025\n\n{LEAD}\n");
    assert_eq!(
        extract(&page).title,
        "Two neighbours open a software centre in the capital"
    );
    let page = format!("Daily Planet | Two neighbours open a software centre in the capital\n\nTwo neighbours open a software centre in the capital\nMarch 4, 2025\n\n{LEAD}\n");
    assert_eq!(
        extract(&page).title,
        "Two neighbours open a software centre in the capital"
    );
}

/// A deck a little shorter than its headline is still the deck; a short kicker above a
/// headline is not the headline.
#[test]
fn a_deck_shorter_than_the_headline_and_a_byline_of_three_words() {
    let headline = "Two neighbours will launch an electronic queue for lorries at the border";
    let deck = "Carriers will book their crossing time in a mobile app";
    let lead = "The two neighbours agreed to launch an electronic queue for lorries at the border crossing by spring.";
    let e = extract(&format!(
        "Transport\n\n{headline}\n{deck}\n\nYesterday, 18:40\nAuthor: Ann Reed\n\n{lead}\n"
    ));
    assert_eq!(e.title, headline);
    let e = extract(&format!(
        "{headline}\n{deck}\n12 March 2025\nMuxbir: Ann Reed\n\n{lead}\n"
    ));
    assert_eq!(e.title, headline);
    let e = extract(&format!("After the summit in the capital\nTwo neighbours will launch an electronic queue for lorries at the border crossing\n\n{lead}\n"));
    assert_eq!(
        e.title,
        "Two neighbours will launch an electronic queue for lorries at the border crossing"
    );
    // A section and a date with a trailing dot before the headline.
    let e = extract(&format!("TECHNOLOGY | 07.10.2025. {headline}\n\n{lead}\n"));
    assert_eq!(e.title, headline);
}

/// A photo's caption between the byline and the lead is no headline: with its credit after a
/// full stop, or over a credit line of its own.
#[test]
fn a_caption_under_the_byline_is_not_the_headline() {
    let headline = "Serbian software firms open offices in the capital of Uzbekistan";
    for caption in [
        "Participants of the business forum in Tashkent. Photo: Chamber of Commerce",
        "View of the financial district of the capital. EFE/Archivo",
        "Belgrade airport, archive\nPhoto: Agency/John Smith",
        "Surat: Sog‘liqni saqlash vazirligi matbuot xizmati",
    ] {
        let e = extract(&format!(
            "{headline}\nBy Ann Reed\n12.03.2025\n\n{caption}\n\n{LEAD}\n"
        ));
        assert_eq!(e.title, headline, "{caption}");
        assert!(!format!("{:?}", e.blocks).contains("Photo"), "{caption}");
    }
}

/// A ticker of other stories, a masthead's motto and a caption printed under its credit are
/// none of them the article's start or its headline.
#[test]
fn tickers_mottos_and_captions_under_credits_are_passed_over() {
    let headline = "Farm institute joins a precision farming project in the valley";
    let e = extract(&format!(
        "BREAKING:  Wage rises by 10 percent from April  •  The tenge weakens past 500 per dollar  •  Second daily flight to Almaty\n\n{headline}\n\nBy Ann Reed\n\n{LEAD}\n"
    ));
    assert_eq!(e.title, headline);
    assert!(!format!("{:?}", e.blocks).contains("tenge"));
    let e = extract(&format!(
        "FARM GAZETTE a paper for modern farming and farmers since 1961.\n\nHome   News   Crops   Machinery\n\n{headline}\n\nAuthor: Ann Reed\n\n{LEAD}\n"
    ));
    assert_eq!(e.title, headline);
    assert!(e.lead.starts_with("The two governments"), "{}", e.lead);
    let e = extract(&format!(
        "{headline}\n\nAuthor: Ann Reed\n\nPhoto: Institute / Promo\nA sensor station in a test field near the city\n\n{LEAD}\n"
    ));
    assert_eq!(e.title, headline);
    assert!(!format!("{:?}", e.blocks).contains("sensor station"));
    // A credit over the headline itself, with no byline above it, leaves the headline alone.
    let e = extract(&format!("Photo: Institute / Promo\n{headline}\n\n{LEAD}\n"));
    assert_eq!(e.title, headline);
}

/// A menu of wide-gapped items or a breadcrumb trail is no headline, whatever its length.
#[test]
fn menus_and_breadcrumbs_are_not_headlines() {
    let headline = "Two neighbours will train nurses for hospitals abroad";
    let lead = "The two neighbours agreed on Monday to train nurses for hospitals and care homes abroad over two years.";
    let e = extract(&format!(
        "Home   Country   World   Economy   Society   Sport   Technology   Photo   Video   Adverts\n\n{headline}\nAuthor: Ann Reed\n👁 5 210   💬 5   ⏱ 3 min\n\n{lead}\n"
    ));
    assert_eq!(e.title, headline);
    let e = extract(&format!(
        "Home › Economy › Partnership\n\n{headline}\nPublished: 27.05.2025, 16:05\n\nDelegation at the pharma park.  Photo: «Agency»\n\n{lead}\n"
    ));
    assert_eq!(e.title, headline);
    assert!(!format!("{:?}", e.blocks).contains("pharma park"));
    // Copied menus often keep two spaces or a tab between their items, and a section's name
    // sits before the headline on the same line.
    for (menu, section) in [
        ("Home  World  Economy  Technology  Opinion", "Economy  "),
        ("Home\tWorld\tEconomy\tTechnology\tOpinion", "Economy\t"),
        ("Home  World  Economy  Technology  Opinion", "HEALTH CARE  "),
    ] {
        let e = extract(&format!(
            "{menu}\n\n{section}{headline}\n\n12 March 2024\n\n{lead}\n"
        ));
        assert_eq!(e.title, headline, "{menu:?} {section:?}");
    }
}

/// A name under a headline is its byline, not its wrapped last words; "Por: Desk" and a
/// reporter's post under the byline are no headlines.
#[test]
fn bylines_and_posts_under_the_headline_are_not_part_of_it() {
    let headline = "Two neighbours will build two joint cargo terminals at the border crossings";
    let lead = "The two neighbours agreed on Wednesday to build two joint cargo terminals at the border crossings by next year.";
    let e = extract(&format!("{headline}\nDilnoza Rakhimova\n\n{lead}\n"));
    assert_eq!(e.title, headline);
    assert_eq!(e.author.as_deref(), Some("Dilnoza Rakhimova"));
    // A wrapped headline's last words stay with it.
    let e = extract(&format!(
        "Two neighbours will build two joint cargo terminals between Uzbekistan and\nSouth Korea\n\n{lead}\n"
    ));
    assert!(e.title.ends_with("South Korea"), "{}", e.title);
    for under in [
        "Por: Redacción El Meridiano",
        "Por Martín Echeverría\nCorresponsal en Tiflis",
    ] {
        let e = extract(&format!("{headline}\n{under}\n\n{lead}\n"));
        assert_eq!(e.title, headline, "{under}");
    }
}

/// A kicker in capitals over the headline, and a breadcrumb trail with long parts.
#[test]
fn kickers_in_capitals_and_long_breadcrumbs_are_not_headlines() {
    let headline = "Japan to co-finance the ring road and double scholarships for students";
    let lead = "Japan and its partners in the capital agreed on Monday a new loan to build the southern sections of the ring road.";
    let e = extract(&format!(
        "DIGEST No. 47 · ASIA-PACIFIC PARTNERS\n\n{headline}\n\nPosted 03/11/2025 |\n\n{lead}\n"
    ));
    assert_eq!(e.title, headline);
    let e = extract(&format!(
        "Sie sind hier: Startseite > Südosteuropa > Serbien > Infrastruktur SERBIEN · INFRASTRUKTUR\n\n{headline}\nMontag, 23. September 2024, 14:05 Uhr\nVon Katrin Möller, Belgrad\nLesezeit: 5 Minuten\nArtikel anhören  |  Drucken  |  Merken\n\n{lead}\n"
    ));
    assert_eq!(e.title, headline);
    assert_eq!(e.date.map(|d| d.to_string()).as_deref(), Some("2024-09-23"));
}

/// The site's name after the headline goes when the page names that outlet or it is a domain;
/// another tail stays.
#[test]
fn the_sites_name_after_the_headline_goes_only_with_evidence() {
    let lead = "The two ministers met on Monday to discuss trade between the countries, the ministry said.";
    for (headline, tail, want) in [
        (
            "Ministers meet on trade - Coast Daily",
            "© 2024 Coast Daily. All rights reserved.",
            "Ministers meet on trade",
        ),
        (
            "Ministers meet on trade | coastdaily.uz",
            "",
            "Ministers meet on trade",
        ),
        (
            "Ministers meet on trade - Analysis",
            "",
            "Ministers meet on trade - Analysis",
        ),
        (
            "Ministers meet on trade - Coast Daily",
            "",
            "Ministers meet on trade - Coast Daily",
        ),
    ] {
        let page = format!("{headline}\n\n{lead}\n\nThe two sides also agreed to open a joint laboratory next year.\n\n{tail}\n");
        assert_eq!(extract(&page).title, want, "{headline} / {tail}");
    }
}

/// "Headline | Site" names the outlet where the site's name stands again on the furniture.
#[test]
fn a_site_name_after_the_headline_and_on_the_furniture_is_the_outlet() {
    let lead = "The two ministers met on Monday to discuss trade between the countries, the ministry said.";
    let more = "The two sides also agreed to open a joint laboratory next year.";
    for (top, headline, bottom, title, outlet) in [
        (
            "Coast Daily\nNews | Business",
            "Ministers meet on trade | Coast Daily",
            "Subscribe to Coast Daily",
            "Ministers meet on trade",
            Some("Coast Daily"),
        ),
        (
            "Planet\nNews | Business",
            "Ministers meet on trade - Planet",
            "",
            "Ministers meet on trade",
            Some("Planet"),
        ),
        (
            "News | Analysis | Opinion",
            "Ministers meet on trade - Analysis",
            "",
            "Ministers meet on trade - Analysis",
            None,
        ),
        (
            "Home",
            "Ministers meet on trade - Coast Daily",
            "",
            "Ministers meet on trade - Coast Daily",
            None,
        ),
    ] {
        let e = extract(&format!(
            "{top}\n\n{headline}\n\n{lead}\n\n{more}\n\n{bottom}\n"
        ));
        assert_eq!(e.title, title, "{headline}");
        assert_eq!(e.outlet.as_deref(), outlet, "{headline}");
    }
}

/// "Name" / "Research Fellow, Programme" / date / "Reading time: 6 minutes" under a headline: the
/// writer's post and the reading time are no headlines.
#[test]
fn a_writers_post_under_a_bare_name_and_a_reading_time_are_not_headlines() {
    let headline = "Servers, Cameras and Diplomacy: Two Countries' Digital Partnership";
    let lead = "When officials of the two countries talk about their digital partnership, they mean servers and cameras.";
    let e = extract(&format!(
        "POLICY BLOG\n\n{headline}\nAnna Petrović\nResearch Fellow, Technology & Geopolitics Programme\n18 September 2023\nReading time: 6 minutes\n\n{lead}\n"
    ));
    assert_eq!(e.title, headline);
    assert_eq!(e.author.as_deref(), Some("Anna Petrović"));
    let body = format!("{:?}", e.blocks);
    assert!(
        !body.contains("Research Fellow")
            && !body.contains("Anna Petrović")
            && !body.contains("Reading time"),
        "{body}"
    );
}

/// A widget of no known kind between the date lines and the lead ("Font size:  Smaller  Larger
/// Reset") does not hide the headline above it.
#[test]
fn an_unknown_widget_over_the_lead_does_not_hide_the_headline() {
    let headline = "Emirati capital flows into irrigation and food processing in the north";
    let lead = "The two governments agreed on Monday on a new package of investment in irrigation and food processing worth 120 million euros.";
    let e = extract(&format!(
        "BUSINESS PULSE\n\nAGRIBUSINESS | TRADE\n{headline}\nCompanies from the Gulf announce investment, local exporters expect new markets\nAuthor: Ann Reed\nPublished: 05.06.2024. | 10:42\nFont size:  Smaller  Larger  Reset\n\n{lead}\n\nThe second paragraph tells more about irrigation.\n"
    ));
    assert_eq!(e.title, headline);
}

/// "Investment in the Balkans" over "Car parts maker builds plant in the south – 600 new jobs":
/// a kicker of a few words over a headline-sized line, not a headline over its deck.
#[test]
fn a_short_kicker_over_a_headline_sized_line_is_not_the_headline() {
    let headline = "Car parts maker builds plant in the south – 600 new jobs in the city";
    let e = extract(&format!("REGIONAL DAILY\n\nEconomy\nRegion\n\nInvestment in the Balkans\n{headline}\n\nThe car parts maker will build a plant for sensor housings in the Balkans, its first investment abroad, the company said on Monday.\n\nProduction starts next year.\n"));
    assert_eq!(e.title, headline);
}

/// An AMP page: its "View non-AMP version" link and the advertisement under its label stand
/// above the headline; neither is the headline or the lead. A byline under an ad's label
/// stays a byline.
#[test]
fn an_amp_pages_link_and_an_advertisement_are_not_the_article() {
    let page = format!("HARBOUR HERALD  ·  English edition\nAMP\nView non-AMP version\nADVERTISEMENT\nCorner bakery — fresh bread every morning since 1978. Order online!\nEconomy › Harbour\nTwo countries open a software centre\nAnn Reed\n{LEAD}\nThe centre will open next year with two hundred engineers from both sides.\n");
    let e = extract(&page);
    assert_eq!(e.title, "Two countries open a software centre");
    assert_eq!(e.author.as_deref(), Some("Ann Reed"));
    assert!(!format!("{:?}", e.blocks).contains("bakery"));
    let e = extract(&format!("- Advertisement -\nBy Ann Reed\n\n{LEAD}\n"));
    assert_eq!(e.author.as_deref(), Some("Ann Reed"));
}

/// A university's news page as a text browser dumps it: highlights in a list between the
/// headline and the lead, and under the article the writer with their office over the
/// photographer, each a line of its own though the dump indents them like the text.
#[test]
fn a_dumped_news_release_with_highlights_and_a_writers_office() {
    let page = "   [1]Harbour University\n\n   [2]Admissions [3]Research [4]About\n\n   News | 2024.10.15 | Views 1,208\n\n   Two universities launch a joint master's programme in software\n   engineering\n\n   - Dual degree in software engineering to start in March next\n   year\n   - Ambassador attends the signing ceremony in the capital\n\n   The two universities signed an agreement on Monday to launch a joint\n   master's programme in software engineering, the first dual-degree\n   programme between the two countries.\n\n   Students will spend their first year at their home university and the\n   second year at the partner institution, receiving degrees from both.\n\n   Written by Ann Reed, Office of Public Relations\n   Photo by John Roe\n\n   [5]List [6]Print\n";
    let e = extract(page);
    assert_eq!(
        e.title,
        "Two universities launch a joint master's programme in software engineering"
    );
    assert_eq!(e.author.as_deref(), Some("Ann Reed"));
    assert_eq!(e.outlet, None);
    assert!(!format!("{:?}", e.blocks).contains("Photo by"));
}

/// A press release converted from a PDF, its text wrapped at a fixed width and its headline
/// set narrower on two lines, the second in small letters: the two lines are one headline.
#[test]
fn a_headline_wrapped_narrower_than_the_text() {
    let page = "HARBOUR UNIVERSITY\nPRESS RELEASE\n\nHarbour University and the Emsland college of applied sciences\nopen a centre for precision farming\n\nHarbour, 3 June 2025 — Harbour University will set up a teaching and research centre for\nprecision farming together with the Emsland college of applied sciences. The agreement\nwas signed at the university during the two countries' farming forum on 2 and 3 June.\n\nThe centre will sit on a trial field of 120 hectares in the region. Satellite images and\ndrones will watch the crops there, and soil moisture sensors will set the amount of\nwater for each field. The partner country gives 2.4 million euros to the project, and\nthe university gives the land and the laboratory building.\n";
    let e = extract(page);
    assert_eq!(
        e.title,
        "Harbour University and the Emsland college of applied sciences open a centre for precision farming"
    );
}

/// A research note converted from a PDF: its headline asks a question over a deck, and under
/// them the writer (surname in capitals) and the writer's post, which is neither headline nor
/// text.
#[test]
fn a_notes_question_headline_over_its_deck_and_writers_post() {
    let page = "INSTITUTE                              Institute of Island Studies\n\nNOTES OF THE INSTITUTE                                 No. 47\n\n\n     The islands, a software workshop of the region?\n     Strengths and weaknesses of an export-driven software sector\n\n\nAnn REED\nAssociate researcher in the institute's programme on the islands\n\nHarbour, 12 February 2025\n\n\nIn 2024 the islands' exports of software services passed 4 billion euros, against barely\n500 million in 2014. The sector now has one of the largest trade surpluses of the economy\nand employs more than 100,000 people, nearly five percent of all those in work.\n\nThe growth rests first on a pool of skills. The faculties of engineering and mathematics\ntrain thousands of engineers every year, and the government has widened the teaching of\ncomputing in primary schools since 2017.\n";
    let e = extract(page);
    assert_eq!(e.title, "The islands, a software workshop of the region?");
    assert_eq!(e.author.as_deref(), Some("Ann REED"));
    assert!(!format!("{:?}", e.blocks).contains("Associate researcher"));
}

/// A consent banner's buttons copied as a gapped row are no headline; a stray advertisement
/// label right over the headline does not make the headline an advertisement, since it shares
/// its words with the text under it.
#[test]
fn consent_buttons_and_a_stray_ad_label_over_the_headline() {
    let page = "Harbour Evening Post\nLokales | Region | Wirtschaft | Politik | Sport\nWir brauchen Ihre Zustimmung: Wir und unsere Partner verwenden Cookies und ähnliche Technologien.\nAlle akzeptieren   Einstellungen   Ablehnen\nStartseite > Wirtschaft > Region\nAnzeige\nLandtechnik aus Telgte für die Felder Usbekistans\nDer Familienbetrieb Hollenkamp Landtechnik gründet ein Gemeinschaftsunternehmen, das Landtechnik für die Felder in Usbekistan bauen soll.\nDas Unternehmen liefert seit Jahren Maschinen in die Region und will nun vor Ort fertigen.\n";
    let e = extract(page);
    assert_eq!(e.title, "Landtechnik aus Telgte für die Felder Usbekistans");
}

/// A photo's caption under its credit, under the date line and a view counter: not the
/// headline, which stands above them.
#[test]
fn a_caption_under_its_credit_under_a_view_counter() {
    let page = format!("SOCIETY\nTwo countries open a software centre\nThe centre will train engineers and host young companies from both sides\n08.10.2024 17:05   Updated: 09.10.2024 09:12\n👁 2 147\nPhoto: Harbour Agency / John Roe\nEngineers of the two governments during a workshop on software engineering in the capital\n{LEAD}\n");
    let e = extract(&page);
    assert_eq!(e.title, "Two countries open a software centre");
}

/// "Headline" / "Published: date · Author: … · Views: …" / "Deck" / "Photo by the author:
/// caption" / lead, with no blank lines: the line over the date line is the headline, and the
/// captioned photo credit is furniture.
#[test]
fn a_headline_over_its_date_line_over_a_deck_and_a_labelled_caption() {
    let page = format!("News\nEconomy\nSoftware engineers will train in the capital\nPublished: 21 October 2024, 16:40  ·  Author: Jane Doe  ·  Views: 1 187\nA joint centre for young companies opens next spring in a former factory\nPhoto courtesy: engineers at the opening of the first laboratory\n{LEAD}\nThe centre will train software engineers and host young companies.\n");
    let e = extract(&page);
    assert_eq!(e.title, "Software engineers will train in the capital");
    assert_eq!(e.date.map(|d| d.to_string()).as_deref(), Some("2024-10-21"));
    let body = format!("{:?}", e.blocks);
    assert!(!body.contains("Photo courtesy"), "{body}");
}

/// The page's title with a crumb glued on ("… Main") over the date line and the headline: the
/// headline is the clean one.
#[test]
fn a_title_with_a_crumb_over_the_date_line_is_not_the_headline() {
    let e = extract(&format!("Two countries open a software centre Main\n\n13 March 2015\n\nTwo countries open a software centre\n\nThe centre will train engineers and host young companies from both countries..\n\n{LEAD}\n\nThe centre opens next year.\n"));
    assert_eq!(e.title, "Two countries open a software centre");
}

/// "Text: Name, Office | Photos: Press service" over a caption: the caption is no headline.
#[test]
fn a_caption_under_a_byline_that_credits_the_photos_is_no_headline() {
    let e = extract(&format!("University news\nTwo countries open a software centre\nStudents will spend their third year abroad and receive diplomas from both universities\nText: Jane Doe, Communications Office   |   Photos: Press service of the University\nRector Prof. John Smith and Vice-President Prof. Dr. Anna Lee after signing the agreement\n{LEAD} The centre will train software engineers and host young companies from both countries in its first years.\nThe centre will train software engineers and host young companies, the rector said after the ceremony in the capital.\n"));
    assert_eq!(e.title, "Two countries open a software centre");
}

/// A tabloid's opening shout in capitals, ending in "!", belongs to the headline after it.
#[test]
fn an_opening_shout_in_capitals_stays_with_the_headline() {
    let t = "FIVE HOURS FROM TASHKENT TO BELGRADE! Two countries agree on direct flights, and more is coming";
    assert_eq!(clean_title(t), t);
    // Without the shout's mark, the capitals are the headline between kicker and deck.
    assert_eq!(
        clean_title("Minister in Tashkent SIGNED ELEVEN AGREEMENTS ON TRADE Partnership grows"),
        "SIGNED ELEVEN AGREEMENTS ON TRADE"
    );
}

/// "Headline" / "Кўрилди: 642" / "Region's press service" / lead: the unit's credit and the
/// view counter (in Uzbek Cyrillic) stand between the headline and the lead.
#[test]
fn a_newsroom_credit_under_a_view_counter_is_no_headline() {
    let e = extract(&format!("Home / Press service / News\nTwo countries open a software centre\nКўрилди: 642\nCapital city administration press service\n{LEAD}\nThe centre will train software engineers and host young companies, the rector said after the ceremony in the capital.\n"));
    assert_eq!(e.title, "Two countries open a software centre");
    assert_eq!(
        crate::ingest::classify::kind_of("Кўрилди: 642"),
        Kind::Counter
    );
}

/// "Por Lucía Ferrer Actualizado hace 3 horas Tiempo de lectura: 4 min": a byline run into an
/// update stamp is no deck; the headline stands over the deck above it.
#[test]
fn a_byline_run_into_an_update_stamp_is_no_deck() {
    let e = extract(&format!("Travel | Destinations\nTwo countries open a software centre: visas in two days and a new direct flight\nThe old trade route along the river becomes a new destination for young engineers from abroad\nBy Jane Doe Updated 3 hours ago Reading time: 4 min\n{LEAD}\nThe centre will train software engineers and host young companies, the rector said after the ceremony in the capital.\n"));
    assert_eq!(
        e.title,
        "Two countries open a software centre: visas in two days and a new direct flight"
    );
    assert_eq!(e.author.as_deref(), Some("Jane Doe"));
}

/// An opening-hours notice in sentences over the menu's breadcrumb trail is no lead: the
/// article starts under the trail and its headline.
#[test]
fn a_notice_over_the_breadcrumb_trail_is_no_lead() {
    let e = extract(&format!("Embassy of the Republic\n\nHome  About  Consular services  News  Contact\n\nConsular section: Monday to Friday, 9:30 to 12:30. Closed on national holidays of both countries.\n\nHome » News » Cooperation\n\nTwo countries open a software centre\n\n{LEAD}\n\nThe centre will train software engineers and host young companies, the rector said after the ceremony.\n\nThe first students will arrive next year from both countries and from the region.\n"));
    assert_eq!(e.title, "Two countries open a software centre");
    assert!(!format!("{:?}", e.blocks).contains("Consular section"));
}
