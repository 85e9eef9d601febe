//! Configuration files: `symlint.toml` (keys at top level) or the
//! `[tool.symlint]` table of a `pyproject.toml`.
//!
//! The configuration that applies to a file is the nearest one found by
//! walking up from the file's directory; a `pyproject.toml` without a
//! `[tool.symlint]` table is skipped, and `symlint.toml` wins over
//! `pyproject.toml` in the same directory. Configurations do not merge.
//!
//! ```toml
//! select = ["SYN", "RP"]          # codes or prefixes; "ALL" for every rule
//! extend-select = ["HDL"]
//! ignore = ["RT203"]
//! exclude = ["legacy", "build/**/*.py"]  # globs, relative to this file
//! extra-builtins = ["sorted"]     # names a laxer runtime provides
//! ```
//!
//! Rule selection follows ruff: within one layer the most specific selector
//! wins (ignore on a tie); a later layer's `select` (e.g. `--select` on the
//! command line) replaces what earlier layers chose, while `ignore` and
//! `extend-select` adjust it.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;
use toml::Spanned;

use crate::{Profile, Settings};

/// The file names looked for in each directory, in order of preference.
pub const CONFIG_FILES: &[&str] = &["symlint.toml", "pyproject.toml"];

/// The keys a configuration may have.
pub const KEYS: &[&str] = &[
    "select",
    "extend-select",
    "ignore",
    "exclude",
    "extra-builtins",
];

/// One configuration file, validated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// The file it was read from.
    pub path: PathBuf,
    /// The directory `exclude` patterns are relative to.
    pub root: PathBuf,
    pub rules: RuleSelection,
    pub exclude: Vec<String>,
    pub extra_builtins: Vec<String>,
}

/// What a configuration or the command line says about which rules run.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RuleSelection {
    /// Replaces the rules chosen so far, when present.
    pub select: Option<Vec<String>>,
    pub extend_select: Vec<String>,
    pub ignore: Vec<String>,
}

