//! Tests of pages other publications than news sites print: a newsletter (a greeting and a
//! contents list over the first story, sections set apart with rules), a think tank's
//! commentary (the writer's name and post under the headline, download buttons), a social
//! network's post (the writer's name and tagline over it, reactions and comments under it).

use super::*;

const NEWSLETTER: &str = "Wird dieser Newsletter nicht korrekt angezeigt? Im Browser ansehen

**MITGLIEDERBRIEF** | Nr. 4/2024 | April 2024

Liebe Mitglieder, liebe Partner,

in dieser Ausgabe: neue Aufträge aus Serbien, geänderte Zollregeln und unsere Reise nach Niš im Herbst.

Ihr Team des Vereins

* * *

## Inhalt

  1. Aufträge aus Serbien: Werkzeugbau legt zu
  2. Neue Zollregeln für Ersatzteile
  3. Termine

* * *

WIRTSCHAFT & HANDEL

## Aufträge aus Serbien: Werkzeugbau legt zu

_Von Anna Beispiel, Referentin Südosteuropa_

Berlin/Belgrad, 16. April 2024 – Die Aufträge serbischer Kunden bei deutschen Werkzeugbauern sind im ersten Quartal um ein Fünftel gestiegen, vor allem aus der Autozulieferung.

Mehrere Mitgliedsunternehmen planen eigene Standorte in Kragujevac und Niš, wo Fachkräfte leichter zu finden sind als in Deutschland.

* * *

ZOLL

## Neue Zollregeln für Ersatzteile

Seit dem 1. April gelten für Ersatzteile vereinfachte Verfahren, die den Versand nach Serbien deutlich beschleunigen sollen und die Kosten für kleinere Betriebe senken.

* * *

## Termine

  * 12. Juni 2024 – Sprechtag Zoll, Berlin
";

/// The first story the contents list names is the article: its heading the headline, its
/// dateline the date, its byline the writer; neither the greeting nor the next section's story
/// is its text, and the list's items each stay a line of their own.
#[test]
fn a_newsletters_first_story_under_its_contents_list() {
    let out = extract(NEWSLETTER);
    assert_eq!(out.title, "Aufträge aus Serbien: Werkzeugbau legt zu");
    assert_eq!(out.date, chrono::NaiveDate::from_ymd_opt(2024, 4, 16));
    assert_eq!(out.author.as_deref(), Some("Anna Beispiel"));
    let body = out.body_text();
    assert!(body.contains("Kragujevac und Niš"), "{body}");
    for gone in ["in dieser Ausgabe", "vereinfachte Verfahren", "Sprechtag"] {
        assert!(!body.contains(gone), "{gone}: {body}");
    }
}

/// A wrapped sentence whose next line opens with a day ("… ist der" / "14. Februar 2025.") is
/// still one sentence; two numbered items are two lines.
#[test]
fn numbered_items_stay_apart_and_a_wrapped_day_joins() {
    use crate::ingest::wrapping::join_wrapped;
    let items =
        join_wrapped("  1. Aufträge aus Serbien: Werkzeugbau legt an\n  2. Neue Zollregeln\n");
    assert_eq!(items.len(), 2, "{items:?}");
    let sentence = join_wrapped(
        "Die Teilnahme ist kostenfrei, und der Anmeldeschluss ist der\n14. Februar 2025.\n",
    );
    assert_eq!(sentence.len(), 1, "{sentence:?}");
}

/// A think tank's commentary: its kicker, the headline, the writer's name and post, a reading
/// time and buttons over the text. The post is no headline and the PDF's link is no text.
#[test]
fn a_commentary_under_its_writers_name_and_post() {
    let page = "Aller au contenu principal\nInstitut Exemple\nProgrammes\nPublications\nAccueil > Publications > Commentaires\nCOMMENTAIRE · BALKANS\nSerbie–Allemagne : des usines de câblage aux centres de logiciel, un partenariat qui change\nJeanne Exemple\nChercheuse associée, programme Balkans\nTemps de lecture : 6 min\nTélécharger en PDF (312 Ko)\nImprimer\nVersion courte disponible\nLongtemps résumé à l’assemblage automobile, le partenariat entre la Serbie et l’Allemagne se déplace vers le logiciel, et les usines de câblage laissent place aux centres de développement, pôle du programme de coopération dans les Balkans.\nLes entreprises allemandes y trouvent des ingénieurs, et la Serbie y voit un moyen de garder ses diplômés.\n";
    let out = extract(page);
    assert_eq!(
        out.title,
        "Serbie–Allemagne : des usines de câblage aux centres de logiciel, un partenariat qui change"
    );
    assert_eq!(out.author.as_deref(), Some("Jeanne Exemple"));
    let body = out.body_text();
    assert!(!body.contains("Télécharger"), "{body}");
    assert!(body.contains("garder ses diplômés"), "{body}");
}

