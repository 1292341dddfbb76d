//! Tests of `countries.rs`.

use super::*;
use crate::ingest::home_country::with_home_country;

#[test]
fn names_demonyms_capitals_and_russian_forms_match() {
    let codes = |t: &str| mentions(t).iter().map(|m| m.code).collect::<Vec<_>>();
    assert_eq!(codes("Uzbek-Serbian talks in TASHKENT"), ["UZ", "RS", "UZ"]);
    // Demonyms in French, Spanish, German and Serbian, and Uzbek forms of Korea.
    assert_eq!(codes("constructoras españolas y turcas"), ["ES", "TR"]);
    assert_eq!(codes("les chercheurs français et serbes"), ["FR", "RS"]);
    // "Korean" alone in French, Spanish and German, and the short names "Corée", "Corea".
    assert_eq!(codes("les ministères coréens et la Corée"), ["KR", "KR"]);
    assert_eq!(codes("empresas coreanas"), ["KR"]);
    assert_eq!(codes("koreanischen Firmen"), ["KR"]);
    assert_eq!(codes("deutsche und usbekische Firmen"), ["DE", "UZ"]);
    // GeoNames cities in local forms, declined.
    assert_eq!(codes("Samarqandda klinika ochiladi"), ["UZ"]);
    assert_eq!(codes("тепличный комплекс в Самарканде"), ["UZ"]);
    assert_eq!(codes("Fabrik in Köln"), ["DE"]);
    assert_eq!(codes("Koreya Respublikasi va Koreya bilan"), ["KR", "KR"]);
    assert_eq!(
        codes("Republic of Korea and Japan's METI"),
        ["KR", "JP", "JP"]
    );
    assert_eq!(
        codes("Германия и Узбекистаном, в Ташкенте"),
        ["DE", "UZ", "UZ"]
    );
    assert!(codes("the turkey was nice").is_empty());
    // Short names, demonyms and capitals as French, Spanish and Serbian write them.
    assert_eq!(codes("un fonds émirien à Abou Dhabi"), ["AE", "AE"]);
    assert_eq!(codes("les Émirats et la société saoudienne"), ["AE", "SA"]);
    assert_eq!(codes("inversores paquistaníes en Varsovia"), ["PK", "PL"]);
    // "газа" is the genitive of gas before it is Gaza.
    assert_eq!(
        codes("транзит туркменского газа через Узбекистан"),
        ["TM", "UZ"]
    );
}

/// "Deutschland und Usbekistan", "la France et l'Ouzbékistan": side by side in any language.
#[test]
fn parties_named_side_by_side_in_other_languages() {
    let found = detect(&[
        (Region::Headline, "Usbekistan setzt auf Biotechnologie"),
        (
            Region::Body,
            "Deutschland und Usbekistan vereinbaren Zusammenarbeit. Taschkent, Samarkand und Buchara bauen Labore. Die usbekische Regierung zahlt. Usbekistan wächst. Deutschland hilft.",
        ),
    ]);
    assert_eq!(found.pair, ["DE", "UZ"]);
}

#[test]
fn passing_mentions_drop_out() {
    let found = detect(&[
        (Region::Headline, "Serbia’s ICT sector hits record export"),
        (
            Region::Lead,
            "Serbian exports grew, said the minister of Serbia.",
        ),
        (
            Region::Body,
            "Europe is challenging, with Germany in recession, and Serbia is fine. Serbia grows.",
        ),
    ]);
    assert_eq!(found.countries, ["RS"]);
    assert_eq!(found.pair, ["RS"]);
}

#[test]
fn a_list_of_three_names_no_pair_and_the_two_named_alone_are_the_pair() {
    let found = detect(&[
        (Region::Headline, "Memorandum između Srbije, Severne Makedonije i Albanije i sporazum između Srbije i Albanije potpisani"),
        (Region::Lead, "Premijeri Srbije, Severne Makedonije i Albanije potpisali su ga onlajn."),
    ]);
    assert_eq!(found.pair, ["AL", "RS"]);
}

#[test]
fn serbian_latin_names_come_from_the_cyrillic_ones_and_decline() {
    let found = detect(&[
        (Region::Headline, "Vučić u Abu Dabiju o energiji"),
        (
            Region::Body,
            "Srbija i kompanije iz UAE nastavljaju saradnju. Srbija gradi.",
        ),
    ]);
    assert_eq!(found.pair, ["AE", "RS"]);
}

/// "САД" is the United States in capitals only: "Нови Сад" and "sad" (now) are not.
#[test]
fn an_abbreviation_in_capitals_matches_only_in_capitals() {
    for text in [
        "Нови Сад и Београд граде IT паркове.",
        "Novi Sad i Beograd. Sad grade.",
    ] {
        assert!(!mentions(text).iter().any(|m| m.code == "US"), "{text}");
    }
    for text in ["САД и Србија", "SAD i Srbija"] {
        assert!(mentions(text).iter().any(|m| m.code == "US"), "{text}");
    }
}

