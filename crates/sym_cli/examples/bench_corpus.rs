//! Throughput of the parser and the linter on a generated corpus, and of
//! RestrictedPython's `compile_restricted_exec` on the same files.
//!
//! ```sh
//! cargo run --release -p sym_cli --example bench_corpus -- [--files N] [--keep]
//! SYMLINT_BENCH_PYTHON=/path/to/python-with-RestrictedPython cargo run --release ...
//! ```
//!
//! The corpus (default 5,000 impl.py files of 30 to 150 lines: reducers,
//! hooks, prefetch handlers, helpers, loops, dicts, f-strings) is generated
//! deterministically into a temporary directory and removed afterwards
//! unless `--keep` is given. The Python comparison is skipped when
//! `$SYMLINT_BENCH_PYTHON` (default `python3`) cannot import
//! RestrictedPython.

// Checking makes many small short-lived allocations (tree nodes, types,
// environments); mimalloc serves them in far fewer instructions than the
// system malloc.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::collections::HashSet;
use std::path::PathBuf;
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rayon::prelude::*;
use sym_check::{CheckDatabase, Settings, SourceFile};

fn main() {
    let mut files = 5_000usize;
    let mut keep = false;
    let mut time_select: Option<String> = None;
    // (core rules only, rounds)
    let mut profile: Option<(bool, usize)> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--files" => match args.next().and_then(|n| n.parse().ok()) {
                Some(n) => files = n,
                None => return usage("--files takes a number"),
            },
            "--keep" => keep = true,
            // Also time a lint with only these codes or prefixes (comma-separated).
            "--time-select" => match args.next() {
                Some(codes) => time_select = Some(codes),
                None => return usage("--time-select takes codes"),
            },
            // For profilers: lint the corpus with the core rules only, N times.
            "--profile-core" | "--profile-full" => match args.next().and_then(|n| n.parse().ok()) {
                Some(n) => profile = Some((arg == "--profile-core", n)),
                None => return usage("--profile-core/--profile-full take a number"),
            },
            other => return usage(&format!("unknown argument `{other}`")),
        }
    }

    let dir = std::env::temp_dir().join(format!("symlint-bench-corpus-{}", std::process::id()));
    if let Err(error) = std::fs::create_dir_all(&dir) {
        eprintln!("cannot create {}: {error}", dir.display());
        std::process::exit(2);
    }
    let mut generator = Generator::new(0x5eed_cafe);
    let mut paths = Vec::with_capacity(files);
    let mut texts = Vec::with_capacity(files);
    for index in 0..files {
        let text = generator.file();
        let path = dir.join(format!("flow_{index:05}/impl.py"));
        let written = path
            .parent()
            .map(std::fs::create_dir_all)
            .unwrap_or(Ok(()))
            .and_then(|()| std::fs::write(&path, &text));
        if let Err(error) = written {
            eprintln!("cannot write {}: {error}", path.display());
            std::process::exit(2);
        }
        paths.push(path);
        texts.push(Arc::<str>::from(text));
    }
    let lines: usize = texts.iter().map(|text| text.lines().count()).sum();
    let bytes: usize = texts.iter().map(|text| text.len()).sum();
    println!(
        "corpus: {files} files, {lines} lines, {:.1} MiB in {}",
        bytes as f64 / (1024.0 * 1024.0),
        dir.display()
    );

    // Sanity: the generated code parses, so the numbers measure real work.
    let invalid = texts
        .iter()
        .filter(|text| !sym_syntax::parse(text).is_valid())
        .count();
    if invalid > 0 {
        println!("warning: {invalid} generated files have syntax errors");
    }

    // The core checks of the linter issue (syntax, RestrictedPython, the
    // import allowlist, run-time failures), without the SDK type checks.
    let core_settings = Arc::new(selecting("SYN,RP,IMP,RT,NQA"));
    let settings = Arc::new(Settings::default());
    let selected_settings = time_select
        .as_deref()
        .map(|codes| Arc::new(selecting(codes)));

    if let Some((core, rounds)) = profile {
        let chosen = match (&selected_settings, core) {
            (Some(selected), _) => selected,
            (None, true) => &core_settings,
            (None, false) => &settings,
        };
        for _ in 0..rounds {
            std::hint::black_box(lint_corpus(&paths, &texts, chosen));
        }
        let _ = std::fs::remove_dir_all(&dir);
        return;
    }

    let parse = best_of(ROUNDS, || {
        for text in &texts {
            std::hint::black_box(sym_syntax::parse_arc(text.clone()));
        }
    });
    let lint_core = best_of(ROUNDS, || {
        std::hint::black_box(lint_corpus(&paths, &texts, &core_settings));
    });
    let mut diagnostics = 0;
    let lint_one_thread = best_of(ROUNDS, || {
        diagnostics = lint_corpus(&paths, &texts, &settings);
    });
    let lint_parallel = best_of(ROUNDS, || {
        let jobs: Vec<(&PathBuf, &Arc<str>)> = paths.iter().zip(&texts).collect();
        let total: usize = jobs
            .par_iter()
            .map_with(CheckDatabase::default(), |db, (path, text)| {
                let file = SourceFile::new(
                    &*db,
                    path.to_string_lossy().into_owned(),
                    (*text).clone(),
                    settings.clone(),
                );
                sym_check::db::check_file(&*db, file).len()
            })
            .sum();
        std::hint::black_box(total);
    });

    if let (Some(codes), Some(selected)) = (&time_select, &selected_settings) {
        let time = best_of(ROUNDS, || {
            std::hint::black_box(lint_corpus(&paths, &texts, selected));
        });
        println!("lint with --select {codes}: {:.3} s", time.as_secs_f64());
    }

    let python = python_compile(&paths);

    println!();
    println!("{:<42} {:>10} {:>14}", "what", "seconds", "lines/s");
    let row = |what: &str, time: Duration| {
        println!(
            "{what:<42} {:>10.3} {:>14.0}",
            time.as_secs_f64(),
            lines as f64 / time.as_secs_f64().max(1e-9)
        );
    };
    row("parse only (sym_syntax::parse, 1 thread)", parse);
    row("core lint (SYN, RP, IMP, RT, 1 thread)", lint_core);
    row("full lint (parse + all rules, 1 thread)", lint_one_thread);
    row(
        &format!(
            "full lint (rayon, {} threads)",
            rayon::current_num_threads()
        ),
        lint_parallel,
    );
    match &python {
        Ok(time) => {
            row("RestrictedPython compile_restricted_exec", *time);
            println!();
            println!(
                "core lint (1 thread) vs RestrictedPython: {:.1}x faster",
                time.as_secs_f64() / lint_core.as_secs_f64().max(1e-9)
            );
            println!(
                "full lint (1 thread) vs RestrictedPython: {:.1}x faster",
                time.as_secs_f64() / lint_one_thread.as_secs_f64().max(1e-9)
            );
        }
        Err(reason) => println!("RestrictedPython: skipped ({reason})"),
    }
    let ratio = |slow: Duration| slow.as_secs_f64() / parse.as_secs_f64().max(1e-9);
    println!(
        "core lint / parse: {:.2}x   full lint / core lint: {:.2}x   full lint / parse: {:.2}x",
        ratio(lint_core),
        lint_one_thread.as_secs_f64() / lint_core.as_secs_f64().max(1e-9),
        ratio(lint_one_thread)
    );
    println!("diagnostics in the corpus: {diagnostics}");

    if keep {
        println!("corpus kept in {}", dir.display());
    } else {
        let _ = std::fs::remove_dir_all(&dir);
    }
}

