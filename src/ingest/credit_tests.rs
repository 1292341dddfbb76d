//! Tests of how the outlet and the writer are read (`byline.rs`) from credit lines.

use crate::ingest::extract::extract;

/// "(Daily Hit / NBS)" closing the article: of the credit's parts, the one the page's copyright
/// footer names is the outlet, the other the figures' source. With no footer naming either, the
/// credit stands whole.
#[test]
fn a_slash_credit_gives_the_part_the_footer_names() {
    let text = "Exports of information and communication services reached a record 4.3 billion euros last year, the central bank said on Monday.\n\nThe sector now employs more than 120,000 people, and firms recruit from the whole region as well.\n";
    let page = format!("DAILY HIT\n\nIT exports break a record again\n\n{text}(Daily Hit / NBS)\n\nTags: IT, exports\n© 2025 Daily Hit d.o.o. Belgrade. All rights reserved.\n");
    assert_eq!(extract(&page).outlet.as_deref(), Some("Daily Hit"));
    let page = format!("IT exports break a record again\n\n{text}(Tanjug/Beta)\n");
    assert_eq!(extract(&page).outlet.as_deref(), Some("Tanjug/Beta"));
}

/// "Autorka: dr Name, post" under the headline: the feminine label, the academic title and the
/// post around the name are not the writer's name.
#[test]
fn a_labelled_writer_with_a_title_and_a_post() {
    let text = "Srpski IT sektor je prošle godine izvezao usluge vredne više od četiri milijarde evra, saopštila je centralna banka.\n\nKompanije sve više zapošljavaju i u manjim gradovima, gde su troškovi niži.\n";
    for label in [
        "Autorka: dr Milica Ilić, viša istraživačica programa",
        "Autor: prof. Milica Ilić, istraživačica",
    ] {
        let page = format!("Srpski IT sektor posle buma\n\n{label}\n\n{text}");
        assert_eq!(
            extract(&page).author.as_deref(),
            Some("Milica Ilić"),
            "{label}"
        );
    }
}

/// The writer's label with the pictures' credit joined to it ("Texto y fotos:", "Text/Fotos:"),
/// or the Latin-script Serbian "Tekst:", under the headline or at the article's end.
#[test]
fn a_writers_label_joined_to_the_pictures_credit() {
    let text = "The two universities signed an agreement on Monday to open a joint master's programme in chip design next autumn.\n\nThe first twenty-five students will spend a year in each country and receive two diplomas.\n";
    for label in [
        "Texto y fotos: Ana Belén Carrasco",
        "Text/Fotos: Ana Belén Carrasco",
        "Текст и фото: Ana Belén Carrasco",
    ] {
        let page = format!("Universities open a joint chip design programme\n\n{label}\n\n{text}");
        assert_eq!(
            extract(&page).author.as_deref(),
            Some("Ana Belén Carrasco"),
            "{label}"
        );
    }
    let page = format!("Universities open a joint chip design programme\n\n{text}\nTekst: Ana Vuković\nFoto: Petar Lazić\nObjavljeno: 13.11.2024.\n");
    assert_eq!(extract(&page).author.as_deref(), Some("Ana Vuković"));
    // Words joined to the label that are not pictures keep it from naming a writer.
    let page = format!("Universities open a joint chip design programme\n\nText and context: Ana Belén Carrasco\n\n{text}");
    assert_eq!(extract(&page).author, None);
}

/// The date and the writer with the desk they work for ("Presse und Kommunikation",
/// "Communications") in one line's cells: the name is the writer.
#[test]
fn a_dated_line_with_the_writer_and_their_desk() {
    let text = "Belgrad. Deutsche Softwarefirmen bauen ihre Teams in Serbien aus und verlagern ganze Produkte nach Belgrad und Novi Sad.\n\nDas ist das Ergebnis der diesjährigen Umfrage unter 112 Mitgliedsunternehmen, die am Mittwoch vorgestellt wurde.\n";
    for line in [
        "06.06.2024 | Jovana Radenković, Presse und Kommunikation",
        "6 June 2024 | Jovana Radenković, Communications",
    ] {
        let page = format!("Serbien wird zum Entwicklungsstandort\n\n{line}\n\n{text}");
        assert_eq!(
            extract(&page).author.as_deref(),
            Some("Jovana Radenković"),
            "{line}"
        );
    }
}

