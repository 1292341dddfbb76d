//! Themes from weighted keyword lists (`data/theme-keywords.toml`, extended or replaced by the
//! site's config): a theme needs enough evidence, not one stray word.

use super::countries::lowercase_same_length;
use super::script;
use crate::config::IngestConfig;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use std::collections::BTreeMap;

const BUNDLED: &str = include_str!("../../data/theme-keywords.toml");

/// The same keyword counts at most this many times, so one repeated word cannot carry a theme.
const MAX_REPEATS: usize = 3;

struct Keyword {
    theme: usize,
    weight: f32,
    /// What follows the literal prefix: for "agreement* on cooperation", [("", true), (" on cooperation", false)].
    rest: Vec<(String, bool)>,
    stem_first: bool,
}

pub struct ThemeMatcher {
    themes: Vec<String>,
    automaton: AhoCorasick,
    keywords: Vec<Keyword>,
    threshold: f32,
}

/// What speaks for one theme.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ThemeEvidence {
    /// Sum of the matched keywords' weights.
    pub score: f32,
    /// Sentences with at least one match.
    pub sentences: usize,
    /// The heaviest single keyword matched.
    pub strongest: f32,
}

/// Evidence per theme id.
pub type Evidence = BTreeMap<String, ThemeEvidence>;

impl ThemeMatcher {
    /// The bundled lists with the config's additions (or the config's lists alone).
    pub fn new(config: &IngestConfig, theme_ids: &[String]) -> Result<ThemeMatcher, String> {
        let bundled: BTreeMap<String, BTreeMap<String, f32>> =
            toml::from_str(BUNDLED).map_err(|e| format!("data/theme-keywords.toml: {e}"))?;
        let mut lists: BTreeMap<String, BTreeMap<String, f32>> = if config.replace_theme_keywords {
            BTreeMap::new()
        } else {
            bundled
        };
        for (theme, words) in &config.theme_keywords {
            lists
                .entry(theme.clone())
                .or_default()
                .extend(words.iter().map(|(k, w)| (k.clone(), *w)));
        }
        let mut patterns = Vec::new();
        let mut keywords = Vec::new();
        let mut themes = Vec::new();
        for (theme, words) in lists {
            if !theme_ids.contains(&theme) {
                return Err(format!(
                    "theme keywords name `{theme}`, which is not a theme id (known: {})",
                    theme_ids.join(", ")
                ));
            }
            let index = themes.len();
            themes.push(theme);
            for (word, weight) in with_apostrophe_variants(words) {
                let mut parts = word.split('*');
                let first = parts.next().unwrap_or("").to_string();
                if first.is_empty() {
                    continue;
                }
                let later: Vec<&str> = parts.collect();
                let stem_first = !later.is_empty();
                let rest = later
                    .iter()
                    .enumerate()
                    .map(|(i, part)| (part.to_string(), i + 1 < later.len()))
                    .collect();
                patterns.push(first);
                keywords.push(Keyword {
                    theme: index,
                    weight,
                    rest,
                    stem_first,
                });
            }
        }
        // A contiguous NFA: a DFA searched each body ~35k instructions faster but took ~100M
        // to build, which every run waits for, and `build` and `serve` ingest a seed or two.
        let automaton = AhoCorasickBuilder::new()
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .map_err(|e| format!("theme keywords: {e}"))?;
        Ok(ThemeMatcher {
            themes,
            automaton,
            keywords,
            threshold: config.theme_threshold,
        })
    }

