//! The article's body: teasers dropped from inside it, and its lines as Markdown blocks
//! (paragraphs, subheadings, lists with and without bullets, a standfirst). Where it ends is
//! `article_end.rs`'s.

use super::classify::{boilerplate, teaser_label};
use super::dates;
use super::lines::{is_rule, words, Kind, Line};
use super::patterns::patterns;

/// One block of the article's body.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Paragraph(String),
    Heading(String),
    List(Vec<String>),
    /// A standfirst under the headline.
    Standfirst(String),
}

/// A box of teasers inside the text: "Read also" or "More to read" alone on its line, a few
/// headlines of other articles under it, and the article going on below. The box goes, the text
/// after it stays. A "read also" label opens such a box anywhere; an end marker ("Related news")
/// only where at least half as much running text follows it as stands above it (teasers after an
/// article are headlines and cut-off leads, not full paragraphs). "Related news: Headline" on
/// one line is such a box too.
pub(super) fn drop_inline_teasers(lines: &mut [Line], first_prose: usize) {
    let full =
        |l: &Line| l.kind == Kind::Prose && !l.text.ends_with("...") && !l.text.ends_with('…');
    let mut i = first_prose + 1;
    while i < lines.len() {
        let n = words(&lines[i].text);
        if lines[i].kind == Kind::Blank || n > 20 {
            i += 1;
            continue;
        }
        let lower = lines[i].text.to_lowercase();
        // "Related news: Another headline": the marker and one teaser on a line of their own.
        let (head, inline) = match lower.split_once(':') {
            Some((head, rest)) if !rest.trim().is_empty() => (head, true),
            _ => (lower.as_str(), false),
        };
        if n > 6 && !inline {
            i += 1;
            continue;
        }
        let label = teaser_label(&lower) == Some(true);
        let marker = boilerplate()
            .end_markers
            .contains(head.trim_matches(|c: char| !c.is_alphanumeric()));
        if !label && !marker {
            i += 1;
            continue;
        }
        // The box runs to the next paragraph of running text; it holds a few short lines. An
        // inline teaser is a box of one line, and one paragraph of a dozen words below it
        // means the article goes on.
        let long = if inline { 12 } else { 20 };
        let box_end = if inline {
            i + 1
        } else {
            (i + 1..lines.len())
                .find(|&j| full(&lines[j]) && words(&lines[j].text) >= long)
                .unwrap_or(lines.len())
        };
        let in_box = lines[i + 1..box_end]
            .iter()
            .filter(|l| l.kind != Kind::Blank)
            .count();
        let prose_words = |range: &[Line]| -> usize {
            range
                .iter()
                .filter(|l| full(l))
                .map(|l| words(&l.text))
                .sum()
        };
        let long_after = lines[box_end..]
            .iter()
            .filter(|l| full(l) && words(&l.text) >= long)
            .nth(usize::from(!inline))
            .is_some();
        let goes_on = long_after
            && (usize::from(!inline)..=10).contains(&in_box)
            && (label || 2 * prose_words(&lines[box_end..]) >= prose_words(&lines[first_prose..i]));
        if goes_on {
            for line in &mut lines[i..box_end] {
                if line.kind != Kind::Blank {
                    line.kind = Kind::Junk;
                    line.text.clear();
                }
            }
            i = box_end;
        } else {
            i += 1;
        }
    }
}