/// An aggregator's page: the source's name with its relative time just over the headline
/// ("Source · 6 hours ago · 4 min read") is the outlet, not the aggregator of the copyright footer.
#[test]
fn a_source_with_its_relative_time_over_the_headline() {
    let page = "Reader News  — All your news in one place\nHome   World   Economy   Technology\nTechnology › Companies\nTrade Weekly · 6 hours ago · 4 min read\nAn electronics maker will open a research centre for car software in Novi Sad\nThe company will invest 40 million euros and hire 350 engineers\nBy Ann Reed\nThe electronics maker announced on Monday that it will open a research and development centre in the city next spring.\n\nThe centre will develop embedded software for driver assistance and batteries of electric cars.\n\n© 2025 Reader News · Legal notice · Privacy\n";
    assert_eq!(extract(page).outlet.as_deref(), Some("Trade Weekly"));
}

/// "Matn: Name" over "Foto: Name" after the article: the Uzbek label for the text names its
/// writer; the photographer is not the writer.
#[test]
fn a_writer_labelled_for_the_text_over_the_photographer() {
    let page = "Universitet hayoti\n\nUniversitet Koreya bilan qo'shma laboratoriya ochadi\n\nUniversitet Janubiy Koreyaning texnologiyalar universiteti bilan sun'iy intellekt bo'yicha hamkorlik to'g'risidagi memorandumni imzoladi.\n\nLaboratoriya universitetning bosh binosida tashkil etiladi va kelgusi yil ishga tushadi.\n\nMatn: Dilfuza Karimova\nFoto: Botir Aliyev\n\nUlashish:  Telegram  ·  Facebook\n";
    assert_eq!(extract(page).author.as_deref(), Some("Dilfuza Karimova"));
}

/// A commentary copied with its line breaks lost: under the deck, "Name, long post Publié le …
/// Temps de lecture …" without "Par" gives the date and the name, and leaves the text.
#[test]
fn a_name_and_long_post_run_into_the_date_label_without_by() {
    let page = "Institut Exemple Accueil Programmes Publications\nAccueil › Publications › Commentaires\nLe pari numérique d’un partenariat industriel\nLongtemps cantonnée à l’assemblage automobile, la coopération se déplace vers le logiciel. Un tournant qui mérite d’être regardé.\nClaire Vasseur, chercheuse associée au programme Europe du Sud-Est Publié le 7 février 2024 Temps de lecture : 6 minutes Télécharger le PDF Imprimer\nQuand on évoque la présence des entreprises étrangères dans le pays, on pense d’abord aux usines de câblage qui ont essaimé depuis quinze ans.\nLa formation est le second pilier de ce rapprochement, avec des cursus en développement logiciel.\n";
    let e = extract(page);
    assert_eq!(e.date, chrono::NaiveDate::from_ymd_opt(2024, 2, 7));
    assert_eq!(e.author.as_deref(), Some("Claire Vasseur"));
    let body = format!("{:?}", e.blocks);
    assert!(!body.contains("Temps de lecture"), "{body}");
    assert!(body.contains("second pilier"), "{body}");
}

/// A feed reader's view names the channel under its label: the outlet is the name without
/// "Canal:"; a writer's label before a name makes no outlet of it.
#[test]
fn an_outlet_under_a_channels_label_and_a_writers_label() {
    use crate::ingest::outlet_name::unlabelled_outlet;
    assert_eq!(
        unlabelled_outlet("Canal: Agencia Ejemplo".into()).as_deref(),
        Some("Agencia Ejemplo")
    );
    assert_eq!(unlabelled_outlet("Autor: Ana Ilić".into()), None);
    assert_eq!(unlabelled_outlet("Referentin Kommunikation".into()), None);
    assert_eq!(
        unlabelled_outlet("TAFU Matbuot xizmati".into()).as_deref(),
        Some("TAFU")
    );
    assert_eq!(
        unlabelled_outlet("Ўзбекистон Республикаси Рақамли технологиялар вазирлиги".into())
            .as_deref(),
        Some("Рақамли технологиялар вазирлиги")
    );
    let embassy = "Oʻzbekiston Respublikasining Germaniyadagi Elchixonasi";
    assert_eq!(unlabelled_outlet(embassy.into()).as_deref(), Some(embassy));
    assert_eq!(
        unlabelled_outlet("Wire: Business Daily".into()).as_deref(),
        Some("Wire: Business Daily")
    );
    let page = "NoticiasHoy · agregador de noticias\nPortada | Mundo | Economía | Tecnología\nVista de feed · Canal: Agencia Ejemplo – Asia y Pacífico (RSS 2.0)\n\nDos países digitalizarán las historias clínicas de sus pacientes\nPublicado: 21/05/2024 08:15\n\nTASKENT, 21 may (Agencia Ejemplo).- Los dos gobiernos firmaron este martes un acuerdo para digitalizar el sistema sanitario en dos años.\n\nLa primera fase arrancará en septiembre en tres regiones.\n";
    assert_eq!(extract(page).outlet.as_deref(), Some("Agencia Ejemplo"));
}

