//! Ingest's decode → extract/label → content file, then the content parser on what it wrote:
//! whatever ingest writes must parse with no error, as `caravan build` will read it.
#![no_main]
use caravan::config::IngestConfig;
use caravan::content::parse_article;
use caravan::ingest::decode::{decode, Decoded};
use caravan::ingest::{render_content, Labeller};
use caravan::slug::slugify_capped;
use caravan::taxonomy::{Taxonomy, DEFAULT_THEMES};
use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::OnceLock;

fn setup() -> &'static (Taxonomy, Labeller) {
    static S: OnceLock<(Taxonomy, Labeller)> = OnceLock::new();
    S.get_or_init(|| {
        let taxonomy =
            Taxonomy::parse(DEFAULT_THEMES, std::path::Path::new("themes.toml")).unwrap();
        let labeller = Labeller::new(&IngestConfig::default(), &taxonomy).unwrap();
        (taxonomy, labeller)
    })
}

fuzz_target!(|bytes: &[u8]| {
    let (taxonomy, labeller) = setup();
    let Decoded::Text { text, .. } = decode(bytes, 1 << 20) else {
        return;
    };
    let labelled = labeller.label(&text);
    // Ingest skips a page with no headline; it writes everything else.
    if labelled.extracted.title.trim().is_empty() {
        return;
    }
    let content = render_content("seed-1.txt", &labelled);
    let mut name = slugify_capped(&labelled.extracted.title, 80);
    if name.is_empty() {
        name = "seed-1".into();
    }
    let path = PathBuf::from(format!("content/{name}.md"));
    let (article, errors, _) = parse_article(&path, &content, taxonomy);
    assert!(
        errors.is_empty() && article.is_some(),
        "{errors:?}\n{content}"
    );
});
