//! The words of page furniture, from `data/boilerplate.toml`: menus, widgets, prompts, counters,
//! teaser and box labels, copyright notices. Read once; matched by `classify`, `body` and `byline`.

use super::prefix_index::PrefixIndex;
use rustc_hash::FxHashSet;
use serde::Deserialize;
use std::sync::OnceLock;

const BOILERPLATE: &str = include_str!("../../data/boilerplate.toml");

#[derive(Deserialize)]
struct BoilerplateData {
    lines: Vec<String>,
    end_markers: Vec<String>,
    fragments: Vec<String>,
    #[serde(default)]
    short_line_fragments: Vec<String>,
    prefixes: Vec<String>,
    #[serde(default)]
    caption_labels: Vec<String>,
    #[serde(default)]
    about_words: Vec<String>,
    #[serde(default)]
    release_words: Vec<String>,
    reader_words: Vec<String>,
    #[serde(default)]
    counter_words: Vec<String>,
    #[serde(default)]
    relative_units: Vec<String>,
    #[serde(default)]
    ago_words: Vec<String>,
    #[serde(default)]
    minute_words: Vec<String>,
    #[serde(default)]
    reading_words: Vec<String>,
    #[serde(default)]
    picture_words: Vec<String>,
    #[serde(default)]
    channel_labels: Vec<String>,
    #[serde(default)]
    press_words: Vec<String>,
    #[serde(default)]
    press_links: Vec<String>,
    #[serde(default)]
    inflecting_press_links: Vec<String>,
    #[serde(default)]
    state_words: Vec<String>,
    #[serde(default)]
    post_age_units: Vec<String>,
    #[serde(default)]
    imprint_labels: Vec<String>,
    #[serde(default)]
    post_edited_marks: Vec<String>,
    #[serde(default)]
    glued_prefixes: Vec<String>,
    #[serde(default)]
    teaser_labels: Vec<String>,
    #[serde(default)]
    share_words: Vec<String>,
    ad_labels: Vec<String>,
    unit_words: Vec<String>,
    audience_words: Vec<String>,
    #[serde(default)]
    prompt_words: Vec<String>,
    #[serde(default)]
    desk_words: Vec<String>,
    #[serde(default)]
    role_words: Vec<String>,
    author_labels: Vec<String>,
    #[serde(default)]
    honorifics: Vec<String>,
    source_labels: Vec<String>,
    #[serde(default)]
    box_labels: Vec<String>,
    #[serde(default)]
    tag_labels: Vec<String>,
    #[serde(default)]
    comment_stems: Vec<String>,
    #[serde(default)]
    rights_words: Vec<String>,
    #[serde(default)]
    company_forms: Vec<String>,
    #[serde(default)]
    cookie_words: Vec<String>,
    #[serde(default)]
    consent_words: Vec<String>,
}

