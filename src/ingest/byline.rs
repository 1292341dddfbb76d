//! Byline and outlet from credit lines: "By X – Outlet", "Name Surname, Outlet", "Name
//! Surname - Outlet", "(Outlet, date)", "Source: X" in the languages ingest reads, "X
//! correspondent reports", "told AGENCY", a lone credit at the article's end, and the writer's
//! sign-offs. Other signs of the outlet are in `outlet_signs.rs`.

use super::article_end::is_end_marker;
use super::classify::{boilerplate, is_desk_word, undashed};
use super::countries;
use super::credits::{
    emailed_byline, is_copyright, is_name, is_role, labelled_writer, name_before_post,
    name_before_role, name_with_post, writers_byline,
};
use super::dates;
use super::extract::Extracted;
use super::lines::{words, Kind, Line};
use super::outlet_signs::{expanded_initials, spelled_by_address};
use super::patterns::patterns;
use super::title::is_reporters_post;
use super::widgets::is_share_row;

/// Author and outlet from the lines above, inside and after the article.
pub(super) fn read_byline(head: &[Line], tail: &[Line], body: &[Line], out: &mut Extracted) {
    let p = patterns();
    // "By John Smith | April 30, 2024": a byline sharing the date line, above the article or
    // between a deck that reads as its first paragraph and the lead.
    let under_deck = || {
        body.iter()
            .skip_while(|l| l.kind != Kind::Prose)
            .skip(1)
            .take_while(|l| l.kind != Kind::Prose)
    };
    // "November 4, 2024 · by Jane Doe" just after the article: its closing stamp.
    let closing_stamp = tail
        .iter()
        .filter(|l| !matches!(l.kind, Kind::Blank | Kind::Junk))
        .take(1)
        .filter(|l| dates::find_full_date(&l.text).is_some());
    for line in head
        .iter()
        .chain(under_deck())
        .chain(closing_stamp)
        .filter(|l| l.kind == Kind::Meta)
    {
        for part in line.text.split(['|', '•', '·']) {
            let signed = dates::split_signed_label(part.trim());
            let part = signed.map_or(part, |(byline, _)| byline);
            // "Par Name, chercheuse associée … Publié le …": the name without the post, which
            // the date label after it bounds, however long.
            let with_post = signed.and_then(|_| name_before_post(part).map(|(name, _)| name));
            if let Some(name) = with_post {
                out.author.get_or_insert_with(|| name.to_string());
            } else if let Some(by) = p.byline_by(part.trim()) {
                if words(by.name) >= 2 && dates::find_full_date(by.name).is_none() {
                    out.author.get_or_insert_with(|| by.name.to_string());
                }
            } else if let Some((writer, _)) = writers_byline(part) {
                out.author.get_or_insert_with(|| writer.to_string());
            } else if let Some(writer) = name_before_role(part) {
                // "Dr. Name Senior Fellow, Programm … Lesezeit: 6 Minuten".
                out.author.get_or_insert(writer);
            } else if dates::find_full_date(&line.text).is_some()
                && is_name(part.trim())
                && countries::mentions(part).is_empty()
                && !part
                    .split_whitespace()
                    .any(|w| is_desk_word(&w.to_lowercase()))
            {
                // "Milica Stojanović | Tuesday, 17 September 2024 18:42".
                out.author.get_or_insert_with(|| part.trim().to_string());
            } else if let Some(name) =
                name_with_post(part).filter(|_| dates::find_full_date(&line.text).is_some())
            {
                // "06.06.2024 | Jovana Radenković, Presse und Kommunikation".
                out.author.get_or_insert_with(|| name.to_string());
            } else if let Some(c) = p.labelled_credit(part.trim()) {
                // "14/11/2019 | Autor: Jelena Jovanović | 5 min čitanja", "Izvor: Beta | 03/04/2025".
                if is_author_label(&c[1]) {
                    out.author.get_or_insert_with(|| c[2].trim().to_string());
                } else if out.outlet.is_none() {
                    out.outlet = Some(quoted_name(c[2].trim()).to_string());
                    out.outlet_from_source_line = true;
                }
            }
        }
    }
    // "By Jane Doe January 16, 2025": the name runs until a month name or a number.
    if out.author.is_none() {
        for line in head
            .iter()
            .chain(under_deck())
            .filter(|l| l.kind == Kind::Meta)
        {
            let Some(rest) = line
                .text
                .strip_prefix("By ")
                .or_else(|| line.text.strip_prefix("by "))
            else {
                continue;
            };
            let name: Vec<&str> = rest
                .split_whitespace()
                .take_while(|w| {
                    w.chars().next().is_some_and(char::is_uppercase)
                        && !w.chars().any(|c| c.is_ascii_digit())
                        && dates::month_number(w).is_none()
                })
                .collect();
            if (2..=4).contains(&name.len()) {
                out.author = Some(name.join(" ").trim_end_matches([',', '|']).to_string());
                break;
            }
        }
    }
    // Byline and outlet: "By X – Outlet:", "Name Surname, Outlet", "(Outlet, date)", "Source: X".
    // "Media contact:" over "Name, press secretary": past a box's label, no one signs the article.
    let box_label = |l: &&Line| is_end_marker(&l.text);
    let candidates = head
        .iter()
        .chain(body.iter())
        .chain(tail.iter().take(6).take_while(|l| !box_label(l)))
        .filter(|l| l.kind == Kind::Byline);
    for line in candidates {
        if let Some(c) = p.labelled_credit(&line.text) {
            let value = c[2].trim().to_string();
            // "Author:" and its kin name a person; every other label ("Source:", "Izvor:",
            // "Quelle:", "Kaynak:", "Manba:", "Fuente:" …) names where the article came from.
            if is_author_label(&c[1]) {
                out.author.get_or_insert(value);
            } else if out.outlet.is_none() {
                out.outlet = Some(quoted_name(&value).to_string());
                out.outlet_from_source_line = true;
            }
        } else if let Some(writer) =
            labelled_writer(&line.text).or_else(|| emailed_byline(&line.text))
        {
            out.author.get_or_insert_with(|| writer.to_string());
        } else if let Some(by) = p.byline_by(&line.text) {
            if words(by.name) >= 2 && out.author.is_none() {
                out.author = Some(by.name.to_string());
            }
            if let Some(o) = by.outlet.filter(|o| !is_role(o)) {
                out.outlet.get_or_insert_with(|| o.to_string());
            }
        } else if let Some((writer, outlet)) = writers_byline(&line.text) {
            out.author.get_or_insert_with(|| writer.to_string());
            if let Some(outlet) = outlet {
                out.outlet.get_or_insert_with(|| outlet.to_string());
            }
        } else if let Some(c) = p
            .byline_dash(&line.text)
            .filter(|c| !countries::is_only_a_place(&c[2]))
        {
            // "Mercados Emergentes — Asia Central" over "https://mercadosemergentes.es/feed/…":
            // a feed's title, the publication and its section, not a writer and an outlet.
            if spelled_by_address(&c[1], head) {
                out.outlet.get_or_insert_with(|| c[1].to_string());
                continue;
            }
            out.author.get_or_insert_with(|| c[1].to_string());
            if !is_role(&c[2]) {
                out.outlet.get_or_insert_with(|| c[2].to_string());
            }
        } else if let Some(c) = p.byline_end(undashed(&line.text)) {
            out.author.get_or_insert_with(|| c[1].to_string());
            if !is_role(&c[2]) {
                out.outlet.get_or_insert_with(|| c[2].to_string());
            }
        } else if let Some(writer) = name_with_post(&line.text) {
            out.author.get_or_insert_with(|| writer.to_string());
            // "Name, AgroPress correspondent": the outlet whose correspondent the writer is.
            if let Some((_, outlet)) = correspondent_sign_off(&line.text) {
                out.outlet.get_or_insert(outlet);
            }
        } else if let Some(c) = p.credit(&line.text) {
            out.outlet.get_or_insert_with(|| c[1].to_string());
        } else if let Some(c) = p.sign_off(&line.text) {
            out.outlet.get_or_insert_with(|| c[1].to_string());
        }
    }
    // "Sardor Yusupov, “Daily Planet” muxbiri": a sign-off naming the writer and, in quotes, the
    // outlet whose correspondent they are.
    if out.author.is_none() {
        let filled = |l: &&Line| l.kind != Kind::Blank;
        let mut ends = body
            .iter()
            .rev()
            .filter(filled)
            .take(3)
            .chain(tail.iter().filter(filled).take(3));
        if let Some((name, outlet)) = ends.find_map(|l| correspondent_sign_off(&l.text)) {
            out.author = Some(name);
            out.outlet.get_or_insert(outlet);
        }
    }
    // "(Reporting by Jane Roe; Editing by John Doe)": a wire's credit under the article.
    if out.author.is_none() {
        let ends = body.iter().rev().take(3).chain(tail.iter().take(4));
        out.author = ends
            .filter(|l| l.kind != Kind::Blank)
            .find_map(|l| reporting_credit(&l.text));
    }
    // "(Agency/Agency)" or "site.org" on a line of its own at the article's end; "… told AGENCY."
    if out.outlet.is_none() {
        let ends = body.iter().rev().take(3).chain(tail.iter().take(3));
        for line in ends.filter(|l| l.kind != Kind::Blank) {
            let t = line.text.trim();
            if let Some(c) = p.lone_credit(t).or_else(|| p.lone_domain(t)) {
                // "(Daily Hit / NBS)": of a credit's parts, the one the page's copyright footer
                // names is the outlet; the other is its source.
                let own_part = c[1].contains('/').then(|| {
                    let footer: String = tail
                        .iter()
                        .filter(|l| is_copyright(&l.text))
                        .map(|l| l.text.to_lowercase())
                        .collect();
                    c[1].split('/')
                        .map(str::trim)
                        .find(|part| !part.is_empty() && footer.contains(&part.to_lowercase()))
                });
                out.outlet = Some(own_part.flatten().unwrap_or(&c[1]).to_string());
                break;
            }
        }
    }
    // "Daily News reports that …" opening one of the first paragraphs: a name of two words or more,
    // or one that is plainly a name ("UzDaily.com", "AKIpress"), never "The ministry".
    if out.outlet.is_none() {
        out.outlet = body
            .iter()
            .filter(|l| l.kind == Kind::Prose)
            .take(3)
            .filter_map(|l| p.reports_that.captures(&l.text))
            .map(|c| c[1].to_string())
            .find(|name| {
                let one_word = !name.contains(' ');
                !one_word || name.contains('.') || name.chars().skip(1).any(char::is_uppercase)
            })
            .filter(|name| !name.starts_with("The ") || name.split(' ').count() >= 3);
    }
    if out.outlet.is_none() {
        out.outlet = body
            .iter()
            .filter(|l| l.text.contains("told "))
            .find_map(|l| p.told.captures(&l.text).map(|c| c[1].to_string()))
            // "… told BBT": the initials of the name the page's header spells out.
            .map(|o| expanded_initials(&o, head).unwrap_or(o));
    }
    // "Рубрика: Отрасли и рынки | Текст: Дилноза Рахимова": an author's label in a later cell of
    // a section or date line above the article, where no byline named the writer.
    if out.author.is_none() {
        out.author = head
            .iter()
            .filter(|l| matches!(l.kind, Kind::Junk | Kind::Meta) && l.text.contains(" | "))
            .flat_map(|l| l.text.split(" | ").skip(1))
            .filter_map(|cell| p.labelled_credit(cell.trim()))
            .find(|c| is_author_label(&c[1]) && is_name(c[2].trim()))
            .map(|c| c[2].trim().to_string());
    }
}

