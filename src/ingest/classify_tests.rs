//! Tests of `classify.rs`.

use super::*;

#[test]
fn widgets_prompts_and_credits_in_several_languages_are_junk() {
    for line in [
        "Share Facebook Twitter WhatsApp E-mail",
        "Поделиться ВКонтакте Телеграм",
        "© 2023 Some Daily Paper. All reproduction reserved",
        "Copyright 2021 The Evening Courier",
        "Read also: Ministers agree on a new railway",
        "ЧИТАЙТЕ ТАКЖЕ — Министры договорились о новой дороге",
        "Lesen Sie auch: Minister einigen sich auf eine neue Bahnstrecke",
        "Vous devez être connecté pour commenter cet article.",
        "Подпишитесь на наш канал, чтобы не пропустить новости",
        "Melden Sie sich für unseren Newsletter an",
        "Officials at the signing. (Photo: Ministry of Trade)",
        "Ministry of Economy photo",
    ] {
        assert_eq!(
            classify(vec![line.to_string()])[0].kind,
            Kind::Junk,
            "{line}"
        );
    }
    assert_eq!(kind_of("• Lesedauer: 3 min"), Kind::Counter);
    assert_eq!(kind_of("4 min read"), Kind::Counter);
    // Words a widget uses, in a sentence of the article: kept.
    for line in [
        "The ministers discussed how to share data and print documents in both languages.",
        "Стороны подписали соглашение о сотрудничестве в области связи.",
        "Read the agreement in full, the ministry urged journalists on Monday.",
    ] {
        assert_ne!(
            classify(vec![line.to_string()])[0].kind,
            Kind::Junk,
            "{line}"
        );
    }
}

/// Fragments match whatever the case: in Cyrillic, Turkish or Spanish a prompt that opens a
/// sentence starts with a capital the list does not have.
#[test]
fn boilerplate_fragments_match_in_any_case_and_script() {
    for line in [
        "Добавить комментарий",
        "Оставьте комментарий к этой новости, и мы его опубликуем после проверки модератором сайта.",
        "Koristimo kolačiće kako bismo poboljšali vaše iskustvo na sajtu",
        "Çerez kullanıyoruz",
        "CLICK HERE to read the whole interview with the minister",
    ] {
        assert_eq!(kind_of(line), Kind::Junk, "{line}");
    }
    // A long paragraph is folded too before it is searched.
    let long = format!("{} Используем файлы cookie.", "Слово ".repeat(40));
    assert_eq!(kind_of(&long), Kind::Junk);
}

#[test]
fn raw_markup_is_a_caption_unless_it_wraps_a_paragraph() {
    let caption = "<figure><img src=\"a.jpg\"><figcaption>The two ministers</figcaption></figure>";
    assert_eq!(classify(vec![caption.into()])[0].kind, Kind::Junk);
    let paragraph = "<p><strong>TRADE</strong>. The two ministers agreed on Monday to double the trade between their countries by the end of the decade, officials from both sides said after the talks. <em>(Photo: Ministry)</em></p>";
    let line = &classify(vec![paragraph.into()])[0];
    assert_eq!(line.kind, Kind::Prose);
    assert!(line.text.starts_with("TRADE. The two"), "{}", line.text);
    assert!(line.text.ends_with("after the talks."), "{}", line.text);
}

#[test]
fn a_headline_ending_in_a_quoted_name_is_not_a_sentence() {
    assert_eq!(
        kind_of("The two countries sign the “Programme of Digital Development”"),
        Kind::Short
    );
    assert_eq!(
        kind_of("“We are ready to work together,” the minister said at the end."),
        Kind::Prose
    );
    assert_eq!(
        kind_of("He called it “a new chapter in our relations.”"),
        Kind::Prose
    );
}

#[test]
fn spam_and_tag_clouds_are_junk() {
    assert!(is_spam(
        "astropay bozdurma paysafe bozdurma astropay kart bozdurma paysafe kart bozdurma"
    ));
    assert!(is_tag_cloud(
        "City, Metropolis, Urban, Lighting, Architecture, Building, Cityscape"
    ));
    assert!(!is_tag_cloud("Serbia, Hungary and China signed the deal, officials said, on Monday, in Budapest, today, again."));
}