#[test]
fn a_country_named_once_is_kept_when_it_is_the_only_one() {
    let found = detect(&[(
        Region::Body,
        "Izvoz IKT usluga raste, a Srbija zadržava vodeću poziciju.",
    )]);
    assert_eq!(found.countries, ["RS"]);
    let with_others = detect(&[
        (Region::Headline, "Germany and France sign"),
        (
            Region::Body,
            "Germany and France agree; Srbija is mentioned once.",
        ),
    ]);
    assert!(!with_others.countries.contains(&"RS".to_string()));
}

/// "The Strait of Gibraltar", "le golfe de Guinée": a sea's or a strait's name, not the country.
#[test]
fn a_name_after_a_sea_or_strait_is_the_water() {
    for text in [
        "Spain and Morocco will study a fixed link under the Strait of Gibraltar.",
        "L'Espagne et le Maroc étudient un tunnel sous le détroit de Gibraltar.",
        "España y Marruecos estudian un túnel bajo el estrecho de Gibraltar.",
        "Ships in the Sea of Japan and the Gulf of Guinea.",
    ] {
        let codes: Vec<&str> = mentions(text).iter().map(|m| m.code).collect();
        assert!(
            !codes.contains(&"GI") && !codes.contains(&"JP") && !codes.contains(&"GN"),
            "{text}: {codes:?}"
        );
    }
    let codes: Vec<&str> = mentions("Gibraltar and Japan signed an accord.")
        .iter()
        .map(|m| m.code)
        .collect();
    assert_eq!(codes, ["GI", "JP"]);
}

#[test]
fn the_pair_is_the_two_parties() {
    let found = detect(&[
        (Region::Headline, "Roskosmos invites Uzbekistan to collaborate on Kazakh satellite"),
        (Region::Lead, "Russian state-run Roskosmos is ready to launch a satellite for Kazakhstan and calls for Uzbekistan to cooperate."),
        (Region::Body, "Kazakhstan plans a new satellite. Ambassador of Russia to Uzbekistan noted the first Russia-Uzbekistan project."),
    ]);
    assert_eq!(found.pair, ["RU", "UZ"]);
    assert!(found.countries.contains(&"KZ".to_string()));
}

/// Demonyms of Austria, India and the United States in the other Latin-script languages.
#[test]
fn more_demonyms_in_german_french_spanish_and_serbian() {
    for (text, code) in [
        ("Etwa 40 österreichische Unternehmen sind dort tätig.", "AT"),
        ("Les laboratoires indiens ouvriront trois usines.", "IN"),
        ("Inversores estadounidenses estudian el proyecto.", "US"),
        ("Tri američke kompanije otvaraju kancelarije.", "US"),
    ] {
        assert!(mentions(text).iter().any(|m| m.code == code), "{text}");
    }
}

/// German adjectives in every case: "mit deutschem Kapital", "ein usbekisches Werk".
#[test]
fn german_demonyms_in_the_dative_and_neuter() {
    for (text, code) in [
        ("Firmen mit deutschem Kapital in Taschkent", "DE"),
        ("ein usbekisches Softwarehaus", "UZ"),
        ("Der deutsche Botschafter", "DE"),
    ] {
        let codes: Vec<&str> = mentions(text).iter().map(|m| m.code).collect();
        assert!(codes.contains(&code), "{text}: {codes:?}");
    }
}

/// Two countries named side by side in passing, in an article on two others, are not its pair.
#[test]
fn a_pair_named_in_passing_does_not_outrank_the_leading_country() {
    let found = detect(&[
        (Region::Headline, "Tashkent developers write software for German firms"),
        (
            Region::Lead,
            "When the German firm looked for a partner, Poland and Romania topped the list, but a team from Uzbekistan won.",
        ),
        (
            Region::Body,
            "Poland and Romania were cheaper. German clients now send more work to Uzbekistan.",
        ),
    ]);
    assert_eq!(found.pair, ["DE", "UZ"], "{:?}", found.scores);
}