/// A configuration file that cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    pub path: PathBuf,
    /// 1-based line of the problem, when known.
    pub line: Option<usize>,
    /// The key at fault, when there is one.
    pub key: Option<String>,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        write!(f, ": ")?;
        if let Some(key) = &self.key {
            write!(f, "`{key}`: ")?;
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for ConfigError {}

type SpannedTable = BTreeMap<Spanned<String>, Spanned<toml::Value>>;

#[derive(Deserialize)]
struct PyProject {
    tool: Option<PyProjectTool>,
}

#[derive(Deserialize)]
struct PyProjectTool {
    symlint: Option<SpannedTable>,
}

impl Config {
    /// Reads a configuration file. `Ok(None)` for a `pyproject.toml`
    /// without `[tool.symlint]`.
    pub fn load(path: &Path) -> Result<Option<Config>, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|error| ConfigError {
            path: path.to_path_buf(),
            line: None,
            key: None,
            message: format!("cannot read: {error}"),
        })?;
        Self::parse(path, &text)
    }

    /// Parses the text of the configuration file at `path`.
    pub fn parse(path: &Path, text: &str) -> Result<Option<Config>, ConfigError> {
        let is_pyproject = path
            .file_name()
            .is_some_and(|name| name == "pyproject.toml");
        let toml_error = |error: toml::de::Error| ConfigError {
            path: path.to_path_buf(),
            line: error.span().map(|span| line_of(text, span.start)),
            key: None,
            message: format!("invalid TOML: {}", error.message().trim()),
        };
        let table = if is_pyproject {
            let pyproject: PyProject = toml::from_str(text).map_err(toml_error)?;
            match pyproject.tool.and_then(|tool| tool.symlint) {
                Some(table) => table,
                None => return Ok(None),
            }
        } else {
            toml::from_str::<SpannedTable>(text).map_err(toml_error)?
        };
        let root = match path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let root = std::path::absolute(&root).unwrap_or(root);
        let mut config = Config {
            path: path.to_path_buf(),
            root,
            rules: RuleSelection::default(),
            exclude: Vec::new(),
            extra_builtins: Vec::new(),
        };
        let mut entries: Vec<_> = table.into_iter().collect();
        entries.sort_by_key(|(key, _)| key.span().start);
        for (key, value) in entries {
            let error = |message: String| ConfigError {
                path: path.to_path_buf(),
                line: Some(line_of(text, key.span().start)),
                key: Some(key.get_ref().clone()),
                message,
            };
            let name = key.get_ref().as_str();
            if !KEYS.contains(&name) {
                let mut message = format!("unknown key; expected one of: {}", KEYS.join(", "));
                if let Some(close) = closest(name, KEYS) {
                    message = format!("unknown key; did you mean `{close}`?");
                }
                return Err(error(message));
            }
            let strings = string_list(value.get_ref()).map_err(error)?;
            match name {
                "select" | "extend-select" | "ignore" => {
                    for selector in &strings {
                        validate_selector(selector).map_err(error)?;
                    }
                    match name {
                        "select" => config.rules.select = Some(strings),
                        "extend-select" => config.rules.extend_select = strings,
                        _ => config.rules.ignore = strings,
                    }
                }
                "exclude" => {
                    for pattern in &strings {
                        Glob::new(pattern).map_err(|message| {
                            error(format!("bad glob pattern `{pattern}`: {message}"))
                        })?;
                    }
                    config.exclude = strings;
                }
                _ => {
                    for builtin in &strings {
                        if !is_identifier(builtin) {
                            return Err(error(format!("`{builtin}` is not a Python name")));
                        }
                    }
                    config.extra_builtins = strings;
                }
            }
        }
        Ok(Some(config))
    }

    /// The settings for a file under this configuration, with the command
    /// line's selection applied on top.
    pub fn settings(&self, command_line: &RuleSelection) -> Settings {
        let profile = Profile::default().with_extra_builtins(self.extra_builtins.iter().cloned());
        settings_for(&[&self.rules, command_line], profile)
    }

    /// Whether `path` (a file or directory found while walking) matches an
    /// `exclude` pattern. A pattern without `/` matches any component of
    /// the path below the configuration's directory; one with `/` matches
    /// the path relative to it, or one of its parent directories.
    pub fn is_excluded(&self, path: &Path) -> bool {
        if self.exclude.is_empty() {
            return false;
        }
        let Some(relative) = relative_to(path, &self.root) else {
            return false;
        };
        let components: Vec<String> = relative
            .components()
            .map(|component| component.as_os_str().to_string_lossy().into_owned())
            .collect();
        self.exclude.iter().any(|pattern| {
            let pattern = pattern.trim_start_matches("./").trim_end_matches('/');
            let Ok(glob) = Glob::new(pattern) else {
                return false;
            };
            if pattern.contains('/') {
                (1..=components.len()).any(|len| {
                    components
                        .get(..len)
                        .is_some_and(|prefix| glob.matches(&prefix.join("/")))
                })
            } else {
                components.iter().any(|component| glob.matches(component))
            }
        })
    }
}

/// `path` relative to `root`, trying absolute and then canonical forms
/// when the plain ones do not share a prefix (a relative path and an
/// absolute root, `..` in a `--config` path, a symlinked temp dir).
fn relative_to(path: &Path, root: &Path) -> Option<PathBuf> {
    if let Ok(relative) = path.strip_prefix(root) {
        return Some(relative.to_path_buf());
    }
    if let (Ok(path), Ok(root)) = (std::path::absolute(path), std::path::absolute(root))
        && let Ok(relative) = path.strip_prefix(root)
    {
        return Some(relative.to_path_buf());
    }
    let path = std::fs::canonicalize(path).ok()?;
    let root = std::fs::canonicalize(root).ok()?;
    path.strip_prefix(root).ok().map(Path::to_path_buf)
}

/// Settings from selection layers applied in order (configuration, then
/// command line), over every rule of the registry.
pub fn settings_for(layers: &[&RuleSelection], profile: Profile) -> Settings {
    let enabled = resolve_rules(layers);
    let mut settings = Settings {
        profile,
        ..Settings::default()
    };
    if enabled.is_empty() {
        settings.ignore = vec!["ALL".to_string()];
    } else {
        settings.select = enabled.into_iter().map(str::to_string).collect();
    }
    settings
}

