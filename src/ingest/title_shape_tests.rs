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