#[test]
fn breadcrumbs_led_by_a_furniture_word_are_junk_in_any_language() {
    for line in [
        "Bosh sahifa » Iqtisodiyot",
        "Početna › Ekonomija › Svet",
        "Главная > Экономика",
    ] {
        assert_eq!(kind_of(line), Kind::Junk, "{line}");
    }
    assert_ne!(
        kind_of("Serbia » Uzbekistan: a new partnership"),
        Kind::Junk
    );
    assert_ne!(
        kind_of("Home » Serbia and Uzbekistan sign eleven agreements in Tashkent"),
        Kind::Junk
    );
}

#[test]
fn tickers_clocks_with_weather_and_captions_with_a_copyright_credit() {
    assert_eq!(
        kind_of("LATEST: Wage rises by 10 percent from April • The tenge weakens past 500 • Second daily flight to Almaty"),
        Kind::Junk
    );
    // A dispatch's date line has parts too short for headlines.
    assert_eq!(
        kind_of("Dépêche AFP  ·  2025-10-09 14:37  ·  Europe"),
        Kind::Meta
    );
    // A list of sentences between bullets is not a ticker.
    assert_ne!(
        kind_of("The plan has three parts • Engineers will be trained in both countries. • A fund will back young firms. • A centre opens in spring."),
        Kind::Junk
    );
    assert_eq!(
        kind_of("DAILY REVIEW cyrillic | latin Saturday, 22 November 2025. | 14:07     Belgrade 8°C cloudy     Rates: EUR 117,19 | USD 101,02 | CNY 14,20"),
        Kind::Meta
    );
    assert_eq!(
        kind_of("A model of the nanosatellite shown in Tashkent. © Space agency / Press service"),
        Kind::Junk
    );
    // A labelled credit may name a holder as long as a copyright's.
    assert_eq!(
        kind_of("The mayor and the envoy at the opening of the new terminal in Navoi. Photo: press service of the Regional Administration of Navoi"),
        Kind::Junk
    );
    // A last sentence that only starts like a credit is the text's.
    assert_ne!(
        kind_of("The ministers met in the capital on Monday. Source: officials said the talks on the new terminal went well."),
        Kind::Junk
    );
    for credit in [
        "Ilustracija: Shutterstock",
        "Illustration: Getty Images",
        "Иллюстрация: архив",
    ] {
        assert_eq!(kind_of(credit), Kind::Junk, "{credit}");
    }
    for prompt in [
        "Пратите нас на Телеграму и Инстаграму!",
        "Телеграм каналимизга обуна бўлинг!",
        "Follow us on Telegram",
    ] {
        assert_eq!(kind_of(prompt), Kind::Junk, "{prompt}");
    }
    assert_eq!(
        kind_of("Шунингдек ўқинг: Андижонда янги фабрика очилди"),
        Kind::Junk
    );
    // Headlines between runs of signs, the first behind a ticker's label.
    assert_eq!(
        kind_of("FLASH : Budget vote set for Friday in the assembly +++ Storm warning for the coast tonight +++ Cup: the national team reaches the final"),
        Kind::Junk
    );
}

/// A consent banner runs long and reads as prose; its cookies and the consent it asks for give
/// it away in each language.
#[test]
fn consent_banners_are_junk_however_long() {
    for banner in [
        "With your permission, we and our 812 partners use cookies or similar technologies to store and access personal information such as your visit to this site. You can withdraw your consent or object to processing based on legitimate interest at any time by clicking on Settings or in our privacy policy on this website.",
        "Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site, et vous pouvez retirer votre consentement à tout moment en cliquant sur le lien prévu à cet effet en bas de chaque page du site.",
        "Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren, Funktionen für soziale Medien anzubieten und die Zugriffe auf unsere Website zu analysieren; mit Klick auf Akzeptieren erteilen Sie Ihre Einwilligung, die Sie jederzeit in den Einstellungen widerrufen können.",
        "Ovaj sajt koristi kolačiće kako bi vam pružio najbolje iskustvo; nastavkom korišćenja sajta dajete saglasnost za upotrebu kolačića u skladu sa našom politikom privatnosti i uslovima korišćenja koje možete pročitati na posebnoj stranici ovog sajta u svakom trenutku.",
    ] {
        assert_eq!(kind_of(banner), Kind::Junk, "{banner}");
    }
    // News about a cookie maker is not a banner.
    assert_eq!(
        kind_of("The two countries agreed on Monday that a biscuit and cookie maker from Samarkand will open a second factory near the border, the ministry of trade said in a statement on its website, adding that exports would double."),
        Kind::Prose
    );
}