/// "Name Surname, “Outlet” correspondent" (or the desk word first): the name and the outlet.
fn correspondent_sign_off(text: &str) -> Option<(String, String)> {
    let (name, rest) = text.trim().split_once(", ")?;
    let name_words: Vec<&str> = name.split_whitespace().collect();
    let is_name = (2..=3).contains(&name_words.len())
        && name_words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || "'’‘ʻ-".contains(c))
        });
    if !is_name || words(rest) > 5 {
        return None;
    }
    let is_desk = |w: &str| is_desk_word(&w.to_lowercase());
    let Some((open, close)) = ['«', '“', '"', '„']
        .iter()
        .find_map(|&q| rest.find(q).map(|at| (at, q)))
    else {
        // "Name Surname, AgroPress correspondent": the outlet unquoted, beside the desk word.
        let (desk, outlet): (Vec<&str>, Vec<&str>) =
            rest.split_whitespace().partition(|w| is_desk(w));
        let named = outlet
            .first()
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
        return (!desk.is_empty() && named && outlet.len() <= 3)
            .then(|| (name.to_string(), outlet.join(" ")));
    };
    let inner = &rest[open + close.len_utf8()..];
    let end = inner.find(['»', '”', '"', '“'])?;
    let outlet = inner[..end].trim();
    let outside = format!("{}{}", &rest[..open], &inner[end..]);
    // "Dilnoza Rahimova, «Sharq-Press»": the outlet alone in its quotation marks is enough.
    let desk = outside.split(|c: char| !c.is_alphabetic()).any(is_desk)
        || !outside.chars().any(char::is_alphabetic);
    (desk && !outlet.is_empty() && words(outlet) <= 4)
        .then(|| (name.to_string(), outlet.to_string()))
}

