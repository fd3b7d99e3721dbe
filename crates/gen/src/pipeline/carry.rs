//! Carrying pages over under `serve`: the pages of a build noted by kind, and the kinds whose
//! [`render::Digests`] are the previous build's taken from the live output instead of rendered (see
//! [`super::build_keeping`]).

use super::{add_bundle, Options, Written};
use crate::check::links::PageLinks;
use crate::diag::Error;
use crate::library::Library;
use crate::render::{self, Kind};
use crate::{emit, project};
use dossier_core::routes;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

/// Every kind of file of the site (the wasm bundle's files go with [`Kind::Site`]).
pub(super) const KINDS: [Kind; 7] =
    [Kind::Briefing, Kind::Sources, Kind::Entities, Kind::Quotes, Kind::Explore, Kind::Site, Kind::Index];

/// The pages of a build, noted by kind; a kind whose digest is the previous build's is carried over
/// from the live output by hard links, with the links the check noted of it then.
pub(super) struct Carry<'a> {
    pub(super) streamed: &'a emit::Streamed<'a>,
    pub(super) kinds: [(Kind, Mutex<Vec<PathBuf>>); 7],
    pub(super) previous: Mutex<Option<&'a mut Written>>,
    pub(super) digests: &'a render::Digests,
    pub(super) live: &'a Path,
    pub(super) verbose: bool,
    /// The kinds carried over.
    pub(super) carried: Mutex<Vec<Kind>>,
}

impl Carry<'_> {
    /// How the carried files get into the new site, once every page is made: a folder of the output
    /// that holds files of one carried kind only, in this build and the last, is moved over as a
    /// whole just before the swap (the folders of 10,000 source pages cost seconds to make again);
    /// any other carried file is hard-linked now. Returns the folders to move.
    pub(super) fn plan(&self, carried: &[Kind]) -> Result<Vec<PathBuf>, Error> {
        let previous = self.previous.lock().unwrap_or_else(PoisonError::into_inner);
        let top = |p: &Path| p.components().next().map(|c| PathBuf::from(c.as_os_str()));
        let lists: BTreeMap<Kind, Vec<PathBuf>> = self
            .kinds
            .iter()
            .map(|(k, l)| (*k, l.lock().unwrap_or_else(PoisonError::into_inner).clone()))
            .collect();
        let mut moves = Vec::new();
        for kind in carried {
            let Some(paths) = lists.get(kind) else { continue };
            let tops: BTreeSet<PathBuf> = paths.iter().filter_map(|p| top(p)).collect();
            let others = lists
                .iter()
                .filter(|(k, _)| *k != kind)
                .flat_map(|(_, ps)| ps)
                .chain(previous.iter().flat_map(|w| w.by_kind.values().flatten()));
            let mut shared: BTreeSet<PathBuf> = others.filter_map(|p| top(p)).collect();
            // A file at the top of the site cannot be moved as a folder.
            shared.extend(paths.iter().filter(|p| p.components().count() < 2).filter_map(|p| top(p)));
            for t in &tops {
                if shared.contains(t) {
                    let files: Vec<&PathBuf> = paths.iter().filter(|p| p.starts_with(t)).collect();
                    files
                        .par_iter()
                        .try_for_each(|rel| self.streamed.staging.link(rel, &self.live.join(rel)))?;
                } else {
                    moves.push(t.clone());
                }
            }
        }
        Ok(moves)
    }

    fn paths_of(&self, kind: Kind) -> Option<&Mutex<Vec<PathBuf>>> {
        self.kinds.iter().find(|(k, _)| *k == kind).map(|(_, p)| p)
    }

    /// Carries the previous build's files `paths` over, noting them as `kind`'s and with the links the
    /// check noted of them then. The files themselves are put in place by [`Carry::plan`].
    fn carry_files(&self, kind: Kind, paths: Vec<(PathBuf, Option<PageLinks>)>) -> Result<(), Error> {
        if self.verbose {
            eprintln!("  carried  {} files of {kind:?}", paths.len());
        }
        let mut mine = Vec::with_capacity(paths.len());
        for (rel, links) in paths {
            mine.push(rel.clone());
            self.streamed.links.insert(rel, links);
        }
        if let Some(list) = self.paths_of(kind) {
            list.lock().unwrap_or_else(PoisonError::into_inner).extend(mine);
        }
        self.carried.lock().unwrap_or_else(PoisonError::into_inner).push(kind);
        Ok(())
    }
}

