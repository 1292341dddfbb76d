//! caravan: a static-site generator for cooperation digests.
//!
//! The pipeline, one module a stage: seeds → [`ingest`] → content → [`content`] (parse and
//! validate) → [`site`] (groupings) → [`render`] (templates, Markdown, feeds) → [`output`]
//! (atomic directory or in-memory pages). [`build`] drives it once; [`serve`] watches the inputs
//! and drives the same stages again on every change.

pub mod build;
pub mod config;
pub mod console;
pub mod content;
pub mod diagnostics;
pub mod gazetteer;
pub mod ingest;
pub mod markdown;
pub mod output;
pub mod render;
pub mod serve;
pub mod site;
pub mod slug;
pub mod taxonomy;
