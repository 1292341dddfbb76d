//! The home country a story in its language is written from, taken into the pair it is filed
//! under (`countries.rs` chooses the pair from the names themselves).

use super::countries::{self, Countries};
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// Language code to the country its press writes from ("de" → "DE"): `data/home-languages.toml`.
fn home_country(lang: &str) -> Option<&'static str> {
    static HOMES: OnceLock<BTreeMap<String, String>> = OnceLock::new();
    HOMES
        .get_or_init(|| {
            toml::from_str(include_str!("../../data/home-languages.toml"))
                .expect("data/home-languages.toml is valid")
        })
        .get(lang)
        .map(String::as_str)
}

/// A story about one foreign country in the language of another, which it names too
/// ("Esslinger Softwarehaus eröffnet Zentrum in Niš … Deutschland"): written from that home
/// country, about its dealings with the foreign one. The pair takes the home country in.
/// A regional administration's page ("Oʻzbekiston Respublikasi / XORAZM VILOYATI HOKIMLIGI")
/// names its country in the masthead, `page_top`, though its story names only the partner.
pub fn with_home_country(mut found: Countries, lang: Option<&str>, page_top: &str) -> Countries {
    let Some(home) = lang.and_then(home_country) else {
        return found;
    };
    if let [single] = found.pair.as_slice() {
        let named = || {
            found.scores.get(home).copied().unwrap_or(0.0) >= HOME_NAMED
                || countries::mentions(page_top).iter().any(|m| m.code == home)
        };
        if single != home && named() {
            found.pair = vec![single.clone(), home.to_string()];
            found.pair.sort();
            if !found.countries.iter().any(|c| c == home) {
                found.countries.push(home.to_string());
                found.countries.sort();
            }
        }
    }
    found
}

/// How much naming makes the home country a party (one mention in the text).
const HOME_NAMED: f32 = 1.0;
