//! Lexical path handling: Terraform joins paths as strings, and findings
//! should show paths the way the user wrote them, not canonicalised.

use std::path::{Component, Path, PathBuf};

/// Removes `.` components and folds `dir/..` without touching the disk.
pub fn normalize(path: &Path) -> PathBuf {
    let mut parts: Vec<Component<'_>> = Vec::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => match parts.last() {
                Some(Component::Normal(_)) => {
                    parts.pop();
                }
                Some(Component::RootDir | Component::Prefix(_)) => {}
                _ => parts.push(component),
            },
            other => parts.push(other),
        }
    }
    if parts.is_empty() {
        return PathBuf::from(".");
    }
    parts.iter().collect()
}

/// `relative` joined onto `base`, normalised; absolute paths stay as they are.
pub fn join(base: &Path, relative: &str) -> PathBuf {
    normalize(&base.join(relative))
}

/// `path` shown relative to `root` when it lies below it.
pub fn display_relative(path: &Path, root: &Path) -> String {
    let path = normalize(path);
    let root = normalize(root);
    let shown = if root == Path::new(".") {
        path.as_path()
    } else {
        path.strip_prefix(&root).unwrap_or(path.as_path())
    };
    let shown = shown.to_string_lossy().replace('\\', "/");
    if shown.is_empty() {
        ".".to_string()
    } else {
        shown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_dot_and_dotdot() {
        assert_eq!(
            normalize(Path::new("a/./b/../c.py")),
            PathBuf::from("a/c.py")
        );
        assert_eq!(normalize(Path::new("./x")), PathBuf::from("x"));
        assert_eq!(normalize(Path::new("../x")), PathBuf::from("../x"));
        assert_eq!(normalize(Path::new(".")), PathBuf::from("."));
    }

    #[test]
    fn shows_paths_below_the_root_relative() {
        assert_eq!(
            display_relative(Path::new("r/impls/a.py"), Path::new("r")),
            "impls/a.py"
        );
        assert_eq!(
            display_relative(Path::new("other/a.py"), Path::new("r")),
            "other/a.py"
        );
        assert_eq!(display_relative(Path::new("r"), Path::new("r/.")), ".");
    }
}
