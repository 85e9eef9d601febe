//! `symlint [PATH...]`: find the files, resolve their settings, check them
//! in parallel on the salsa database, render, and pick the exit code.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use sym_check::config::{settings_for, validate_selector};
use sym_check::{CheckDatabase, Config, ConfigError, ConfigResolver, Profile, RuleSelection};
use sym_check::{Settings, SourceFile};
use sym_diagnostics::{
    FileReport, RuleMeta, Severity, TerminalOptions, ToolInfo, render_github, render_json,
    render_sarif, render_terminal,
};

use crate::args::{CheckArgs, ColorChoice, OutputFormat};
use crate::files::{self, CollectError, ExcludeFilter};
use crate::{EXIT_DIAGNOSTICS, EXIT_OK, EXIT_USAGE, Output};

/// Runs a check with parsed arguments; returns the exit code.
pub fn run(args: &CheckArgs, output: &mut Output<'_>) -> u8 {
    let command_line = match command_line_selection(args) {
        Ok(selection) => selection,
        Err(message) => {
            output.err(&format!("symlint: error: {message}\n"));
            return EXIT_USAGE;
        }
    };
    let mut configs = match Configs::new(args) {
        Ok(configs) => configs,
        Err(error) => return config_error(output, &error),
    };

    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let (files, collect_errors) = files::collect(&paths, &mut configs);
    let mut io_errors = Vec::new();
    for error in collect_errors {
        match error {
            CollectError::Config(error) => return config_error(output, &error),
            CollectError::Io { path, message } => io_errors.push((display_path(&path), message)),
        }
    }

    let mut jobs = Vec::with_capacity(files.len());
    for file in files {
        match configs.settings(&file, &command_line) {
            Ok(settings) => jobs.push((file, settings)),
            Err(error) => return config_error(output, &error),
        }
    }

    let db = CheckDatabase::default();
    let results: Vec<Result<FileReport, (String, String)>> = jobs
        .par_iter()
        .map_with(db, |db, (path, settings)| check_one(db, path, settings))
        .collect();
    let mut reports = Vec::with_capacity(results.len());
    for result in results {
        match result {
            Ok(report) => reports.push(report),
            Err(error) => io_errors.push(error),
        }
    }
    reports.sort_by(|a, b| a.path.cmp(&b.path));
    io_errors.sort();

    for (path, message) in &io_errors {
        output.err(&format!("symlint: error: {path}: {message}\n"));
    }
    if reports.is_empty() && io_errors.is_empty() {
        output.err("symlint: warning: no Python files found\n");
    }

    if args.statistics {
        output.out(&statistics(&reports, args.format));
    } else {
        let text = match args.format {
            OutputFormat::Text => {
                let options = TerminalOptions {
                    color: use_color(args.color, output.stdout_is_terminal),
                    quiet: args.quiet,
                    ..TerminalOptions::default()
                };
                render_terminal(&reports, &options)
            }
            OutputFormat::Json => render_json(&reports),
            OutputFormat::Sarif => {
                let rules: Vec<RuleMeta> = sym_check::rules::infos().map(|i| i.meta()).collect();
                let tool = ToolInfo {
                    name: "symlint",
                    version: env!("CARGO_PKG_VERSION"),
                };
                render_sarif(&reports, &rules, tool)
            }
            OutputFormat::Github => render_github(&reports),
        };
        output.out(&text);
    }

    let has_errors = reports
        .iter()
        .flat_map(|report| &report.diagnostics)
        .any(|diagnostic| diagnostic.severity == Severity::Error);
    if !io_errors.is_empty() {
        EXIT_USAGE
    } else if has_errors && !args.exit_zero {
        EXIT_DIAGNOSTICS
    } else {
        EXIT_OK
    }
}

fn config_error(output: &mut Output<'_>, error: &ConfigError) -> u8 {
    output.err(&format!("symlint: error: invalid configuration: {error}\n"));
    EXIT_USAGE
}

/// `--select`, `--extend-select` and `--ignore`, validated.
fn command_line_selection(args: &CheckArgs) -> Result<RuleSelection, String> {
    let clean = |flag: &str, selectors: &[String]| -> Result<Vec<String>, String> {
        let selectors: Vec<String> = selectors
            .iter()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
        for selector in &selectors {
            validate_selector(selector).map_err(|message| format!("{flag}: {message}"))?;
        }
        Ok(selectors)
    };
    Ok(RuleSelection {
        select: if args.select.is_empty() {
            None
        } else {
            Some(clean("--select", &args.select)?)
        },
        extend_select: clean("--extend-select", &args.extend_select)?,
        ignore: clean("--ignore", &args.ignore)?,
    })
}

