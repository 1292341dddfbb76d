//! Tests of pages whose copy lost line breaks inside blocks: a byline run into its counters,
//! a box of comments or teasers run into one line.

use super::*;

fn body_of(page: &str) -> (Extracted, String) {
    let out = extract(page);
    let body = out.body_text();
    (out, body)
}

const LEAD: &str = "Shahardagi hududiy IT-markazda hamkor davlat bilan hamkorlikda tashkil etilgan «Kelajak kodi» oʻquv dasturi boʻyicha ilk guruh mashgʻulotlarni boshladi va unda viloyatning oʻn ikki tumanidan tanlab olingan yuz nafar yosh ishtirok etmoqda, dastur olti oy davom etadi hamda bitiruvchilar xalqaro sertifikat oladi.";

/// "Name, «Outlet» muxbiri Koʻrishlar: 956 Surat muallifi: Name": the writer's byline, the
/// counter and the photographer's credit, each a cell of its own; none of it is text.
#[test]
fn a_byline_run_into_its_counter_and_photo_credit() {
    let page = format!("Bugun: 3-oktabr, 2024-yil | 14:52 Bosh sahifa Jamiyat Taʼlim\nTaʼlim\nYoshlar xorijiy mutaxassislardan dasturlashni oʻrganmoqda\nGulnoza Misolova, «Misol tongi» muxbiri Koʻrishlar: 956 Surat muallifi: Akmal Misolov\n{LEAD}\nUlashish: Telegram Facebook WhatsApp\n");
    let (out, body) = body_of(&page);
    assert_eq!(out.author.as_deref(), Some("Gulnoza Misolova"));
    assert!(!body.contains("Koʻrishlar"), "{body}");
    assert!(!body.contains("Surat muallifi"), "{body}");
    assert!(body.contains("Kelajak kodi"), "{body}");
}

/// "Lesezeit: 6 Minuten PDF herunterladen": a reading time with its unit stays one cell.
#[test]
fn a_reading_time_with_its_unit_is_one_cell() {
    let page = "Analysen\n\nNearshoring nach Belgrad: warum die Branche wichtiger wird\n\nDr. Felix Beispiel Senior Fellow, Programm Südosteuropa Lesezeit: 6 Minuten PDF herunterladen Drucken Teilen\n\nSerbiens IT-Branche wächst seit Jahren schneller als die übrige Wirtschaft, und deutsche Unternehmen lagern immer mehr Entwicklung dorthin aus.\n\nDas hat Gründe, die über die Löhne hinausgehen.\n";
    let (out, body) = body_of(page);
    assert_eq!(out.author.as_deref(), Some("Felix Beispiel"));
    assert!(!body.contains("Minuten"), "{body}");
}

/// "Izohlar (2) Name 03.10.2024 09:12 …" and "Eng koʻp oʻqilganlar Headline 02.10.2024 …":
/// a box's label, with its count or not, and its dated items run into one line end the
/// article.
#[test]
fn a_box_of_comments_or_teasers_run_into_one_line_ends_the_article() {
    for (label, items) in [
        ("Izohlar (2)", "Dilshod_N 03.10.2024 09:12 Ajoyib tashabbus! Qoʻshni tumandan ham qabul boʻladimi? Malika 03.10.2024 11:40 Oʻgʻlim shu kursda oʻqiyapti, juda mamnunmiz. Izoh qoldirish uchun tizimga kiring"),
        ("Eng koʻp oʻqilganlar", "Paxta terimi: viloyatda reja 68 foizga bajarildi 02.10.2024 Yangi poyezd qatnovi yoʻlga qoʻyildi 01.10.2024 Yoshlar sport majmuasi qurilmoqda 30.09.2024"),
    ] {
        let page = format!("Taʼlim\nYoshlar xorijiy mutaxassislardan dasturlashni oʻrganmoqda\n{LEAD}\n{label} {items}\n© «Misol tongi» gazetasi, 1991–2024.\n");
        let (_, body) = body_of(&page);
        assert!(!body.contains(label), "{label}: {body}");
        assert!(body.contains("Kelajak kodi"), "{body}");
    }
}