pub(super) struct Boilerplate {
    pub(super) counter_words: FxHashSet<String>,
    pub(super) relative_units: FxHashSet<String>,
    pub(super) ago_words: Vec<String>,
    pub(super) minute_words: Vec<String>,
    pub(super) reading_words: FxHashSet<String>,
    pub(super) picture_words: FxHashSet<String>,
    pub(super) channel_labels: FxHashSet<String>,
    pub(super) press_words: FxHashSet<String>,
    pub(super) press_links: FxHashSet<String>,
    pub(super) inflecting_press_links: FxHashSet<String>,
    pub(super) state_words: FxHashSet<String>,
    pub(super) post_age_units: FxHashSet<String>,
    pub(super) imprint_labels: FxHashSet<String>,
    pub(super) post_edited_marks: FxHashSet<String>,
    pub(super) glued_prefixes: Vec<String>,
    pub(super) lines: FxHashSet<String>,
    pub(super) end_markers: FxHashSet<String>,
    /// The same markers, for finding those a line starts with.
    pub(super) end_marker_index: PrefixIndex<()>,
    /// In characters.
    pub(super) longest_end_marker: usize,
    /// The first letters of the end markers (both sigmas for either: lower-casing picks one by
    /// what follows it).
    pub(super) end_marker_starts: FxHashSet<char>,
    /// The fragments, then the short-line fragments: a pattern id below `anywhere_fragments`
    /// marks any line, the others only lines of at most forty words.
    pub(super) fragments: aho_corasick::AhoCorasick,
    pub(super) anywhere_fragments: usize,
    pub(super) prefixes: Vec<String>,
    /// Which bytes some prefix starts with: most lines start with none of them.
    pub(super) prefix_starts: [bool; 256],
    /// Labels opening a photo's caption, by first character.
    pub(super) caption_labels: PrefixIndex<()>,
    /// Words opening the heading of an issuer's profile ("About", "Über").
    pub(super) about_words: Vec<String>,
    /// Words that mark a letterhead's line as a press release's.
    pub(super) release_words: Vec<String>,
    pub(super) reader_words: aho_corasick::AhoCorasick,
    /// By first character, in the data's order.
    pub(super) teaser_labels: PrefixIndex<()>,
    /// Which bytes some teaser label starts with.
    pub(super) teaser_label_starts: [bool; 256],
    pub(super) share_words: FxHashSet<String>,
    /// "Advertisement", "Реклама": the label over an advertisement.
    pub(super) ad_labels: FxHashSet<String>,
    /// "office", "служба": words naming a unit of an institution (its press office).
    pub(super) unit_words: Vec<String>,
    /// "subscribers", "подписчиков": a channel's audience, after its count.
    pub(super) audience_words: Vec<String>,
    /// Matched on the lower-cased line.
    pub(super) prompt_words: aho_corasick::AhoCorasick,
    /// Lower case: "bureau", "desk", "редакция" … (a newsroom's line is no person's byline).
    pub(super) desk_words: FxHashSet<String>,
    /// Lower-case word starts: "writer", "корреспондент", "rédact" … (a writer's role).
    pub(super) role_words: Vec<String>,
    /// Lower case: "author", "автор", "piše" … (a labelled credit naming a person).
    author_labels: FxHashSet<String>,
    /// Titles before a writer's name ("dr", "prof.").
    pub(super) honorifics: FxHashSet<String>,
    /// Lower case: "source", "izvor", "quelle" … (a labelled credit naming the outlet).
    pub(super) source_labels: FxHashSet<String>,
    /// Lower case: "comments", "newsletter", "tags" … (a box after the article).
    pub(super) box_labels: FxHashSet<String>,
    /// Lower case, without the colon: "tags", "tagovi", "schlagwörter" …
    pub(super) tag_labels: PrefixIndex<()>,
    /// Matched on the lower-cased line.
    pub(super) comment_stems: aho_corasick::AhoCorasick,
    /// Lower case: "rights", "права", "droits" …
    pub(super) rights_words: FxHashSet<String>,
    /// Lower case: "d.o.o.", "gmbh", "ltd" …
    pub(super) company_forms: FxHashSet<String>,
    /// Lower case: "cookie", "kolačić" … and "consent", "partners" …: a line with one of each is
    /// a consent banner, however long.
    pub(super) cookie_words: Vec<String>,
    pub(super) consent_words: Vec<String>,
}

/// The apostrophes a word may be written with: Uzbek Latin's "oʻ" comes as ', ‘, ʻ, ’ or ʼ;
/// French "l'article" as ' or ’.
pub(super) const APOSTROPHES: [char; 5] = ['\'', '‘', 'ʻ', '’', 'ʼ'];

/// Every list's words that hold an apostrophe, in each of the other apostrophes as well: the
/// data is typed once ("ko'rishlar") and matches "Ko’rishlar" and "Koʻrishlar".
fn with_apostrophe_variants(value: &mut toml::Value) {
    match value {
        toml::Value::Table(table) => table
            .iter_mut()
            .for_each(|(_, v)| with_apostrophe_variants(v)),
        toml::Value::Array(items) => {
            let mut variants = Vec::new();
            for item in items.iter_mut() {
                match item.as_str() {
                    Some(word) if word.contains(APOSTROPHES) => {
                        variants.extend(APOSTROPHES.iter().filter_map(|&a| {
                            let variant: String = word
                                .chars()
                                .map(|c| if APOSTROPHES.contains(&c) { a } else { c })
                                .collect();
                            (variant != word).then_some(variant)
                        }));
                    }
                    Some(_) => {}
                    None => with_apostrophe_variants(item),
                }
            }
            for variant in variants {
                if !items.iter().any(|i| i.as_str() == Some(variant.as_str())) {
                    items.push(toml::Value::String(variant));
                }
            }
        }
        _ => {}
    }
}

impl Boilerplate {
    /// A lower-case label naming the writer: "autor", or with the pictures' credit joined to it
    /// ("texto y fotos", "text and photos", "текст и фото", "text/fotos").
    pub(super) fn is_author_label(&self, label: &str) -> bool {
        let label = label.trim();
        if self.author_labels.contains(label) {
            return true;
        }
        let Some((writer, pictures)) = label
            .split_once('/')
            .or_else(|| label.split_once(" & "))
            .or_else(|| {
                let (writer, rest) = label.split_once(' ')?;
                let (joiner, pictures) = rest.split_once(' ')?;
                PICTURE_JOINERS
                    .contains(&joiner)
                    .then_some((writer, pictures))
            })
        else {
            return false;
        };
        self.author_labels.contains(writer.trim()) && PICTURE_WORDS.contains(&pictures.trim())
    }
}

