//! The article's language (ISO 639-1), from whatlang's trigram models on a sample of the page's
//! running text, with the letters only one language of a script uses settling what trigrams
//! cannot: Serbian Cyrillic (ђ ј љ њ ћ џ), Kazakh (ә і ң ү ұ ө һ), Uzbek Cyrillic (ў қ ғ ҳ).
//! It chooses the numeric date order and is written as `lang` in front matter.

use whatlang::Lang;

/// How much running text is sampled: enough for a steady verdict, little enough to stay fast.
const SAMPLE: usize = 400;

/// The language of `text`, or None when there is too little text to tell.
pub fn detect(text: &str) -> Option<&'static str> {
    let sample = sample(text);
    // Letters and Cyrillic letters, counted by byte when the sample is ASCII (most pages).
    let (letters, cyrillic) = if sample.is_ascii() {
        (sample.bytes().filter(u8::is_ascii_alphabetic).count(), 0)
    } else {
        let letters = sample.chars().filter(|c| c.is_alphabetic()).count();
        let cyrillic = sample
            .chars()
            .filter(|c| ('\u{400}'..='\u{4FF}').contains(c))
            .count();
        (letters, cyrillic)
    };
    if letters < 20 {
        return None;
    }
    if cyrillic * 2 > letters {
        // The telling letters the sample has, found in one pass (a pass per set was most of
        // the time spent on a Cyrillic page).
        const TELLING: &str = "әіңүұөһўҳқғыщђјљњћџэ";
        let mut found: Vec<char> = Vec::new();
        for c in sample.chars() {
            let lower = c.to_lowercase().next().unwrap_or(c);
            if ('\u{400}'..='\u{4FF}').contains(&lower)
                && TELLING.contains(lower)
                && !found.contains(&lower)
            {
                found.push(lower);
            }
        }
        let has = |set: &str| found.iter().any(|&c| set.contains(c));
        if has("әіңүұөһ") {
            return Some("kk");
        }
        if has("ўҳ") || (has("қғ") && !has("ыщ")) {
            return Some("uz");
        }
        if has("ђјљњћџ") {
            return Some("sr");
        }
        // Only Russian (of the Cyrillic languages ingest reads) writes ы and э.
        if has("ыэ") {
            return Some("ru");
        }
    } else if is_plainly_english(&sample) {
        // Most pages are English: their function words settle it without the trigram models.
        return Some("en");
    }
    let info = detector().detect(&sample)?;
    Some(match info.lang() {
        // Croatian, Bosnian and Serbian Latin share their trigrams: the words tell them apart.
        Lang::Hrv | Lang::Srp => south_slavic_latin(&sample),
        lang => iso_639_1(lang)?,
    })
}

/// Builds the detector ahead of the first page (see `ingest::warm_up`).
pub(super) fn warm() {
    detector();
}

/// whatlang limited to the languages ingest can name: fewer trigram profiles to compare.
fn detector() -> &'static whatlang::Detector {
    static D: std::sync::OnceLock<whatlang::Detector> = std::sync::OnceLock::new();
    D.get_or_init(|| {
        let langs: Vec<Lang> = Lang::all()
            .iter()
            .copied()
            .filter(|&l| iso_639_1(l).is_some() || matches!(l, Lang::Hrv | Lang::Srp))
            .collect();
        whatlang::Detector::with_allowlist(langs)
    })
}

/// ASCII text in which English function words make up a fifth of the words or more.
fn is_plainly_english(sample: &str) -> bool {
    const WORDS: &[&str] = &[
        "the", "and", "of", "to", "in", "is", "was", "for", "on", "with", "that", "by", "as", "at",
        "from", "are", "were", "has", "have", "will", "its", "their", "this",
    ];
    // Characters outside ASCII, by their leading bytes.
    let non_ascii = sample.bytes().filter(|&b| b >= 0xC0).count();
    if non_ascii * 50 > sample.len() {
        return false;
    }
    let (mut total, mut function) = (0usize, 0usize);
    for w in sample
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
    {
        total += 1;
        if w.len() <= 5 && WORDS.iter().any(|f| f.eq_ignore_ascii_case(w)) {
            function += 1;
        }
    }
    total >= 10 && function * 5 >= total
}

