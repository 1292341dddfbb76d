//! Tests of the headline finder (`title.rs`) on the shapes headlines take around them: a heading
//! a wrapper broke, a tabloid's shout over its deck.

use crate::ingest::extract::extract;

const LEAD: &str = "The Stuttgart supplier has opened a development centre for vehicle software in the city, with 150 engineers to be hired over three years.";

/// "## Heading that the wrapper broke before its" / "lastword": the heading's last word under it,
/// alone before a blank line, is the heading's; a byline under a heading is not.
#[test]
fn a_markdown_heading_broken_by_the_wrapper_is_whole_again() {
    // German capitalises the noun the wrapper moved down.
    // The page is wrapped at 72 characters.
    let page = "MITGLIEDER IM FOKUS\n\n## Die Stadt wird Standort: Beispiel Motoren eröffnet\nEntwicklungszentrum\n\n_11.03.2025_\n\nDer Stuttgarter Zulieferer Beispiel Motoren hat in der Stadt ein\nEntwicklungszentrum für Fahrzeugsoftware eröffnet. In den kommenden drei\nJahren sollen dort bis zu 150 Ingenieurinnen und Ingenieure an Software\nfür Fahrerassistenzsysteme arbeiten, teilte das Unternehmen mit.\n\nDas Zentrum arbeitet mit der örtlichen Fakultät für Elektronik zusammen\nund bietet jedes Jahr vierzig bezahlte Praktika für Studierende an, die\nin den Teams für Sensorik und Bildverarbeitung mitarbeiten.\n";
    assert_eq!(
        extract(page).title,
        "Die Stadt wird Standort: Beispiel Motoren eröffnet Entwicklungszentrum"
    );
    let page = format!("## The city becomes a site for car software: Example Motors opens a centre\nBy Ann Reed\n\n{LEAD}\n\nThe centre works on driver-assistance software for customers in several countries.\n");
    let e = extract(&page);
    assert_eq!(
        e.title,
        "The city becomes a site for car software: Example Motors opens a centre"
    );
}

/// A tabloid's headline in a shout ending in "!" over its deck, a byline, a counter and a
/// photo's credit: the headline keeps its "!", the deck is not the headline.
#[test]
fn a_shout_over_its_deck_is_the_headline() {
    let page = format!("☰  DAILY PULSE  ⚡AMP\n← Back to the full site\nNEWS  |  ECONOMY  |  SHOW  |  SPORT  |  HEALTH\n\nEXCLUSIVE\n\nA GIANT COMES TO THE CITY: It builds a centre for artificial intelligence and hires 500 programmers!\n\nSalaries up to 4,000 euros, and training abroad is promised too\n\nBy: M. Reed\n🔥 18,342 views   💬 47 comments\n[Photo: Agency / illustration]\n\n{LEAD}\n\nThe centre works on driver-assistance software for customers in several countries.\n");
    let e = extract(&page);
    assert_eq!(
        e.title,
        "A GIANT COMES TO THE CITY: It builds a centre for artificial intelligence and hires 500 programmers!"
    );
    let body = format!("{:?}", e.blocks);
    assert!(body.contains("150 engineers"), "{body}");
    assert!(!body.contains("hires 500 programmers"), "{body}");
}

/// A reader view prints the page's title ("Site name — News") over the headline: the site's
/// name and its section are no headline.
#[test]
fn a_site_title_over_the_headline_is_not_it() {
    let page = format!("example-university.uz\nExample University of Applied Sciences — News\n\nThe university opens a master's programme in artificial intelligence\n\nNodira Alimova\n\nUniversity / Science · 25 September 2024\n\n{LEAD}\n\nThe centre works on driver-assistance software for customers in several countries.\n");
    assert_eq!(
        extract(&page).title,
        "The university opens a master's programme in artificial intelligence"
    );
}

/// A release's headline set on two lines alone in their block, broken after its kicker's colon
/// (or a word past it): both lines are the headline. A headline over its deck in one block is not
/// run on.
#[test]
fn a_headline_broken_after_its_kickers_colon() {
    for (upper, lower) in [
        (
            "Agrartechnik für die Felder des Partnerlandes:",
            "Verband organisiert Unternehmerreise in die Hauptstadt",
        ),
        (
            "Werkzeugmaschinen aus Sachsen für die Region: Erzgebirge",
            "Präzisionstechnik gründet Joint Venture mit Zulieferer",
        ),
    ] {
        let page = format!("Verband e.V.\nPRESSEMITTEILUNG\n\nBerlin, 21. März 2024\n\n\n{upper}\n{lower}\n\n{LEAD}\n\nDie Produktion beginnt im nächsten Jahr.\n");
        assert_eq!(extract(&page).title, format!("{upper} {lower}"));
    }
    let page = format!("News\n\nSupplier opens a centre in the city: Example\nThe centre will hire 150 engineers over three years\n\n{LEAD}\n");
    assert_ne!(
        extract(&page).title,
        "Supplier opens a centre in the city: Example The centre will hire 150 engineers over three years"
    );
}

