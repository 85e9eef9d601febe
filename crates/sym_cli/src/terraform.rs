//! Which directories `symlint` reads as Terraform root modules, and the
//! flows each implementation file is checked with.
//!
//! The rule: every directory found by the walk that directly holds a
//! `*.tf` file is a candidate; each is loaded with
//! [`sym_terraform::load_module`]; a candidate whose files another
//! candidate read as a local module (`source = "./modules/x"`) is a module,
//! not a root, and is dropped. What remains are the roots. (A directory
//! called as a module by a root outside the paths given stays a root: it
//! is all symlint can see.)

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use sym_terraform::{Flow, Implementation, TerraformProject};

/// The Terraform roots among `candidates`, loaded, in candidate order.
pub fn load_roots(candidates: &[PathBuf]) -> Vec<TerraformProject> {
    let projects: Vec<TerraformProject> =
        candidates.iter().map(sym_terraform::load_module).collect();
    let module_dirs: HashSet<PathBuf> = projects
        .iter()
        .flat_map(|project| {
            let root = same_file_key(&project.root);
            project
                .files
                .keys()
                .filter_map(|file| file.parent())
                .map(same_file_key)
                .filter(move |dir| *dir != root)
        })
        .collect();
    let is_root = |project: &TerraformProject| !module_dirs.contains(&same_file_key(&project.root));
    if !projects.iter().any(is_root) {
        // Modules calling each other in a cycle: keep them all rather than
        // lint nothing (load_module reports the cycle).
        return projects;
    }
    projects.into_iter().filter(is_root).collect()
}

/// Every implementation file of the roots that exists, with the flows
/// running it (from every root), keyed by [`same_file_key`]. The path is
/// the first spelling met. Missing files are reported by `load_module`
/// (`TF009`), not here.
pub fn implementations(projects: &[TerraformProject]) -> BTreeMap<PathBuf, (PathBuf, Vec<Flow>)> {
    let mut found: BTreeMap<PathBuf, (PathBuf, Vec<Flow>)> = BTreeMap::new();
    for project in projects {
        for flow in &project.flows {
            let Implementation::File(path) = &flow.implementation else {
                continue;
            };
            if !path.is_file() {
                continue;
            }
            found
                .entry(same_file_key(path))
                .or_insert_with(|| (path.clone(), Vec::new()))
                .1
                .push(flow.clone());
        }
    }
    found
}

/// Whether `file` lies under the root of a project that has flows, every
/// one of which names its implementation file (so a file none of them
/// names is not run by Sym). A flow whose implementation cannot be read
/// statically could be running any file: then this is false.
pub fn is_beside_resolved_flows(projects: &[TerraformProject], file: &Path) -> bool {
    let key = same_file_key(file);
    projects.iter().any(|project| {
        !project.flows.is_empty()
            && project
                .flows
                .iter()
                .all(|flow| matches!(flow.implementation, Implementation::File(_)))
            && key.starts_with(same_file_key(&project.root))
    })
}

/// A key equal for two spellings of the same file: the canonical path when
/// the file exists, else the absolute, lexically normalised path.
pub fn same_file_key(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| {
        sym_terraform::paths::normalize(
            &std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()),
        )
    })
}
