//! caravan: a static-site generator for cooperation digests.
//!
//! The pipeline, one module a stage, data flowing down this list and never up:
//! seeds → [`ingest`] → content files → [`content`] (parse and validate) → [`site`] (groupings)
//! → [`render`] (theme, routes, views, feeds) → [`output`] (disk, memory or nothing).
//! [`pipeline`] runs those stages and decides which pages changed; [`build`] drives it once,
//! [`serve`] keeps it alive and drives it again on every change.

pub mod config;
pub mod console;
pub mod diagnostics;
pub mod frontmatter;
pub mod gazetteer;
pub mod layout;
pub mod slug;
pub mod taxonomy;

pub mod ingest;

pub mod content;
pub mod markdown;
pub mod site;

pub mod render;

pub mod output;

pub mod pipeline;

pub mod build;
pub mod serve;