/// A state body's release: its letterhead in capitals under the state's name, over "PRESS
/// RELEASE" standing alone. The issuer, spelled as its footer spells it, is the outlet.
#[test]
fn a_state_bodys_letterhead_over_press_release_alone() {
    let page = "REPUBLIKA SRBIJA\nKANCELARIJA ZA PRIMERE\nUlica 11, 11000 Beograd | tel. +381 11 000 000\n\nBroj: 011-00-245/2025-01\nBeograd, 18. novembar 2025. godine\n\nSAOPŠTENJE ZA JAVNOST\n\nSrbija i partner potpisali memorandum o saradnji\n\nDirektor kancelarije i potpredsednik instituta potpisali su u Beogradu memorandum o saradnji u oblasti elektronske uprave.\n\nMemorandum predviđa razmenu stručnjaka i zajedničke projekte.\n\nKancelarija za primere | Ulica 11, 11000 Beograd\n";
    assert_eq!(
        extract(page).outlet.as_deref(),
        Some("Kancelarija za primere")
    );
}

/// "© 2025 Example Handelskammer e. V. · Street 148": the company form with a space inside goes
/// whole, as "e.V." would.
#[test]
fn a_copyright_holders_form_with_a_space_inside() {
    let page = "Rundbrief\n\nNeue Landtechnik für die Felder des Partnerlandes\n\nDie Kammer hat am Dienstag eine Delegation von Landtechnikherstellern in die Hauptstadt begleitet, die dort über Produktion vor Ort sprach.\n\nDie Gespräche sollen im Herbst fortgesetzt werden.\n\n© 2025 Beispielhafte Handelskammer e. V. · Friedrichstraße 148 · Berlin\n";
    assert_eq!(
        extract(page).outlet.as_deref(),
        Some("Beispielhafte Handelskammer")
    );
}

/// A social post: the name over the writer's headline and the post's age ("2w • Edited •",
/// "3w  Edited") is the writer, with or without the connection's degree beside it.
#[test]
fn a_social_posts_writer_over_its_age() {
    let post = "Back from a week in the capital with eight young companies, and I still cannot believe how much happened in five days.\n\nWe pitched to fourteen investors and visited two technology parks.\n";
    for header in [
        "Ana Ilić\nAna Ilić\n • 2nd\nHead of Partnerships at Example Hub | Connecting founders\n2w •  Edited •\nFollow\n",
        "Ana Ilić • 2nd\nCEO at Example | Building teams\n3mo • Edited • 🌐\n\n+ Follow\n\n",
        // The age and the edit mark without bullets, under a headline long enough to seem wrapped.
        "Ana Ilić’s Post\n\nAna Ilić\nHead of Data Centre Operations at Example Cloud | Building AI infrastructure in the region\n3w  Edited\n\n",
    ] {
        let page = format!("Skip to main content\nSocial\nHome\nMy Network\nJobs\n\n{header}{post}");
        assert_eq!(extract(&page).author.as_deref(), Some("Ana Ilić"), "{header}");
    }
    // A name over a line that only starts with a figure is no post's header.
    let page = format!("Home\nNews\n\nAna Ilić\n12 companies • Belgrade\n\n{post}");
    assert_eq!(extract(&page).author, None);
}

/// A commentary copied with its line breaks lost: "Dr. Name Senior Fellow, Programm … Lesezeit:
/// 6 Minuten PDF herunterladen Drucken Teilen" under the deck is its byline (the name without
/// the title), not its text.
#[test]
fn a_name_run_into_its_post_a_reading_time_and_buttons() {
    let text = "Wer in diesen Tagen durch den Stadtteil geht, sieht überall Bürotürme, in denen Entwickler für Kunden in München programmieren.\nDoch der Erfolg ist fragil, denn die Löhne steigen schneller als die Produktivität.\n";
    for (byline, name) in [
        ("Dr. Felix Beispiel Senior Fellow, Programm Südosteuropa Lesezeit: 6 Minuten PDF herunterladen Drucken Teilen", "Felix Beispiel"),
        ("Claire Exemple Chercheuse associée, programme Eurasie Temps de lecture : 7 min Imprimer Partager", "Claire Exemple"),
    ] {
        let page = format!("Institut Themen Regionen Publikationen\nKOMMENTAR\nNearshoring nach Belgrad: Warum die IT-Branche wichtiger wird\nDeutsche Unternehmen lagern zunehmend Softwareentwicklung aus. Die Politik sollte daraus eine Partnerschaft machen.\n{byline}\n{text}");
        let e = extract(&page);
        assert_eq!(e.author.as_deref(), Some(name), "{byline}");
        let body = format!("{:?}", e.blocks);
        assert!(!body.contains("Fellow") && !body.contains("Chercheuse"), "{body}");
        assert!(body.contains("Produktivität"), "{body}");
    }
}