/// Lines of the article to Markdown blocks.
pub(super) fn blocks(lines: &[Line]) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut list: Vec<String> = Vec::new();
    let mut seen: rustc_hash::FxHashSet<&str> = rustc_hash::FxHashSet::default();
    let flush = |list: &mut Vec<String>, out: &mut Vec<Block>| {
        if !list.is_empty() {
            out.push(Block::List(std::mem::take(list)));
        }
    };
    // A rule ("* * *", "───") parts the page; it is no item or heading of the text.
    let kept: Vec<&Line> = lines
        .iter()
        .filter(|l| {
            matches!(
                l.kind,
                Kind::Prose | Kind::Short | Kind::Bullet | Kind::Subtitle | Kind::Blank
            ) && !is_rule(&l.text)
        })
        .collect();
    for (i, line) in kept.iter().enumerate() {
        match line.kind {
            Kind::Blank => continue,
            Kind::Bullet => {
                let item = patterns().bullet.replace(&line.text, "").trim().to_string();
                if !item.is_empty() {
                    list.push(item);
                }
                continue;
            }
            _ => flush(&mut list, &mut out),
        }
        // A paragraph the page prints twice (a caption repeating the lead, a scraper's double).
        if line.kind == Kind::Prose && !seen.insert(line.text.as_str()) {
            continue;
        }
        let text = line.text.clone();
        match line.kind {
            Kind::Subtitle => {
                let inner = patterns()
                    .subtitle
                    .captures(&text)
                    .map(|c| c[1].to_string())
                    .unwrap_or(text);
                out.push(Block::Standfirst(inner));
            }
            Kind::Short => {
                let has_more = kept[i + 1..]
                    .iter()
                    .any(|l| matches!(l.kind, Kind::Prose | Kind::Bullet));
                if !out.is_empty()
                    && has_more
                    && words(&text) <= 14
                    && !text.ends_with(['.', ',', ';', ':'])
                {
                    out.push(Block::Heading(text));
                } else {
                    out.push(Block::Paragraph(text));
                }
            }
            _ => {
                // "… упис деце у" / (a printed page's footer and header) / "вртић. Циљ је …":
                // a paragraph the page break cut runs on.
                if let Some(Block::Paragraph(before)) = out.last_mut() {
                    if text.starts_with(char::is_lowercase)
                        && before.ends_with(char::is_alphabetic)
                        && words(before) >= 12
                    {
                        before.push(' ');
                        before.push_str(&text);
                        continue;
                    }
                }
                out.push(Block::Paragraph(text))
            }
        }
    }
    flush(&mut list, &mut out);
    lists_without_bullets(out)
}

/// "…in the following areas:" then lines ending in ";" and a last one ending in ".": a list.
fn lists_without_bullets(blocks: Vec<Block>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        out.push(blocks[i].clone());
        if let Block::Paragraph(intro) = &blocks[i] {
            if intro.ends_with(':') {
                let mut items = Vec::new();
                let mut j = i + 1;
                while let Some(Block::Paragraph(item)) = blocks.get(j) {
                    if words(item) > 40 {
                        break;
                    }
                    items.push(item.clone());
                    j += 1;
                    if !item.ends_with([';', ',']) {
                        break;
                    }
                }
                let closed = items.last().is_some_and(|l| l.ends_with(['.', ';']));
                if items.len() >= 2
                    && closed
                    && items[..items.len() - 1]
                        .iter()
                        .all(|x| x.ends_with([';', ',']))
                {
                    out.push(Block::List(items));
                    i = j;
                    continue;
                }
            }
        }
        i += 1;
    }
    out
}

/// A printed page's running header or footer ("МИНИСТАРСТВО ЗА ДИГИТАЛНУ УПРАВУ", "Ministry |
/// Street 22 | www.example.gov"): on a page with printed page numbers, a line of the article that
/// stands elsewhere on the page too, and is no sentence, is furniture.
pub(super) fn drop_running_heads(lines: &mut [Line], start: usize, end: usize) {
    let p = patterns();
    let numbered = lines.iter().any(|l| {
        l.kind == Kind::Junk
            && l.text.ends_with(|c: char| c.is_ascii_digit())
            && p.page_number.is_match(&l.text)
    });
    if !numbered {
        return;
    }
    let mut seen: rustc_hash::FxHashMap<&str, usize> = rustc_hash::FxHashMap::default();
    for l in lines.iter() {
        *seen.entry(l.text.trim()).or_default() += 1;
    }
    // "Issuer – Press release, 18.11.2025.", "Issuer – Pressemitteilung Nr. 41/2024": the next
    // page's header names the release by its date or its number.
    let release_number = |text: &str| {
        text.split_whitespace().any(|w| {
            w.trim_end_matches(['.', ',', ')'])
                .split_once('/')
                .is_some_and(|(n, year)| {
                    !n.is_empty()
                        && n.bytes().all(|b| b.is_ascii_digit())
                        && year.len() == 4
                        && year.bytes().all(|b| b.is_ascii_digit())
                })
        })
    };
    let release_header = |text: &str| {
        let lower = text.to_lowercase();
        words(text) <= 12
            && boilerplate()
                .release_words
                .iter()
                .any(|w| lower.contains(w.as_str()))
            && (dates::find_full_date(text).is_some() || release_number(text))
    };
    let repeated: Vec<usize> = (start..end)
        .filter(|&at| {
            let text = lines[at].text.trim();
            matches!(lines[at].kind, Kind::Short | Kind::Prose)
                && words(text) <= 20
                && (!text.ends_with(['.', '!', '?', '"', '”', '»'])
                    && seen.get(text).is_some_and(|&n| n >= 2)
                    || release_header(text))
        })
        .collect();
    for at in repeated {
        lines[at].kind = Kind::Junk;
    }
}

