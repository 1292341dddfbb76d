//! Credits: "Photo: Agency" lines, captions that end in their credit, the marks scrapers leave
//! where a picture stood, and bylines naming several writers or a desk.

use super::boilerplate::boilerplate;
use super::dates;
use super::lines::words;

/// "Photo: Agency", "Photo : © Agency" (French sets a space before the colon), "Sponsored by …":
/// a credit line, from its lower-cased text.
pub(super) fn is_credit_line(lower: &str) -> bool {
    let first = lower.as_bytes().first();
    if !first.is_some_and(|&b| boilerplate().prefix_starts[b as usize]) {
        return false;
    }
    boilerplate().prefixes.iter().any(|prefix| {
        lower.starts_with(prefix.as_str())
            || prefix.strip_suffix(':').is_some_and(|label| {
                lower
                    .strip_prefix(label)
                    .is_some_and(|rest| rest.starts_with(" :"))
            })
    })
}

/// "Participants of the forum in Tashkent. Foto: PKS", "… on April 8. (Courtesy of the
/// Association)", "View of the financial district.
/// EFE/Archivo", "… in Tashkent. © Agency / Press service": a photo's caption, its credit after
/// the last full stop.
pub(super) fn caption_with_credit(text: &str) -> bool {
    // "This photo provided by the ministry shows … (Agency)": a wire's caption, credited in
    // brackets at its end.
    if text.starts_with(['T', 't']) && text.ends_with(')') {
        let opening = text[..text.floor_char_boundary(18)].to_lowercase();
        let wire_caption = [
            "this photo",
            "this image",
            "this file photo",
            "this handout",
        ]
        .iter()
        .any(|p| opening.starts_with(p));
        if wire_caption {
            return true;
        }
    }
    // "… after the signing ceremony. (Courtesy of the Association)", "… (Photo: Agency)".
    if let Some(inner) = text
        .strip_suffix(')')
        .and_then(|t| t.rsplit_once('(').map(|(_, inner)| inner))
    {
        if words(inner) <= 12 && is_credit_line(&inner.to_lowercase()) {
            return true;
        }
    }
    // "… iluminada al anochecer. / A. B. C.": the photographer's initials (two or more) after
    // a slash.
    if let Some((caption, initials)) = text.rsplit_once(" / ") {
        let initials: Vec<&str> = initials.split_whitespace().collect();
        if caption.ends_with('.')
            && words(caption) <= 30
            && (2..=4).contains(&initials.len())
            && initials.iter().all(|w| {
                let mut c = w.chars();
                c.next().is_some_and(char::is_uppercase) && c.as_str() == "."
            })
        {
            return true;
        }
    }
    // The last ". " found over bytes: no substring searcher is built for each line.
    let Some(mut stop) = text.as_bytes().windows(2).rposition(|w| w == b". ") else {
        return credit_glued(text);
    };
    // "… Foto: Agency / M. Name": the stop after an initial is inside the credit.
    let before = &text[..stop];
    let initial = before
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.chars().count() == 1 && w.starts_with(char::is_uppercase));
    if initial {
        if let Some(earlier) = before.as_bytes().windows(2).rposition(|w| w == b". ") {
            stop = earlier;
        }
    }
    let credit = text[stop + 2..].trim_start();
    let agency_slash = |w: &str| {
        w.contains('/')
            && w.split('/')
                .all(|part| part.chars().next().is_some_and(char::is_uppercase))
    };
    // "© Press service of the Ministry of Digital Technologies of Uzbekistan", "Photo: press
    // service of the Ministry …": a holder's name may run longer than a photographer's.
    // A label's credit ends without a stop: "Source: officials said … went well." is text.
    let long_holder = || {
        credit.starts_with('©')
            || (!credit.ends_with('.')
                && credit
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| w.ends_with(':')))
    };
    (words(credit) <= 8 || (words(credit) <= 12 && long_holder()))
        && (credit.starts_with('©')
            || is_credit_line(&credit.to_lowercase())
            || credit.split_whitespace().any(agency_slash)
            || (words(&text[..stop]) <= 30 && photographer_in_capitals(credit)))
}

