//! Tests of the date grammar (`dates.rs`).

use super::*;

fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, day)
}

#[test]
fn common_forms() {
    assert_eq!(find_full_date("2017-08-15 | Economics"), d(2017, 8, 15));
    // A machine timestamp with the time glued on by a "T".
    assert_eq!(find_full_date("2024-06-04T10:15"), d(2024, 6, 4));
    assert_eq!(find_full_date("2024-06-04T10:15:00+05:00"), d(2024, 6, 4));
    // Uzbek Latin months spelt the Russian way.
    assert_eq!(
        find_full_date("Sana: 2023-yil 19-oktyabr, payshanba | 16:25"),
        d(2023, 10, 19)
    );
    assert_eq!(find_month_day("TOSHKENT, 5-sentyabr"), Some((9, 5)));
    assert_eq!(
        find_full_date("Digitalization 30 April 2024 2525"),
        d(2024, 4, 30)
    );
    assert_eq!(find_full_date("April 30, 2024"), d(2024, 4, 30));
    assert_eq!(find_full_date("21:31 / 19.10.2018"), d(2018, 10, 19));
    assert_eq!(find_full_date("15 августа 2017"), d(2017, 8, 15));
    assert_eq!(find_full_date("(RTV, 08.02.2018)"), d(2018, 2, 8));
    assert_eq!(find_full_date("Saturday, 13, July, 2024"), d(2024, 7, 13));
    assert_eq!(find_full_date("no date here, 2500 people"), None);
    assert_eq!(find_full_date("20 декабря 2021 г."), d(2021, 12, 20));
    assert_eq!(find_full_date("Dienstag, 25. August 2020"), d(2020, 8, 25));
    assert_eq!(find_full_date("lunes, 28 de julio de 2014"), d(2014, 7, 28));
    assert_eq!(find_full_date("12 janvier 2023"), d(2023, 1, 12));
    assert_eq!(find_full_date("Objavljeno: 3. jun 2019."), d(2019, 6, 3));
    assert_eq!(find_full_date("Опубликовано 7 ноября 2017"), d(2017, 11, 7));
    assert_eq!(
        find_full_date("Published on November 8, 2011"),
        d(2011, 11, 8)
    );
    assert_eq!(find_full_date("2019.05.30"), d(2019, 5, 30));
    assert_eq!(find_full_date("14/11/2019"), d(2019, 11, 14));
    assert_eq!(find_full_date("11/30/2022"), d(2022, 11, 30));
    assert_eq!(find_full_date("16 noyabr 2024"), d(2024, 11, 16));
    assert_eq!(
        find_full_date("7-sentabr, 2023-yil, payshanba."),
        d(2023, 9, 7)
    );
    assert_eq!(find_full_date("2023-yil 7-sentabr"), d(2023, 9, 7));
    assert_eq!(find_full_date("2024 йил 16 ноябрь"), d(2024, 11, 16));
    assert_eq!(find_full_date("2021 жылғы 12 наурыз"), d(2021, 3, 12));
    assert_eq!(find_full_date("2021 ж. 3 қазан, 14:05"), d(2021, 10, 3));
    assert_eq!(find_full_date("12 наурыз 2021 ж."), d(2021, 3, 12));
    assert_eq!(find_full_date("5 Mart 2021"), d(2021, 3, 5));
    assert_eq!(find_full_date("5. marta 2020."), d(2020, 3, 5));
    assert_eq!(find_full_date("12. septembra 2019"), d(2019, 9, 12));
    assert_eq!(find_full_date("12. септембра 2019"), d(2019, 9, 12));
}

