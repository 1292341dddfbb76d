//! The theme taxonomy: ids and names. The project ships `data/themes.toml`; a site may replace it
//! with a `themes.toml` of its own at its root.

use crate::diagnostics::{line_of_offset, Diagnostic};
use serde::Deserialize;
use std::path::Path;

pub const DEFAULT_THEMES: &str = include_str!("../data/themes.toml");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemeEntry {
    name: String,
    #[serde(default)]
    covers: String,
}

#[derive(Debug, Clone, PartialEq, Hash)]
pub struct Theme {
    pub id: String,
    pub name: String,
    pub covers: String,
}

#[derive(Debug, Clone, Hash)]
pub struct Taxonomy {
    pub themes: Vec<Theme>,
}

impl Taxonomy {
    /// The site's `themes.toml` if it has one, else the bundled default.
    pub fn load(root: &Path) -> Result<Taxonomy, Diagnostic> {
        let path = root.join("themes.toml");
        match std::fs::read_to_string(&path) {
            Ok(text) => Taxonomy::parse(&text, &path),
            Err(_) => Taxonomy::parse(DEFAULT_THEMES, Path::new("data/themes.toml")),
        }
    }

    pub fn parse(text: &str, path: &Path) -> Result<Taxonomy, Diagnostic> {
        let table: toml::map::Map<String, toml::Value> = toml::from_str(text).map_err(|e| {
            let line = e.span().map(|s| line_of_offset(text, s.start));
            Diagnostic::new(path, line, e.message().to_string())
        })?;
        let mut themes = Vec::new();
        for (id, value) in table {
            let entry: ThemeEntry = value.try_into().map_err(|e: toml::de::Error| {
                Diagnostic::new(path, None, format!("theme `{id}`: {}", e.message()))
            })?;
            themes.push(Theme {
                id,
                name: entry.name,
                covers: entry.covers,
            });
        }
        Ok(Taxonomy { themes })
    }

    pub fn get(&self, id: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }

    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.themes.iter().map(|t| t.id.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_taxonomy_has_the_thirteen_spec_ids_in_order() {
        let taxonomy = Taxonomy::parse(DEFAULT_THEMES, Path::new("themes.toml")).unwrap();
        let ids: Vec<&str> = taxonomy.ids().collect();
        assert_eq!(ids.len(), 13);
        assert_eq!(ids[0], "diplomacy");
        assert_eq!(taxonomy.get("ai-data").unwrap().name, "AI & data");
    }
}