#[test]
fn copy_link_rows_tag_labels_and_event_calls() {
    for junk in [
        "Ulashish:  Telegram  Facebook  Instagram  X  Havolani nusxalash",
        "Partager :  Facebook  X  LinkedIn  Copier le lien",
        "Теглар: #қуёш #энергетика",
        "Ознаке: Узбекистан, наводњавање",
        "EVENT: Business forum on 14 October in Tashkent – register now!",
        "TERMIN: Wirtschaftsforum am 14. Oktober in Taschkent – jetzt Platz sichern!",
        "Saytda xatolikni ko‘rsangiz, uni belgilab Ctrl+Enter tugmasini bosing.",
        // A section's label with its name, a section's name alone or leading a breadcrumb.
        "Publié dans : Tech & Startups",
        "Filed under: Economy, Trade",
        "Рубрика: Экономика",
        "News",
        "Вести > Министарство трговине и туризма",
        // Send-by-mail buttons in a long row, and topics as tags.
        "Compartir en Facebook | Compartir en X | Enviar por WhatsApp | Enviar por correo",
        "Podelite:  f  in  X  WhatsApp  Kopiraj link",
        // Hashtags, a re-post's notice, an affiliate notice, a newsletter box, a channel.
        "#ITsektor #izvoz #startapi",
        "Diese Meldung wurde automatisch aus dem Agenturkanal übernommen und von der Redaktion nicht bearbeitet.",
        "Transparence : cet article contient des liens affiliés.",
        "Die wichtigsten Nachrichten aus der Wirtschaft, jeden Werktag um 6 Uhr in Ihrem Postfach.",
        "Follow the Daily Planet on Telegram: t.me/dailyplanet",
        // Market figures between bars.
        "Index 218,45 ▲ 0,32 % | EUR/XOF 655,957 | Cocoa (London) 5 412 £/t ▼ 1,8 % | Brent 73,10 $ ▼ 0,6 %",
        "Temas: Marruecos · Transportes · Puerto de Algeciras",
        "Themen: Usbekistan, Ausbildung",
    ] {
        assert_eq!(kind_of(junk), Kind::Junk, "{junk}");
    }
}

#[test]
fn icon_counters_chart_credits_and_wire_and_typo_notes() {
    assert_eq!(kind_of("👁 5 210   💬 5   ⏱ 3 daqiqa"), Kind::Counter);
    assert_eq!(kind_of("👁 1 204   💬 12   ⏱ 4 min read"), Kind::Counter);
    for junk in [
        "Grafik: Wind Energy GmbH",
        "Infographie : service de presse",
        "This story was published from a wire agency feed without modifications to the text.",
        "Vous avez trouvé une erreur? Signalez-la.",
        "Fehler gefunden? Jetzt melden.",
    ] {
        assert_eq!(kind_of(junk), Kind::Junk, "{junk}");
    }
}

#[test]
fn captions_with_a_credit_glued_without_a_stop() {
    for caption in [
        "A cable line at the supplier's plant in Šabac Foto: ED/Ivan Todorović",
        "Ein Operationssaal im Regionalkrankenhaus, das bis 2027 modernisiert werden soll Foto: Gesundheitsministerium",
    ] {
        assert_eq!(kind_of(caption), Kind::Junk, "{caption}");
    }
    // A sentence that names a photographer is no caption.
    assert_ne!(
        kind_of("The exhibition in the capital shows the work of the photographer and her colleagues from the region."),
        Kind::Junk
    );
    assert_eq!(
        kind_of("Yana o‘qing: Toshkentda yangi onkologiya markazi qurilishi boshlandi"),
        Kind::Junk
    );
}