/// Lines of running text (eight words or more) up to [`SAMPLE`] bytes; the whole text if none.
fn sample(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        if line.split_whitespace().count() >= 8 {
            out.push_str(line);
            out.push('\n');
            if out.len() >= SAMPLE {
                break;
            }
        }
    }
    if out.is_empty() {
        out = text[..text.floor_char_boundary(SAMPLE)].to_string();
    }
    out
}

/// Serbian (ekavian, "saradnja", "hiljada") or Croatian (ijekavian, "suradnja", "tisuća").
fn south_slavic_latin(text: &str) -> &'static str {
    let lower = text.to_lowercase();
    let count = |words: &[&str]| {
        words
            .iter()
            .map(|w| lower.matches(w).count())
            .sum::<usize>()
    };
    let serbian = count(&[
        "saradnj",
        "hiljad",
        "opšt",
        "takođe",
        "univerzitet",
        "srbij",
        "reč",
        "vreme",
        "uvek",
        "mleko",
        "grad beograd",
    ]);
    let croatian = count(&[
        "suradnj",
        "tisuć",
        "općin",
        "također",
        "sveučiliš",
        "hrvatsk",
        "riječ",
        "vrijeme",
        "uvijek",
        "mlijeko",
    ]);
    if croatian > serbian {
        "hr"
    } else {
        "sr"
    }
}

fn iso_639_1(lang: Lang) -> Option<&'static str> {
    use Lang::*;
    Some(match lang {
        Eng => "en",
        Rus => "ru",
        Ukr => "uk",
        Bel => "be",
        Bul => "bg",
        Mkd => "mk",
        Uzb => "uz",
        Tuk => "tk",
        Aze => "az",
        Tur => "tr",
        Deu => "de",
        Fra => "fr",
        Spa => "es",
        Por => "pt",
        Ita => "it",
        Nld => "nl",
        Pol => "pl",
        Ces => "cs",
        Slk => "sk",
        Slv => "sl",
        Hun => "hu",
        Ron => "ro",
        Ell => "el",
        Lit => "lt",
        Lav => "lv",
        Est => "et",
        Fin => "fi",
        Swe => "sv",
        Dan => "da",
        Nob => "no",
        Cat => "ca",
        Lat => "la",
        Epo => "eo",
        Afr => "af",
        Ind => "id",
        Vie => "vi",
        Tgl => "tl",
        Cmn => "zh",
        Jpn => "ja",
        Kor => "ko",
        Ara => "ar",
        Pes => "fa",
        Heb => "he",
        Hin => "hi",
        Urd => "ur",
        Ben => "bn",
        Tha => "th",
        Kat => "ka",
        Hye => "hy",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_and_scripts() {
        let cases = [
            ("en", "The two countries signed an agreement on cooperation in the field of information technology and agreed to hold a business forum next year."),
            ("ru", "Стороны подписали соглашение о сотрудничестве в области информационных технологий и договорились провести бизнес-форум в следующем году."),
            ("sr", "Две земље потписале су споразум о сарадњи у области информационих технологија и договориле се да следеће године одрже пословни форум."),
            ("sr", "Dve zemlje potpisale su sporazum o saradnji u oblasti informacionih tehnologija i dogovorile se da sledeće godine održe poslovni forum."),
            ("de", "Die beiden Länder unterzeichneten ein Abkommen über die Zusammenarbeit im Bereich der Informationstechnologie und vereinbarten ein Wirtschaftsforum."),
            ("fr", "Les deux pays ont signé un accord de coopération dans le domaine des technologies de l'information et ont convenu d'organiser un forum économique."),
            ("es", "Los dos países firmaron un acuerdo de cooperación en el ámbito de las tecnologías de la información y acordaron celebrar un foro empresarial."),
            ("uz", "Ikki mamlakat axborot texnologiyalari sohasida hamkorlik to‘g‘risida kelishuv imzoladi va kelasi yili biznes forumi o‘tkazishga kelishib oldi."),
            ("uz", "Икки мамлакат ахборот технологиялари соҳасида ҳамкорлик тўғрисида келишув имзолади ва келаси йили бизнес форуми ўтказишга келишиб олди."),
            ("kk", "Екі ел ақпараттық технологиялар саласындағы ынтымақтастық туралы келісімге қол қойып, келесі жылы бизнес-форум өткізуге уағдаласты."),
        ];
        for (want, text) in cases {
            assert_eq!(detect(text), Some(want), "{text}");
        }
        assert_eq!(detect("12:30"), None);
    }
}