    /// Evidence for each theme in the headline (counted double) and the body. Keywords in a
    /// sentence that touches four or more themes count half: such a sentence lists sectors
    /// ("agriculture, real estate, infrastructure and logistics") rather than treating one.
    pub fn evidence(&self, headline: &str, body: &str) -> Evidence {
        // (sentence, theme, weight) for every counted match.
        let mut matches: Vec<(usize, usize, f32, f32)> = Vec::with_capacity(64);
        let alphabet = script::twin_alphabet(body).or_else(|| script::twin_alphabet(headline));
        for (part, (text, factor)) in [(headline, 2.0), (body, 1.0)].into_iter().enumerate() {
            // Serbian and Uzbek Cyrillic are read in Latin, the spelling the keywords use.
            let mut lower = lowercase_same_length(text);
            if let Some(alphabet) = alphabet {
                lower = script::to_latin(&lower, alphabet);
            }
            let lower = fold_apostrophes(lower);
            // The marks are ASCII, so a byte equal to one is that mark (never part of another
            // character): scanning bytes finds the same offsets without decoding characters.
            let sentence_ends: Vec<usize> = lower
                .bytes()
                .enumerate()
                .filter(|&(_, b)| matches!(b, b'.' | b'!' | b'?' | b'\n' | b';'))
                .map(|(i, _)| i)
                .collect();
            let mut repeats = vec![0usize; self.keywords.len()];
            for found in self.automaton.find_overlapping_iter(&lower) {
                let id = found.pattern().as_usize();
                let keyword = &self.keywords[id];
                if !starts_word(&lower, found.start())
                    || !self.completes(&lower, found.end(), keyword)
                {
                    continue;
                }
                repeats[id] += 1;
                if repeats[id] > MAX_REPEATS {
                    continue;
                }
                let sentence =
                    part * 1_000_000 + sentence_ends.partition_point(|&end| end < found.start());
                matches.push((
                    sentence,
                    keyword.theme,
                    keyword.weight * factor,
                    keyword.weight,
                ));
            }
        }
        // Group the matches by sentence (they come nearly in text order) and count per theme.
        matches.sort_by_key(|m| m.0);
        let n = self.themes.len();
        let (mut score, mut strongest) = (vec![0.0_f32; n], vec![0.0_f32; n]);
        let mut sentences = vec![0usize; n];
        let mut in_sentence: Vec<usize> = Vec::new();
        for group in matches.chunk_by(|a, b| a.0 == b.0) {
            in_sentence.clear();
            for m in group {
                if !in_sentence.contains(&m.1) {
                    in_sentence.push(m.1);
                }
            }
            let damp = if in_sentence.len() >= 4 { 0.5 } else { 1.0 };
            for &(_, theme, weight, raw) in group {
                score[theme] += weight * damp;
                strongest[theme] = strongest[theme].max(raw);
            }
            in_sentence.iter().for_each(|&theme| sentences[theme] += 1);
        }
        let mut evidence = Evidence::new();
        for theme in (0..n).filter(|&t| sentences[t] > 0) {
            evidence.insert(
                self.themes[theme].clone(),
                ThemeEvidence {
                    score: score[theme],
                    sentences: sentences[theme],
                    strongest: strongest[theme],
                },
            );
        }
        evidence
    }

    /// Themes whose evidence reaches the threshold, sorted by id.
    pub fn themes(&self, evidence: &Evidence) -> Vec<String> {
        evidence
            .iter()
            .filter(|(_, e)| e.score >= self.threshold)
            .map(|(id, _)| id.clone())
            .collect()
    }

    pub fn threshold(&self) -> f32 {
        self.threshold
    }