/// "ИА «Тянь-Шань Пресс»": the name in quotation marks, without the kind of outlet before it.
fn quoted_name(credit: &str) -> &str {
    let Some(open) = credit.find(['«', '“']) else {
        return credit;
    };
    let inner = &credit[open + '«'.len_utf8()..];
    inner
        .find(['»', '”'])
        .map_or(credit, |close| inner[..close].trim())
}

/// The labels of `labelled_credit` that name a person rather than a source.
fn is_author_label(label: &str) -> bool {
    boilerplate().is_author_label(&label.to_lowercase())
}

/// "Tobias Ahrens" over "27.03.2025, 17:30 Uhr" under a deck that reads as the first paragraph:
/// the writer's bare name over the date line, maybe over their post ("Claire Dumont" /
/// "Chercheuse associée, programme Europe du Sud-Est" / "Publié le 9 avril 2025").
pub(super) fn name_over_date_under_deck(body: &[Line]) -> Option<String> {
    let deck = body.iter().position(|l| l.kind == Kind::Prose)?;
    let mut under = (deck + 1..body.len())
        .take_while(|&at| body[at].kind != Kind::Prose)
        .filter(|&at| body[at].kind != Kind::Blank);
    let text = body[under.next()?].text.trim();
    // "Lucía Ferrer Belgrado - 14 ene 2025 - 06:00 CET": the date on the name's line.
    if dates::find_full_date(text).is_none() {
        let mut date = under.next()?;
        if is_reporters_post(body, date) {
            date = under.next()?;
        }
        let date = &body[date];
        if date.kind != Kind::Meta || dates::find_full_date(&date.text).is_none() {
            return None;
        }
    }
    let text = name_of_writers_line(text)?;
    (is_name(text) && !boilerplate().lines.contains(text.to_lowercase().as_str()))
        .then(|| text.to_string())
}