/// A newsletter whose story's heading is the page's one top-level heading ("# …"), under the
/// greeting and a contents list that names the story in other words: the marked heading is the
/// headline and the greeting is not the story.
#[test]
fn a_newsletters_marked_heading_under_its_greeting() {
    let page = NEWSLETTER
        .replace(
            "## Aufträge aus Serbien: Werkzeugbau legt zu",
            "# Werkzeugbauer gewinnen Aufträge in Serbien",
        )
        .replace("## Inhalt", "## In dieser Ausgabe");
    let out = extract(&page);
    assert_eq!(out.title, "Werkzeugbauer gewinnen Aufträge in Serbien");
    assert!(
        !out.body_text().contains("in dieser Ausgabe: neue"),
        "{}",
        out.body_text()
    );
}

/// A social post under its writer's name ("Seo-yeon Han", a Korean given name's second syllable
/// in small letters), the headline they give themselves and the post's age: the post has no
/// headline, so one is made from its text, and the writer is the name.
#[test]
fn a_social_post_under_its_writers_name_and_headline() {
    let page = "Home\nMy Network\nJobs\nFor Business\nTry Premium for RSD0\n\nSeo-yeon Han\nCountry Manager Serbia at Example Mobility | EV power electronics | Building bridges\n2w • Edited • 🌐\n+ Follow\n\nSix months ago we had an empty hall in Niš and a lot of questions, and today we open our centre there.\n\nThe new site will produce chargers for electric vehicles, supplied to carmakers in Germany.\n";
    let out = extract(page);
    assert!(out.title_made, "{}", out.title);
    assert!(out.title.starts_with("Six months ago"), "{}", out.title);
    assert_eq!(out.author.as_deref(), Some("Seo-yeon Han"));
    assert!(
        !out.body_text().contains("Country Manager"),
        "{}",
        out.body_text()
    );
}

/// A social network's post: the writer's tagline ("CEO @ Company | …") is no headline, and the
/// reactions under the post close it; the comments are not its text.
#[test]
fn a_social_posts_tagline_and_reactions() {
    let page = "Home\nMy network\nJobs\nAnn Reed\nCEO & co-founder @ Harbour AI | Vision for logistics\n1 w • Edited\nFollow\nAfter 14 months and 60 meetings with investors, we can share the news: Harbour AI has closed a seed round of 1.8 million euros! The round was led by a fund from the capital.\nAnd one more thing, because people often ask: yes, it is possible to build a product company outside the capital.\n👍❤️👏 John Roe and 412 others\n38 comments • 12 reposts\nJohn Roe\nPartner @ Harbour Ventures\nWe are proud to be part of this story. The city has serious potential!\n";
    let e = extract(page);
    assert!(!e.title.contains('@'), "{}", e.title);
    let body = format!("{:?}", e.blocks);
    assert!(
        body.contains("product company outside the capital"),
        "{body}"
    );
    for other in ["412 others", "proud to be part"] {
        assert!(!body.contains(other), "{other} in {body}");
    }
}