/// "Пресс-служба Агентства …" closing the article: the institution its press service speaks
/// for, in the form the masthead opens with; the footer's fuller name where it begins with the
/// same words; as printed after "of the". A press service over a list of links signs nothing.
#[test]
fn a_press_services_sign_off_names_the_institution() {
    let text = "Агентство и партнёры из Германии подписали меморандум о сотрудничестве в сфере электронных услуг.\n\nПервая группа специалистов отправится на стажировку уже в июне.\n";
    let page = format!("Агентство примерных услуг\nпри министерстве\nНовости\n\nАгентство подписало меморандум с партнёрами\n\n{text}\nПресс-служба Агентства примерных услуг\nТеги:\nГермания\n");
    assert_eq!(
        extract(&page).outlet.as_deref(),
        Some("Агентство примерных услуг")
    );
    let page = format!("Агентство примерных услуг Республики Атлантида\nНовости\n\nАгентство подписало меморандум с партнёрами\n\n{text}\nПресс-служба Агентства примерных услуг\nТеги:\nГермания\n");
    let footer = format!(
        "{page}© 2025 Агентство примерных услуг Республики Атлантида. Все права защищены.\n"
    );
    assert_eq!(
        extract(&footer).outlet.as_deref(),
        Some("Агентство примерных услуг Республики Атлантида")
    );
    let text = "The ministry and its partners signed a memorandum on electronic services on Monday.\n\nThe first group of specialists will leave for training in June.\n";
    let page = format!("Ministers\nNews\n\nMinistry signs a memorandum with partners\n\n{text}\nPress Office of the Ministry of Examples\nShare: X | Facebook\n");
    assert_eq!(
        extract(&page).outlet.as_deref(),
        Some("Ministry of Examples")
    );
    let links = format!("Ministry signs a memorandum with partners\n\n{text}\nPress Office of the Ministry of Examples\nGovernment Portal of the Republic of Atlantis\nThe Senate of the Republic of Atlantis\n");
    assert_eq!(extract(&links).outlet, None);
}

/// "Autor: Name · 6 min čitanja" under the headline: a writer's label and a reading time, no
/// outlet with its post's age; the masthead the copyright footer repeats is the outlet.
#[test]
fn a_labelled_writer_with_a_reading_time_leaves_the_footers_outlet() {
    let page = "PrimerPortal\nVesti\nKarijera\n\nSrpski IT sektor posle rekorda: više sopstvenih proizvoda\n\nAutor: Marko Primerović · 6 min čitanja · 3.812 pregleda\n\nSrpski IT sektor ponovo je oborio rekord prema podacima centralne banke objavljenim u ponedeljak.\n\nKompanije sve više razvijaju sopstvene proizvode umesto autsorsinga.\n\nKomentari (3)\n© 2025 PrimerPortal. Sva prava zadržana.\n";
    let out = extract(page);
    assert_eq!(out.author.as_deref(), Some("Marko Primerović"));
    assert_eq!(out.outlet.as_deref(), Some("PrimerPortal"));
}

/// A PDF bulletin: "Name," over "university press secretary" under the deck is one byline, the
/// writer; a press secretary named under "Media contact:" after the article is no writer.
#[test]
fn a_name_and_post_broken_after_the_comma_and_a_contacts_name() {
    let page = "EXAMPLE BULLETIN                                            4-son\n\nXALQARO HAMKORLIK\n\nXorijiy hamkorlar bilan qo'shma\nmagistratura dasturi ishga tushadi\n\nGulnora Misolova,\nuniversitet matbuot kotibi\n\nUniversitet va hamkor universitet o'rtasida qo'shma magistratura dasturini\ntashkil etish to'g'risida kelishuv imzolandi. Hujjatga universitet\nrektori imzo chekdi.\n\nDastur bo'yicha har yili 40 nafar talaba qabul qilinadi.\n";
    let out = extract(page);
    assert_eq!(
        out.title,
        "Xorijiy hamkorlar bilan qo'shma magistratura dasturi ishga tushadi"
    );
    assert_eq!(out.author.as_deref(), Some("Gulnora Misolova"));
    let release = "Universitet hamkorlar bilan yangi dastur ochdi\n\nUniversitet va hamkor universitet o'rtasida qo'shma dastur ochish to'g'risida kelishuv imzolandi va unga rektor imzo chekdi.\n\nDastur bo'yicha har yili 40 nafar talaba qabul qilinadi.\n\nОАВ учун алоқа:\nНодира Мисолова, матбуот котиби\nТел.: +998 67 000-00-00\n";
    assert_eq!(extract(release).author, None);
}

