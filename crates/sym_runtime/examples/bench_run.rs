//! End-to-end benchmark of `symc run` against the oracle, on the same
//! handlers (the differential cases), in one run.
//!
//!     cargo build --release -p sym_cli --bin symc
//!     cargo run --release -p sym_runtime --example bench_run -- \
//!         --symc target/release/symc [--oracle ../shared/oracle/symref.py] \
//!         [--python /tmp/oraclevenv/bin/python] [--repeat 3] [--limit 40]
//!
//! Each case is run as a process, as a user runs it: wall time end to end
//! (start, read, compile, run, print, exit). Peak memory is the largest
//! maximum resident set of any `symc run` process, measured with
//! `/usr/bin/time -f %M` when that exists. Without `--oracle` only symc is
//! timed.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

struct Args {
    symc: PathBuf,
    oracle: Option<PathBuf>,
    python: String,
    repeat: usize,
    limit: usize,
    cases: PathBuf,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        symc: PathBuf::from("target/release/symc"),
        oracle: None,
        python: "/tmp/oraclevenv/bin/python".into(),
        repeat: 3,
        limit: usize::MAX,
        cases: Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests")
            .join("cases"),
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--symc" => args.symc = PathBuf::from(value()?),
            "--oracle" => args.oracle = Some(PathBuf::from(value()?)),
            "--python" => args.python = value()?,
            "--repeat" => args.repeat = value()?.parse().map_err(|_| "--repeat: a number")?,
            "--limit" => args.limit = value()?.parse().map_err(|_| "--limit: a number")?,
            "--cases" => args.cases = PathBuf::from(value()?),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(args)
}

/// The arguments after the runner for one case directory.
fn case_args(dir: &Path) -> Vec<String> {
    let handler = std::fs::read_to_string(dir.join("handler")).unwrap_or_default();
    let mut out = vec![
        "impl.py".to_string(),
        "--handler".into(),
        handler.trim().to_string(),
        "--event".into(),
        "event.json".into(),
    ];
    if dir.join("world.json").exists() {
        out.push("--world".into());
        out.push("world.json".into());
    }
    out
}

fn time_one(
    program: &str,
    pre: &[String],
    dir: &Path,
    args: &[String],
) -> Result<Duration, String> {
    let start = Instant::now();
    let status = Command::new(program)
        .args(pre)
        .args(args)
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map_err(|e| format!("cannot run {program}: {e}"))?;
    let elapsed = start.elapsed();
    if status.code().is_none_or(|c| c > 1) {
        return Err(format!("{program} failed on {}", dir.display()));
    }
    Ok(elapsed)
}

/// Peak resident set (KiB) of one `symc run`, via /usr/bin/time.
fn peak_kib(symc: &Path, dir: &Path, args: &[String]) -> Option<u64> {
    let out = std::env::temp_dir().join(format!("bench_run_rss_{}", std::process::id()));
    let status = Command::new("/usr/bin/time")
        .arg("-f")
        .arg("%M")
        .arg("-o")
        .arg(&out)
        .arg(symc)
        .arg("run")
        .args(args)
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .ok()?;
    let _ = status;
    let text = std::fs::read_to_string(&out).ok()?;
    let _ = std::fs::remove_file(&out);
    text.lines().last()?.trim().parse().ok()
}

fn main() {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("bench_run: {e}");
            std::process::exit(2);
        }
    };
    let symc = std::fs::canonicalize(&args.symc).unwrap_or(args.symc.clone());
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&args.cases)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    dirs.sort();
    // Cases the oracle refuses to start are not handlers; limits cases spend
    // the oracle's wall-clock budget; both are left out.
    dirs.retain(|d| {
        std::fs::read_to_string(d.join("exit"))
            .map(|t| t.trim() != "2")
            .unwrap_or(true)
    });
    dirs.truncate(args.limit);
    let symc_str = symc.display().to_string();
    let mut symc_total = Duration::ZERO;
    let mut oracle_total = Duration::ZERO;
    let mut peak: Option<u64> = None;
    let mut runs = 0usize;
    for dir in &dirs {
        let case = case_args(dir);
        for _ in 0..args.repeat {
            match time_one(&symc_str, &["run".to_string()], dir, &case) {
                Ok(t) => symc_total += t,
                Err(e) => eprintln!("bench_run: {e}"),
            }
            if let Some(oracle) = &args.oracle {
                let pre = vec![oracle.display().to_string(), "run".to_string()];
                match time_one(&args.python, &pre, dir, &case) {
                    Ok(t) => oracle_total += t,
                    Err(e) => eprintln!("bench_run: {e}"),
                }
            }
            runs += 1;
        }
        if let Some(kib) = peak_kib(&symc, dir, &case) {
            peak = Some(peak.map_or(kib, |p| p.max(kib)));
        }
    }
    let per = |total: Duration| total.as_secs_f64() * 1000.0 / runs.max(1) as f64;
    println!("cases: {} x {} runs", dirs.len(), args.repeat);
    println!("symc run:  {:8.2} ms per run", per(symc_total));
    if args.oracle.is_some() {
        println!("oracle:    {:8.2} ms per run", per(oracle_total));
        println!(
            "ratio:     {:8.1}x faster",
            oracle_total.as_secs_f64() / symc_total.as_secs_f64().max(1e-9)
        );
    }
    match peak {
        Some(kib) => println!("peak RSS of symc run: {:.2} MiB", kib as f64 / 1024.0),
        None => println!("peak RSS of symc run: n/a (/usr/bin/time not found)"),
    }
}
