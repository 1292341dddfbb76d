//! Tests of `date_lines.rs`: which lines are date or section lines, through the line's kind.

use super::super::classify::kind_of;
use super::super::lines::Kind;

#[test]
fn relative_times_and_read_counters_are_not_text() {
    assert_eq!(kind_of("Agency 2 hours ago"), Kind::Meta);
    assert_eq!(kind_of("Agencija pre 1 sat"), Kind::Meta);
    assert_eq!(
        kind_of("This news has been read 301 times in total"),
        Kind::Counter
    );
    assert_eq!(kind_of("462 views"), Kind::Counter);
    assert_eq!(
        kind_of("Dieser Artikel wurde 1.245 Mal gelesen."),
        Kind::Counter
    );
    assert_eq!(
        kind_of("Der Beitrag wurde 87 Mal aufgerufen"),
        Kind::Counter
    );
    // A sentence that counts something else stays text.
    assert_eq!(
        kind_of("The two ministers met 3 times in Tashkent and read the draft together."),
        Kind::Prose
    );
    assert_eq!(kind_of("5. marta 2020."), Kind::Meta);
    assert_eq!(kind_of("👁 2 318"), Kind::Counter);
    // A labelled date with its weekday, time and update in words is still a date line.
    assert_eq!(
        kind_of("Publié le mardi 3 juin 2025 à 9h10, mis à jour à 11h45"),
        Kind::Meta
    );
}

#[test]
fn lines_cut_by_bars_labels_and_dated_teasers() {
    assert_eq!(
        kind_of("By Jane Roe | July 29, 2024 | 5 min read"),
        Kind::Meta
    );
    assert_eq!(kind_of("Posted in Trade, Energy | 4 Comments"), Kind::Meta);
    assert_eq!(
        kind_of("14/11/2019 | Autor: Jelena Jovanović | 5 min čitanja"),
        Kind::Meta
    );
    assert_eq!(
        kind_of("1.204 Mal gelesen  |  Lesezeit: 4 Minuten"),
        Kind::Counter
    );
    assert_eq!(kind_of("Прочитано 1.045 пута"), Kind::Counter);
    assert_eq!(kind_of("Home | Politics | Economy | Video"), Kind::Short);
    assert_eq!(kind_of("Piše: Jelena Jovanović"), Kind::Byline);
    assert_eq!(kind_of("Текст: Иван Петров"), Kind::Byline);
    assert_eq!(kind_of("Note: Prices rose"), Kind::Short);
    for junk in [
        "Tags: trade, rail, Serbia",
        "Etiquetas: Turquía, alta velocidad, ferrocarril",
        "Komentari (3)",
        "Deja tu comentario",
        "Главная / Новости / Экономика",
    ] {
        assert_eq!(kind_of(junk), Kind::Junk, "{junk}");
    }
    // A teaser's date after a dash ends no sentence.
    assert_eq!(
        kind_of("Novi pogon u Šapcu zapošljava 300 radnika — 15.05.2024."),
        Kind::Short
    );
    assert_eq!(
        kind_of("The new plant in the south will employ 300 workers from May."),
        Kind::Prose
    );
}

/// "Laisser un commentaire" is a comment prompt; "Commentaire n° 47 — 18 février 2025" is a
/// commentary's number and date, the date line of a think tank's piece.
#[test]
fn a_commentarys_number_and_date_is_no_comment_count() {
    assert_eq!(kind_of("Laisser un commentaire"), Kind::Junk);
    assert_ne!(kind_of("Commentaire n° 47 — 18 février 2025"), Kind::Junk);
}

/// "Date: … | Category: Industry | Read: 2,106 times": a section's labelled cell is furniture
/// beside a date and a counter, and the line is a date line.
#[test]
fn a_date_line_with_a_labelled_section_cell() {
    assert_eq!(
        kind_of("Датум објаве: 12. фебруар 2024. | Категорија: Индустрија | Прочитано: 2.106 пута"),
        Kind::Meta
    );
}
