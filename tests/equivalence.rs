//! Incremental equals full: random sequences of edits to a site, applied to one `serve` server
//! (in process, fed the changed paths as its watcher reports them) and to one output folder
//! rebuilt incrementally by `build`. After every step, every served path and every file in the
//! output must equal a fresh full build of the same files, byte for byte (the live-reload script
//! aside). proptest prints a failing sequence in its smallest form, to replay.

use caravan::build::{self, BuildOptions};
use caravan::output::memory::Batch;
use caravan::pipeline::{self, Inputs, Settings};
use caravan::serve::Server;
use proptest::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const PAIRS: &[&[&str]] = &[
    &["RS", "UZ"],
    &["DE", "UZ"],
    &["KR", "UZ"],
    &["RS"],
    &["DE", "RS"],
];
const THEMES: &[&str] = &["diplomacy", "it-industry", "trade-investment", "health"];
const TAGS: &[&str] = &[
    "ict",
    "Aleksandar Vučić",
    "open-source",
    "samarkand",
    "ALEKSANDAR vucic",
];

#[derive(Debug, Clone)]
enum Edit {
    Add {
        id: u8,
        title: u8,
        date: Option<u8>,
        pair: u8,
        themes: u8,
        tags: u8,
    },
    Body {
        id: u8,
        words: u8,
    },
    Title {
        id: u8,
        title: u8,
    },
    Date {
        id: u8,
        date: Option<u8>,
    },
    Pair {
        id: u8,
        pair: u8,
    },
    Themes {
        id: u8,
        themes: u8,
    },
    Tags {
        id: u8,
        tags: u8,
    },
    Draft {
        id: u8,
        draft: bool,
    },
    Slug {
        id: u8,
        custom: bool,
    },
    Rename {
        id: u8,
    },
    Delete {
        id: u8,
    },
    Template {
        variant: u8,
    },
    Static {
        variant: u8,
    },
    Config {
        paginate_by: u8,
        title: u8,
    },
    Taxonomy {
        variant: u8,
    },
    Seed {
        id: u8,
    },
}

fn edit() -> impl Strategy<Value = Edit> {
    let id = 0u8..6;
    prop_oneof![
        4 => (id.clone(), any::<u8>(), proptest::option::of(0u8..40), 0u8..5, any::<u8>(), any::<u8>())
            .prop_map(|(id, title, date, pair, themes, tags)| Edit::Add { id, title, date, pair, themes, tags }),
        2 => (id.clone(), any::<u8>()).prop_map(|(id, words)| Edit::Body { id, words }),
        1 => (id.clone(), any::<u8>()).prop_map(|(id, title)| Edit::Title { id, title }),
        1 => (id.clone(), proptest::option::of(0u8..40)).prop_map(|(id, date)| Edit::Date { id, date }),
        1 => (id.clone(), 0u8..5).prop_map(|(id, pair)| Edit::Pair { id, pair }),
        1 => (id.clone(), any::<u8>()).prop_map(|(id, themes)| Edit::Themes { id, themes }),
        1 => (id.clone(), any::<u8>()).prop_map(|(id, tags)| Edit::Tags { id, tags }),
        1 => (id.clone(), any::<bool>()).prop_map(|(id, draft)| Edit::Draft { id, draft }),
        1 => (id.clone(), any::<bool>()).prop_map(|(id, custom)| Edit::Slug { id, custom }),
        1 => id.clone().prop_map(|id| Edit::Rename { id }),
        1 => id.clone().prop_map(|id| Edit::Delete { id }),
        1 => (0u8..4).prop_map(|variant| Edit::Template { variant }),
        1 => (0u8..3).prop_map(|variant| Edit::Static { variant }),
        1 => (1u8..4, 0u8..3).prop_map(|(paginate_by, title)| Edit::Config { paginate_by, title }),
        1 => (0u8..3).prop_map(|variant| Edit::Taxonomy { variant }),
        1 => (0u8..3).prop_map(|id| Edit::Seed { id }),
    ]
}

/// One article as the test knows it.
#[derive(Debug, Clone)]
struct Item {
    file: String,
    title: u8,
    date: Option<u8>,
    pair: u8,
    themes: u8,
    tags: u8,
    words: u8,
    draft: bool,
    slug: Option<String>,
}

