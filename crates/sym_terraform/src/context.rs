//! The flows that run one impl.py, found from the impl.py's path alone:
//! what `symc run` needs to fill `event.flow` and the language server
//! needs for completion, without the user naming the Terraform directory.

use std::path::{Path, PathBuf};

use crate::load::load_module;
use crate::model::{Flow, TerraformProject};

/// How many directories above the impl.py are searched for a Terraform
/// root (the seeds keep implementations one level below it, in `impls/`).
const MAX_LEVELS_UP: usize = 8;

/// The flows running one impl.py and the project they were read from.
#[derive(Clone, Debug)]
pub struct FlowContext {
    /// The Terraform root module directory the flows come from.
    pub root: PathBuf,
    /// The flows whose `implementation` is the file, in declaration order
    /// (only the one asked for, when a flow name was given). Each gives
    /// `known_vars()`, `field_names()`, `field_value_type(name)` and
    /// `strategy` (targets).
    pub flows: Vec<Flow>,
    /// Everything read, for callers that want the diagnostics or the files.
    pub project: TerraformProject,
}

/// Finds the Terraform root that runs `impl_path` and the flows using it.
///
/// Searched: the impl.py's directory and up to eight directories above it,
/// stopping after a directory holding `.git`. Among those holding `*.tf`
/// files, the outermost one with a flow using the file wins: a module's
/// own directory has `.tf` files too, but only the root that calls it
/// knows the values of its variables. With `flow_name`, only the flow with
/// that `name` (or resource address) is kept.
///
/// `None` when no such directory declares a flow running the file (or
/// none has the named flow). Never fails otherwise: Terraform-side
/// problems are in `project.diagnostics`.
pub fn find_flow_context(impl_path: &Path, flow_name: Option<&str>) -> Option<FlowContext> {
    let absolute = std::path::absolute(impl_path).unwrap_or_else(|_| impl_path.to_path_buf());
    let mut best = None;
    let mut directory = absolute.parent();
    for _ in 0..=MAX_LEVELS_UP {
        let Some(dir) = directory else { break };
        if has_tf_files(dir) {
            let project = load_module(dir);
            let flows: Vec<Flow> = project
                .flows_using(&absolute)
                .into_iter()
                .filter(|flow| {
                    flow_name.is_none_or(|name| {
                        flow.name.as_deref() == Some(name) || flow.address() == name
                    })
                })
                .cloned()
                .collect();
            if !flows.is_empty() {
                best = Some(FlowContext {
                    root: dir.to_path_buf(),
                    flows,
                    project,
                });
            }
        }
        if dir.join(".git").exists() {
            break;
        }
        directory = dir.parent();
    }
    best
}

/// Whether `dir` directly holds a `*.tf` file.
pub fn has_tf_files(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|entries| {
        entries.filter_map(Result::ok).any(|entry| {
            entry
                .file_name()
                .to_str()
                .is_some_and(|name| name.ends_with(".tf"))
                && entry.file_type().is_ok_and(|kind| kind.is_file())
        })
    })
}
