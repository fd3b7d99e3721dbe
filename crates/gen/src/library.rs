//! The library: everything loaded and analysed, cross-linked and read-only. The render phase, the
//! link check and `dossier check` read it; nothing changes it after it is built.

use crate::analyse::Analysis;
use crate::briefing::Briefing;
use crate::diag::Diagnostic;
use crate::load::config::Config;
use crate::load::source::Source;
use dossier_core::index::Index;
use std::collections::BTreeMap;

/// Everything loaded and analysed: the read-only value the renderer works from.
#[derive(Debug)]
pub struct Library {
    /// Sources by id.
    pub sources: BTreeMap<String, Source>,
    /// The compiled briefing.
    pub briefing: Briefing,
    /// Entities, quotes and provenance across the sources.
    pub analysis: Analysis,
    /// The browser index (what `index.bin` holds).
    pub index: Index,
    /// The publication's settings.
    pub config: Config,
    /// The briefings of `content/briefings/`, newest first, each published at `/briefings/<slug>/`
    /// (empty for a project with `content/briefing.md` alone). The front page is `briefing`:
    /// `content/briefing.md` when there is one, else the newest of these.
    pub editions: Vec<Edition>,
    /// Warnings of loading and of the briefing (quotations without a citation, …), in print order.
    pub warnings: Vec<Diagnostic>,
}

/// One briefing of `content/briefings/`.
#[derive(Debug)]
pub struct Edition {
    /// Its file's name, and its folder in the site.
    pub slug: String,
    /// The compiled briefing.
    pub briefing: Briefing,
}

impl Library {
    /// The site's name: `title` of `dossier.toml`, else the briefing's title.
    pub fn site_title(&self) -> &str {
        self.config.title.as_deref().unwrap_or(&self.briefing.meta.title)
    }
}
