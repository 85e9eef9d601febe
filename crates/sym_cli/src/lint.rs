//! `symlint [PATH...]`: find the files, resolve their settings, check them
//! in parallel on the salsa database, render, and pick the exit code.
//!
//! Directories holding `*.tf` files are read as Terraform root modules
//! (see [`crate::terraform`]): their findings are reported in the `.tf`
//! files, and each implementation file is checked with the flows that run
//! it (`--no-terraform` turns this off).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use sym_check::config::{settings_for, validate_selector};
use sym_check::{CheckDatabase, Config, ConfigError, ConfigResolver, Profile, RuleSelection};
use sym_check::{Settings, SourceFile};
use sym_diagnostics::{
    Diagnostic, FileReport, RuleMeta, Severity, TerminalOptions, ToolInfo, render_github,
    render_json, render_sarif, render_terminal,
};
use sym_terraform::{Flow, TerraformProject};

use crate::args::{CheckArgs, ColorChoice, OutputFormat};
use crate::files::{self, CollectError, ExcludeFilter};
use crate::terraform;
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
    let collected = files::collect(&paths, &mut configs);
    let mut io_errors = Vec::new();
    for error in collected.errors {
        match error {
            CollectError::Config(error) => return config_error(output, &error),
            CollectError::Io { path, message } => io_errors.push((display_path(&path), message)),
        }
    }

    let projects = if args.no_terraform {
        Vec::new()
    } else {
        terraform::load_roots(&collected.terraform_dirs)
    };
    let mut implementations = terraform::implementations(&projects);

    // Each file once: a walked file run by flows is checked with them. A
    // file named on the command line that no root given runs is looked up
    // from its own path (the Terraform root above it), for the cross-checks
    // only; that root's own findings are not reported.
    let mut jobs = Vec::with_capacity(collected.files.len() + implementations.len());
    let mut context_texts: BTreeMap<PathBuf, Arc<str>> = BTreeMap::new();
    for file in collected.files {
        let mut flows = implementations
            .remove(&terraform::same_file_key(&file))
            .map_or_else(Vec::new, |(_, flows)| flows);
        if flows.is_empty()
            && !args.no_terraform
            && collected.named_files.contains(&file)
            && let Some(context) = sym_terraform::find_flow_context(&file, None)
        {
            flows = context.flows;
            context_texts.extend(context.project.files);
        }
        // A walked file that no flow runs, in a project whose flows all
        // name their implementation, is not an impl.py (a Lambda's source,
        // a helper script): Sym never runs it, so only Python's own errors
        // are reported.
        let runs_under_sym = !flows.is_empty()
            || collected.named_files.contains(&file)
            || !terraform::is_beside_resolved_flows(&projects, &file);
        jobs.push((file, flows, runs_under_sym));
    }
    for (_, (file, flows)) in implementations {
        match configs.is_excluded(&file) {
            Ok(true) => {}
            Ok(false) => jobs.push((file, flows, true)),
            Err(error) => return config_error(output, &error),
        }
    }
    let mut checks = Vec::with_capacity(jobs.len());
    let mut settings_cache = Vec::new();
    for (file, flows, runs_under_sym) in jobs {
        match configs.settings_cached(&file, &command_line, &mut settings_cache) {
            Ok(settings) => checks.push(Job {
                path: file,
                settings,
                flows,
                runs_under_sym,
            }),
            Err(error) => return config_error(output, &error),
        }
    }

    let db = CheckDatabase::default();
    let results: Vec<Result<Checked, (String, String)>> =
        checks.par_iter().map_with(db, check_one).collect();
    let mut reports = Vec::with_capacity(results.len());
    let mut terraform_findings = Vec::new();
    for result in results {
        match result {
            Ok(checked) => {
                reports.push(checked.report);
                terraform_findings.extend(checked.terraform_diagnostics);
            }
            Err(error) => io_errors.push(error),
        }
    }
    match terraform_reports(
        &projects,
        terraform_findings,
        &context_texts,
        &mut configs,
        &command_line,
    ) {
        Ok(mut terraform) => reports.append(&mut terraform),
        Err(error) => return config_error(output, &error),
    }
    reports.sort_by(|a, b| a.path.cmp(&b.path));
    io_errors.sort();

    for (path, message) in &io_errors {
        output.err(&format!("symlint: error: {path}: {message}\n"));
    }
    if reports.is_empty() && io_errors.is_empty() {
        output.err("symlint: warning: no Python or Terraform files found\n");
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
                let rules: Vec<RuleMeta> =
                    sym_check::rules::all_infos().map(|i| i.meta()).collect();
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

    /// As [`Configs::settings`], resolved once per configuration: files
    /// under the same configuration share one `Settings` (resolving the
    /// rule selection per file was a visible share of a large run).
    fn settings_cached(
        &mut self,
        path: &Path,
        command_line: &RuleSelection,
        cache: &mut Vec<(Option<Arc<Config>>, Arc<Settings>)>,
    ) -> Result<Arc<Settings>, ConfigError> {
        let config = self.config_for(path)?;
        let same = |known: &Option<Arc<Config>>| match (known, &config) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        if let Some((_, settings)) = cache.iter().find(|(known, _)| same(known)) {
            return Ok(settings.clone());
        }
        let settings = Arc::new(match &config {
            Some(config) => config.settings(command_line),
            None => settings_for(&[command_line], Profile::default()),
        });
        cache.push((config, settings.clone()));
        Ok(settings)
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

/// One Python file to check, with the flows that run it (empty for a
/// file no flow names).
struct Job {
    path: PathBuf,
    settings: Arc<Settings>,
    flows: Vec<Flow>,
    /// False for a file found beside Terraform flows that none of them
    /// runs: checked as plain Python (syntax and compile errors only).
    runs_under_sym: bool,
}

/// The codes reported for a Python file Sym does not run: what CPython
/// itself refuses (a parse error, a compile-step error). Grammar newer than
/// 3.11 (`SYN002`) is fine there: such a file may run on a newer Python.
const PLAIN_PYTHON_CODES: &[&str] = &["SYN001", "SYN003"];

/// One checked Python file, and what checking it found in `.tf` files.
struct Checked {
    report: FileReport,
    terraform_diagnostics: Vec<(PathBuf, Diagnostic)>,
}

/// Reads and checks one file. `Err((path, message))` when it cannot be read.
fn check_one(db: &mut CheckDatabase, job: &Job) -> Result<Checked, (String, String)> {
    let shown = display_path(&job.path);
    let bytes = std::fs::read(&job.path)
        .map_err(|error| (shown.clone(), files::describe_io_error(&error)))?;
    let decoded = sym_check::source::decode(&bytes);
    let text = decoded.text.clone();
    let flows: Vec<&Flow> = job.flows.iter().collect();
    let file = SourceFile::builder(shown.clone(), text.clone(), job.settings.clone())
        .prompt_fields(sym_check::flows::prompt_fields(&flows).map(Arc::new))
        .new(&*db);
    let mut diagnostics = sym_check::db::check_file(&*db, file).as_ref().clone();
    decoded.add_encoding_diagnostic(&job.settings, &mut diagnostics);
    if !job.runs_under_sym {
        diagnostics.retain(|diagnostic| PLAIN_PYTHON_CODES.contains(&diagnostic.code));
    }
    let mut terraform_diagnostics = Vec::new();
    if !job.flows.is_empty() {
        let parsed = sym_check::db::parsed_module(&*db, file);
        let found = sym_check::flows::check_against_flows(parsed, &job.settings, &flows);
        diagnostics.extend(found.impl_diagnostics);
        diagnostics.sort_by(|a, b| {
            (a.range.start(), a.range.end(), a.code).cmp(&(b.range.start(), b.range.end(), b.code))
        });
        terraform_diagnostics = found.terraform_diagnostics;
    }
    Ok(Checked {
        report: FileReport::new(shown, text, diagnostics),
        terraform_diagnostics,
    })
}

/// One report per Terraform file read: the projects' own findings and the
/// cross-check findings located in `.tf` files, each code kept when the
/// configuration of that file enables it, duplicates (a module read by two
/// roots) once. `context_texts` are `.tf` files read only to find the
/// flows of a named file: reported only when a finding is in them.
fn terraform_reports(
    projects: &[TerraformProject],
    cross_findings: Vec<(PathBuf, Diagnostic)>,
    context_texts: &BTreeMap<PathBuf, Arc<str>>,
    configs: &mut Configs,
    command_line: &RuleSelection,
) -> Result<Vec<FileReport>, ConfigError> {
    let mut by_file: BTreeMap<PathBuf, (Arc<str>, Vec<Diagnostic>)> = BTreeMap::new();
    for project in projects {
        for (path, text) in &project.files {
            by_file
                .entry(path.clone())
                .or_insert_with(|| (text.clone(), Vec::new()));
        }
    }
    let findings = projects
        .iter()
        .flat_map(|project| project.diagnostics.iter().cloned())
        .chain(cross_findings);
    for (path, diagnostic) in findings {
        let text = context_texts.get(&path).cloned();
        by_file
            .entry(path)
            .or_insert_with(|| (text.unwrap_or_else(|| Arc::from("")), Vec::new()))
            .1
            .push(diagnostic);
    }
    let mut reports = Vec::with_capacity(by_file.len());
    for (path, (text, mut diagnostics)) in by_file {
        if !diagnostics.is_empty() {
            let settings = configs.settings(&path, command_line)?;
            diagnostics.retain(|diagnostic| settings.is_enabled(diagnostic.code));
            diagnostics.sort_by(|a, b| {
                (a.range.start(), a.range.end(), a.code, &a.message).cmp(&(
                    b.range.start(),
                    b.range.end(),
                    b.code,
                    &b.message,
                ))
            });
            diagnostics.dedup();
        }
        reports.push(FileReport::new(display_path(&path), text, diagnostics));
    }
    Ok(reports)
}

/// `--statistics`: how many diagnostics each code produced, most first.
fn statistics(reports: &[FileReport], format: OutputFormat) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for diagnostic in reports.iter().flat_map(|report| &report.diagnostics) {
        *counts.entry(diagnostic.code).or_default() += 1;
    }
    let mut rows: Vec<(&str, usize)> = counts.into_iter().collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let name = |code: &str| sym_check::rules::info_by_code(code).map_or("", |info| info.name);
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