/// "DRAGAN STOJANOVIĆ", "ANA LÓPEZ / EFE": a photographer's name set in capitals after a
/// caption, as Spanish and French papers print it.
fn photographer_in_capitals(credit: &str) -> bool {
    let names: Vec<&str> = credit
        .split_whitespace()
        .take_while(|w| !w.starts_with(['/', '(']))
        .collect();
    (2..=4).contains(&names.len())
        && names.iter().all(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && w.chars()
                    .all(|c| c.is_uppercase() || c == '-' || c == '.' || c == '\'')
        })
}

/// "На фото: …", "Pictured – …", "Sur la photo : …": a line opened by a caption's label.
pub(super) fn opens_with_caption_label(lower: &str) -> bool {
    boilerplate()
        .caption_labels
        .prefixes_of(lower)
        .any(|(label, _)| {
            let rest = &lower[label.len()..];
            let after_space = rest.trim_start();
            after_space.starts_with(':')
                || (rest.starts_with(' ')
                    && ["— ", "– ", "- "]
                        .iter()
                        .any(|dash| after_space.starts_with(dash)))
        })
}

/// "A cable line at the plant in Šabac Foto: ED/Ivan Todorović": a caption without a full
/// stop, its credit label among its last eight words.
fn credit_glued(text: &str) -> bool {
    // A label ends in a colon: only the word before each of the last colons is tried.
    text.rmatch_indices(':').take(2).any(|(colon, _)| {
        let label_start = text[..colon].trim_end().rfind(' ').map_or(0, |at| at + 1);
        let credit = &text[label_start..];
        label_start > 0
            && words(credit) >= 2
            && words(credit) <= 8
            && is_credit_line(&credit.to_lowercase())
    })
}

/// "[Image: …]", "[Bild] …": a scraper's mark for a picture; "[Delegates at the school]": a
/// picture's alt text standing alone in brackets.
pub(super) fn is_picture_mark(text: &str) -> bool {
    let word: String = text[1..]
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    let alt_text =
        text.ends_with(']') && !text[1..text.len() - 1].contains(['[', ']']) && words(text) >= 3;
    alt_text || boilerplate().picture_words.contains(&word)
}

/// A word of `boilerplate.toml`'s desk words ("correspondent", "редакция", "muxbir", …) or a
/// form of one.
pub(super) fn is_desk_word(lower: &str) -> bool {
    boilerplate()
        .desk_words
        .iter()
        .any(|d| lower.starts_with(d.as_str()))
}

/// Two or three capitalised words of letters ("Fuad Muxtar-Aqbabali", "Jovana O’Neil"); the
/// surname may be in capitals ("Luc VERNET"), the given name not.
pub(super) fn is_name(text: &str) -> bool {
    let words: Vec<&str> = text.split(' ').collect();
    let lower = |part: &str| {
        part.chars()
            .all(|c| c.is_lowercase() || c == '\'' || c == '’')
    };
    // "Jean-Luc", and "Seo-yeon", "Ji-hoon" (a romanised Korean given name: two short syllables,
    // the second small; not "Year-end" or "Long-term").
    let capitalised = |w: &str| {
        let syllables = w.split_once('-').is_some_and(|(a, b)| {
            a.chars().count() <= 3 && b.chars().count() <= 4 && !b.contains('-')
        });
        w.split('-').enumerate().all(|(i, part)| {
            let mut cs = part.chars();
            let capital = cs.next().is_some_and(char::is_uppercase) && lower(cs.as_str());
            part.chars().count() >= 2 && (capital || i > 0 && syllables && lower(part))
        })
    };
    let in_capitals = |w: &str| {
        w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '-' || c == '\'')
    };
    // "Ј. Петровић": a first name's initial.
    let initial = |w: &str| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.as_str() == "."
    };
    (2..=3).contains(&words.len())
        && (capitalised(words[0]) || initial(words[0]))
        && words[1..].iter().all(|w| capitalised(w) || in_capitals(w))
}

/// "Senior Writer", "Staff Correspondent": a writer's role, where a byline may name the outlet.
pub(super) fn is_role(text: &str) -> bool {
    has_word_starting(text, &boilerplate().role_words)
}

/// Whether a word of the text starts (in small letters) with one of the stems.
fn has_word_starting(text: &str, stems: &[String]) -> bool {
    text.split_whitespace().any(|w| {
        let lower = w.to_lowercase();
        stems.iter().any(|stem| lower.starts_with(stem.as_str()))
    })
}