/// A feed's address under "FEED: TUADS News": the outlet its domain names, in the case the
/// page prints it.
#[test]
fn a_domains_name_in_the_case_the_page_prints_it() {
    let page = "Feed reader\n\nFEED: EXU News — Example University of Sciences\nhttps://exu.uz/en/news/rss.xml · Last refreshed: Sat, 08 Mar 2025 18:02 · 12 items\n\nEXU and a partner launch a double-degree master's programme\n\nExample University of Sciences and a German partner university have launched a joint two-year master's programme in applied artificial intelligence.\n\nGraduates will receive degrees from both universities.\n";
    assert_eq!(extract(page).outlet.as_deref(), Some("EXU"));
}

/// A feed reader: "Publication — Section" over the feed's address, which spells the
/// publication, is the outlet and its section, not a writer and an outlet.
#[test]
fn a_feeds_title_over_its_address_names_the_outlet() {
    let page = "Lectora\n\n----------\nMercados Ejemplares — Asia Central\nhttps://mercadosejemplares.es/feed/asia-central/\n----------\n\nUzbekistán y Corea del Sur lanzarán un satélite para vigilar cultivos\n\nPor Lucía Ejemplo · mar., 15 oct. 2024 09:30 · Asia Central\n\nUzbekistán y Corea del Sur pondrán en órbita en 2026 un satélite de observación de la Tierra desarrollado conjuntamente.\n\nEl satélite llevará una cámara multiespectral.\n";
    let out = extract(page);
    assert_eq!(out.outlet.as_deref(), Some("Mercados Ejemplares"));
    assert_eq!(out.author.as_deref(), Some("Lucía Ejemplo"));
}

/// The feed's address may spell the publication with a hyphen between its words
/// ("eurasie-exemple.fr" for "Eurasie Exemple"); the item's "Auteur :" field is the writer.
#[test]
fn a_feeds_title_over_a_hyphenated_address_and_the_items_author_field() {
    let page = "Eurasie Exemple — Flux RSS\nhttps://eurasie-exemple.fr/feed/rss\nLe magazine des affaires\n\n────────────\n\nIndustrie automobile : deux pays passent à la vitesse supérieure\nPublié : Mon, 16 Sep 2024 07:30:00 +0200\nAuteur : Claire Exemple\nCatégories : Industrie\n\nContenu :\n\nTrois équipementiers vont ouvrir des usines dans la région, pour fournir des sièges et des faisceaux électriques.\n\nLe montant total des investissements atteint 210 millions de dollars, selon le ministère.\n";
    let out = extract(page);
    assert_eq!(out.outlet.as_deref(), Some("Eurasie Exemple"));
    assert_eq!(out.author.as_deref(), Some("Claire Exemple"));
}

/// A regional paper: the deck reads as the first paragraph, and the writer's bare name stands
/// under it over the date line. An advertisement's "Weiterlesen nach der Anzeige" is no text.
#[test]
fn a_bare_name_over_the_date_line_under_a_deck() {
    let page = "Beispielstadt · Wirtschaft\n\nWarum die Beispielstädter Firma ihre Entwickler jetzt im Ausland sucht\n\nDer Softwarehersteller eröffnet ein Entwicklungszentrum im Ausland. In der Region fehlen die Fachkräfte – dort gibt es sie.\n\nTobias Beispiel\n27.03.2025, 17:30 Uhr · aktualisiert: 28.03.2025, 08:12 Uhr\n\nDie Firma entwickelt mit 140 Beschäftigten Software für die Produktionsplanung in mittelständischen Industriebetrieben der Region.\n\nWeiterlesen nach der Anzeige\n\nDas neue Zentrum soll bis Ende des Jahres dreißig Entwickler beschäftigen, sagte der Geschäftsführer am Donnerstag.\n";
    let out = extract(page);
    assert_eq!(out.author.as_deref(), Some("Tobias Beispiel"));
    let body = out.body_text();
    assert!(!body.contains("Weiterlesen"), "{body}");
    assert!(body.contains("dreißig Entwickler"), "{body}");
    assert!(!body.contains("Tobias"), "{body}");
}

/// A commentary: the writer's name and post under a deck read as the first paragraph, over the
/// date. The name is the writer; neither line is text, and the post is no headline that would
/// make the deck a banner over the article.
#[test]
fn a_writers_name_and_post_over_the_date_under_a_deck() {
    let page = "Notes d'analyse · n° 47 · Avril 2025\n\n             COMMENTAIRE\n\n     Deux pays : le pari numérique\n     d'un partenariat industriel\n\n     Berlin voit dans les ingénieurs du pays une réponse à sa pénurie de\n     main-d'œuvre qualifiée. Belgrade espère monter en gamme.\n\n     Claire Dumont\n     Chercheuse associée, programme Europe du Sud-Est\n\n     Publié le 9 avril 2025\n\nDepuis la visite du chancelier à Belgrade en juillet 2024, la\nrelation est surtout commentée sous l'angle des matières premières.\n\nOn oublie souvent qu'un autre volet, moins visible, progresse plus vite : le numérique.\n";
    let out = extract(page);
    assert_eq!(
        out.title,
        "Deux pays : le pari numérique d'un partenariat industriel"
    );
    assert_eq!(out.author.as_deref(), Some("Claire Dumont"));
    let body = out.body_text();
    for other in ["Claire", "Chercheuse"] {
        assert!(!body.contains(other), "{other} in {body}");
    }
    assert!(body.contains("le numérique"), "{body}");
}

