//! `symlint rule`: a rule's documentation, the list of rules, and the
//! generated `docs/rules.md`.

use std::fmt::Write as _;

use serde_json::json;
use sym_check::RuleInfo;
use sym_check::suggest::edit_distance;

use crate::args::{RuleArgs, RuleFormat};
use crate::{EXIT_OK, EXIT_USAGE, Output};

/// Runs `symlint rule ...`.
pub fn run(args: &RuleArgs, output: &mut Output<'_>) -> u8 {
    if args.all {
        let text = match args.format {
            RuleFormat::Text => rules_table(),
            RuleFormat::Markdown => rules_markdown(),
            RuleFormat::Json => rules_json(sym_check::rules::all_infos()),
        };
        output.out(&text);
        return EXIT_OK;
    }
    let wanted = args.code.as_deref().unwrap_or("");
    let Some(info) = find_rule(wanted) else {
        let mut message = format!("symlint: error: unknown rule `{wanted}`");
        if let Some(close) = did_you_mean(wanted) {
            message.push_str(&format!("; did you mean `{close}`?"));
        }
        message.push_str("\n(`symlint rule --all` lists every rule)\n");
        output.err(&message);
        return EXIT_USAGE;
    };
    let text = match args.format {
        RuleFormat::Text => rule_text(info),
        RuleFormat::Markdown => rule_markdown(info),
        RuleFormat::Json => rules_json(std::iter::once(info)),
    };
    output.out(&text);
    EXIT_OK
}

/// The rule with this code (any case) or kebab-case name.
pub fn find_rule(wanted: &str) -> Option<&'static RuleInfo> {
    sym_check::rules::all_infos().find(|info| {
        info.code.eq_ignore_ascii_case(wanted) || info.name.eq_ignore_ascii_case(wanted)
    })
}

/// The nearest code or name to a mistyped one.
pub fn did_you_mean(wanted: &str) -> Option<&'static str> {
    sym_check::rules::all_infos()
        .flat_map(|info| [info.code, info.name])
        .map(|candidate| (edit_distance(wanted, candidate), candidate))
        .filter(|(distance, candidate)| *distance <= 2.max(candidate.len() / 3))
        .min()
        .map(|(_, candidate)| candidate)
}

/// What `symlint rule CODE` prints.
pub fn rule_text(info: &RuleInfo) -> String {
    format!(
        "{} ({})\nSeverity: {}\nSummary: {}\n\n{}",
        info.code,
        info.name,
        info.severity.as_str(),
        info.summary,
        info.doc_text()
    )
}

/// Every rule, one line each: code, name, summary.
pub fn rules_table() -> String {
    let infos: Vec<&RuleInfo> = sym_check::rules::all_infos().collect();
    let code_width = infos.iter().map(|i| i.code.len()).max().unwrap_or(0);
    let name_width = infos.iter().map(|i| i.name.len()).max().unwrap_or(0);
    let mut text = String::new();
    for info in infos {
        let _ = writeln!(
            text,
            "{:code_width$}  {:name_width$}  {:7}  {}",
            info.code,
            info.name,
            info.severity.as_str(),
            info.summary
        );
    }
    text
}

fn rules_json<'a>(infos: impl Iterator<Item = &'a RuleInfo>) -> String {
    let rules: Vec<_> = infos
        .map(|info| {
            json!({
                "code": info.code,
                "name": info.name,
                "severity": info.severity.as_str(),
                "summary": info.summary,
                "doc": info.doc_text(),
            })
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&rules).unwrap_or_else(|_| "[]".to_string());
    text.push('\n');
    text
}

/// One rule's section of `docs/rules.md`: its doc with headings moved one
/// level down.
pub fn rule_markdown(info: &RuleInfo) -> String {
    let mut text = format!(
        "## {}: {}\n\n**Severity:** {}. {}\n\n",
        info.code,
        info.name,
        info.severity.as_str(),
        sentence(info.summary)
    );
    let mut in_code = false;
    for line in info.doc_text().lines() {
        if line.starts_with("```") {
            in_code = !in_code;
        }
        if !in_code && line.starts_with('#') {
            text.push('#');
        }
        text.push_str(line);
        text.push('\n');
    }
    text
}

fn sentence(summary: &str) -> String {
    if summary.ends_with('.') {
        summary.to_string()
    } else {
        format!("{summary}.")
    }
}

/// The whole of `docs/rules.md`.
pub fn rules_markdown() -> String {
    let mut text = String::from(
        "# symlint rules\n\n\
         <!-- Generated from the rules' doc comments by \
         `symlint rule --all --format markdown`; do not edit by hand. \
         Regenerate: `UPDATE_GOLDEN=1 cargo test -p sym_cli --test symlint_cli rules_doc`. -->\n\n\
         `SYN`, `RP` and `IMP` diagnostics are errors: Sym refuses a file that has one. \
         Select or ignore rules by code or prefix (`--select SYN,RP`, `ignore = [\"HDL\"]`), \
         and silence one line with `# noqa: CODE`. \
         `TF` rules run when a directory holds Terraform files: `TF0xx` are about the `.tf` \
         files alone, `TF1xx` compare an impl.py with the flows that run it \
         (see docs/symlint.md).\n\n\
         | Code | Name | Severity | Summary |\n\
         |------|------|----------|---------|\n",
    );
    for info in sym_check::rules::all_infos() {
        let anchor = format!("{}-{}", info.code, info.name).to_ascii_lowercase();
        let _ = writeln!(
            text,
            "| [{}](#{}) | {} | {} | {} |",
            info.code,
            anchor,
            info.name,
            info.severity.as_str(),
            info.summary.replace('|', "\\|")
        );
    }
    for info in sym_check::rules::all_infos() {
        text.push('\n');
        text.push_str(&rule_markdown(info));
    }
    text
}