fn usage(message: &str) {
    eprintln!(
        "bench_corpus: {message}\nusage: bench_corpus [--files N] [--keep] [--time-select CODES] [--profile-core|--profile-full ROUNDS]"
    );
    std::process::exit(2);
}

/// Settings that enable the rules of `codes` (comma-separated codes or prefixes).
fn selecting(codes: &str) -> Settings {
    Settings {
        select: codes.split(',').map(str::to_string).collect(),
        ..Settings::default()
    }
}

/// Lints every file in one fresh database, on this thread; the number of
/// diagnostics.
fn lint_corpus(paths: &[PathBuf], texts: &[Arc<str>], settings: &Arc<Settings>) -> usize {
    let db = CheckDatabase::default();
    let mut diagnostics = 0;
    for (path, text) in paths.iter().zip(texts) {
        let file = SourceFile::new(
            &db,
            path.to_string_lossy().into_owned(),
            text.clone(),
            settings.clone(),
        );
        diagnostics += sym_check::db::check_file(&db, file).len();
    }
    diagnostics
}

/// Runs per measurement; the fastest is reported (the slower ones are the
/// machine's other work, not ours).
const ROUNDS: usize = 5;

fn best_of(runs: usize, mut work: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// Seconds RestrictedPython takes to compile every file, timed inside one
/// Python process (file reading excluded).
fn python_compile(paths: &[PathBuf]) -> Result<Duration, String> {
    let python = std::env::var("SYMLINT_BENCH_PYTHON").unwrap_or_else(|_| "python3".to_string());
    let probe = Command::new(&python)
        .args(["-c", "import RestrictedPython"])
        .output()
        .map_err(|error| format!("cannot run `{python}`: {error}"))?;
    if !probe.status.success() {
        return Err(format!(
            "`{python}` cannot import RestrictedPython; set SYMLINT_BENCH_PYTHON"
        ));
    }
    let list = std::env::temp_dir().join(format!("symlint-bench-files-{}.txt", std::process::id()));
    let names: Vec<String> = paths
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    std::fs::write(&list, names.join("\n")).map_err(|error| error.to_string())?;
    let script = r#"
import sys, time
from RestrictedPython import compile_restricted_exec
sources = [open(p, encoding="utf-8").read() for p in open(sys.argv[1]).read().split("\n") if p]
best = None
for _ in range(3):
    start = time.perf_counter()
    failed = 0
    for source in sources:
        if compile_restricted_exec(source).errors:
            failed += 1
    elapsed = time.perf_counter() - start
    best = elapsed if best is None else min(best, elapsed)
print(best, failed)
"#;
    let output = Command::new(&python)
        .args(["-c", script])
        .arg(&list)
        .output()
        .map_err(|error| error.to_string());
    let _ = std::fs::remove_file(&list);
    let output = output?;
    if !output.status.success() {
        return Err(String::from_utf8_lossy(&output.stderr).trim().to_string());
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    let mut fields = stdout.split_whitespace();
    let seconds: f64 = fields
        .next()
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("unexpected output: {stdout}"))?;
    if let Some(failed) = fields.next().filter(|n| *n != "0") {
        println!("note: RestrictedPython refused {failed} generated files");
    }
    Ok(Duration::from_secs_f64(seconds))
}

/// A deterministic generator of realistic impl.py files.
struct Generator {
    state: u64,
    counter: usize,
}

const CHANNELS: &[&str] = &[
    "#sym-requests",
    "#access",
    "#break-glass",
    "#ops",
    "#security",
];
const URGENCY: &[&str] = &["Emergency", "High", "Urgent", "Low", "Normal"];
const FIELDS: &[&str] = &["urgency", "reason", "duration", "ticket", "environment"];
const HOOKS: &[&str] = &[
    "on_request",
    "on_approve",
    "after_approve",
    "on_deny",
    "after_escalate",
];
const VARS: &[&str] = &[
    "team",
    "request_channel",
    "lambda_arn",
    "approvers",
    "max_hours",
];

impl Generator {
    fn new(seed: u64) -> Self {
        Self {
            state: seed,
            counter: 0,
        }
    }

    /// xorshift64*: deterministic on every platform.
    fn next(&mut self) -> u64 {
        self.state ^= self.state >> 12;
        self.state ^= self.state << 25;
        self.state ^= self.state >> 27;
        self.state.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items.get(self.below(items.len())).copied().unwrap_or("")
    }

    fn unique(&mut self, stem: &str) -> String {
        self.counter += 1;
        format!("{stem}_{}", self.counter)
    }

    fn file(&mut self) -> String {
        let target = 30 + self.below(106);
        let mut out = String::from(
            "import json\nimport requests\nfrom datetime import datetime, timedelta\n\n\
             from sym.sdk.annotations import hook, prefetch, reducer\n\
             from sym.sdk.field_option import FieldOption\n\
             from sym.sdk.integrations import okta, pagerduty, slack\n\
             from sym.sdk.notifications import Notification\n\
             from sym.sdk.request_permission import PermissionLevel, RequestPermission\n\
             from sym.sdk.templates import ApprovalTemplate\n\n",
        );
        out.push_str(&self.constants());
        let mut blocks = 0;
        // Sym calls handlers by name: each at most once per file.
        let mut used: HashSet<&'static str> = HashSet::new();
        while out.lines().count() < target || blocks < 2 {
            let kind = self.below(7);
            let handler = match kind {
                0 => Some("get_approvers"),
                1 => Some("get_permissions"),
                2 => Some("get_request_notifications"),
                3 => Some(self.pick(HOOKS)),
                4 => Some(self.pick(FIELDS)),
                _ => None,
            };
            let fresh = handler.is_none_or(|name| used.insert(name));
            let block = match (kind, handler) {
                (0, _) if fresh => self.reducer_approvers(),
                (1, _) if fresh => self.reducer_permissions(),
                (2, _) if fresh => self.reducer_notifications(),
                (3, Some(hook)) if fresh => self.hook(hook),
                (4, Some(field)) if fresh => self.prefetch(field),
                (5, _) => self.helper_loop(),
                _ => self.helper_format(),
            };
            out.push_str("\n\n");
            out.push_str(&block);
            blocks += 1;
        }
        out
    }

    fn constants(&mut self) -> String {
        let name = self.unique("TEAM_CHANNELS").to_uppercase();
        let mut text = format!("{name} = {{\n");
        for _ in 0..2 + self.below(4) {
            let team = self.unique("team");
            let channel = self.pick(CHANNELS);
            text.push_str(&format!("    \"{team}\": \"{channel}\",\n"));
        }
        text.push_str("}\n");
        text.push_str(&format!(
            "MAX_HOURS = {}\nMANAGERS_GROUP = \"00g{}\"\n",
            1 + self.below(48),
            self.next() % 1_000_000
        ));
        text
    }

    fn reducer_approvers(&mut self) -> String {
        let name = "get_approvers";
        let field = self.pick(FIELDS);
        let channel = self.pick(CHANNELS);
        let fallback = self.pick(CHANNELS);
        format!(
            "@reducer\ndef {name}(event):\n    \
             \"\"\"Route the request to the channel it came from.\"\"\"\n    \
             if source := event.run.source_channel.identifier:\n        \
             return slack.fallback(slack.channel(source), slack.channel(\"{fallback}\"))\n    \
             if event.payload.fields.get(\"{field}\"):\n        \
             return slack.channel(\"{channel}\", allow_self=True)\n    \
             return slack.channel(\"{fallback}\")\n"
        )
    }

    fn reducer_permissions(&mut self) -> String {
        let name = "get_permissions";
        let urgency = self.pick(URGENCY);
        format!(
            "@reducer\ndef {name}(event):\n    \
             urgent = pagerduty.is_on_call(event.user, schedule_name=\"prod_on_call\") or (\n        \
             event.payload.fields[\"urgency\"] == \"{urgency}\"\n    )\n    \
             return RequestPermission(\n        \
             webapp_view=PermissionLevel.ADMIN,\n        \
             approve_deny=PermissionLevel.MEMBER,\n        \
             allow_self_approval=urgent,\n    )\n"
        )
    }

    fn reducer_notifications(&mut self) -> String {
        let name = "get_request_notifications";
        let var = self.pick(VARS);
        let first = self.pick(CHANNELS);
        let timeout = 60 * (1 + self.below(30));
        format!(
            "@reducer\ndef {name}(event):\n    \
             fvars = event.flow.vars\n    \
             destinations = []\n    \
             for key in [\"{var}\", \"request_channel\"]:\n        \
             if key in fvars and fvars[key]:\n            \
             destinations.append(slack.channel(fvars[key]))\n    \
             if not destinations:\n        \
             destinations = [slack.channel(\"{first}\")]\n    \
             return [\n        \
             Notification(destinations=destinations, timeout={timeout}),\n        \
             Notification(destinations=[slack.group(okta.users_in_group(group_id=MANAGERS_GROUP))]),\n    \
             ]\n"
        )
    }

    fn hook(&mut self, hook: &str) -> String {
        let urgency = self.pick(URGENCY);
        format!(
            "@hook\ndef {hook}(event):\n    \
             # Auto-approve urgent requests from whoever is on call.\n    \
             fields = event.payload.fields\n    \
             hours = int(fields.get(\"duration\", 1))\n    \
             if hours > MAX_HOURS:\n        \
             return ApprovalTemplate.deny(reason=f\"At most {{MAX_HOURS}} hours, not {{hours}}\")\n    \
             if fields.get(\"urgency\") == \"{urgency}\" and pagerduty.is_on_call(event.user):\n        \
             return ApprovalTemplate.approve(reason=\"auto-approved: {urgency} and on call\")\n    \
             print(f\"{{event.user.email}} asked for {{hours}}h at {{datetime.now().isoformat()}}\")\n"
        )
    }

    fn prefetch(&mut self, field: &str) -> String {
        let name = format!("get_{field}_options");
        format!(
            "@prefetch(field_name=\"{field}\")\ndef {name}(event):\n    \
             response = requests.get(\n        \
             url=\"https://api.example.com/targets\",\n        \
             params={{\"team\": event.flow.vars[\"team\"], \"limit\": {}}},\n    )\n    \
             if not response.ok:\n        \
             return []\n    \
             payload = json.loads(response.text)\n    \
             return [\n        \
             FieldOption(value=item[\"name\"], label=item[\"name\"].upper())\n        \
             for item in payload.get(\"results\", [])\n        \
             if item.get(\"enabled\", True)\n    ]\n",
            1 + self.below(20)
        )
    }

    fn helper_loop(&mut self) -> String {
        let name = self.unique("count_by_team");
        format!(
            "def {name}(users):\n    \
             counts = {{}}\n    \
             for user in users:\n        \
             team = user.get(\"team\", \"unknown\")\n        \
             counts[team] = counts.get(team, 0) + 1\n    \
             total = 0\n    \
             while total < len(users) and total < 100:\n        \
             total += 1\n    \
             busiest = None\n    \
             for team, count in counts.items():\n        \
             if busiest is None or count > counts[busiest]:\n            \
             busiest = team\n    \
             return {{\"counts\": counts, \"busiest\": busiest, \"total\": total}}\n"
        )
    }

    fn helper_format(&mut self) -> String {
        let name = self.unique("describe_request");
        let field = self.pick(FIELDS);
        format!(
            "def {name}(event, hours=1):\n    \
             expires = datetime.now() + timedelta(hours=hours)\n    \
             reason = event.payload.fields.get(\"{field}\") or \"no reason given\"\n    \
             lines = [\n        \
             f\"Requester: {{event.user.email}}\",\n        \
             f\"Reason: {{reason!r}}\",\n        \
             f\"Expires: {{expires:%Y-%m-%d %H:%M}}\",\n    ]\n    \
             summary = \"\\n\".join(lines)\n    \
             return {{\"text\": summary, \"size\": len(summary), \"fields\": list(event.payload.fields)}}\n"
        )
    }
}