/// "Вилоят ҳокимлиги ахборот хизмати", "Ministry of Trade press service": an institution's
/// unit named on a short line of its own, ending on the unit's word: a newsroom's credit.
pub(super) fn is_newsroom_credit(text: &str) -> bool {
    let t = text.trim();
    (2..=6).contains(&words(t))
        && !t.ends_with(['.', '!', '?', ':'])
        && !t.bytes().any(|b| b.is_ascii_digit())
        && t.split_whitespace()
            .last()
            .is_some_and(|last| has_word_starting(last, &boilerplate().unit_words))
}

/// "By Sarah Roe and Ken Tan, Staff Writers", "Posted by Jane Roe", "Written by Jane Roe, Coast
/// Daily": one or more writers, then maybe a desk or an outlet after a comma. The first writer
/// (as a wire's credit gives it) and the outlet.
pub(super) fn writers_byline(text: &str) -> Option<(&str, Option<&str>)> {
    let t = text.trim();
    let lower = t.get(..t.len().min(12))?.to_ascii_lowercase();
    let prefix = ["by ", "posted by ", "written by ", "story by ", "words by "]
        .iter()
        .find(|p| lower.starts_with(*p))?;
    let rest = &t[prefix.len()..];
    if words(rest) > 14 || rest.ends_with('.') {
        return None;
    }
    // "Posted by Jane Roe in Field Notes, Kenya": the sections the post is filed in follow.
    let rest = match rest.split_once(" in ") {
        Some((writer, sections)) if sections.starts_with(char::is_uppercase) => writer,
        _ => rest,
    };
    let (names, after) = match rest.split_once(", ") {
        Some((names, after)) => (names, Some(after.trim())),
        None => (rest, None),
    };
    let mut writers = names.split([',', '&']).flat_map(|part| {
        part.split(" and ")
            .flat_map(|p| p.split(" und "))
            .flat_map(|p| p.split(" et "))
            .flat_map(|p| p.split(" y "))
            .flat_map(|p| p.split(" i "))
            .flat_map(|p| p.split(" и "))
    });
    let first = writers.next()?.trim();
    if !is_writer(first) || !writers.all(|w| is_writer(w.trim())) {
        return None;
    }
    let outlet = match after {
        None => None,
        // "Written by Name, Office of Public Relations": the writer's unit, not an outlet.
        Some(after) if words(after) <= 6 && is_unit(after) => None,
        Some(after) if words(after) > 4 => return None,
        Some(after)
            if after
                .split_whitespace()
                .any(|w| is_desk_word(&w.to_lowercase())) =>
        {
            None
        }
        Some(after)
            if after
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase)) =>
        {
            Some(after)
        }
        Some(_) => return None,
    };
    Some((first, outlet))
}

/// "Autor: Jelena Marković, Centar za karijerno vođenje", "Author: Ann Reed, Senior Fellow":
/// an author's label, the writer, and after a comma the writer's post or unit, not an outlet.
pub(super) fn labelled_writer(text: &str) -> Option<&str> {
    // "dc:creator: Name, Press Office": a feed's field holds a colon of its own.
    let is_label = |label: &str| boilerplate().is_author_label(&label.to_lowercase());
    let (label, value) = text.split_once(':')?;
    let (_, value) = if is_label(label) {
        (label, value)
    } else {
        text.split_once(": ").filter(|(label, _)| is_label(label))?
    };
    let (writer, post) = value.split_once(", ")?;
    let writer = writer.trim();
    // "dr Milica Ilić": the title goes.
    let writer = writer
        .split_once(' ')
        .filter(|(title, _)| boilerplate().honorifics.contains(&title.to_lowercase()))
        .map_or(writer, |(_, name)| name.trim_start());
    (is_writer(writer) && words(post) <= 8 && !post.trim_end().ends_with('.')).then_some(writer)
}