/// The codes that run after applying the layers, ruff's way.
pub fn resolve_rules(layers: &[&RuleSelection]) -> BTreeSet<&'static str> {
    let codes: Vec<&'static str> = crate::rules::all_infos().map(|info| info.code).collect();
    let matches = |selector: &str, code: &str| selector == "ALL" || code.starts_with(selector);
    let specificity = |selector: &str| if selector == "ALL" { 0 } else { selector.len() };
    let mut enabled: BTreeSet<&'static str> = codes.iter().copied().collect();
    let mut carried_ignores: Vec<String> = Vec::new();
    for layer in layers {
        let carried = std::mem::take(&mut carried_ignores);
        let ignores: Vec<&String> = layer.ignore.iter().chain(carried.iter()).collect();
        let selects: Vec<&String> = layer
            .select
            .iter()
            .flatten()
            .chain(layer.extend_select.iter())
            .collect();
        let mut updates: HashMap<&'static str, bool> = HashMap::new();
        let mut levels: Vec<usize> = selects
            .iter()
            .chain(ignores.iter())
            .map(|selector| specificity(selector))
            .collect();
        levels.sort_unstable();
        levels.dedup();
        for level in levels {
            for selector in selects.iter().filter(|s| specificity(s) == level) {
                for code in codes.iter().filter(|code| matches(selector, code)) {
                    updates.insert(code, true);
                }
            }
            for selector in ignores.iter().filter(|s| specificity(s) == level) {
                for code in codes.iter().filter(|code| matches(selector, code)) {
                    updates.insert(code, false);
                }
            }
        }
        if let Some(select) = &layer.select {
            enabled = updates
                .into_iter()
                .filter_map(|(code, on)| on.then_some(code))
                .collect();
            if select.is_empty() && layer.extend_select.is_empty() && !layer.ignore.is_empty() {
                carried_ignores = layer.ignore.clone();
            }
        } else {
            for (code, on) in updates {
                if on {
                    enabled.insert(code);
                } else {
                    enabled.remove(code);
                }
            }
        }
    }
    enabled
}

/// Checks a `select`/`ignore` entry: `ALL` or a prefix of some rule's code.
pub fn validate_selector(selector: &str) -> Result<(), String> {
    if selector == "ALL" || crate::rules::all_infos().any(|info| info.code.starts_with(selector)) {
        if selector.is_empty() {
            return Err("an empty string selects nothing; remove it".to_string());
        }
        return Ok(());
    }
    let codes: Vec<&str> = crate::rules::all_infos().map(|info| info.code).collect();
    let mut message = format!("`{selector}` is not a rule code or prefix");
    if let Some(close) = closest(selector, &codes) {
        message.push_str(&format!("; did you mean `{close}`?"));
    } else if selector.chars().any(|c| c.is_ascii_lowercase()) {
        message.push_str("; codes are upper-case");
    }
    Err(message)
}

fn string_list(value: &toml::Value) -> Result<Vec<String>, String> {
    let found = |value: &toml::Value| value.type_str();
    let toml::Value::Array(items) = value else {
        return Err(format!(
            "expected an array of strings, found {}",
            found(value)
        ));
    };
    items
        .iter()
        .map(|item| match item {
            toml::Value::String(text) => Ok(text.clone()),
            other => Err(format!(
                "expected an array of strings, found an array with {}",
                found(other)
            )),
        })
        .collect()
}

/// The candidate nearest to `word`, when it is close enough to be a typo.
fn closest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|candidate| (crate::suggest::edit_distance(word, candidate), *candidate))
        .filter(|(distance, candidate)| *distance <= 2.max(candidate.len() / 3))
        .min()
        .map(|(_, candidate)| candidate)
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|first| first == '_' || first.is_alphabetic())
        && chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset)
        .unwrap_or(text)
        .bytes()
        .filter(|&b| b == b'\n')
        .count()
        + 1
}

/// Finds and caches the configuration of each directory.
#[derive(Debug, Default)]
pub struct ConfigResolver {
    by_directory: HashMap<PathBuf, Option<Arc<Config>>>,
}

