//! Serbian and Uzbek are each written in two alphabets. Words in Cyrillic are read in Latin
//! spelling, so that one list of Latin keywords and names serves both scripts.

/// The Latin letter of a Cyrillic letter that Serbian and Uzbek spell alike.
fn shared_letter(c: char) -> Option<&'static str> {
    const CYRILLIC: &str = "абвгдезиклмнопрстуф";
    const LATIN: [&str; 19] = [
        "a", "b", "v", "g", "d", "e", "z", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
        "f",
    ];
    CYRILLIC.chars().position(|x| x == c).map(|at| LATIN[at])
}

/// The Serbian Latin letters for a lower-case Serbian Cyrillic letter (letter for letter).
pub(super) fn serbian_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'ђ' => "đ",
        'ж' => "ž",
        'ј' => "j",
        'љ' => "lj",
        'њ' => "nj",
        'ћ' => "ć",
        'х' => "h",
        'ц' => "c",
        'ч' => "č",
        'џ' => "dž",
        'ш' => "š",
        _ => return shared_letter(c),
    })
}

/// The Uzbek Latin letters for a lower-case Uzbek Cyrillic letter, in the official 1995 alphabet
/// (o‘ and g‘ with an ASCII apostrophe, which theme keywords match in every form).
fn uzbek_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'ё' => "yo",
        'ж' => "j",
        'й' => "y",
        'х' => "x",
        'ц' => "s",
        'ч' => "ch",
        'ш' => "sh",
        'ъ' => "'",
        'ь' => "",
        'э' => "e",
        'ю' => "yu",
        'я' => "ya",
        'ў' => "o'",
        'қ' => "q",
        'ғ' => "g'",
        'ҳ' => "h",
        _ => return shared_letter(c),
    })
}

/// A Cyrillic alphabet that has a Latin twin.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum TwinAlphabet {
    Serbian,
    Uzbek,
}

/// Serbian or Uzbek Cyrillic, told by the letters only they have (ј љ њ ћ ђ џ, or ў қ ғ ҳ).
pub(super) fn twin_alphabet(lower: &str) -> Option<TwinAlphabet> {
    // Each of these letters is two bytes led by 0xD1 or 0xD2: Latin text, with neither byte,
    // is passed over at memchr's speed.
    let bytes = lower.as_bytes();
    let (mut serbian, mut uzbek) = (0, 0);
    for at in memchr::memchr2_iter(0xD1, 0xD2, bytes) {
        match (bytes[at], bytes.get(at + 1)) {
            // ђ ј љ њ ћ џ
            (0xD1, Some(0x92 | 0x98 | 0x99 | 0x9A | 0x9B | 0x9F)) => serbian += 1,
            // ў, and ғ қ ҳ
            (0xD1, Some(0x9E)) | (0xD2, Some(0x93 | 0x9B | 0xB3)) => uzbek += 1,
            _ => {}
        }
    }
    match (serbian, uzbek) {
        (0, 0) => None,
        (s, u) if u > s => Some(TwinAlphabet::Uzbek),
        _ => Some(TwinAlphabet::Serbian),
    }
}

/// Lower-case Cyrillic text in the Latin letters of its twin; other characters stay as they are.
pub(super) fn to_latin(lower: &str, alphabet: TwinAlphabet) -> String {
    let letter = match alphabet {
        TwinAlphabet::Serbian => serbian_letter,
        TwinAlphabet::Uzbek => uzbek_letter,
    };
    let mut latin = String::with_capacity(lower.len());
    for c in lower.chars() {
        match letter(c) {
            Some(l) => latin.push_str(l),
            None => latin.push(c),
        }
    }
    latin
}

#[cfg(test)]
mod tests {
    use super::{to_latin, twin_alphabet};

    fn latin_of_cyrillic(text: &str) -> Option<String> {
        twin_alphabet(text).map(|a| to_latin(text, a))
    }

    #[test]
    fn serbian_and_uzbek_cyrillic_read_in_latin_and_russian_is_left_alone() {
        assert_eq!(
            latin_of_cyrillic("љубљана и њујорк: софтверска индустрија").as_deref(),
            Some("ljubljana i njujork: softverska industrija")
        );
        assert_eq!(
            latin_of_cyrillic("соғлиқни сақлаш вазирлиги ўзбекистон").as_deref(),
            Some("sog'liqni saqlash vazirligi o'zbekiston")
        );
        assert_eq!(latin_of_cyrillic("министерство здравоохранения"), None);
    }
}