/// "…. PROČITAJTE I: Headline! More of it u Nišu od januara Prema rečima …": a teaser inside a
/// paragraph that lost its breaks runs from its label to where the text's next sentence opens
/// with no stop; a name after a small joining word ("u Nišu") is still the teaser's.
#[test]
fn a_teaser_inside_a_run_on_paragraph() {
    let teaser = "PROČITAJTE I: Penzioneri, stiže povećanje! Evo koliko će iznositi nove penzije u Nišu od januara";
    let page = format!("EKONOMIJA\n\nNemački gigant otvara fabriku na jugu: 1.200 novih radnih mesta\n\nNemačka kompanija, jedan od vodećih evropskih proizvođača kablova, otvara novu fabriku na jugu zemlje i zaposliće 1.200 radnika do kraja sledeće godine. {teaser} Prema rečima ministra, ovo je jedna od najvećih investicija u regionu u poslednjih deset godina. Gradnja počinje u oktobru.\n\nTagovi: fabrika, posao\n");
    let (_, body) = body_of(&page);
    assert!(!body.contains("PROČITAJTE"), "{body}");
    assert!(!body.contains("Penzioneri"), "{body}");
    assert!(body.contains("Prema rečima ministra"), "{body}");
    assert!(body.contains("1.200 radnika"), "{body}");
}

/// "…. Shuningdek oʻqing: Headline Next sentence …": a teaser's label of the data, in small
/// letters, inside a paragraph that lost its breaks, goes with its headline as one in capitals
/// does.
#[test]
fn a_teaser_label_in_small_letters_inside_a_run_on_paragraph() {
    let page = format!("Taʼlim\nYoshlar xorijiy mutaxassislardan dasturlashni oʻrganmoqda\n{LEAD} Shuningdek oʻqing: Tumanda yangi maktab foydalanishga topshirildi Loyiha doirasida oʻquvchilar uchun yozgi lagerlar ham tashkil etiladi.\nUlashish: Telegram Facebook WhatsApp\n");
    let (_, body) = body_of(&page);
    assert!(!body.contains("Shuningdek"), "{body}");
    assert!(!body.contains("yangi maktab"), "{body}");
    assert!(body.contains("yozgi lagerlar"), "{body}");
}

/// A ministry's page copied with its blocks run together: the masthead with its language
/// switcher on one line, the menu on the next, the headline with its stamp ("05.06.2024 |
/// 16:40 👁 1047"), the text, then the source credit with its share buttons. The headline and
/// the date stand apart, the source names the ministry (its information service dropped), and
/// neither the masthead nor the buttons are text.
#[test]
fn a_ministry_page_whose_blocks_ran_together() {
    let page = format!("Misol Respublikasi Raqamli ishlar vazirligi Ishonch telefoni: 1100 O'zbekcha Ўзбекча Русский English Ko'zi ojizlar uchun\nBosh sahifa Vazirlik Faoliyat Matbuot markazi Ochiq ma'lumotlar Murojaatlar Bog'lanish\nBosh sahifa / Matbuot markazi / Yangiliklar\nYoshlar uchun yangi dasturlash kurslari ochildi 05.06.2024 | 16:40 👁 1047\n{LEAD}\nManba: Raqamli texnologiyalar vazirligi Axborot xizmati Ulashish: Telegram Facebook X Chop etish\nSahifa oxirgi marta yangilangan: 06.06.2024 10:02\n");
    let (out, body) = body_of(&page);
    assert_eq!(out.title, "Yoshlar uchun yangi dasturlash kurslari ochildi");
    assert_eq!(out.date, chrono::NaiveDate::from_ymd_opt(2024, 6, 5));
    assert_eq!(
        out.outlet.as_deref(),
        Some("Raqamli texnologiyalar vazirligi")
    );
    assert!(body.contains("Kelajak kodi"), "{body}");
    for furniture in ["Ishonch telefoni", "Ulashish", "Manba", "1047"] {
        assert!(!body.contains(furniture), "{furniture}: {body}");
    }
}