/// Of `lines`, the writer's line ("Lucía Ferrer · Madrid", their bare name) and the post under
/// it ("Chercheuse associée, programme Europe du Sud-Est"), if the writer is `author`.
pub(super) fn writers_lines(lines: &[Line], author: &str) -> Vec<usize> {
    let Some(name) = lines
        .iter()
        .position(|l| l.kind == Kind::Short && name_of_writers_line(&l.text) == Some(author))
    else {
        return Vec::new();
    };
    let post = lines[name + 1..]
        .iter()
        .position(|l| l.kind != Kind::Blank)
        .map(|at| name + 1 + at)
        .filter(|&at| lines[at].kind == Kind::Short && is_reporters_post(lines, at));
    std::iter::once(name).chain(post).collect()
}

/// The name a writer's line gives, without the place they write from and the date after it:
/// "Lucía Ferrer · Madrid", "Lucía Ferrer Belgrado - 14 ene 2025 - 06:00 CET" give "Lucía
/// Ferrer". None when the date comes first.
fn name_of_writers_line(text: &str) -> Option<&str> {
    let text = text.trim();
    let text = if dates::find_full_date(text).is_some() {
        let first_cell = [" - ", " – ", " — ", " | ", " · "]
            .iter()
            .filter_map(|separator| text.find(separator))
            .min()
            .map_or(text, |at| &text[..at]);
        if dates::find_full_date(first_cell).is_some() {
            return None;
        }
        first_cell
    } else {
        text
    };
    Some(without_place(text.trim()))
}

/// "Lucía Ferrer · Madrid", "Lucía Ferrer, Madrid", "Lucía Ferrer Belgrado": a writer's name
/// without the place they write from, which the gazetteer knows.
fn without_place(text: &str) -> &str {
    if let Some((name, place)) = text.rsplit_once([',', '·', '/']) {
        if countries::is_only_a_place(place) {
            return name.trim();
        }
    }
    let words: Vec<(usize, &str)> = text
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    // The name's two words or more, then the place's one or two.
    for place_words in [1, 2] {
        if words.len() >= 2 + place_words {
            let (at, _) = words[words.len() - place_words];
            if countries::is_only_a_place(&text[at..]) {
                return text[..at].trim_end();
            }
        }
    }
    text
}

