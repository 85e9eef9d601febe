//! The `symlint` command line (clap derive).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Lint Sym impl.py files: report what Sym's RestrictedPython runtime
/// refuses or what fails when a flow runs.
///
/// Exit status: 0 no error-level diagnostic (warnings alone are fine),
/// 1 error-level diagnostics, 2 usage, configuration or I/O error.
#[derive(Debug, Parser)]
#[command(name = "symlint", version, args_conflicts_with_subcommands = true)]
pub struct SymlintArgs {
    #[command(subcommand)]
    pub command: Option<SymlintCommand>,
    #[command(flatten)]
    pub check: CheckArgs,
}

#[derive(Debug, Subcommand)]
pub enum SymlintCommand {
    /// Explain a rule (`symlint rule SYN001`) or list them all (`--all`).
    Rule(RuleArgs),
}

#[derive(Debug, Clone, Args)]
pub struct CheckArgs {
    /// Files or directories to check (directories are searched for `*.py`,
    /// and for `*.tf` files whose flows give their impl.py files context).
    /// Default: the current directory. (To check a path named `rule`,
    /// write `./rule`.)
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,

    /// When to colour text output (auto: when stdout is a terminal and
    /// NO_COLOR is not set).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Rules to run, by code or prefix (comma-separated, repeatable);
    /// replaces the configuration's selection. `ALL` selects every rule.
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    pub select: Vec<String>,

    /// Rules to add to the selection.
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    pub extend_select: Vec<String>,

    /// Rules to skip, by code or prefix.
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    pub ignore: Vec<String>,

    /// Exit 0 even when error-level diagnostics are found.
    #[arg(long)]
    pub exit_zero: bool,

    /// Print how many diagnostics each rule produced instead of the
    /// diagnostics.
    #[arg(long)]
    pub statistics: bool,

    /// Print only the diagnostics (no summary line).
    #[arg(long, short)]
    pub quiet: bool,

    /// Use this configuration file for every file, instead of the nearest
    /// `symlint.toml` / `pyproject.toml` `[tool.symlint]`.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,

    /// Ignore every configuration file.
    #[arg(long)]
    pub no_config: bool,

    /// Do not read `*.tf` files: lint every `*.py` file on its own, without
    /// the Terraform flows that run it.
    #[arg(long)]
    pub no_terraform: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Code frames and a summary line.
    Text,
    /// One JSON object per diagnostic (see docs/json-format.md).
    Json,
    /// SARIF 2.1.0.
    Sarif,
    /// GitHub Actions workflow commands (annotations).
    Github,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Args)]
pub struct RuleArgs {
    /// A rule code (`SYN001`) or name (`syntax-error`).
    #[arg(required_unless_present = "all", conflicts_with = "all")]
    pub code: Option<String>,

    /// List every rule.
    #[arg(long)]
    pub all: bool,

    /// Output format.
    #[arg(long, value_enum, default_value_t = RuleFormat::Text)]
    pub format: RuleFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RuleFormat {
    Text,
    /// The documentation page `docs/rules.md` is generated from.
    Markdown,
    Json,
}