#[cfg(test)]
mod tests {
    use crate::ingest::extract::{extract, Block};

    fn text_of(blocks: &[Block]) -> String {
        format!("{blocks:?}")
    }

    const PARA: &str = "The two governments agreed to build a joint centre for software engineering in the capital, with courses for students and grants for young companies in both countries.";

    /// A rule between paragraphs ("* * *", "───"), in plain text or Markdown, is no list item,
    /// heading or paragraph of the text.
    #[test]
    fn a_rule_between_paragraphs_is_no_text() {
        for rule in ["* * *", "───────────", "- - -"] {
            for headline in [
                "Two countries open a centre",
                "# Two countries open a centre",
            ] {
                let page = format!("{headline}\n\n{PARA}\n\n{rule}\n\nThe centre will open next year with two hundred engineers from both sides.\n\n{rule}\n\nShare: Facebook | X\n");
                let out = extract(&page);
                assert_eq!(out.blocks.len(), 2, "{rule}: {}", text_of(&out.blocks));
            }
        }
    }

    #[test]
    fn a_box_of_teasers_inside_the_text_goes_and_the_text_after_it_stays() {
        let page = format!("Two countries open a software centre\n\n{PARA}\n\nMore to read\n- Another country builds a bridge\n- A festival opens in the old town\n\nThe ministers said the centre would open next spring and would train five hundred engineers from both countries in its first year of work there.\n\nThe centre will also host a yearly conference on open source software for companies from the whole region and beyond.\n");
        let e = extract(&page);
        let body = text_of(&e.blocks);
        assert!(
            !body.contains("bridge") && !body.contains("More to read"),
            "{body}"
        );
        assert!(
            body.contains("five hundred engineers") && body.contains("yearly conference"),
            "{body}"
        );
        // The same box after the article ends it.
        let page = format!("Two countries open a software centre\n\n{PARA}\n\n{PARA} Again.\n\nMore to read\n- Another country builds a bridge\n- A festival opens in the old town\n");
        let body = text_of(&extract(&page).blocks);
        assert!(
            !body.contains("bridge") && !body.contains("festival"),
            "{body}"
        );
    }

    /// "LES DERNIÈRES DÉPÊCHES" and its kin in other languages end the article.
    #[test]
    fn a_latest_news_box_ends_the_article() {
        for label in [
            "LES DERNIÈRES DÉPÊCHES",
            "Últimas noticias",
            "Neueste Nachrichten",
            "Latest stories",
            "Ko‘p o‘qilganlar",
            "Te recomendamos",
        ] {
            let page = format!("Two countries open a software centre\n\n{PARA}\n\n{PARA} Again.\n\n{label}\n15:02  Kosovo: talks with the capital will resume in November, according to Brussels\n14:51  Croatia: tourism sets a new record in September\n14:20  Bosnia: the opposition calls for a rally on Saturday in Sarajevo\n");
            let body = text_of(&extract(&page).blocks);
            assert!(!body.contains("tourism"), "{label}: {body}");
        }
    }

    #[test]
    fn an_about_the_author_box_ends_the_article() {
        for label in [
            "About the author",
            "О аутору",
            "Об авторе",
            "Muallif haqida",
        ] {
            let page = format!("Two countries open a software centre\n\n{PARA}\n\n{PARA} Again.\n\n{label}\nJane Doe has written about science and technology since 2016.\n");
            let body = text_of(&extract(&page).blocks);
            assert!(!body.contains("since 2016"), "{label}: {body}");
        }
    }

    #[test]
    fn a_comment_count_or_prompt_ends_the_article() {
        for label in ["12 Kommentare", "Réagissez (2)", "32 Postings"] {
            let page = format!("Two countries open a software centre\n\n{PARA}\n\n{PARA} Again.\n\n{label}\nH. Meier, 12.6.2025, 08.41 Uhr\nFinally some sensible aid instead of paper tigers.\nReply   ▲ 34\n");
            let body = text_of(&extract(&page).blocks);
            assert!(!body.contains("paper tigers"), "{label}: {body}");
        }
    }

    #[test]
    fn an_advert_under_its_label_goes() {
        let page = format!("Two countries open a software centre\n\n{PARA}\n\nAnzeige\nWear parts for crushers – in stock. Order the catalogue now!\n\n{PARA} Again.\n\n{PARA} Once more.\n");
        let body = text_of(&extract(&page).blocks);
        assert!(!body.contains("crushers"), "{body}");
        assert!(body.contains("Again"), "{body}");
    }