    fn completes(&self, text: &str, mut at: usize, keyword: &Keyword) -> bool {
        let mut stem = keyword.stem_first;
        for (literal, stem_after) in &keyword.rest {
            if stem {
                at += text[at..]
                    .find(|c: char| !c.is_alphanumeric())
                    .unwrap_or(text.len() - at);
            }
            if !text[at..].starts_with(literal.as_str()) {
                return false;
            }
            at += literal.len();
            stem = *stem_after;
        }
        // The keyword's last part ends the match: at a word boundary unless it was a stem.
        let ended_with_star = keyword
            .rest
            .last()
            .map(|(lit, _)| lit.is_empty())
            .unwrap_or(keyword.stem_first);
        ended_with_star
            || text[at..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    }
}

/// Uzbek Latin writes its o‘ and g‘ with any of five apostrophes. Text is folded to three of
/// them (one of each UTF-8 length, so offsets stay put) and each keyword stands in all three.
const APOSTROPHES: [char; 3] = ['\'', 'ʻ', '‘'];

fn fold_apostrophes(text: String) -> String {
    if !text.contains(['’', 'ʼ', '`']) {
        return text;
    }
    text.chars()
        .map(|c| match c {
            '’' => '‘',
            'ʼ' => 'ʻ',
            '`' => '\'',
            c => c,
        })
        .collect()
}

/// The keywords in small letters, each with an apostrophe written in all three folded forms.
fn with_apostrophe_variants(words: BTreeMap<String, f32>) -> BTreeMap<String, f32> {
    let mut out = BTreeMap::new();
    for (word, weight) in words {
        let word = fold_apostrophes(word.to_lowercase());
        let variants: Vec<String> = if word.contains(APOSTROPHES) {
            APOSTROPHES
                .iter()
                .map(|a| word.replace(APOSTROPHES, a.encode_utf8(&mut [0; 4])))
                .collect()
        } else {
            vec![word]
        };
        for variant in variants {
            let entry = out.entry(variant).or_insert(weight);
            *entry = f32::max(*entry, weight);
        }
    }
    out
}

fn starts_word(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids() -> Vec<String> {
        crate::taxonomy::Taxonomy::parse(crate::taxonomy::DEFAULT_THEMES, std::path::Path::new("t"))
            .unwrap()
            .ids()
            .map(String::from)
            .collect()
    }

    #[test]
    fn uzbek_keywords_match_whichever_apostrophe_the_text_uses() {
        let m = ThemeMatcher::new(&IngestConfig::default(), &ids()).unwrap();
        for apostrophe in ['\'', '‘', '’', 'ʻ', 'ʼ', '`'] {
            let body = "Sunʼiy yoʻldosh suratlari dalalarni kuzatadi. Sunʼiy yoʻldosh orqali suv tejaladi."
                .replace(['ʼ', 'ʻ'], &apostrophe.to_string());
            let themes = m.themes(&m.evidence("Yangi loyiha", &body));
            assert!(
                themes.contains(&"space-geospatial".to_string()),
                "{apostrophe}: {themes:?}"
            );
        }
    }

    #[test]
    fn telecom_lines_and_electronic_signatures_in_several_languages() {
        let m = ThemeMatcher::new(&IngestConfig::default(), &ids()).unwrap();
        for (body, theme) in [
            ("Новая волоконно-оптическая линия связи пройдёт вдоль границы. Линия связи зарезервирует канал.", "infrastructure-transport"),
            ("Die Glasfaser wird verlegt. Das Breitbandnetz wächst.", "infrastructure-transport"),
            ("Обсуждалось признание электронных цифровых подписей. Электронная подпись упростит обмен.", "digital-government"),
            ("La signature électronique sera reconnue. Une signature électronique suffit.", "digital-government"),
        ] {
            let themes = m.themes(&m.evidence("", body));
            assert!(themes.contains(&theme.to_string()), "{body}: {themes:?}");
        }
    }

    #[test]
    fn one_stray_word_is_not_a_theme() {
        let m = ThemeMatcher::new(&IngestConfig::default(), &ids()).unwrap();
        let e = m.evidence(
            "Ministers meet",
            "The talks touched on tourism potential and heritage sites. Students were present.",
        );
        let themes = m.themes(&e);
        assert!(themes.contains(&"culture-tourism".to_string()), "{e:?}");
        assert!(!themes.contains(&"education-skills".to_string()), "{e:?}");
    }

    #[test]
    fn stems_and_phrases_with_inner_stars() {
        let m = ThemeMatcher::new(&IngestConfig::default(), &ids()).unwrap();
        let e = m.evidence("", "Развитие электронного правительства и госуслуг.");
        assert!(
            m.themes(&e).contains(&"digital-government".to_string()),
            "{e:?}"
        );
        let e = m.evidence("", "The diplomatic talks: official visits and ambassadors.");
        assert!(e["diplomacy"].score >= 5.0, "{e:?}");
    }

    #[test]
    fn diplomacy_told_by_envoys_embassies_and_counterparts_in_several_languages() {
        let m = ThemeMatcher::new(&IngestConfig::default(), &ids()).unwrap();
        for text in [
            "The envoy met his counterpart. The embassy will host the consul on a visit.",
            "Консул встретился с послом. Посольство подготовило визит делегации.",
            "Elchi va elchixona xodimlari tashrif doirasida muzokaralar o‘tkazdi. Elchi mamnun.",
        ] {
            let e = m.evidence("", text);
            assert!(
                m.themes(&e).contains(&"diplomacy".to_string()),
                "{text}: {e:?}"
            );
        }
    }

    #[test]
    fn flights_and_retraining_in_several_languages() {
        let m = ThemeMatcher::new(&IngestConfig::default(), &ids()).unwrap();
        for (text, theme) in [
            (
                "Авиакомпания откроет прямой авиарейс. Аэропорт готов.",
                "infrastructure-transport",
            ),
            (
                "Der Flughafen erhält eine Direktflug-Verbindung. Die Fluggesellschaft plant mehr.",
                "infrastructure-transport",
            ),
            (
                "Fakulteti ne mogu da prate potražnju. Programi prekvalifikacije rastu.",
                "education-skills",
            ),
            (
                "Yosh muhandislar o‘quv markazlarida malaka oshiradi. Bakalavriat yo‘nalishi ochiladi.",
                "education-skills",
            ),
        ] {
            let e = m.evidence("", text);
            assert!(m.themes(&e).contains(&theme.to_string()), "{text}: {e:?}");
        }
    }

    #[test]
    fn a_stem_never_stands_for_a_common_word_it_starts() {
        let m = ThemeMatcher::new(&IngestConfig::default(), &ids()).unwrap();
        let e = m.evidence(
            "",
            "It is important. Its importance is clear. Consulting firms and consultants agree.",
        );
        assert!(!e.contains_key("trade-investment"), "{e:?}");
        assert!(!e.contains_key("diplomacy"), "{e:?}");
        let e = m.evidence("", "Imports grew. The consul met importers.");
        assert!(e.contains_key("trade-investment"), "{e:?}");
        assert!(e.contains_key("diplomacy"), "{e:?}");
    }

    #[test]
    fn ministers_speak_for_diplomacy_and_millions_barely_for_trade() {
        let m = ThemeMatcher::new(&IngestConfig::default(), &ids()).unwrap();
        let e = m.evidence(
            "",
            "The minister arrived on Monday. The minister met the governor. The minister left.",
        );
        assert!(m.themes(&e).contains(&"diplomacy".to_string()), "{e:?}");
        let e = m.evidence(
            "",
            "The grant is worth 5 million. Another 2 million goes to clinics. A further 1 million buys beds.",
        );
        assert!(
            !m.themes(&e).contains(&"trade-investment".to_string()),
            "{e:?}"
        );
    }

    /// Serbian and Uzbek Cyrillic text matches the Latin keywords, which have no Cyrillic copy.
    #[test]
    fn serbian_and_uzbek_cyrillic_match_latin_keywords() {
        let m = ThemeMatcher::new(&IngestConfig::default(), &ids()).unwrap();
        for (theme, text) in [
            ("agriculture", "Воћари из Шумадије извозе јабуке."),
            ("health", "Вилоят шифохоналари ҳамда шифокорлар."),
        ] {
            let e = m.evidence("", text);
            assert!(e.contains_key(theme), "{theme}: {text}: {e:?}");
        }
    }

    #[test]
    fn e_government_startups_factories_farms_space_and_tourism_in_every_language() {
        let m = ThemeMatcher::new(&IngestConfig::default(), &ids()).unwrap();
        for (theme, text) in [
            (
                "digital-government",
                "Die Stadt baut ihre digitale Verwaltung aus.",
            ),
            (
                "digital-government",
                "Le pays développe l'administration électronique.",
            ),
            (
                "digital-government",
                "El país impulsa el gobierno electrónico.",
            ),
            (
                "digital-government",
                "Vazirlik elektron hukumat tizimini kengaytiradi.",
            ),
            ("digital-government", "Portal eUprave je dobio nove usluge."),
            (
                "digital-government",
                "Портал е-управе је добио нове услуге.",
            ),
            (
                "digital-government",
                "Bakanlık e-devlet hizmetlerini genişletiyor.",
            ),
            (
                "startups-venture",
                "Der Fonds bietet Risikokapital für junge Firmen.",
            ),
            (
                "industry-manufacturing",
                "Die Fabrik baut Maschinen. Eine zweite Fabrik folgt.",
            ),
            (
                "agriculture",
                "Poljoprivreda i poljoprivredni proizvodi rastu.",
            ),
            ("space-geospatial", "Der Satellit wurde gestartet."),
            ("culture-tourism", "El turismo crece cada año."),
        ] {
            let e = m.evidence("", text);
            assert!(m.themes(&e).contains(&theme.to_string()), "{text}: {e:?}");
        }
        // Words that only mean heritage in a phrase.
        let e = m.evidence(
            "",
            "Fueron meros observadores. El patrimonio neto creció. Le patrimoine financier aussi.",
        );
        assert!(!e.contains_key("culture-tourism"), "{e:?}");
        // A Serbian "zavod" is an institute, not a factory.
        let e = m.evidence("", "Republički zavod za statistiku objavio je podatke.");
        assert!(!e.contains_key("industry-manufacturing"), "{e:?}");
        // One stem per word: "automobile" is not counted twice.
        let e = m.evidence("", "An automobile.");
        assert_eq!(e["industry-manufacturing"].score, 2.0, "{e:?}");
    }

    #[test]
    fn irrigation_harvests_joint_ventures_assembly_and_deputy_ministers() {
        let m = ThemeMatcher::new(&IngestConfig::default(), &ids()).unwrap();
        for (theme, text) in [
            (
                "agriculture",
                "Вода нужна для орошения полей. Урожай хлопка вырос.",
            ),
            (
                "agriculture",
                "Hay cuatro millones de hectáreas de riego. La cosecha fue buena.",
            ),
            (
                "trade-investment",
                "Qo‘shma korxona tashkil etildi. Loyiha qiymati 4,5 mlrd so‘m.",
            ),
            (
                "trade-investment",
                "Las dos firmas crearán una empresa conjunta. El mercado local crece.",
            ),
            (
                "industry-manufacturing",
                "La empresa conjunta ensamblará tractores. El fabricante aporta la línea de montaje.",
            ),
            (
                "diplomacy",
                "Делегацию возглавил заместитель министра. Вице-министр подписал протокол.",
            ),
            (
                "infrastructure-transport",
                "Стороны построят железнодорожную линию. Железнодорожный узел расширят.",
            ),
            (
                "education-skills",
                "Die Fachhochschule bildet Ingenieure aus. Die Ausbilder wurden geschult.",
            ),
            (
                "industry-manufacturing",
                "La fundición y la refinería de cobre crecerán. La industria local también.",
            ),
            (
                "health",
                "Pflegekräfte aus dem Land sollen kommen. Die Pflegeausbildung dauert drei Jahre.",
            ),
            ("health", "Hamshiralar tayyorlanadi. Nurses will be trained."),
        ] {
            let e = m.evidence("", text);
            assert!(m.themes(&e).contains(&theme.to_string()), "{text}: {e:?}");
        }
        // Producers of apples are farmers, not factories.
        let e = m.evidence(
            "",
            "Proizvođači jabuka i proizvođači malina traže nova tržišta.",
        );
        assert!(!e.contains_key("industry-manufacturing"), "{e:?}");
    }

    #[test]
    fn config_extends_or_replaces_and_checks_ids() {
        let mut config = IngestConfig::default();
        config
            .theme_keywords
            .insert("agriculture".into(), [("cotton".to_string(), 3.0)].into());
        let m = ThemeMatcher::new(&config, &ids()).unwrap();
        assert!(m
            .themes(&m.evidence("", "cotton"))
            .contains(&"agriculture".to_string()));
        assert!(m
            .themes(&m.evidence("", "software outsourcing"))
            .contains(&"it-industry".to_string()));
        config.replace_theme_keywords = true;
        let m = ThemeMatcher::new(&config, &ids()).unwrap();
        assert!(m.themes(&m.evidence("", "software outsourcing")).is_empty());
        config
            .theme_keywords
            .insert("cooking".into(), BTreeMap::new());
        assert!(ThemeMatcher::new(&config, &ids()).is_err());
    }
}