/// The pages of one kind, noted as they pass.
struct Tagged<'c, 'a> {
    carry: &'c Carry<'a>,
    kind: Kind,
}

impl render::Pages for Tagged<'_, '_> {
    fn add(&self, path: PathBuf, bytes: Vec<u8>) -> Result<(), Error> {
        if let Some(list) = self.carry.paths_of(self.kind) {
            list.lock().unwrap_or_else(PoisonError::into_inner).push(path.clone());
        }
        self.carry.streamed.add(path, bytes)
    }

    fn paths(&self) -> Vec<PathBuf> {
        self.carry.streamed.paths()
    }
}

impl<'a> Carry<'a> {
    fn tagged(&self, kind: Kind) -> Tagged<'_, 'a> {
        Tagged { carry: self, kind }
    }

    /// Takes from the previous build the files and links of `kind`, when its digest is unchanged
    /// (or, for the browser index, always: it depends on the corpus alone).
    fn take(&self, kind: Kind, always: bool) -> Option<Vec<(PathBuf, Option<PageLinks>)>> {
        let mut guard = self.previous.lock().unwrap_or_else(PoisonError::into_inner);
        let prev = guard.as_mut()?;
        if !always && prev.digests.get(kind) != self.digests.get(kind) {
            return None;
        }
        let paths = prev.by_kind.remove(&kind)?;
        Some(
            paths
                .into_iter()
                .map(|p| {
                    let l = prev.links.remove(&p).flatten();
                    (p, l)
                })
                .collect(),
        )
    }
}

/// The kinds' pages, each through its [`Tagged`]; held here so that [`render::Sink::pages`] can lend them.
struct Sinks<'c, 'a> {
    carry: &'c Carry<'a>,
    tagged: Vec<Tagged<'c, 'a>>,
}

impl render::Sink for Sinks<'_, '_> {
    fn pages(&self, kind: Kind) -> &dyn render::Pages {
        match self.tagged.iter().find(|t| t.kind == kind) {
            Some(t) => t,
            None => self.carry.streamed,
        }
    }

    fn carry(&self, kind: Kind) -> Result<bool, Error> {
        match self.carry.take(kind, false) {
            Some(files) => self.carry.carry_files(kind, files).map(|()| true),
            None => Ok(false),
        }
    }
}

/// Phase 3 under [`Carry`]: the pages by kind, then the browser index (carried over when the corpus
/// is the previous build's) and the wasm bundle.
pub(super) fn render_kinds(options: &Options, library: &Library, carry: &Carry<'_>) -> Result<(), Error> {
    project::walk(&options.root, Path::new(project::TEMPLATES)).map_err(|d| Error::Content(vec![d]))?;
    let sinks = Sinks { carry, tagged: KINDS.iter().map(|&k| carry.tagged(k)).collect() };
    // The browser index is written beside the pages, not after them: its tens of thousands of
    // shards are encoded and written one by one, and a core would wait for them.
    let (pages, index) = rayon::join(
        || render::render_kinds(&options.root, library, options.wasm.is_some(), &sinks),
        || match carry.take(Kind::Index, true) {
            Some(files) => carry.carry_files(Kind::Index, files),
            None => {
                let index = Tagged { carry, kind: Kind::Index };
                let (head, quotes) = library.index.encode_split();
                render::Pages::add(&index, PathBuf::from(routes::INDEX_FILE), head)?;
                render::Pages::add(&index, PathBuf::from(routes::QUOTES_FILE), quotes)?;
                // The sharded text index, like the two files above, depends on the sources only.
                render::write_shards(library, &index)
            }
        },
    );
    pages?;
    index?;
    let site = carry.tagged(Kind::Site);
    add_bundle(options, &site)
}