    #[test]
    fn a_read_also_label_and_its_headline_go() {
        let page = format!("Two countries open a software centre\n\n{PARA}\n\nRead also\n\nAnother country builds a bridge over the river\n\nThe ministers said the centre would open next spring and would train five hundred engineers from both countries in its first year of work there.\n\nThe centre will also host a yearly conference on open source software for companies from the whole region and beyond.\n");
        let body = text_of(&extract(&page).blocks);
        assert!(
            !body.contains("bridge") && !body.contains("Read also"),
            "{body}"
        );
        assert!(body.contains("yearly conference"), "{body}");
    }

    #[test]
    fn a_paragraph_printed_twice_is_kept_once() {
        let page = format!("Two countries open a software centre\n\n{PARA}\n\n{PARA}\n\nThe ministers said the centre would open next spring.\n");
        let e = extract(&page);
        assert_eq!(e.blocks.len(), 2, "{:?}", e.blocks);
    }

    #[test]
    fn a_read_also_teaser_inside_the_text_is_not_the_end_in_any_script() {
        for label in [
            "Читайте также",
            "Прочитајте такође",
            "Read also",
            "Lesen Sie auch",
        ] {
            let page = format!("Two countries sign a deal on software\n\n{PARA}\n\n{label}: Another country opens a border crossing\n\nThe sides agreed to hold a joint forum in the capital next spring.\n");
            let body = text_of(&extract(&page).blocks);
            assert!(body.contains("joint forum"), "{label}: {body}");
            assert!(!body.contains("border crossing"), "{label}: {body}");
        }
    }

    /// "© Agency. All rights reserved." under the text closes it: a reader's "saved on" stamp
    /// and more items of the feed below are the reader's page, not the article.
    #[test]
    fn a_rights_notice_under_the_text_closes_it() {
        let page = format!("Two countries open a software centre\n\n{PARA}\n\nThe ministers said the centre would open next spring and train engineers.\n\n© Wire Agency. All rights reserved. Reproduction prohibited without permission.\n\nSaved to Example Reader on 12/03/2025 at 08:02 · 3 readers have saved it as well\n\nMore from this feed\n• Two neighbours sign an energy accord — Tue, 11 Mar 2025 08:40\n");
        let body = text_of(&extract(&page).blocks);
        assert!(body.contains("train engineers"), "{body}");
        for gone in ["Saved to", "energy accord"] {
            assert!(!body.contains(gone), "{gone}: {body}");
        }
    }

    /// "Más sobre este tema" over other outlets' headlines: more on the topic, not the article.
    #[test]
    fn more_on_the_topic_ends_the_article() {
        let page = format!("Two countries open a software centre\n\n{PARA}\n\nThe ministers said the centre would open next spring and train engineers.\n\nMás sobre este tema\nUzbekistán abre su primera oficina comercial en los Balcanes — El Observador · hace 2 días\nSerbia bate récord de exportaciones agrícolas — Diario del Danubio · hace 5 días\n");
        let body = text_of(&extract(&page).blocks);
        assert!(body.contains("train engineers"), "{body}");
        assert!(!body.contains("oficina comercial"), "{body}");
    }

    /// Teasers dated in brackets and a footer's address after them leave with the rest.
    #[test]
    fn dated_teasers_in_brackets_and_a_footer_address_are_not_the_article() {
        let page = format!("Two countries open a software centre\n\n{PARA}\n\nThe ministers said the centre would open next spring and train engineers.\n\nMost viewed this week\n1. New rules for weighing lorries: what changes from the first of January (24 November)\n2. Two neighbours discuss when to finish building their new railway line (22 November)\n\n© 2019–2025 Transit Weekly.\nAlmaty, 52 Abay Avenue, office 31. Tel.: +7 727 350 12 12. E-mail: news@transit.example\n");
        let body = text_of(&extract(&page).blocks);
        assert!(body.contains("train engineers"), "{body}");
        for gone in ["weighing lorries", "railway line", "Abay Avenue"] {
            assert!(!body.contains(gone), "{gone}: {body}");
        }
    }