impl ConfigResolver {
    pub fn new() -> Self {
        Self::default()
    }

    /// The nearest configuration at or above `directory`.
    pub fn for_directory(&mut self, directory: &Path) -> Result<Option<Arc<Config>>, ConfigError> {
        let directory = std::path::absolute(directory).unwrap_or_else(|_| directory.to_path_buf());
        let mut visited = Vec::new();
        let mut current = Some(directory.as_path());
        let mut found = None;
        while let Some(dir) = current {
            if let Some(cached) = self.by_directory.get(dir) {
                found = cached.clone();
                break;
            }
            visited.push(dir.to_path_buf());
            if let Some(config) = Self::config_in(dir)? {
                found = Some(Arc::new(config));
                break;
            }
            current = dir.parent();
        }
        for dir in visited {
            self.by_directory.insert(dir, found.clone());
        }
        Ok(found)
    }

    /// The configuration that applies to a file (or a directory entry):
    /// the nearest one from its parent directory up.
    pub fn for_path(&mut self, path: &Path) -> Result<Option<Arc<Config>>, ConfigError> {
        let parent = match path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
            _ => PathBuf::from("."),
        };
        self.for_directory(&parent)
    }

    fn config_in(dir: &Path) -> Result<Option<Config>, ConfigError> {
        for name in CONFIG_FILES {
            let candidate = dir.join(name);
            if candidate.is_file()
                && let Some(config) = Config::load(&candidate)?
            {
                return Ok(Some(config));
            }
        }
        Ok(None)
    }
}

/// A compiled glob: `*` and `?` stay within one path component, `**`
/// crosses them (`**/` also matches nothing), `[abc]`, `[a-z]` and `[!a]`
/// are character classes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Glob {
    tokens: Vec<GlobToken>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum GlobToken {
    Literal(char),
    AnyChar,
    Star,
    /// `**`, matching anything, `/` included.
    Globstar,
    /// `**/`, matching nothing or whole components.
    GlobstarDir,
    Class {
        negated: bool,
        ranges: Vec<(char, char)>,
    },
}

impl Glob {
    pub fn new(pattern: &str) -> Result<Glob, String> {
        let chars: Vec<char> = pattern.chars().collect();
        let mut tokens = Vec::new();
        let mut index = 0;
        while let Some(&c) = chars.get(index) {
            index += 1;
            match c {
                '?' => tokens.push(GlobToken::AnyChar),
                '*' if chars.get(index) == Some(&'*') => {
                    index += 1;
                    if chars.get(index) == Some(&'/') {
                        index += 1;
                        tokens.push(GlobToken::GlobstarDir);
                    } else {
                        tokens.push(GlobToken::Globstar);
                    }
                }
                '*' => tokens.push(GlobToken::Star),
                '[' => {
                    let negated = matches!(chars.get(index), Some('!' | '^'));
                    if negated {
                        index += 1;
                    }
                    let mut ranges = Vec::new();
                    let mut closed = false;
                    let mut first = true;
                    while let Some(&c) = chars.get(index) {
                        index += 1;
                        if c == ']' && !first {
                            closed = true;
                            break;
                        }
                        first = false;
                        if chars.get(index) == Some(&'-')
                            && let Some(&end) = chars.get(index + 1)
                            && end != ']'
                        {
                            index += 2;
                            ranges.push((c, end));
                        } else {
                            ranges.push((c, c));
                        }
                    }
                    if !closed {
                        return Err("`[` without a closing `]`".to_string());
                    }
                    tokens.push(GlobToken::Class { negated, ranges });
                }
                '\\' => match chars.get(index) {
                    Some(&escaped) => {
                        index += 1;
                        tokens.push(GlobToken::Literal(escaped));
                    }
                    None => return Err("trailing `\\`".to_string()),
                },
                other => tokens.push(GlobToken::Literal(other)),
            }
        }
        Ok(Glob { tokens })
    }