/// A post whose writer's name carries the reader's degree of connection ("Petar Ilić • 2nd"):
/// its call to the reader ("If you are … we are hiring") is the writer's own words and stays,
/// and the stack of reactions with their count alone ("👍❤️👏 1,284") closes it before the
/// comments.
#[test]
fn a_social_posts_call_to_the_reader_and_its_reaction_count() {
    let page = "Home\nMy Network\nJobs\n\nPetar Ilić • 2nd\nFounder at Example Labs | Robotics for agriculture\n3d •\nFollow\n\nOur team in Novi Sad has signed a partnership with a university in Tashkent to build field robots for cotton farms.\n\nThe first prototypes will be tested next spring on farms near Samarkand.\n\nIf you are an engineer and want to join us, we are hiring: write to me directly.\n\n#robotics #agritech\n\n👍❤️👏 1,284\n56 comments · 19 reposts\n\nMost relevant\n\nMarko Jovanović\nCTO at Field Systems\nCongratulations, a great step for the whole region!\n";
    let out = extract(page);
    assert_eq!(out.author.as_deref(), Some("Petar Ilić"));
    assert!(out.title_made, "{}", out.title);
    let body = out.body_text();
    assert!(body.contains("we are hiring"), "{body}");
    for other in ["1,284", "Most relevant", "Congratulations", "CTO at"] {
        assert!(!body.contains(other), "{other} in {body}");
    }
}

/// The same call to the reader under a news article is the site's, not the article's.
#[test]
fn a_call_to_the_reader_under_an_article_is_the_sites() {
    let page = "Daily Planet\n\nNovi Sad team builds field robots with Tashkent university\n\n12 March 2025\n\nA team in Novi Sad has signed a partnership with a university in Tashkent to build field robots for cotton farms.\n\nThe first prototypes will be tested next spring on farms near Samarkand.\n\nIf you are an engineer and want to join us, we are hiring: write to us directly.\n\n© 2025 Daily Planet\n";
    let out = extract(page);
    let body = out.body_text();
    assert!(body.contains("near Samarkand"), "{body}");
    assert!(!body.contains("we are hiring"), "{body}");
}

/// A post's age in the platform's other languages ("1 ned. • Izmenjeno", "2 Wo. • Bearbeitet",
/// "3 мес. •"), the unit abbreviated with a point, under the writer's name and the reader's
/// degree of connection on a line of its own ("• 1."): the name is the writer.
#[test]
fn a_social_posts_age_in_other_languages() {
    let text = "Posle 14 meseci i 60 sastanaka sa investitorima možemo da podelimo vest: naša firma iz Niša zatvorila je prvu investicionu rundu.\n\nRundu je predvodio fond iz Seula, a novac ide u razvoj softvera za logistiku.\n";
    for age in [
        "1 ned. • Izmenjeno • 🌐",
        "2 Wo. • Bearbeitet •",
        "3 мес. •",
    ] {
        let page = format!("Početna\nMoja mreža\nPoslovi\nMilica Đorđević\n • 1.\nCEO @ Tragač AI | Računarska vizija za logistiku\n{age}\nPratite\n{text}");
        assert_eq!(
            extract(&page).author.as_deref(),
            Some("Milica Đorđević"),
            "{age}"
        );
    }
}

/// A social network's article: its headline of two sentences, read as a first paragraph, over
/// the writer's block (name, tagline, age). The headline stays whole, the block is no text and
/// gives the writer, and the writer's call to the reader stays.
#[test]
fn a_social_networks_article_under_its_headline() {
    let page = "LinkedIn\nHome  My Network  Jobs  Messaging\n\nTwo countries, one code base. What we learned building a team in Tashkent.\n\nAna Ilić\nAna Ilić\nCo-founder & CEO at Example Labs | Angel investor | Belgrade\nFollow\n\n3mo • Edited • 🌐\n\nWe opened our office in Tashkent a year ago with six engineers, and today the team there has forty people working on our logistics products for clients in Germany.\n\nThe hardest part was not hiring, which went faster than in Belgrade, but agreeing on how two teams in different time zones review each other's code.\n\nIf you are an engineer and want to join us, we are hiring: write to me directly.\n\n#engineering #uzbekistan\n\n👍❤️💡 412 · 58 comments · 23 reposts\nLike  Comment  Repost  Send\nMost relevant ▾\nDušan Petrović • 2nd\nPartner at Sava Ventures\nGreat read, we see the same in our portfolio.\n";
    let out = extract(page);
    assert_eq!(
        out.title,
        "Two countries, one code base. What we learned building a team in Tashkent."
    );
    assert_eq!(out.author.as_deref(), Some("Ana Ilić"));
    let body = out.body_text();
    assert!(body.contains("we are hiring"), "{body}");
    for other in ["Ana Ilić", "Co-founder", "Great read"] {
        assert!(!body.contains(other), "{other} in {body}");
    }
}