#[test]
fn courtesy_credits_appeals_and_forum_disclaimers() {
    for junk in [
        "Courtesy of Tashkent City Hall",
        "¿Te ha interesado este artículo? Apóyanos desde 3 euros al mes.",
        "Die Kommentare im Forum geben nicht notwendigerweise die Meinung der Redaktion wieder.",
        "Réservé aux abonnés   ·   Offrir cet article",
    ] {
        assert_eq!(kind_of(junk), Kind::Junk, "{junk}");
    }
}

#[test]
fn picture_marks_captions_over_credits_and_labelled_stamps() {
    for junk in [
        "[Image: Traffic on the Small Ring Road at rush hour]",
        "[Bild] Baustelle an der Autobahn: Firmen sind auf vielen Großbaustellen präsent.",
        "[IMG] Встреча в Торговой палате, 20 августа 2024 г.",
        "[Germaniya delegatsiyasi Urganch shahridagi maktabda]",
        "[Anzeige] Ihr Markteintritt in Südosteuropa – jetzt Beratungstermin sichern",
        "Pour citer ce texte : Claire Vasseur, « Titre », Commentaires de l'Institut, n° 47.",
        "*Dieser Beitrag erschien zuerst in der Printausgabe 4/2024 von Markt & Osten.*",
        "Pročitaj i: Novi grad dobija drugi naučno-tehnološki park",
        "Leer el artículo completo en Agencia ›",
        "Ver versión original en inglés",
        "Reportar contenido · ¿Por qué veo esta noticia?",
        "(Bildquelle: Beispiel Softwarelösungen GmbH)",
        "Compartir en WhatsApp | Facebook | X",
        "Artikel anhören  |  Drucken  |  Merken",
        "A  A   Print   Share",
    ] {
        assert_eq!(kind_of(junk), Kind::Junk, "{junk}");
    }
    // Links of a text-mode browser are no picture.
    assert_ne!(kind_of("[1]Home [2]News [3]Economy"), Kind::Junk);
    assert_eq!(
        kind_of("Publié le 5 février 2025 à 09h14 – Mis à jour le 6 février 2025 à 11h02"),
        Kind::Meta
    );
    let lines = classify(vec![
        "Traffic on the ring road at rush hour. The outer ring takes lorries out of the city."
            .into(),
        "Photo: Akmal Yusupov / Archive".into(),
        "".into(),
        "The two governments agreed on Monday to build the ring road's southern section by 2028."
            .into(),
    ]);
    assert_eq!(lines[0].kind, Kind::Junk);
    assert_eq!(lines[3].kind, Kind::Prose);
}

/// A press-release wire's disclaimer under the release, in several languages, is furniture; a
/// box of the issuer's other releases ends the article.
#[test]
fn a_wires_disclaimer_and_its_other_releases_are_not_the_release() {
    for line in [
        "Für den Inhalt der Pressemitteilung ist allein das veröffentlichende Unternehmen verantwortlich.",
        "Wire Portal no es responsable del contenido de los comunicados distribuidos.",
        "The wire is not responsible for the content of releases distributed on behalf of others.",
    ] {
        assert_eq!(kind_of(line), Kind::Junk, "{line}");
    }
    let lead = "The two firms signed an agreement on Monday to build a joint centre for software engineering in the capital.";
    let e = crate::ingest::extract::extract(&format!("Two firms open a software centre\n\n{lead}\n\nThe centre will train software engineers and host young companies from both countries.\n\nMore press releases from Example Labs Ltd.\n\n04.11.2024 – Example Labs opens an office in the north\n"));
    let body = format!("{:?}", e.blocks);
    assert!(!body.contains("opens an office in the north"), "{body}");
}