fn use_color(choice: ColorChoice, stdout_is_terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            stdout_is_terminal && std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty())
        }
    }
}

/// Where configuration comes from for this run.
enum Configs {
    /// `--config FILE`
    Explicit(Arc<Config>),
    /// The nearest file above each checked file.
    Discover(ConfigResolver),
    /// `--no-config`
    Disabled,
}

impl Configs {
    fn new(args: &CheckArgs) -> Result<Self, ConfigError> {
        if args.no_config {
            return Ok(Configs::Disabled);
        }
        let Some(path) = &args.config else {
            return Ok(Configs::Discover(ConfigResolver::new()));
        };
        match Config::load(path)? {
            Some(config) => Ok(Configs::Explicit(Arc::new(config))),
            None => Err(ConfigError {
                path: path.clone(),
                line: None,
                key: None,
                message: "no [tool.symlint] table".to_string(),
            }),
        }
    }

    fn config_for(&mut self, path: &Path) -> Result<Option<Arc<Config>>, ConfigError> {
        match self {
            Configs::Explicit(config) => Ok(Some(config.clone())),
            Configs::Discover(resolver) => resolver.for_path(path),
            Configs::Disabled => Ok(None),
        }
    }

    fn settings(
        &mut self,
        path: &Path,
        command_line: &RuleSelection,
    ) -> Result<Arc<Settings>, ConfigError> {
        Ok(Arc::new(match self.config_for(path)? {
            Some(config) => config.settings(command_line),
            None => settings_for(&[command_line], Profile::default()),
        }))
    }
}

impl ExcludeFilter for Configs {
    fn is_excluded(&mut self, path: &Path) -> Result<bool, ConfigError> {
        Ok(self
            .config_for(path)?
            .is_some_and(|config| config.is_excluded(path)))
    }
}

/// The path as the user should see it: as given, without a leading `./`.
pub fn display_path(path: &Path) -> String {
    let text = path.to_string_lossy();
    text.strip_prefix("./").unwrap_or(&text).to_string()
}

/// Reads and checks one file. `Err((path, message))` when it cannot be read.
fn check_one(
    db: &mut CheckDatabase,
    path: &Path,
    settings: &Arc<Settings>,
) -> Result<FileReport, (String, String)> {
    let shown = display_path(path);
    let bytes =
        std::fs::read(path).map_err(|error| (shown.clone(), files::describe_io_error(&error)))?;
    let decoded = sym_check::source::decode(&bytes);
    let file = SourceFile::new(&*db, shown.clone(), decoded.text.clone(), settings.clone());
    let mut diagnostics = sym_check::db::check_file(&*db, file).as_ref().clone();
    decoded.add_encoding_diagnostic(settings, &mut diagnostics);
    Ok(FileReport::new(shown, decoded.text, diagnostics))
}

/// `--statistics`: how many diagnostics each code produced, most first.
fn statistics(reports: &[FileReport], format: OutputFormat) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for diagnostic in reports.iter().flat_map(|report| &report.diagnostics) {
        *counts.entry(diagnostic.code).or_default() += 1;
    }
    let mut rows: Vec<(&str, usize)> = counts.into_iter().collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let name = |code: &str| sym_check::rules::by_code(code).map_or("", |rule| rule.info().name);
    if format == OutputFormat::Json {
        let items: Vec<_> = rows
            .iter()
            .map(|(code, count)| serde_json::json!({"code": code, "name": name(code), "count": count}))
            .collect();
        let mut text = serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".to_string());
        text.push('\n');
        return text;
    }
    let count_width = rows
        .iter()
        .map(|(_, n)| n.to_string().len())
        .max()
        .unwrap_or(1);
    let code_width = rows.iter().map(|(code, _)| code.len()).max().unwrap_or(0);
    let mut text = String::new();
    for (code, count) in rows {
        text.push_str(&format!(
            "{count:>count_width$}  {code:code_width$}  {}\n",
            name(code)
        ));
    }
    text
}
