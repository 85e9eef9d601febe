//! The README's examples are tests: every ```console block (or
//! ````console, for output that holds fences itself) that starts
//! with `$ symlint …` or `$ symc …` is run from the repository root, and
//! its stdout must be the block's remaining lines. A line `[exit N]` at the
//! end of a block states the expected exit status (0 when absent).
//!
//! `UPDATE_GOLDEN=1 cargo test -p sym_cli --test readme` rewrites the
//! blocks' outputs from what the binaries print.

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

struct Example {
    /// Line index of the `$ …` line in README.md.
    command_line: usize,
    /// Line index of the closing fence.
    end_line: usize,
    program: String,
    args: Vec<String>,
    expected_stdout: String,
    expected_exit: i32,
}

fn examples(readme: &[&str]) -> Vec<Example> {
    let mut found = Vec::new();
    let mut index = 0;
    while index < readme.len() {
        let opening = readme[index].trim_end();
        let Some(fence) = opening
            .strip_suffix("console")
            .filter(|f| f.len() >= 3 && f.chars().all(|c| c == '`'))
        else {
            index += 1;
            continue;
        };
        let command_line = index + 1;
        let Some(command) = readme
            .get(command_line)
            .and_then(|line| line.strip_prefix("$ "))
        else {
            index += 1;
            continue;
        };
        let mut words = command.split_whitespace().map(str::to_string);
        let program = words.next().unwrap_or_default();
        let args: Vec<String> = words.collect();
        let mut end_line = command_line + 1;
        while end_line < readme.len() && readme[end_line].trim_end() != fence {
            end_line += 1;
        }
        let mut body: Vec<&str> = readme[command_line + 1..end_line].to_vec();
        let mut expected_exit = 0;
        if let Some(last) = body.last()
            && let Some(code) = last
                .strip_prefix("[exit ")
                .and_then(|s| s.strip_suffix(']'))
        {
            expected_exit = code.parse().unwrap_or(-1);
            body.pop();
        }
        let mut expected_stdout = body.join("\n");
        if !body.is_empty() {
            expected_stdout.push('\n');
        }
        if program == "symlint" || program == "symc" {
            found.push(Example {
                command_line,
                end_line,
                program,
                args,
                expected_stdout,
                expected_exit,
            });
        }
        index = end_line + 1;
    }
    found
}

fn binary(program: &str) -> &'static str {
    match program {
        "symc" => env!("CARGO_BIN_EXE_symc"),
        _ => env!("CARGO_BIN_EXE_symlint"),
    }
}

#[test]
fn readme_examples_print_what_the_readme_says() {
    let path = repo_root().join("README.md");
    let text = std::fs::read_to_string(&path).expect("README.md is readable");
    let lines: Vec<&str> = text.lines().collect();
    let examples = examples(&lines);
    assert!(
        examples.len() >= 5,
        "expected the README to show at least five runnable examples"
    );
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut rewritten: Vec<String> = Vec::new();
    let mut copied_up_to = 0;
    let mut failures = Vec::new();
    for example in &examples {
        let output = Command::new(binary(&example.program))
            .args(&example.args)
            .current_dir(repo_root())
            .env("NO_COLOR", "1")
            .env("COLUMNS", "100")
            .output()
            .expect("the binary runs");
        let stdout = String::from_utf8_lossy(&output.stdout).replace("\r\n", "\n");
        let stdout: String = stdout
            .lines()
            .map(str::trim_end)
            .collect::<Vec<_>>()
            .join("\n")
            + if stdout.is_empty() { "" } else { "\n" };
        let code = output.status.code().unwrap_or(-1);
        if update {
            rewritten.extend(
                lines[copied_up_to..=example.command_line]
                    .iter()
                    .map(|s| s.to_string()),
            );
            rewritten.extend(stdout.lines().map(str::to_string));
            if code != 0 {
                rewritten.push(format!("[exit {code}]"));
            }
            copied_up_to = example.end_line;
        } else if stdout != example.expected_stdout || code != example.expected_exit {
            failures.push(format!(
                "README.md:{}: `{} {}`\n--- expected (exit {}) ---\n{}--- actual (exit {}) ---\n{}",
                example.command_line + 1,
                example.program,
                example.args.join(" "),
                example.expected_exit,
                example.expected_stdout,
                code,
                stdout
            ));
        }
    }
    if update {
        rewritten.extend(lines[copied_up_to..].iter().map(|s| s.to_string()));
        std::fs::write(&path, rewritten.join("\n") + "\n").expect("README.md is writable");
        return;
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