/// Captions opened by their label, or closed by a photographer's name in capitals; a row of
/// share buttons that ends in its counts; a printed page's number; a commentary's note that its
/// views are the author's own; an aggregator's pointer to the full story.
#[test]
fn captions_share_counts_page_numbers_and_notes_under_a_commentary() {
    for junk in [
        "На фото: министры после подписания меморандума. Фото пресс-службы министерства",
        "Pictured: the delegation at the technology park in Novi Sad",
        "Sur la photo : le ministre et l'ambassadeur à l'ouverture du salon",
        "Vista del nuevo parque tecnológico en las afueras de Kragujevac. MARTA GIL",
        "La plaza de la ciudad vieja, iluminada al anochecer. / A. B. C.",
        "Paylaş Facebook Twitter WhatsApp 8 comments",
        "Compartir en WhatsApp Compartir en Facebook Copiar enlace 31 comentarios",
        "Page 3 of 4",
        "Seite 2",
        "EXAMPLE GMBH · PRESSEMITTEILUNG      Seite 2",
        "Les opinions exprimées dans ce texte n'engagent que leur autrice.",
        "The views expressed in this commentary are solely those of the author.",
        "Полный текст читайте на сайте: example.uz",
        "Die Festung über der Donau: In der Stadt arbeiten inzwischen Tausende Entwickler. Foto: Agentur / M. Petrović",
        "Télécharger en PDF   Imprimer   Partager",
        "Citer cette publication : A. Martin,",
        "À ne pas manquer : Journée de l'amitié à Bruxelles, 28 novembre 2024",
        "Temps de lecture : 6 min | Télécharger le PDF",
    ] {
        assert_eq!(kind_of(junk), Kind::Junk, "{junk}");
    }
    for text in [
        // A year after a preposition is no row of buttons.
        "In 2024",
        // A sentence that ends in an acronym is no caption.
        "The fund will be managed by the two development banks. EBRD",
        // Pages of a report, in a sentence.
        "The report runs to 40 pages and was published on Monday in Tashkent.",
        "On the photo wall of the ministry hang pictures of the two presidents.",
        // A cell with the date is the date line.
        "14.05.2024 | Views: 318",
        // A slash between a sentence and a figure's unit is no photographer's credit.
        "The two plants produce 40,000 tonnes a year. / Y.",
        "Exports grew by a third. / Source: the central bank said so in a report on Monday.",
    ] {
        assert_ne!(kind_of(text), Kind::Junk, "{text}");
    }
}

/// A press release ends at its end mark; the issuer's profile and the media contact are not the
/// release. A box of related items, or of what other sources wrote, ends the article too.
#[test]
fn a_releases_end_mark_and_related_boxes_end_the_article() {
    let lead = "Example Labs, a maker of route-planning software, today opened an office in Novi Sad with forty engineers.";
    let second = "The office will work with the local university on a laboratory for distributed systems and offer paid internships.";
    for (marker, after) in [
        ("– ENDS –", "About Example Labs\nFounded in 2009, Example Labs develops software for freight forwarders in twelve countries."),
        ("### Povezano", "* [Drugi tekst o softveru](https://example.rs/a) — analiza"),
        ("Weitere Beiträge im Brief", "* Neue Regeln für Visa"),
        ("### Другие источники пишут", "* **Агентство**: Новый рейс в Белград — 5 часов назад"),
    ] {
        let page = format!("Example Labs opens an office in Novi Sad\n\n{lead}\n\n{second}\n\n{marker}\n\n{after}\n");
        let e = crate::ingest::extract::extract(&page);
        let body = format!("{:?}", e.blocks);
        assert!(body.contains("paid internships"), "{marker}: {body}");
        assert!(!body.contains(after.lines().last().unwrap()), "{marker}: {body}");
    }
}

