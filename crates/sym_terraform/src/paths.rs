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

/// `path` relative to `root` as Terraform's `path.module` spells it: a
/// module beside the root is `../modules/x`, not `modules/x`.
pub fn relative_to(path: &Path, root: &Path) -> String {
    lexical_relative(&normalize(path), &normalize(root))
        .or_else(|| {
            let path = normalize(&std::path::absolute(path).ok()?);
            let root = normalize(&std::path::absolute(root).ok()?);
            lexical_relative(&path, &root)
        })
        .unwrap_or_else(|| display_relative(path, root))
}

/// `None` when the root climbs above where `path` starts (`..` left in
/// the root after the common prefix): its name is unknown lexically.
fn lexical_relative(path: &Path, root: &Path) -> Option<String> {
    let path_parts = without_dots(path);
    let root_parts = without_dots(root);
    let common = path_parts
        .iter()
        .zip(&root_parts)
        .take_while(|(a, b)| a == b)
        .count();
    let root_rest = root_parts.get(common..).unwrap_or_default();
    if root_rest.iter().any(|c| !matches!(c, Component::Normal(_))) {
        return None;
    }
    let mut relative = PathBuf::new();
    for _ in root_rest {
        relative.push("..");
    }
    for part in path_parts.get(common..).unwrap_or_default() {
        relative.push(part);
    }
    let shown = relative.to_string_lossy().replace('\\', "/");
    Some(if shown.is_empty() {
        ".".to_string()
    } else {
        shown
    })
}

fn without_dots(path: &Path) -> Vec<Component<'_>> {
    path.components()
        .filter(|component| *component != Component::CurDir)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_to_climbs_out_of_the_root() {
        let rel = |p: &str, r: &str| relative_to(Path::new(p), Path::new(r));
        assert_eq!(rel("r/modules/x", "r"), "modules/x");
        assert_eq!(rel("modules/x", "prod"), "../modules/x");
        assert_eq!(rel("../modules/x", "."), "../modules/x");
        assert_eq!(rel("a/b", "a/c/d"), "../../b");
        assert_eq!(rel("r", "r"), ".");
        assert_eq!(rel("/m/x", "/m/prod"), "../x");
    }

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