/// A long headline over a deck of two thirds its length: a line of a dozen words is no kicker.
#[test]
fn a_long_headline_over_a_much_shorter_deck() {
    let headline =
        "The regional university and a partner from the south open a joint laboratory for robotics";
    let deck = "A double degree programme starts next autumn";
    let lead = "The regional university signed an agreement with its partner from the south on a joint laboratory for robotics and a double degree.";
    let e = extract(&format!(
        "University life › International\n\n{headline}\n\n{deck}\n\n{lead}\n\nThe laboratory opens in the main building.\n"
    ));
    assert_eq!(e.title, headline);
}

/// A wire's release: "News provided by" over the issuer's name over the date. The name is no
/// headline; the headline stands over its deck further up.
#[test]
fn an_issuers_name_under_provided_by_is_no_headline() {
    let headline = "Example Motors opens a software centre in the south, plans 200 jobs";
    let page = format!("News Releases > Automotive\n\n{headline}\n\n   The carmaker's first research hub in the region will write software for batteries\n\n   News provided by\n   Example Motors Co., Ltd.\n   09 Sep, 2025, 08:00 ET\n\n   Share this article\n\nCITY, Sept. 9, 2025 /Wire/ -- Example Motors, a maker of car electronics, today opened a software centre in the south of the country and plans to hire 200 engineers.\n\nThe centre will write software for batteries and cars.\n");
    assert_eq!(extract(&page).title, headline);
}

/// An aggregator's view: the headline over "Fuente: Agency · Publicado: date" is no photo's
/// caption over its credit, and the link to the full version above is no headline.
#[test]
fn a_headline_over_its_source_and_date_is_no_caption() {
    let headline = "Two neighbours agree to train 5,000 software developers together";
    for source in [
        "Fuente: Agencia Ejemplo · Publicado: 22/10/2025 07:45 CEST · Actualizado: 23/10/2025 10:02",
        "Fuente: Agencia Ejemplo · Publicado: 22/10/2025 07:45 CEST",
    ] {
        let page = format!("☰ Menú\nNews Hub\nSee the full version\nEurope · Technology\n{headline}\n{source}\nShare: WhatsApp | Facebook | X\nBy Ann Reed\nCITY, Oct 22 (Agency) - The two governments signed a memorandum on Wednesday to train 5,000 software developers by 2028 in a dual system.\nThe programme starts in four cities next year.\n");
        assert_eq!(extract(&page).title, headline, "{source}");
    }
}

/// "COMMENTAIRE | Balkans – Asie centrale" over the headline: a section and a programme, four
/// words between separators, are a kicker; the longer line under it is the headline.
#[test]
fn a_kicker_with_separators_over_the_headline() {
    let headline = "Deux pays lointains : un partenariat inattendu aux marges de l'Europe";
    let page = format!("Observatoire exemple\nPublications\nAccueil › Publications › Commentaires\nCOMMENTAIRE | Balkans – Asie centrale\n{headline}\nPar Hélène Exemple, chercheuse associée au programme Asie centrale\nTemps de lecture : 6 min\nTélécharger en PDF\nImprimer\nRien ne prédestinait les deux capitales des Balkans et de l'Asie centrale à devenir des partenaires privilégiés, et pourtant les échanges ont doublé en trois ans.\nLes deux gouvernements ont signé un accord sur le numérique.\n");
    assert_eq!(extract(&page).title, headline);
}

/// "Compartir este artículo", "Diesen Artikel teilen" between the byline and the lead: a share
/// button's label, no headline.
#[test]
fn a_share_buttons_label_is_no_headline() {
    let headline = "Una empresa coreana inaugura en la ciudad su mayor centro de I+D";
    for share in [
        "Compartir este artículo",
        "Diesen Artikel teilen",
        "Podeli ovaj članak",
    ] {
        let page = format!("Noticias > Tecnología\n\n{headline}\nLa compañía invertirá 42 millones de euros y prevé emplear a 300 ingenieros\n\nNoticias proporcionadas por\nEjemplo Systems Co., Ltd.\n09 sep, 2024, 10:00 CET\n\n{share}\nFacebook X LinkedIn\n\nCIUDAD, 9 de septiembre de 2024 /Wire/ -- Ejemplo Systems inauguró hoy su mayor centro de investigación y desarrollo fuera de su país.\n\nEl centro trabajará en software para automóviles.\n");
        assert_eq!(extract(&page).title, headline, "{share}");
    }
}