#[test]
fn labels_and_stamps() {
    assert_eq!(
        label_of("Last update: May 2, 2020").map(|l| l.0),
        Some(Label::Updated)
    );
    assert_eq!(
        label_of("Опубликовано: 7 ноября 2017").map(|l| l.0),
        Some(Label::Published)
    );
    assert_eq!(label_of("Datenschutz"), None);
    // A label of a change or a fetch may close a few words before the colon.
    let feed = "Feed zuletzt abgerufen: 09.07.2025, 12:05";
    assert_eq!(
        label_of(feed),
        Some((Label::Today, feed.find("09").unwrap()))
    );
    assert_eq!(
        label_of("Page last updated: 2 May 2020").map(|l| l.0),
        Some(Label::Updated)
    );
    assert_eq!(
        label_of("Курсы ЦБ на 13.03.2025").map(|l| l.0),
        Some(Label::Today)
    );
    assert_eq!(
        label_of("lastBuildDate: Wed, 06 Mar 2024 08:00:00 +0500").map(|l| l.0),
        Some(Label::Updated)
    );
    // A publication label must open the line; a sentence's colon is no label's.
    assert_eq!(
        label_of("Der Vertrag wurde veröffentlicht: 2 Mai 2020"),
        None
    );
    assert_eq!(label_of("Talks on the new terminal: 12 May"), None);
    assert_eq!(
        split_stamp(" date 2019-05-30 ASTANA. The meeting was held"),
        Some((" date 2019-05-30", "ASTANA. The meeting was held"))
    );
    assert_eq!(
        split_stamp("28 November 2019 - Agreement signed in Baku today"),
        Some(("28 November 2019 -", "Agreement signed in Baku today"))
    );
    assert_eq!(
        split_stamp("20:56 23/11/2022The president arrived in Belgrade"),
        Some(("20:56 23/11/2022", "The president arrived in Belgrade"))
    );
    assert_eq!(
        split_stamp("Published 03/18/2025 4:12 PM  |  Updated 03/19/2025 8:05 AM"),
        None
    );
    assert_eq!(
        split_stamp("03/18/2025 4:12 PM Delegates arrived in the capital"),
        Some(("03/18/2025 4:12 PM", "Delegates arrived in the capital"))
    );
    assert_eq!(split_stamp("12 people 2019 came"), None);
    assert_eq!(split_stamp("2019-05-30"), None);
}

#[test]
fn ambiguous_numbers_need_evidence() {
    assert_eq!(find_full_date("05/06/2020"), None);
    assert_eq!(
        with_order(Some(Order::DayFirst), || find_full_date("05/06/2020")),
        d(2020, 6, 5)
    );
    assert_eq!(
        with_order(Some(Order::MonthFirst), || find_full_date("05/06/2020")),
        d(2020, 5, 6)
    );
    // 5 June 2020 was a Friday, 6 May 2020 a Wednesday.
    assert_eq!(find_full_date("Friday, 05/06/2020"), d(2020, 6, 5));
    assert_eq!(find_full_date("Wednesday 05/06/2020"), d(2020, 5, 6));
    assert_eq!(
        order_on_page("a 30/11/2022 b 01/02/2023"),
        Some(Order::DayFirst)
    );
    assert_eq!(order_of_language("ru"), Some(Order::DayFirst));
    assert_eq!(order_of_language("en"), None);
}

#[test]
fn partial_dates_and_widgets() {
    assert_eq!(
        find_month_day("TASHKENT, Uzbekistan, July 24."),
        Some((7, 24))
    );
    assert_eq!(find_month_day("Tashkent, Uzbekistan, Aug. 8"), Some((8, 8)));
    assert_eq!(years("© 2019 Trend"), vec![2019]);
    assert!(is_clock_widget("Saturday, 13, July, 2024"));
    assert!(!is_clock_widget("21:31 / 19.10.2018"));
    // The weather beside the date: a clock, wherever its weekday stands.
    assert!(is_clock_widget(
        "Београд, субота 22. новембар 2025.  |  11:47  |  ☁ 8°C"
    ));
    assert!(!is_clock_widget("Београд, субота 22. новембар 2025."));
    assert!(is_clock_widget(
        "Belgrade, 14/06/2025 18:02 | 24°C Sunny | EUR/RSD 117.18"
    ));
}

#[test]
fn the_same_day_in_words_settles_an_ambiguous_numeric_order() {
    assert_eq!(
        order_on_page(
            "Rates from 03/10/2024\nNews 01/08/2022 Title\nCITY -- On 1 August, the ministers met."
        ),
        Some(Order::DayFirst)
    );
    assert_eq!(
        order_on_page("News 08/01/2022 Title\nCITY -- On August 1, the ministers met."),
        Some(Order::MonthFirst)
    );
    assert_eq!(
        order_on_page("News 08/01/2022 Title\nCITY -- On 1 июля, the ministers met."),
        None
    );
    assert_eq!(
        order_on_page("News 08/01/2022 Title\nThe ministers met."),
        None
    );
}
