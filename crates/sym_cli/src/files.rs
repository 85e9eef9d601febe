//! Which files to check: the paths named on the command line, the `*.py`
//! files found below the directories among them, and the directories
//! holding `*.tf` files (candidate Terraform root modules).

use std::fs;
use std::path::{Path, PathBuf};

use sym_check::ConfigError;

/// Directory names never searched (unless named on the command line).
pub const SKIPPED_DIRECTORIES: &[&str] = &["__pycache__", "node_modules", "venv"];

/// A path problem found while collecting files.
#[derive(Debug)]
pub enum CollectError {
    /// A path that could not be read; checking goes on without it.
    Io { path: PathBuf, message: String },
    /// A bad configuration file; nothing is checked.
    Config(ConfigError),
}

/// Decides whether a path found while walking is excluded by the
/// configuration that applies to it.
pub trait ExcludeFilter {
    fn is_excluded(&mut self, path: &Path) -> Result<bool, ConfigError>;
}

/// What [`collect`] found.
#[derive(Debug, Default)]
pub struct Collected {
    /// Python files, explicitly named or found by walking.
    pub files: Vec<PathBuf>,
    /// The files among `files` named on the command line.
    pub named_files: Vec<PathBuf>,
    /// Directories found by walking (the named directories included) that
    /// directly hold a `*.tf` file, in walk order, and the directories of
    /// Terraform files named on the command line.
    pub terraform_dirs: Vec<PathBuf>,
    pub errors: Vec<CollectError>,
}

/// Collects the files to check, in a deterministic order, without
/// duplicates. Explicitly named files are always included; walking skips
/// hidden directories and files, virtualenvs, `__pycache__`,
/// `node_modules`, and whatever `exclude` rejects.
pub fn collect(paths: &[PathBuf], filter: &mut dyn ExcludeFilter) -> Collected {
    let mut found = Collected::default();
    for path in paths {
        match fs::metadata(path) {
            Ok(metadata) if metadata.is_dir() => walk(path, filter, &mut found),
            Ok(_) if is_terraform_file(path) => found.terraform_dirs.push(match path.parent() {
                Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
                _ => PathBuf::from("."),
            }),
            Ok(_) => {
                found.files.push(path.clone());
                found.named_files.push(path.clone());
            }
            Err(error) => found.errors.push(CollectError::Io {
                path: path.clone(),
                message: describe_io_error(&error),
            }),
        }
        if has_config_error(&found.errors) {
            break;
        }
    }
    let mut seen = std::collections::HashSet::new();
    found
        .files
        .retain(|file| seen.insert(std::path::absolute(file).unwrap_or_else(|_| file.clone())));
    let mut seen = std::collections::HashSet::new();
    found
        .terraform_dirs
        .retain(|dir| seen.insert(std::path::absolute(dir).unwrap_or_else(|_| dir.clone())));
    found
}

/// A Terraform file named on the command line stands for its directory
/// (it is not Python).
fn is_terraform_file(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy())
        .unwrap_or_default();
    name.ends_with(".tf") || name.ends_with(".tfvars") || name.ends_with(".tfvars.json")
}

fn has_config_error(errors: &[CollectError]) -> bool {
    errors
        .iter()
        .any(|error| matches!(error, CollectError::Config(_)))
}

fn walk(directory: &Path, filter: &mut dyn ExcludeFilter, found: &mut Collected) {
    let entries = match fs::read_dir(directory) {
        Ok(entries) => entries,
        Err(error) => {
            found.errors.push(CollectError::Io {
                path: directory.to_path_buf(),
                message: describe_io_error(&error),
            });
            return;
        }
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|entry| entry.file_name());
    for entry in entries {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') {
            continue;
        }
        let path = if directory == Path::new(".") {
            PathBuf::from(&*name)
        } else {
            directory.join(&*name)
        };
        // Symlinked directories are not followed (no cycles); symlinked
        // files are read like any file.
        let Ok(file_type) = entry.file_type() else {
            continue;
        };
        let is_dir = file_type.is_dir();
        let is_file = file_type.is_file()
            || (file_type.is_symlink() && fs::metadata(&path).is_ok_and(|m| m.is_file()));
        if is_dir && (SKIPPED_DIRECTORIES.contains(&&*name) || path.join("pyvenv.cfg").exists()) {
            continue;
        }
        let is_python = is_file && name.ends_with(".py");
        let is_terraform = is_file && name.ends_with(".tf");
        if !(is_dir || is_python || is_terraform) {
            continue;
        }
        match filter.is_excluded(&path) {
            Ok(true) => continue,
            Ok(false) => {}
            Err(error) => {
                found.errors.push(CollectError::Config(error));
                return;
            }
        }
        if is_dir {
            walk(&path, filter, found);
            if has_config_error(&found.errors) {
                return;
            }
        } else if is_python {
            found.files.push(path);
        } else if found.terraform_dirs.last().map(PathBuf::as_path) != Some(directory) {
            found.terraform_dirs.push(directory.to_path_buf());
        }
    }
}

/// An I/O error as a short phrase ("no such file or directory").
pub fn describe_io_error(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => error.to_string(),
    }
}
