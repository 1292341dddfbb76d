//! The country gazetteer (`data/countries.toml`): every ISO 3166-1 country with its names,
//! demonyms, cities, local-language forms and organisations. Build uses it for display names
//! and code validation; ingest matches its terms in article text.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

const COUNTRIES: &str = include_str!("../data/countries.toml");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    pub name: String,
    #[serde(default)]
    pub names: Vec<String>,
    #[serde(default)]
    pub demonyms: Vec<String>,
    #[serde(default)]
    pub cities: Vec<String>,
    #[serde(default)]
    pub local: Vec<String>,
    #[serde(default)]
    pub orgs: Vec<String>,
}

/// All countries by ISO 3166-1 alpha-2 code.
pub fn countries() -> &'static BTreeMap<String, Country> {
    static TABLE: OnceLock<BTreeMap<String, Country>> = OnceLock::new();
    TABLE.get_or_init(|| {
        toml::from_str(COUNTRIES).expect("data/countries.toml is valid (checked by a test)")
    })
}

pub fn country(code: &str) -> Option<&'static Country> {
    countries().get(code)
}

/// The display name of a code, or the code itself when unknown.
pub fn name_of(code: &str) -> &str {
    country(code).map(|c| c.name.as_str()).unwrap_or(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gazetteer_covers_every_iso_country() {
        assert_eq!(countries().len(), 249);
        assert_eq!(name_of("UZ"), "Uzbekistan");
        assert_eq!(name_of("KR"), "South Korea");
        assert!(country("RS")
            .unwrap()
            .cities
            .iter()
            .any(|c| c == "Belgrade"));
    }
}