    #[test]
    fn a_related_label_with_one_more_word_ends_the_article_in_cyrillic_uzbek() {
        let page = format!("Two countries open a software centre\n\n{PARA}\n\nМавзуга оид янгиликлар\nЯпония грант асосида Андижонга машиналари топширди — 18.04.2025\nБолалар маркази янги бинога кўчди — 15.04.2025\n\nЭслатма: Сайтдаги маълумотлар маслаҳат ўрнини босмайди.\n");
        let body = text_of(&extract(&page).blocks);
        assert!(body.contains("young companies"), "{body}");
        for gone in ["Андижонга", "Эслатма"] {
            assert!(!body.contains(gone), "{gone}: {body}");
        }
    }

    #[test]
    fn a_paywall_notice_is_not_the_article() {
        let page = format!("Two countries open a software centre\nPar Claire Dumoulin\nPublié le 5 mars 2025\nArticle réservé aux abonnés\n\n{PARA}\n");
        let body = text_of(&extract(&page).blocks);
        assert!(!body.contains("abonnés"), "{body}");
    }

    /// "log in to" in a long paragraph is the article's text; in a glued sign-up widget that
    /// speaks to the reader it is not.
    #[test]
    fn a_widget_phrase_inside_a_long_paragraph_keeps_it() {
        let long = "Under the roadmap, experts from both countries will audit the single portal of public services and help design a mobile identity that citizens can use to sign documents and log in to state systems without visiting a service centre. A pilot is planned in two regions in the second half of the year.";
        let widget = "Close Sign up for free newsletters Get the latest news delivered straight to your inbox Top Headlines By submitting above, you agree to our privacy policy. Success! Almost finished. We need to confirm your email address. To complete the process, please follow the instructions in the email we just sent you.";
        let page = format!("Two countries open a software centre\n\n{PARA}\n\n{long}\n\n{widget}\n\nThe ministers said the centre would open next spring.\n");
        let body = text_of(&extract(&page).blocks);
        assert!(body.contains("log in to state systems"), "{body}");
        assert!(!body.contains("Sign up for free"), "{body}");
    }

    #[test]
    fn similar_news_in_uzbek_ends_the_article() {
        let page = format!("Two countries open a software centre\n\n{PARA}\n\nThe ministers said the centre would open next spring and would train five hundred engineers.\n\nO‘xshash yangiliklar\nKoreya bilan issiqxona texnologiyalari bo'yicha qo'shma korxona tuziladi\n21 noy. 2025\nTomchilatib sug'orish: 2025-yilda qancha maydon qamrab olindi?\n03 avg. 2025\nDron yordamida o'g'itlash\n27 iyul 2025\n");
        let body = text_of(&extract(&page).blocks);
        assert!(body.contains("five hundred engineers"), "{body}");
        assert!(
            !body.contains("issiqxona") && !body.contains("Tomchilatib"),
            "{body}"
        );
    }

    #[test]
    fn on_the_same_topic_ends_the_article_in_several_languages() {
        for label in [
            "Sur le même sujet",
            "Sobre el mismo tema",
            "На исту тему",
            "Zum selben Thema",
        ] {
            let page = format!("Two countries open a software centre\n\n{PARA}\n\nThe ministers said the centre would open next spring and would train five hundred engineers.\n\n{label}\n11/09/2024 – A fast train now links two old cities\n09/09/2024 – A music festival announces its programme\n\nRecevez chaque vendredi notre lettre Culture, gratuite et sans publicité, avec le meilleur de la semaine. Votre e-mail : ________ OK\n");
            let body = text_of(&extract(&page).blocks);
            assert!(body.contains("five hundred engineers"), "{label}: {body}");
            assert!(!body.contains("fast train"), "{label}: {body}");
        }
    }

    #[test]
    fn teaser_labels_set_off_by_a_gap_or_alone_over_a_bullet() {
        let page = format!("Two countries open a software centre\n\n{PARA}\n\nREAD ALSO   Biometric ID cards: what changes this year   Feb. 27, 2025\n\nMÁS INFORMACIÓN\n• Asia Central, el nuevo destino de los petrodólares del Golfo\n\nThe ministers said the centre would open next spring and would train five hundred engineers from both countries in its first year of work there.\n\nThe centre will also host a yearly conference on open source software for companies from the whole region and beyond.\n");
        let body = text_of(&extract(&page).blocks);
        assert!(body.contains("five hundred engineers"), "{body}");
        for gone in ["Biometric", "petrodólares"] {
            assert!(!body.contains(gone), "{gone}: {body}");
        }
    }

