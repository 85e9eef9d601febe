//! The flows that run one impl.py, found from the impl.py's path alone:
//! what `symc run` needs to fill `event.flow` and the language server
//! needs for completion, without the user naming the Terraform directory.

use std::path::{Component, Path, PathBuf};

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
/// problems are in `project.diagnostics`. Paths in the result are spelled
/// from `impl_path`: relative when it is relative (`root` may be `.` or
/// `..`), absolute when it is absolute.
pub fn find_flow_context(impl_path: &Path, flow_name: Option<&str>) -> Option<FlowContext> {
    // Walked twice in step: `absolute` to know where the filesystem and the
    // repository end, `shown` (the caller's spelling, e.g. `..`) so that
    // paths in flows and findings read the way the user wrote them.
    let mut absolute = std::path::absolute(impl_path)
        .unwrap_or_else(|_| impl_path.to_path_buf())
        .parent()?
        .to_path_buf();
    let mut shown = parent_of(&crate::paths::normalize(impl_path));
    let mut best = None;
    for _ in 0..=MAX_LEVELS_UP {
        if has_tf_files(&absolute) {
            let project = load_module(&shown);
            let flows: Vec<Flow> = project
                .flows_using(impl_path)
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
                    root: shown.clone(),
                    flows,
                    project,
                });
            }
        }
        if absolute.join(".git").exists() {
            break;
        }
        let Some(up) = absolute.parent() else { break };
        absolute = up.to_path_buf();
        shown = parent_of(&shown);
    }
    best
}

/// The directory above `path`, lexically: `a/b` → `a`, `a` → `.`,
/// `.` → `..`, `..` → `../..`.
fn parent_of(path: &Path) -> PathBuf {
    match path.components().next_back() {
        Some(Component::Normal(_)) => match path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
            _ => PathBuf::from("."),
        },
        Some(Component::CurDir) | None => PathBuf::from(".."),
        // `..`, or the filesystem root (whose parent is itself).
        Some(Component::ParentDir) => path.join(".."),
        Some(Component::RootDir | Component::Prefix(_)) => path.to_path_buf(),
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parents_are_lexical() {
        assert_eq!(parent_of(Path::new("a/b")), PathBuf::from("a"));
        assert_eq!(parent_of(Path::new("a")), PathBuf::from("."));
        assert_eq!(parent_of(Path::new(".")), PathBuf::from(".."));
        assert_eq!(parent_of(Path::new("..")), PathBuf::from("../.."));
        assert_eq!(parent_of(Path::new("/")), PathBuf::from("/"));
        assert_eq!(parent_of(Path::new("/x")), PathBuf::from("/"));
    }
}