fn pick<'a>(all: &[&'a str], mask: u8) -> Vec<&'a str> {
    all.iter()
        .enumerate()
        .filter(|(i, _)| mask & (1 << i) != 0)
        .map(|(_, x)| *x)
        .collect()
}

fn list(xs: &[&str]) -> String {
    let quoted: Vec<String> = xs.iter().map(|x| format!("{x:?}")).collect();
    format!("[{}]", quoted.join(", "))
}

impl Item {
    fn text(&self) -> String {
        let pair = PAIRS[self.pair as usize % PAIRS.len()];
        let date = self
            .date
            .map(|d| format!("date = 2024-{:02}-{:02}\n", d % 12 + 1, d % 28 + 1))
            .unwrap_or_default();
        let slug = self
            .slug
            .as_ref()
            .map(|s| format!("slug = {s:?}\n"))
            .unwrap_or_default();
        let body: Vec<String> = (0..=self.words % 7).map(|w| format!("word{w}")).collect();
        // Code comes and goes with the text: pages load the highlighting stylesheet by it.
        let code = if self.words.is_multiple_of(2) {
            "\n```rust\nfn main() {}\n```\n"
        } else {
            ""
        };
        format!(
            "+++\ntitle = \"Item {} talks {}\"\n{date}countries = {}\npair = {}\nthemes = {}\ntags = {}\nsummary = \"Summary {}.\"\nseed = \"{}.txt\"\ndraft = {}\n{slug}+++\nBody {} of the talks.\n{code}",
            self.title % 5,
            self.file,
            list(pair),
            list(pair),
            list(&pick(THEMES, self.themes)),
            list(&pick(TAGS, self.tags)),
            self.title,
            self.file,
            self.draft,
            body.join(" ")
        )
    }
}

struct World {
    root: PathBuf,
    items: BTreeMap<u8, Item>,
    renamed: u32,
}

impl World {
    fn write(&self, rel: &str, text: &str) -> PathBuf {
        let path = self.root.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        path
    }

    fn content(&self, id: u8) -> PathBuf {
        self.root.join("content").join(&self.items[&id].file)
    }