/// A post's sentence closed by icons is running text; a paragraph that turns to the reader only
/// after a sentence of news is the article's, a call to the reader alone is not.
#[test]
fn icons_after_a_stop_and_a_paragraph_that_turns_to_the_reader() {
    assert_eq!(
        kind_of("Just back from the capital, and still thinking about twelve weeks of teaching there. 🇺🇿🇩🇪"),
        Kind::Prose
    );
    assert_ne!(
        kind_of("Our next course starts in the north in spring, this time on data engineering. If your company wants to hire or mentor, send me a message."),
        Kind::Junk
    );
    assert_eq!(
        kind_of("If your company wants to hire our graduates, send us a message today."),
        Kind::Junk
    );
    // Thanks said to someone named is the writer's news; thanks to the reader is not.
    assert_ne!(
        kind_of("A big thank you to the city council and the chamber of commerce for their help at every step."),
        Kind::Junk
    );
    assert_eq!(
        kind_of("Thank you for reading and sharing our news!"),
        Kind::Junk
    );
    assert_eq!(
        kind_of("Activate to view larger image, Group photo of the graduates in a hall"),
        Kind::Junk
    );
}

/// A company's release: the letterhead names the issuer, in the case the text spells it, with
/// its company form; the issuer's profile and the media contact under the text are not the
/// release. A subheading that opens with "About" but names no one from the letterhead is text.
#[test]
fn a_releases_letterhead_profile_and_contact() {
    let text = "Hamburg – Example Freight Software AG, a developer of logistics software, today opened a development hub in Niš with 85 engineers.\n\nThe hub will work on the company's cloud platform for freight forwarders and on a module for route planning.\n";
    let page = format!("EXAMPLE FREIGHT SOFTWARE AG            PRESS RELEASE\nHafenstraße 41 · 20457 Hamburg\n\nExample Freight Software opens a development hub in Niš\n\n{text}\nAbout the new hub\n\nThe hub starts in the science park and moves to its own building in 2027, with room for 300 people.\n\nAbout Example Freight Software AG\nFounded in 2004, the company develops software for freight forwarders.\n\nMedia contact\nJana Petersen, Head of Communications\n");
    let e = crate::ingest::extract::extract(&page);
    assert_eq!(e.outlet.as_deref(), Some("Example Freight Software AG"));
    let body = format!("{:?}", e.blocks);
    assert!(body.contains("room for 300 people"), "{body}");
    assert!(!body.contains("Founded in 2004"), "{body}");
    assert!(!body.contains("Jana Petersen"), "{body}");
}

/// The last paragraph over "Fuente: Agency" (the article's source) is the article's; a caption
/// over "Foto: Name" is not.
#[test]
fn a_paragraph_over_its_source_credit_is_kept() {
    let lines = classify(vec![
        "La Embajada invita a las empresas interesadas a ponerse en contacto con la sección económica.".into(),
        "Fuente: Agencia Nacional de Información de la República".into(),
    ]);
    assert_eq!(lines[0].kind, Kind::Prose);
    let lines = classify(vec![
        "La delegación en la sede del parque tecnológico.".into(),
        "Foto: Ana Gil".into(),
    ]);
    assert_eq!(lines[0].kind, Kind::Junk);
}

/// A reading time alone ("5–6 минут", "3 Min.") is a counter; a number of days is not.
#[test]
fn a_reading_time_alone_is_a_counter() {
    for counter in ["5–6 минут", "3 Min.", "4 minutes", "7 daqiqa"] {
        assert_eq!(kind_of(counter), Kind::Counter, "{counter}");
    }
    assert_ne!(kind_of("3 days"), Kind::Counter);
}

/// A counter's word in any of the apostrophes Uzbek Latin is written with: the data holds one.
#[test]
fn a_counter_word_in_each_apostrophe() {
    for counter in [
        "Ko'rishlar soni: 612",
        "Ko‘rishlar soni: 612",
        "Koʻrishlar soni: 612",
        "Ko’rishlar soni: 612",
        "Koʼrishlar soni: 612",
    ] {
        assert_eq!(kind_of(counter), Kind::Counter, "{counter}");
    }
}

/// "News provided by", "Noticias proporcionadas por": a credit's label over a name, no text.
#[test]
fn a_credits_label_ending_in_by_is_furniture() {
    for label in [
        "News provided by",
        "Noticias proporcionadas por",
        "Information fournie par",
    ] {
        assert_eq!(kind_of(label), Kind::Junk, "{label}");
    }
    assert_eq!(kind_of("Written by"), Kind::Junk);
}