/// A byline without "By" between the headline and the lead: a name alone on its line
/// ("Fuad Muxtar-Aqbabali", "Ana Marija Ivić") or after its label in the line's first cell, or
/// initials ("В.Н.", "J.S."). Never a place or a desk ("Nigeria Bureau": a country's name is no
/// person's), never page furniture.
pub(super) fn author_from_name_line(head: &[Line], title_at: Option<usize>) -> Option<String> {
    let t = title_at?;
    // A name the headline itself carries is its subject, under a photo: not the byline.
    let headline: Vec<String> = head[t]
        .text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
        .collect();
    let in_headline = |text: &str| {
        text.split(|c: char| !c.is_alphabetic())
            .any(|w| headline.contains(&w.to_lowercase()))
    };
    head[t + 1..]
        .iter()
        .filter(|l| l.kind != Kind::Blank)
        .take(4)
        // A share row ("Фејсбук Твитер Вајбер") is furniture, whatever its capitals.
        .filter(|l| !(l.kind == Kind::Junk && is_share_row(&l.text.to_lowercase())))
        // "Javier Ortega (EFE)": the agency beside the name. "Аутор: Name | Коментари (37)": the
        // name after its label, in the line's first cell.
        .map(|l| {
            let text = l.text.split(" | ").next().unwrap_or("").trim();
            let text = patterns()
                .labelled_credit(text)
                .filter(|c| is_author_label(&c[1]))
                .and_then(|c| c.get(2))
                .map_or(text, |name| name.as_str().trim());
            match text.rsplit_once(" (") {
                Some((name, credit)) if patterns().lone_credit(&format!("({credit}")).is_some() => {
                    name.trim()
                }
                _ => text,
            }
        })
        .find(|text| {
            (is_initials(text) || is_name(text))
                && !boilerplate().lines.contains(text.to_lowercase().as_str())
                && !in_headline(text)
                && !text
                    .split_whitespace()
                    .any(|w| boilerplate().desk_words.contains(&w.to_lowercase()))
                && countries::mentions(text).is_empty()
        })
        .map(str::to_string)
}

/// "Материал подготовил Тимур Ахмедов", "Text: Jane Doe" just after the article: a sign-off, an
/// author label after at most one word and then a name. Or a name alone on the first line after
/// the article, where the tags or the share row follow it.
pub(super) fn author_from_signoff(tail: &[Line]) -> Option<String> {
    let mut closing = tail.iter().filter(|l| l.kind != Kind::Blank);
    let first = closing.next()?;
    let then_furniture = closing.next().is_none_or(|l| l.kind == Kind::Junk);
    // "Jelena Marković | Objavljeno: 23.05.2024.": the name may share the date line.
    let (name, dated) = match first.text.split_once(" | ") {
        Some((name, rest)) => (name.trim(), dates::find_full_date(rest).is_some()),
        None => (first.text.trim(), false),
    };
    if (first.kind == Kind::Short || (first.kind == Kind::Meta && dated))
        && then_furniture
        && is_name(name)
        && !boilerplate().lines.contains(&name.to_lowercase())
        && countries::mentions(name).is_empty()
    {
        return Some(name.to_string());
    }
    tail.iter()
        .filter(|l| l.kind != Kind::Blank)
        .take(3)
        .find_map(|l| {
            let words: Vec<&str> = l.text.split_whitespace().collect();
            let at = words
                .iter()
                .take(2)
                .position(|w| is_author_label(w.trim_end_matches(':')))?;
            let name = words[at + 1..].join(" ");
            is_name(&name).then_some(name)
        })
}

/// "from OKORO CHINEDU in Lagos, Nigeria": a correspondent's line above the article.
pub(super) fn author_from_correspondent(head: &[Line]) -> Option<String> {
    head.iter().find_map(|l| {
        let rest = l.text.trim().strip_prefix("from ")?;
        let (name, place) = rest.split_once(" in ")?;
        let capitalised = name.split(' ').all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
        });
        let n = name.split(' ').count();
        ((2..=3).contains(&n)
            && capitalised
            && place.chars().next().is_some_and(char::is_uppercase)
            && words(place) <= 4)
            .then(|| name.to_string())
    })
}

/// "В.Н.", "J. S.": two or three capital initials, each with its stop.
fn is_initials(text: &str) -> bool {
    let parts: Vec<&str> = text.split_terminator('.').map(str::trim).collect();
    text.ends_with('.')
        && (2..=3).contains(&parts.len())
        && parts.iter().all(|p| {
            let mut cs = p.chars();
            cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
        })
}

/// "(Reporting by Jane Roe; Editing by John Doe)", "(Reporting by Jane Roe and Ann Lee in Paris)":
/// the first reporter a wire credits.
fn reporting_credit(line: &str) -> Option<String> {
    let rest = line.trim().strip_prefix("(Reporting by ")?;
    let credit = rest.split([';', ')', ',']).next()?;
    let name = credit.split(" and ").next()?.split(" in ").next()?.trim();
    let capitalised = name
        .split_whitespace()
        .all(|w| w.starts_with(char::is_uppercase));
    ((2..=4).contains(&words(name)) && capitalised).then(|| name.to_string())
}

#[cfg(test)]
#[path = "byline_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "credit_tests.rs"]
mod credit_tests;