    /// A release converted from a PDF: the page break's footer, number and header inside the
    /// text go, and the paragraph they cut runs on.
    #[test]
    fn a_printed_pages_running_footer_and_header_go_and_the_cut_paragraph_runs_on() {
        let footer = "Ministry of Examples | Main Street 22, 11000 City | www.example.gov";
        // A headline centred on two lines.
        let centred = |line: &str| format!("{}{line}", " ".repeat((80 - line.len()) / 2));
        let headline = format!(
            "{}\n{}",
            centred("Two countries sign an agreement on cooperation in the field of"),
            centred("electronic government")
        );
        let page = format!("                    MINISTRY OF EXAMPLES\n                  Public Relations Office\n\n                        PRESS RELEASE\n\n{headline}\n\nThe minister and the ambassador signed an agreement on Monday on the digitalisation of public services, with eight million dollars in grants for new services.\n\nThe first phase covers ten services that citizens use most, among them the registration of residence and the enrolment of children in\n\n{footer}\n                                                                      Page 1 of 2\n                    MINISTRY OF EXAMPLES\n\nMinistry of Examples – Press release, 18.11.2025.\n\nkindergarten. All ten services will be online by the end of next year.\n\nTwo hundred civil servants will be trained in managing digital projects.\n\n{footer}\n                                                                      Page 2 of 2\n");
        let e = extract(&page);
        assert_eq!(
            e.title,
            "Two countries sign an agreement on cooperation in the field of electronic government"
        );
        let body = text_of(&e.blocks);
        for furniture in ["Main Street", "Page 1", "MINISTRY", "Press release"] {
            assert!(!body.contains(furniture), "{furniture} in {body}");
        }
        assert!(
            body.contains("enrolment of children in kindergarten. All ten"),
            "{body}"
        );
    }

    /// A newsletter's running footer with its page number set far right, over the media contact:
    /// a line with a wide gap inside is laid out, never wrapped text to run on.
    #[test]
    fn a_footer_with_its_page_number_set_far_right_stays_apart() {
        // Wrapped at 88 columns, the footer as wide as the text.
        let text = "Die usbekische Fahrzeugindustrie, die seit Jahren stark von ausländischen Partnern\ngeprägt ist, soll nach dem Willen der Regierung bis 2030 den Lokalisierungsgrad auf über\nsechzig Prozent steigern, sagte der stellvertretende Minister bei der Unterzeichnung in\nder Hauptstadt, wo zweihundert Menschen aus der Region bald Arbeit finden sollen, und\n";
        let footer = format!(
            "Rundbrief Usbekistan 03/2024{}Seite 1 von 2",
            " ".repeat(47)
        );
        let header = format!("\u{c}Rundbrief Usbekistan{}Ausgabe 03/2024", " ".repeat(53));
        let page = format!("Rundbrief 03/2024\n\nNeue Werkzeugmaschinen für die Region\n\n{text}\n{footer}\nPressekontakt: Katrin Beispiel · presse@example.org · +49 30 0000 0000\n{header}\nBeispielkammer · Taschkent · Almaty · Berlin\n\n\nFachkräfte gemeinsam im Land halten können.\n\nDie Ausbildung beginnt im September mit zwanzig jungen Leuten aus der Region und dem Umland.\n");
        let body = text_of(&extract(&page).blocks);
        assert!(!body.contains("Seite 1"), "{body}");
        assert!(body.contains("zweihundert Menschen"), "{body}");
    }

    /// A box label in the Cyrillic twin of a Latin end marker ("Бошқа янгиликлар" for "boshqa
    /// yangiliklar") ends the article: the box's headlines and the footer are not its text.
    #[test]
    fn a_box_label_in_uzbek_cyrillic_ends_the_article() {
        let page = "Вилоят ҳокимлиги\n\nСербия делегацияси вилоятдаги лойиҳалар билан танишди\n\nСербия делегацияси вилоятдаги инвестиция лойиҳалари билан танишди ва ҳамкорлик масалаларини муҳокама қилди.\n\nУчрашувда қишлоқ хўжалиги ва ахборот технологиялари соҳаларидаги қўшма лойиҳалар кўриб чиқилди.\n\n## Бошқа янгиликлар\n\n## Вилоятда янги спорт мажмуаси фойдаланишга топширилди   05.06.2023\n\n## Фойдали ҳаволалар\n\n## Манзил: 210100, Навоий шаҳри, Ислом Каримов кўчаси, 76\n\nСайт материалларидан фойдаланилганда манба кўрсатилиши шарт ва бу қоида барча нашрларга тегишли.\n";
        let body = text_of(&extract(page).blocks);
        assert!(!body.contains("спорт мажмуаси"), "{body}");
        assert!(body.contains("кўриб чиқилди"), "{body}");
    }
}