/// A German story about a firm's plant in Serbia that names Germany once is filed under the
/// two; a Russian one about Serbia alone is not paired with Russia; nor is a German one that
/// never names Germany.
#[test]
fn a_story_in_a_home_language_takes_its_home_country_in() {
    let regions = |text: &'static str| {
        [
            (Region::Headline, "Softwarehaus eröffnet Zentrum in Niš"),
            (
                Region::Lead,
                "Das Softwarehaus eröffnet ein Entwicklungszentrum in Serbien.",
            ),
            (Region::Body, text),
        ]
    };
    let named = regions(
        "Serbien bietet Fachkräfte; Serbien wächst. Die Firma beliefert Kunden in Deutschland.",
    );
    let found = with_home_country(detect(&named), Some("de"), "");
    assert_eq!(found.pair, vec!["DE", "RS"]);
    assert!(found.countries.contains(&"DE".to_string()));
    assert_eq!(
        with_home_country(detect(&named), Some("ru"), "").pair,
        vec!["RS"]
    );
    let unnamed = regions("Serbien bietet Fachkräfte; Serbien wächst.");
    assert_eq!(
        with_home_country(detect(&unnamed), Some("de"), "").pair,
        vec!["RS"]
    );
    // A state's site names its country in the masthead.
    assert_eq!(
        with_home_country(
            detect(&unnamed),
            Some("de"),
            "Bundesrepublik Deutschland\nLandesregierung\n"
        )
        .pair,
        vec!["DE", "RS"]
    );
}

/// "на английском языке", "in englischer Sprache": a language named by its adjective is no
/// mention of a country; the adjective before another noun still is.
#[test]
fn a_language_is_not_its_country() {
    let codes = |t: &str| mentions(t).iter().map(|m| m.code).collect::<Vec<_>>();
    assert!(codes("программа с преподаванием на английском языке").is_empty());
    assert!(codes("Kurse in britischer Sprache und Kultur").is_empty());
    assert_eq!(codes("английская компания открыла офис"), ["GB"]);
}

/// A regional paper names its own country through its town and region: a home town's people
/// ("die Paderborner Firma") and its Land count for Germany, enough for a German story about a
/// plant in Serbia to be filed under the two. A district of a larger city ("Mitte") is no town.
#[test]
fn a_regional_story_names_its_home_country_through_its_town() {
    let regions = [
        (
            Region::Headline,
            "Warum die Bielefelder Firma Entwickler in Serbien sucht",
        ),
        (
            Region::Lead,
            "Bielefeld/Niš. Die Firma eröffnet ein Entwicklungszentrum in Serbien.",
        ),
        (
            Region::Body,
            "Serbien bietet Fachkräfte, sagt die Gründerin. In Nordrhein-Westfalen fehlen sie. \
             Mitte März reiste das Team nach Niš.",
        ),
    ];
    let found = with_home_country(detect(&regions), Some("de"), "");
    assert_eq!(found.pair, vec!["DE", "RS"], "{:?}", found.scores);
    let towns: Vec<&str> = mentions("Bielefelder Nordrhein-Westfalen Mitte Dortmundern")
        .iter()
        .map(|m| m.code)
        .collect();
    assert_eq!(towns, ["DE", "DE", "DE"]);
}

/// English writes Uzbek towns as Soviet maps did ("Urgench" for Urganch, "Kokand" for Qo'qon):
/// those spellings of the larger towns count for Uzbekistan; a small town's romanised name is a
/// surname as often ("Kagan"), and does not.
#[test]
fn an_uzbek_town_counts_under_its_russian_romanised_name() {
    let regions = [
        (
            Region::Headline,
            "Korean institute and Urgench university open a joint master's course",
        ),
        (
            Region::Body,
            "The Korean institute will teach in Urgench and later in Kokand, the rector said. \
             Students from Korea will spend a term in Urgench.",
        ),
    ];
    let found = with_home_country(detect(&regions), Some("en"), "");
    assert_eq!(found.pair, vec!["KR", "UZ"], "{:?}", found.scores);
    let codes = |t: &str| mentions(t).iter().map(|m| m.code).collect::<Vec<_>>();
    assert_eq!(codes("in Urgench, Kokand and Chirchik"), ["UZ", "UZ", "UZ"]);
    assert!(codes("an essay by Robert Kagan").is_empty());
}

/// A post flies its countries' flags ("🇰🇷🇷🇸"): each is two regional indicator letters spelling
/// the ISO code, and counts as the name would. Letters that spell no country count for nothing.
#[test]
fn a_flag_names_its_country() {
    let codes = |t: &str| mentions(t).iter().map(|m| m.code).collect::<Vec<_>>();
    assert_eq!(codes("We opened our centre 🇰🇷🇷🇸 today"), ["KR", "RS"]);
    assert_eq!(codes("🇺🇿"), ["UZ"]);
    assert!(codes("🇿🇿 and a lone 🇰").is_empty());
    let regions = [
        (
            Region::Lead,
            "Proud to share that our plant has opened in Niš 🇰🇷🇷🇸",
        ),
        (
            Region::Body,
            "The first Korean engineers have moved to Niš. Serbia and its universities gave us \
             a warm welcome, and Serbian students join us this autumn.",
        ),
    ];
    let found = detect(&regions);
    assert_eq!(found.pair, vec!["KR", "RS"], "{:?}", found.scores);
}