/// "Lee Seo-yeon Staff Reporter · syl@paper.example", "Ana Ivić | ana@paper.example": a
/// writer's name, maybe their role, and their e-mail address. The name.
pub(super) fn emailed_byline(text: &str) -> Option<&str> {
    if !text.contains('@') || words(text) > 10 {
        return None;
    }
    let (before, address) = text.split_once(['·', '|', ','])?;
    let address = address.trim();
    if !address.contains('@') || address.contains(' ') {
        return None;
    }
    // The name ends where the role begins.
    let mut end = 0;
    for w in before.split_whitespace() {
        if is_role(w) {
            break;
        }
        end = w.as_ptr() as usize - before.as_ptr() as usize + w.len();
    }
    let name = &before[..end];
    is_writer(name).then_some(name)
}

/// "Office of Public Relations", "Press Office", "Pressestelle": a unit of the institution
/// that publishes the page.
pub(super) fn is_unit(text: &str) -> bool {
    has_word_starting(text, &boilerplate().unit_words)
}

/// "Dilnoza Rakhimova, TNA economic observer", "Ann Reed, senior correspondent": a writer's
/// name and post on a line of their own, maybe after "By" ("Par Claire Dumoulin, chercheuse
/// associée …"), the post maybe a unit ("Name, отдел международных связей"). The name.
pub(super) fn name_with_post(text: &str) -> Option<&str> {
    let (name, post) = name_before_post(text)?;
    ((1..=6).contains(&words(post))
        && (is_role(post) || is_unit(post))
        && !post.ends_with(['.', '!', '?']))
    .then_some(name)
}

/// "Dr. Felix Brandner Senior Fellow, Programm …", "Claire Vasseur Chercheuse associée, …": a
/// name (without its academic title) run into the writer's post. The name.
pub(super) fn name_before_role(text: &str) -> Option<String> {
    let mut words = text
        .split_whitespace()
        .skip_while(|w| boilerplate().honorifics.contains(&w.to_lowercase()));
    let mut name = Vec::new();
    for w in words.by_ref() {
        if is_role(w) {
            return ((2..=3).contains(&name.len())).then(|| name.join(" "));
        }
        let capitalised = w.starts_with(char::is_uppercase)
            && w.chars()
                .skip(1)
                .all(|c| c.is_lowercase() || "-'’".contains(c));
        if !capitalised || name.len() == 3 {
            return None;
        }
        name.push(w);
    }
    None
}

/// "Par Name, chercheuse associée au programme Europe du Sud-Est": a writer's name (without
/// "By") before a comma, and what follows it.
pub(super) fn name_before_post(text: &str) -> Option<(&str, &str)> {
    let (name, post) = text.trim().split_once(", ")?;
    let name = name
        .split_once(' ')
        .filter(|(by, _)| dates::is_by_word(by))
        .map_or(name, |(_, rest)| rest);
    is_writer(name).then_some((name, post))
}

/// A writer's name: two to four capitalised words (initials too).
fn is_writer(name: &str) -> bool {
    (2..=4).contains(&words(name))
        && name.split_whitespace().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c))
        })
}

/// "© 2024 Agency. All rights reserved": a copyright footer.
pub(super) fn is_copyright(text: &str) -> bool {
    let t = text.trim_start();
    t.starts_with('©')
        || t.starts_with("(c)")
        || t.starts_with("(C)")
        || t.get(..9)
            .is_some_and(|head| head.eq_ignore_ascii_case("copyright"))
}

/// "About  Team  Contact © 2024 The Daily Star. Registered charity …": a footer's line with a
/// copyright mark and its year anywhere in it.
pub(super) fn has_dated_copyright(text: &str) -> bool {
    text.match_indices('©').any(|(at, mark)| {
        let year = text[at + mark.len()..].trim_start();
        year.len() >= 4 && year.as_bytes()[..4].iter().all(u8::is_ascii_digit)
    })
}

/// "APS ngs/jmr", "EFE mb/pd", "ngs/jmr": a wire's desk codes under its story, the initials of
/// the editors who handled it.
pub(super) fn is_editors_codes(text: &str) -> bool {
    let mut parts = text.split_whitespace();
    let (Some(first), second, None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let codes = |w: &str| {
        w.contains('/')
            && w.split('/')
                .all(|c| (1..=4).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_lowercase()))
    };
    match second {
        None => codes(first),
        Some(second) => {
            (2..=8).contains(&first.chars().count())
                && first.chars().all(char::is_uppercase)
                && codes(second)
        }
    }
}