    /// Applies an edit to the files; returns the paths changed, as a watcher would report them.
    fn apply(&mut self, edit: &Edit) -> Vec<PathBuf> {
        let exists = |id: &u8| self.items.contains_key(id);
        let mut changed = Vec::new();
        let update = |world: &mut World, id: u8, f: &dyn Fn(&mut Item)| -> Vec<PathBuf> {
            let Some(item) = world.items.get_mut(&id) else {
                return vec![];
            };
            f(item);
            let path = world.content(id);
            std::fs::write(&path, world.items[&id].text()).unwrap();
            vec![path]
        };
        match edit.clone() {
            Edit::Add {
                id,
                title,
                date,
                pair,
                themes,
                tags,
            } if !exists(&id) => {
                let item = Item {
                    file: format!("item-{id}.md"),
                    title,
                    date,
                    pair,
                    themes,
                    tags,
                    words: 0,
                    draft: false,
                    slug: None,
                };
                self.items.insert(id, item);
                std::fs::write(self.content(id), self.items[&id].text()).unwrap();
                changed.push(self.content(id));
            }
            Edit::Add { .. } => {}
            Edit::Body { id, words } => changed = update(self, id, &|i| i.words = words),
            Edit::Title { id, title } => changed = update(self, id, &|i| i.title = title),
            Edit::Date { id, date } => changed = update(self, id, &|i| i.date = date),
            Edit::Pair { id, pair } => changed = update(self, id, &|i| i.pair = pair),
            Edit::Themes { id, themes } => changed = update(self, id, &|i| i.themes = themes),
            Edit::Tags { id, tags } => changed = update(self, id, &|i| i.tags = tags),
            Edit::Draft { id, draft } => changed = update(self, id, &|i| i.draft = draft),
            Edit::Slug { id, custom } => {
                changed = update(self, id, &|i| {
                    i.slug = custom.then(|| format!("custom-{id}"))
                })
            }
            Edit::Rename { id } if exists(&id) => {
                let old = self.content(id);
                self.renamed += 1;
                let file = format!("renamed-{id}-{}.md", self.renamed);
                self.items.get_mut(&id).unwrap().file = file;
                std::fs::rename(&old, self.content(id)).unwrap();
                changed = vec![old, self.content(id)];
            }
            Edit::Delete { id } if exists(&id) => {
                let path = self.content(id);
                std::fs::remove_file(&path).unwrap();
                self.items.remove(&id);
                changed.push(path);
            }
            Edit::Rename { .. } | Edit::Delete { .. } => {}
            Edit::Template { variant } => {
                let path = self.root.join("templates/article.html");
                match variant {
                    0 => {
                        let _ = std::fs::remove_file(&path);
                    }
                    1 => {
                        self.write("templates/article.html", "{% extends \"base.html\" %}{% block main %}<h1>{{ article.title }}</h1>{{ body | safe }}{% endblock main %}");
                    }
                    2 => {
                        self.write("templates/article.html", "{% extends \"base.html\" %}{% block main %}<h2>{{ article.title }} in {{ pair.name }}</h2>{% endblock main %}");
                    }
                    _ => {
                        changed.push(self.write(
                            "templates/base.html",
                            &format!(
                                "{}<!-- v{variant} -->",
                                include_str!("../themes/default/templates/base.html")
                            ),
                        ));
                    }
                }
                changed.push(path);
            }
            Edit::Static { variant } => {
                let path = self.root.join("static/extra.css");
                if variant == 0 {
                    let _ = std::fs::remove_file(&path);
                } else {
                    self.write(
                        "static/extra.css",
                        &format!("body {{ margin: {variant}px; }}"),
                    );
                }
                changed.push(path);
            }
            Edit::Config { paginate_by, title } => {
                changed.push(self.write(
                    "caravan.toml",
                    &format!("title = \"Digest {title}\"\nbase_url = \"https://example.org/digest/\"\npaginate_by = {paginate_by}\nfeed_limit = 3\nhome_latest = 2\n"),
                ));
            }
            Edit::Taxonomy { variant } => {
                let path = self.root.join("themes.toml");
                if variant == 0 {
                    let _ = std::fs::remove_file(&path);
                } else {
                    // The bundled taxonomy with other names: ingest's keyword lists name every id.
                    let themes = include_str!("../data/themes.toml")
                        .replace("name = \"", &format!("name = \"v{variant} "));
                    self.write("themes.toml", &themes);
                }
                changed.push(path);
            }
            Edit::Seed { id } => {
                changed.push(self.write(
                    &format!("seeds/seed-{id}.txt"),
                    &format!("Serbia and Uzbekistan sign {id} agreements on IT parks\n\nBELGRADE, 12 March 2024 — Serbia and Uzbekistan signed agreements on information technology, software development and IT outsourcing during the visit of the Uzbek minister to Belgrade. The two countries agreed to open an IT park.\n\nThe ministers said trade between Serbia and Uzbekistan should double.\n"),
                ));
            }
        }
        changed
    }
}

fn settings() -> Settings {
    Settings {
        base_url: Some("/".into()),
        drafts: false,
    }
}

/// A fresh, full build of the site into memory: the reference.
fn full_build(root: &Path) -> Option<BTreeMap<String, Vec<u8>>> {
    let mut inputs = Inputs::load(root, settings()).ok()?;
    let assembled = inputs.assemble().ok()?;
    let renderer = inputs.renderer().unwrap();
    let planned = pipeline::plan(renderer, &assembled);
    let batch = Batch::default();
    pipeline::render(renderer, &assembled, &planned.files, &batch).ok()?;
    let pages = caravan::output::memory::Pages::default();
    pages.apply(batch, &[]);
    Some(
        pages
            .paths()
            .into_iter()
            .map(|p| (p.clone(), pages.get(&p).unwrap().to_vec()))
            .collect(),
    )
}

fn served(server: &Server) -> BTreeMap<String, Vec<u8>> {
    let script = "<script src=\"/__caravan/live.js\" defer></script>";
    server
        .pages
        .paths()
        .into_iter()
        .map(|p| {
            let bytes = server.pages.get(&p).unwrap().to_vec();
            let bytes = if p.ends_with(".html") {
                String::from_utf8(bytes)
                    .unwrap()
                    .replacen(script, "", 1)
                    .into_bytes()
            } else {
                bytes
            };
            (p, bytes)
        })
        .collect()
}