/// A feed reader's buttons: a link on with its arrow, a toolbar of icons set apart.
#[test]
fn a_link_button_and_an_icon_toolbar_are_furniture() {
    for line in [
        "Ver artículo original en example.es →",
        "← Back to the list",
        "Zum Originalartikel bei Beispiel Presse ↗",
        "★ Destacar   🕒 Leer más tarde   ✉ Enviar   ✓ Marcar como no leído",
        // Arrows mark buttons too, and bars set them apart as well as gaps.
        "← Anterior | Siguiente →   ☆ Guardar   ✓ Marcar como leído   ↗ Abrir original",
        // An arrow of another block ("⤴"), a button's length in brackets.
        "★ Guardar   ✉ Enviar   ⤴ Compartir   🔊 Escuchar (3 min)",
    ] {
        assert_eq!(kind_of(line), Kind::Junk, "{line}");
    }
    // Icons before figures are counters.
    assert_eq!(kind_of("👁 5 210   💬 5   ⏱ 3 daqiqa"), Kind::Counter);
    // One icon before a sentence's words is no toolbar.
    assert_ne!(
        kind_of("✓ The two ministers signed the agreement in Tashkent on Monday."),
        Kind::Junk
    );
}

/// A publication's imprint: a line or a cell opened by an address's, a founder's, a print
/// run's or an editor's label.
#[test]
fn an_imprints_lines_are_furniture() {
    for line in [
        "Manzil: Navoiy sh., Misol ko'chasi, 27. Tel.: (79) 220-00-00",
        "Adadi: 500 nusxa. Tahririyatga kelgan qo'lyozmalar qaytarilmaydi.",
        "Misol Axborotnomasi · Muassis: Misol texnologiyalar universiteti",
        "Адрес: 100084, г. Ташкент, ул. Примерная, 108",
        "Chefredakteurin: Anna Beispiel | Auflage: 12.000",
    ] {
        assert_eq!(kind_of(line), Kind::Junk, "{line}");
    }
    // A speaker's label in an interview is no imprint.
    assert_ne!(
        kind_of(
            "Director: We will open the second centre in the spring, together with our partners."
        ),
        Kind::Junk
    );
}

/// A masthead run into one line with its language switcher is the page's chrome; a sentence
/// naming two languages is not a switcher.
#[test]
fn a_masthead_with_its_language_switcher_is_furniture() {
    assert_eq!(
        kind_of("Misol vazirligi Ishonch telefoni: 1100 O'zbekcha Ўзбекча Русский English Ko'zi ojizlar uchun"),
        Kind::Junk
    );
    assert_eq!(
        kind_of("Srpski | Српски | English | Deutsch | Settings and account of the reader"),
        Kind::Junk
    );
    assert_ne!(
        kind_of("The course is taught in English and Русский by teachers from the capital and the regions"),
        Kind::Junk
    );
}

/// A link to a file, told by its size in brackets, is furniture; a sentence's figure in
/// brackets is not.
#[test]
fn a_link_to_a_file_with_its_size_is_furniture() {
    for line in [
        "Télécharger en PDF (312 Ko)",
        "Zum vollständigen Länderbericht (PDF, 2,4 MB)",
        "Download the report (1.2 MB)",
    ] {
        assert_eq!(kind_of(line), Kind::Junk, "{line}");
    }
    assert_ne!(
        kind_of("Exports reached a record (4.1 billion euros)"),
        Kind::Junk
    );
}

/// A line of separators alone, or a headline whose capitalised words only start with short
/// languages' names ("Senate", "Leaders"), is no language switcher; nothing panics.
#[test]
fn separators_and_headlines_are_no_language_switcher() {
    use crate::ingest::widgets::has_language_switcher;
    for line in ["/ / / / / / /", "| | | |", "·"] {
        assert!(!has_language_switcher(line), "{line}");
    }
    assert!(!has_language_switcher(
        "Indonesian Senate Leaders Meet Filipino Envoy"
    ));
    assert!(!has_language_switcher("Tokyo Senate Leaders Back Deal"));
}