    /// Whether the whole of `text` matches.
    pub fn matches(&self, text: &str) -> bool {
        let text: Vec<char> = text.chars().collect();
        // reachable[j]: the tokens so far can match text[..j].
        let mut reachable = vec![false; text.len() + 1];
        if let Some(first) = reachable.first_mut() {
            *first = true;
        }
        for token in &self.tokens {
            let mut next = vec![false; text.len() + 1];
            for start in 0..=text.len() {
                if !reachable.get(start).copied().unwrap_or(false) {
                    continue;
                }
                let set = |next: &mut Vec<bool>, at: usize| {
                    if let Some(slot) = next.get_mut(at) {
                        *slot = true;
                    }
                };
                match token {
                    GlobToken::Literal(c) => {
                        if text.get(start) == Some(c) {
                            set(&mut next, start + 1);
                        }
                    }
                    GlobToken::AnyChar => {
                        if text.get(start).is_some_and(|&c| c != '/') {
                            set(&mut next, start + 1);
                        }
                    }
                    GlobToken::Class { negated, ranges } => {
                        if let Some(&c) = text.get(start)
                            && c != '/'
                            && ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi) != *negated
                        {
                            set(&mut next, start + 1);
                        }
                    }
                    GlobToken::Star => {
                        set(&mut next, start);
                        let mut end = start;
                        while text.get(end).is_some_and(|&c| c != '/') {
                            end += 1;
                            set(&mut next, end);
                        }
                    }
                    GlobToken::Globstar => {
                        for end in start..=text.len() {
                            set(&mut next, end);
                        }
                    }
                    GlobToken::GlobstarDir => {
                        set(&mut next, start);
                        for end in start..text.len() {
                            if text.get(end) == Some(&'/') {
                                set(&mut next, end + 1);
                            }
                        }
                    }
                }
            }
            reachable = next;
        }
        reachable.last().copied().unwrap_or(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(name: &str, text: &str) -> Result<Option<Config>, ConfigError> {
        Config::parse(&PathBuf::from("/project").join(name), text)
    }

    #[test]
    fn reads_symlint_toml() {
        let config = parse(
            "symlint.toml",
            "select = [\"SYN\"]\nignore = [\"SYN002\"]\nextend-select = [\"NQA\"]\n\
             exclude = [\"legacy\"]\nextra-builtins = [\"sorted\"]\n",
        )
        .expect("valid")
        .expect("present");
        assert_eq!(config.rules.select, Some(vec!["SYN".to_string()]));
        assert_eq!(config.rules.ignore, vec!["SYN002".to_string()]);
        assert_eq!(config.rules.extend_select, vec!["NQA".to_string()]);
        assert_eq!(config.exclude, vec!["legacy".to_string()]);
        assert_eq!(config.extra_builtins, vec!["sorted".to_string()]);
        assert_eq!(config.root, PathBuf::from("/project"));
        let settings = config.settings(&RuleSelection::default());
        assert!(settings.profile.is_builtin("sorted"));
        assert!(settings.is_enabled("SYN001"));
        assert!(!settings.is_enabled("SYN002"));
        assert!(settings.is_enabled("NQA001"));
    }

    #[test]
    fn pyproject_without_table_is_skipped() {
        let found = parse("pyproject.toml", "[project]\nname = \"x\"\n").expect("valid");
        assert_eq!(found, None);
        let found = parse("pyproject.toml", "[tool.symlint]\nignore = [\"NQA\"]\n")
            .expect("valid")
            .expect("present");
        assert_eq!(found.rules.ignore, vec!["NQA".to_string()]);
    }

    #[test]
    fn errors_name_file_line_and_key() {
        let error = parse("symlint.toml", "select = [\"SYN\"]\nselct = [\"SYN\"]\n")
            .expect_err("unknown key");
        assert_eq!(
            error.to_string(),
            "/project/symlint.toml:2: `selct`: unknown key; did you mean `select`?"
        );
        let error = parse("pyproject.toml", "[tool.symlint]\n\nignore = \"SYN001\"\n")
            .expect_err("wrong type");
        assert_eq!(
            error.to_string(),
            "/project/pyproject.toml:3: `ignore`: expected an array of strings, found string"
        );
        let error = parse("symlint.toml", "ignore = [\"SYN01\"]\n").expect_err("bad code");
        assert_eq!(
            error.to_string(),
            "/project/symlint.toml:1: `ignore`: `SYN01` is not a rule code or prefix; did you mean `SYN001`?"
        );
        let error = parse("symlint.toml", "select = [\n").expect_err("bad toml");
        assert!(
            error.to_string().starts_with("/project/symlint.toml:"),
            "{error}"
        );
        assert!(error.to_string().contains("invalid TOML"), "{error}");
        let error = parse("symlint.toml", "exclude = [\"[a\"]\n").expect_err("bad glob");
        assert!(error.to_string().contains("`exclude`: bad glob"), "{error}");
        let error = parse("symlint.toml", "extra-builtins = [\"not a name\"]\n").expect_err("name");
        assert!(
            error.to_string().contains("is not a Python name"),
            "{error}"
        );
    }

    fn selection(select: Option<&[&str]>, extend: &[&str], ignore: &[&str]) -> RuleSelection {
        let strings = |items: &[&str]| items.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        RuleSelection {
            select: select.map(strings),
            extend_select: strings(extend),
            ignore: strings(ignore),
        }
    }

    #[test]
    fn command_line_select_replaces_config() {
        let config = selection(None, &[], &["SYN001"]);
        let cli = selection(Some(&["SYN"]), &[], &[]);
        let enabled = resolve_rules(&[&config, &cli]);
        assert!(enabled.contains("SYN001"), "--select resets config ignores");
        assert!(!enabled.contains("NQA001"));

        let cli = selection(None, &[], &["SYN002"]);
        let enabled = resolve_rules(&[&config, &cli]);
        assert!(!enabled.contains("SYN001") && !enabled.contains("SYN002"));
        assert!(enabled.contains("SYN003"));

        let config = selection(Some(&["SYN"]), &[], &[]);
        let cli = selection(None, &["NQA001"], &[]);
        let enabled = resolve_rules(&[&config, &cli]);
        assert!(enabled.contains("NQA001") && enabled.contains("SYN001"));
    }

    #[test]
    fn more_specific_selector_wins() {
        let layer = selection(Some(&["SYN001"]), &[], &["SYN"]);
        let enabled = resolve_rules(&[&layer]);
        assert_eq!(enabled.into_iter().collect::<Vec<_>>(), vec!["SYN001"]);
        let layer = selection(Some(&["SYN"]), &[], &["SYN"]);
        assert!(resolve_rules(&[&layer]).is_empty());
        let settings = settings_for(&[&layer], Profile::default());
        assert!(!settings.is_enabled("SYN001"));
    }

    #[test]
    fn globs() {
        let glob = |p: &str| Glob::new(p).expect("valid glob");
        assert!(glob("*.py").matches("impl.py"));
        assert!(!glob("*.py").matches("a/impl.py"));
        assert!(glob("**/*.py").matches("a/b/impl.py"));
        assert!(glob("**/*.py").matches("impl.py"));
        assert!(glob("legacy/**").matches("legacy/a/b.py"));
        assert!(glob("te?t_[0-9].py").matches("test_3.py"));
        assert!(!glob("te?t_[!0-9].py").matches("test_3.py"));
        assert!(Glob::new("[abc").is_err());
    }

    #[test]
    fn exclude_patterns() {
        let config = Config {
            path: PathBuf::from("/p/symlint.toml"),
            root: PathBuf::from("/p"),
            rules: RuleSelection::default(),
            exclude: vec!["legacy".into(), "flows/old_*.py".into(), "gen/".into()],
            extra_builtins: Vec::new(),
        };
        assert!(config.is_excluded(Path::new("/p/legacy")));
        assert!(config.is_excluded(Path::new("/p/a/legacy/impl.py")));
        assert!(config.is_excluded(Path::new("/p/flows/old_1.py")));
        assert!(!config.is_excluded(Path::new("/p/x/flows/old_1.py")));
        assert!(config.is_excluded(Path::new("/p/gen/impl.py")));
        assert!(!config.is_excluded(Path::new("/p/flows/impl.py")));
        assert!(!config.is_excluded(Path::new("/elsewhere/legacy/impl.py")));
    }
}