fn on_disk(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (rel, std::fs::read(e.path()).unwrap())
        })
        .collect()
}

fn differences(
    label: &str,
    got: &BTreeMap<String, Vec<u8>>,
    want: &BTreeMap<String, Vec<u8>>,
) -> Vec<String> {
    let mut out = Vec::new();
    for (path, bytes) in want {
        match got.get(path) {
            None => out.push(format!("{label}: missing {path}")),
            Some(b) if b != bytes => out.push(format!("{label}: differs {path}")),
            _ => {}
        }
    }
    out.extend(
        got.keys()
            .filter(|p| !want.contains_key(*p))
            .map(|p| format!("{label}: extra {p}")),
    );
    out
}

/// Applies `edits` one by one to a server and an output folder, checking both against a full
/// build after each; returns how many pages serve rendered at each step, and the site's size.
fn run_sequence(edits: &[Edit]) -> Result<(Vec<usize>, usize), TestCaseError> {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    std::fs::create_dir_all(root.join("content")).unwrap();
    let root = root.canonicalize().unwrap();
    let out = dir.path().join("public");
    let mut world = World {
        root: root.clone(),
        items: BTreeMap::new(),
        renamed: 0,
    };
    world.write("caravan.toml", "title = \"Digest\"\nbase_url = \"https://example.org/digest/\"\npaginate_by = 2\nfeed_limit = 3\nhome_latest = 2\n");
    world.apply(&Edit::Add {
        id: 0,
        title: 1,
        date: Some(3),
        pair: 0,
        themes: 3,
        tags: 2,
    });
    let mut server = Server::start(&root, settings()).expect("the first site builds");
    let build_options = BuildOptions {
        root: root.clone(),
        output_dir: Some(out.clone()),
        settings: settings(),
        check_only: false,
        clean: false,
        timings: false,
    };
    build::build(&build_options).expect("the first build");
    let (mut rendered, mut total) = (Vec::new(), 0);
    for (step, edit) in edits.iter().enumerate() {
        let changed = world.apply(edit);
        let rebuilt = server.rebuild(&changed);
        let built = build::build(&build_options);
        let Some(want) = full_build(&root) else {
            rendered.push(0);
            prop_assert!(
                rebuilt.is_err() && built.is_err(),
                "step {step} {edit:?}: the full build fails, the incremental ones do not"
            );
            continue;
        };
        prop_assert!(
            rebuilt.is_ok(),
            "step {step} {edit:?}: serve failed: {}",
            rebuilt.err().unwrap()
        );
        prop_assert!(
            built.is_ok(),
            "step {step} {edit:?}: build failed: {}",
            built.err().unwrap()
        );
        rendered.push(rebuilt.as_ref().map_or(0, |r| r.rendered));
        total = want.len();
        let mut problems = differences("serve", &served(&server), &want);
        problems.extend(differences("build", &on_disk(&out), &want));
        prop_assert!(
            problems.is_empty(),
            "step {step} after {edit:?}:\n{}",
            problems.join("\n")
        );
    }
    Ok((rendered, total))
}

/// The common edit, an article's text, takes the short way in serve (no regrouping, only the
/// pages that show the article fingerprinted again); it must still equal a full build.
#[test]
fn editing_an_articles_text_renders_only_the_pages_that_show_it() {
    let mut edits: Vec<Edit> = (0..6)
        .map(|id| Edit::Add {
            id,
            title: id,
            date: Some(id * 5),
            pair: id % 3,
            themes: id + 1,
            tags: id,
        })
        .collect();
    edits.extend((0..12).map(|k| Edit::Body {
        id: k % 6,
        words: k + 1,
    }));
    let (rendered, total) = run_sequence(&edits).unwrap();
    let body_edits = &rendered[6..];
    assert!(
        body_edits.iter().all(|&n| n > 0 && n * 3 < total),
        "pages rendered per text edit: {body_edits:?} of {total}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, max_shrink_iters: 200, .. ProptestConfig::default() })]

    #[test]
    fn incremental_serve_and_build_equal_a_full_build(edits in proptest::collection::vec(edit(), 1..10)) {
        run_sequence(&edits)?;
    }
}