/// The writer's line under a deck read as the first paragraph names the place they write from,
/// over the date line or before the date on the same line: the name alone is the writer, and
/// the line is no text.
#[test]
fn a_writers_name_with_their_place_under_a_deck() {
    let deck = "Cinco proveedores abrirán plantas en el valle; el objetivo es fabricar localmente el 60 % de las piezas de los vehículos.";
    let text = "La industria automotriz del país, construida durante tres décadas en torno a una sola alianza, entra en una nueva etapa con la llegada de los proveedores.\n\nLas nuevas fábricas producirán asientos y arneses eléctricos para las plantas de ensamblaje.\n";
    for byline in [
        "Lucía Ferrer · Madrid\n3 de septiembre de 2024 — 07:30 CEST",
        "Lucía Ferrer, Belgrado\n3 de septiembre de 2024 — 07:30 CEST",
        "Lucía Ferrer Belgrado - 3 sep 2024 - 06:00 CET",
    ] {
        let page = format!("ASIA CENTRAL · INDUSTRIA\n\nLos proveedores de coches abren plantas en el valle\n\n{deck}\n\n{byline}\n\n{text}");
        let out = extract(&page);
        assert_eq!(out.author.as_deref(), Some("Lucía Ferrer"), "{byline}");
        let body = out.body_text();
        assert!(!body.contains("Ferrer"), "{byline}: {body}");
        assert!(body.contains("arneses"), "{body}");
    }
}

/// A PDF release: the letterhead's name over "PRESSEMITTEILUNG  Nr. 41/2024", repeated at the
/// start of its footer, is the issuer; the next page's header, which names the release by its
/// number, is no text.
#[test]
fn a_release_letterhead_repeated_in_its_footer_and_its_numbered_page_header() {
    let page = "Beispielhafte Botschaft Belgrad\nBotschaft des Beispiellandes\nPressereferat\n\n\nPRESSEMITTEILUNG                                             Nr. 41/2024\n\n                                         Belgrad, 28. November 2024\n\n\nSchnelles Internet für 1.600 Schulen: zwei Länder vereinbaren ein Programm\n\nDas Beispielland unterstützt Serbien mit insgesamt 75 Millionen Euro beim Breit-\nbandausbau in ländlichen Regionen und bei der digitalen Bildung. Ein entspre-\nchendes Abkommen unterzeichneten am Donnerstag in Belgrad die Botschafterin\nund der Minister für Telekommunikation.\n\nDas Programm umfasst einen zinsgünstigen Kredit in Höhe von 60 Millionen Euro\nsowie Zuschüsse von 15 Millionen Euro für Schulen und Gesundheitsstationen.\n\nSeite 1 von 2\nBeispielhafte Botschaft Belgrad · Straße 74 · 11000 Belgrad\nBeispielhafte Botschaft Belgrad – Pressemitteilung Nr. 41/2024\n\nBis 2027 sollen rund 5.000 Lehrkräfte im Einsatz digitaler Lehrmittel geschult\nwerden, sagte die Botschafterin bei der Unterzeichnung.\n\nSeite 2 von 2\nBeispielhafte Botschaft Belgrad · Straße 74 · 11000 Belgrad\n";
    let out = extract(page);
    assert_eq!(
        out.outlet.as_deref(),
        Some("Beispielhafte Botschaft Belgrad")
    );
    let body = out.body_text();
    assert!(!body.contains("Nr. 41/2024"), "{body}");
    assert!(body.contains("5.000 Lehrkräfte"), "{body}");
}