/// "and" in the corpus languages, joining the writer's label to the pictures'.
const PICTURE_JOINERS: [&str; 8] = ["and", "y", "i", "и", "und", "et", "e", "va"];
/// The pictures of a joint credit ("texto y fotos").
const PICTURE_WORDS: [&str; 14] = [
    "photo",
    "photos",
    "foto",
    "fotos",
    "fotografije",
    "fotografías",
    "фото",
    "фотографије",
    "фотографии",
    "bild",
    "bilder",
    "fotografie",
    "surat",
    "сурат",
];

pub(super) fn boilerplate() -> &'static Boilerplate {
    static B: OnceLock<Boilerplate> = OnceLock::new();
    B.get_or_init(|| {
        let mut value: toml::Value =
            toml::from_str(BOILERPLATE).expect("data/boilerplate.toml is valid (tested)");
        with_apostrophe_variants(&mut value);
        let data: BoilerplateData = value
            .try_into()
            .expect("data/boilerplate.toml is valid (tested)");
        Boilerplate {
            counter_words: data.counter_words.into_iter().collect(),
            relative_units: data.relative_units.into_iter().collect(),
            ago_words: data.ago_words,
            minute_words: data.minute_words,
            reading_words: data.reading_words.into_iter().collect(),
            picture_words: data.picture_words.into_iter().collect(),
            channel_labels: data.channel_labels.into_iter().collect(),
            press_words: data.press_words.into_iter().collect(),
            press_links: data.press_links.into_iter().collect(),
            inflecting_press_links: data.inflecting_press_links.into_iter().collect(),
            state_words: data.state_words.into_iter().collect(),
            post_age_units: data.post_age_units.into_iter().collect(),
            imprint_labels: data.imprint_labels.into_iter().collect(),
            post_edited_marks: data.post_edited_marks.into_iter().collect(),
            glued_prefixes: data.glued_prefixes,
            lines: data.lines.into_iter().collect(),
            longest_end_marker: data
                .end_markers
                .iter()
                .map(|m| m.chars().count())
                .max()
                .unwrap_or(0),
            end_marker_starts: data
                .end_markers
                .iter()
                .filter_map(|m| m.chars().next())
                .flat_map(|c| match c {
                    'σ' | 'ς' => vec!['σ', 'ς'],
                    c => vec![c],
                })
                .collect(),
            end_marker_index: PrefixIndex::new(data.end_markers.iter().map(|m| (m.clone(), ()))),
            end_markers: data.end_markers.into_iter().collect(),
            // Matched in lower-cased lines, so that a fragment in another script matches at the
            // start of a sentence too ("Добавить комментарий"). No prefilter: with this many
            // fragments it finds a candidate at nearly every byte and doubles the search time. A
            // DFA by choice: past about a hundred fragments the default picks an NFA, which
            // searched every line 2.5 times slower.
            fragments: aho_corasick::AhoCorasickBuilder::new()
                .prefilter(false)
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .build(
                    data.fragments
                        .iter()
                        .chain(&data.short_line_fragments)
                        .map(|f| f.to_lowercase()),
                )
                .expect("fragments build"),
            anywhere_fragments: data.fragments.len(),
            prefix_starts: first_bytes(&data.prefixes),
            prefixes: data.prefixes,
            caption_labels: PrefixIndex::new(data.caption_labels.into_iter().map(|l| (l, ()))),
            about_words: data.about_words,
            release_words: data.release_words,
            reader_words: aho_corasick::AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .build(&data.reader_words)
                .expect("reader words build"),
            teaser_label_starts: first_bytes(&data.teaser_labels),
            teaser_labels: PrefixIndex::new(data.teaser_labels.into_iter().map(|l| (l, ()))),
            share_words: data.share_words.into_iter().collect(),
            ad_labels: data.ad_labels.into_iter().collect(),
            unit_words: data.unit_words,
            audience_words: data.audience_words,
            prompt_words: aho_corasick::AhoCorasick::new(&data.prompt_words)
                .expect("prompt words build"),
            desk_words: data.desk_words.into_iter().collect(),
            role_words: data.role_words,
            author_labels: data.author_labels.into_iter().collect(),
            honorifics: data.honorifics.into_iter().collect(),
            source_labels: data.source_labels.into_iter().collect(),
            box_labels: data.box_labels.into_iter().collect(),
            tag_labels: PrefixIndex::new(data.tag_labels.into_iter().map(|l| (l, ()))),
            comment_stems: aho_corasick::AhoCorasick::new(&data.comment_stems)
                .expect("comment stems build"),
            rights_words: data.rights_words.into_iter().collect(),
            company_forms: data.company_forms.into_iter().collect(),
            cookie_words: data.cookie_words,
            consent_words: data.consent_words,
        }
    })
}

/// Which bytes some string in `labels` starts with.
fn first_bytes(labels: &[String]) -> [bool; 256] {
    let mut starts = [false; 256];
    for label in labels {
        if let Some(&b) = label.as_bytes().first() {
            starts[b as usize] = true;
        }
    }
    starts
}