/// A club's letterhead sets its short name apart before the full one ("BWK  Beispiel-Wirtschaftskreis
/// e.V."); the footer starts with the short name: it is the issuer as the release names itself.
/// A short name the page never prints again is not taken.
#[test]
fn a_letterheads_short_name_repeated_in_its_footer_is_the_issuer() {
    let page = |footer: &str| {
        format!("BWK  Beispiel-Wirtschaftskreis e.V.\n     Example Business Circle\n\n\nPRESSEMITTEILUNG                                    Nr. 27/2024\n\n\nBeispieltechnik für Obstbauern: Pilotprojekt startet im Süden\n\nBerlin, 12. November 2024 – Drei Unternehmen werden ab dem Frühjahr 2025 gemeinsam mit einem Agrarcluster ein Pilotprojekt zur Tröpfchenbewässerung auf 450 Hektar umsetzen.\n\nZiel ist es, den Wasserverbrauch um mindestens 30 Prozent zu senken, sagte der Geschäftsführer.\n\n{footer}\n")
    };
    let out = extract(&page(
        "BWK e.V. · Friedrichstraße 140 · 10117 Berlin · www.bwk.example",
    ));
    assert_eq!(out.outlet.as_deref(), Some("BWK"));
    let out = extract(&page("Friedrichstraße 140 · 10117 Berlin"));
    assert_ne!(out.outlet.as_deref(), Some("BWK"));
}

/// The state's name in capitals over a ministry's letterhead, printed again in the footer, is
/// the state, not the issuer: the ministry is.
#[test]
fn a_states_name_printed_again_below_is_no_issuer() {
    let page = "REPUBLIKA SRBIJA\nMINISTARSTVO ZA PRIMERE\nSektor za odnose s javnošću\n\nBroj: 011-00-47/2024-03\nBeograd, 14. mart 2024. godine\n\nSAOPŠTENJE ZA JAVNOST\n\nSrbija i partner potpisali sporazum o saradnji u oblasti elektronske uprave\n\nPartnerska strana obezbeđuje bespovratnih 8 miliona dolara za nove e-usluge i obuku službenika.\n\nSporazum predviđa razmenu stručnjaka i zajedničke projekte do 2027. godine.\n\nREPUBLIKA SRBIJA\nMinistarstvo za primere | Ulica 11, Beograd\n";
    assert_eq!(
        extract(page).outlet.as_deref(),
        Some("Ministarstvo za primere")
    );
}

/// "Vía Agencia Ejemplo · hace 3 horas" over an aggregator's copy whose dateline credits
/// "(Ejemplo)": the agency under the name the "via" credit gives it in full.
#[test]
fn an_aggregators_via_credit_names_the_agency_in_full() {
    let page = "Noticias Ejemplo · Todas tus noticias\nPortada | Internacional | Economía\nInternacional › Europa\nVía Agencia Ejemplo · hace 3 horas · 2 min de lectura\n\nSerbia y Uzbekistán firman siete acuerdos de cooperación\n\nBELGRADO (Ejemplo) – Serbia y Uzbekistán firmaron este jueves en Belgrado siete acuerdos de cooperación en comercio y educación.\n\nLos ministros acordaron reunirse de nuevo el próximo año en Taskent.\n";
    assert_eq!(extract(page).outlet.as_deref(), Some("Agencia Ejemplo"));
}

/// A feed reader's item: the feed's title "EXAU News — Example State University" over an address
/// that spells its first word ("https://exau.example/…") is the outlet, not a writer; the item's
/// "dc:creator: Name, Press Office" is the writer.
#[test]
fn a_feeds_title_its_address_spells_in_part_and_its_creator_field() {
    let page = "Example Reader\n\nEXAU News — Example State University\nhttps://exau.example/news/rss.xml\nLast fetched: Thu, 07 Nov 2024 06:00:12 +0000\n\nEXU and a Korean institute launch a joint master's programme\n\npubDate: Tue, 05 Nov 2024 10:30:00 +0500\ndc:creator: Dilnoza Misolova, Press Office\ncategory: Partnerships\n\nThe university and a Korean institute of science have agreed to launch a joint master's programme in artificial intelligence.\n\nStudents will spend their first year in Urgench and the third semester in Korea.\n";
    let out = extract(page);
    assert_eq!(out.outlet.as_deref(), Some("EXAU News"));
    assert_eq!(out.author.as_deref(), Some("Dilnoza Misolova"));
    // A first word in small letters ("News Digest" over https://news.example/…) is no
    // publication's initials: the address does not spell the feed's title.
    assert!(!crate::ingest::outlet_signs::spelled_by_address(
        "News Digest",
        &crate::ingest::classify::classify(vec!["https://news.example/rss.xml".into()])
    ));
}

/// "Seo-yeon Han" is a name; "Year-end Review" and "Long-term Plans" are not.
#[test]
fn a_korean_given_name_is_a_name_and_a_compound_word_is_not() {
    use crate::ingest::credits::is_name;
    assert!(is_name("Seo-yeon Han"));
    assert!(is_name("Jean-Luc Martin"));
    for words in ["Year-end Review", "Long-term Plans", "Follow-up Report"] {
        assert!(!is_name(words), "{words}");
    }
}

/// "dc:creator: Name, Press Office" and "Autor:Name, Centar: Beograd": the label is the
/// author's whichever colon ends it.
#[test]
fn a_writers_label_ends_at_either_colon() {
    use crate::ingest::credits::labelled_writer;
    assert_eq!(
        labelled_writer("dc:creator: Dilnoza Misolova, Press Office"),
        Some("Dilnoza Misolova")
    );
    assert_eq!(
        labelled_writer("Autor:Jelena Primerović, Centar: Beograd"),
        Some("Jelena Primerović")
    );
}

/// A magazine and its publishing house: the masthead's title is the outlet, not the house the
/// copyright footer names, whether the title is a Markdown page's logo linked to its home, the
/// name between a menu's and a search's icons, or the name printed before the footer's mark.
/// A footer naming the masthead's own title keeps it, without the masthead's extra words.
#[test]
fn the_mastheads_title_not_its_publishing_house() {
    let article = "Los fabricantes de componentes amplían sus plantas en el valle mientras ambos países negocian un acuerdo de asociación económica, dijo el ministro.\n\nEl intercambio comercial alcanzó los 2.100 millones de dólares el año pasado.\n";
    let logo = format!("[Zum Inhalt](#content)\n\n[![Beispiel Kompakt](/static/img/logo.svg)](/)\n\nDas Magazin für Märkte im Osten\n\n## Zwei Länder bauen eine Autofabrik\n\n{article}\n© 2024 Beispiel Verlag GmbH, Lindenstraße 14, 10969 Berlin | [Impressum](/impressum/)\n");
    assert_eq!(extract(&logo).outlet.as_deref(), Some("Beispiel Kompakt"));
    let icons = format!("☰  COMERCIO EJEMPLAR  🔍\nRevista de comercio exterior\n\nASIA CENTRAL\n\nDos países aceleran su alianza automotriz\n\n{article}\nComercio Ejemplar © 2023 Ediciones Ejemplo S.L. · C/ Colón 18, Valencia · Aviso legal\n");
    assert_eq!(extract(&icons).outlet.as_deref(), Some("Comercio Ejemplar"));
    let home = format!("Брзи Пример - насловна\n\nВЕСТИ ХРОНИКА СПОРТ\n\nДве земље граде фабрику аутомобила\n\n{article}\n© 2025 Брзи Пример д.о.о. Сва права задржана.\n");
    assert_eq!(extract(&home).outlet.as_deref(), Some("Брзи Пример"));
}

/// A state agency's portal: the masthead in capitals sits under a skip link, an accessibility
/// link, a language switcher one short item a line, the site's clock and a hotline; the footer's
/// holder, a name of many small words, is the outlet because the masthead names it. The
/// switcher's items do not push the masthead out of reach.
#[test]
fn a_masthead_under_a_switcher_one_item_a_line_names_the_footers_holder() {
    let page = "Асосий контентга ўтиш\nКўзи ожизлар учун\nЎзб\nO'zb\nРус\nEng\nТошкент вақти: 10:47\nИшонч телефони: 1185\nНАМУНАВИЙ ТАЪЛИМНИ РИВОЖЛАНТИРИШ АГЕНТЛИГИ\nРасмий веб-сайт\n\nЯнгиликлар\n\nНавоийда мехатроника бўйича дуал таълим дастури бошланди\n\nАгентлик ва хорижий ҳамкорлар Навоий шаҳрида мехатроника ва ахборот технологиялари бўйича дуал таълим дастурини ишга туширди. Дастурда 120 нафар талаба ўқийди.\n\nДастур доирасида ўқитувчилар малака оширади ва замонавий ускуналар билан жиҳозланган лаборатория очилади.\n\n© 2025 Намунавий таълимни ривожлантириш агентлиги. Барча ҳуқуқлар ҳимояланган.\n";
    assert_eq!(
        extract(page).outlet.as_deref(),
        Some("Намунавий таълимни ривожлантириш агентлиги")
    );
}

/// A release wire's line of the issuer, the date and a link to the release in its first
/// language, under the deck: the date is the release's, the line no text.
#[test]
fn a_wires_source_date_and_original_link_under_the_deck() {
    let page = "Example Wire — Press releases\n\n# A games studio opens its largest centre in the capital\n\n*The studio will hire 300 engineers and work with the university on a training programme.*\n\nFuente: Example Games Co., Ltd. | 27/02/2025 08:00 CET | [Ver versión original en inglés](https://wire.example/en/release/1)\n\nThe studio said on Thursday that the centre will develop two new titles and tools for other studios.\n\nIt expects to reach its full staff within two years, the company said.\n";
    let out = extract(page);
    assert_eq!(
        out.date.map(|d| d.to_string()).as_deref(),
        Some("2025-02-27")
    );
    let body = out.body_text();
    assert!(!body.contains("Fuente"), "{body}");
}
