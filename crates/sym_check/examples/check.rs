//! Prints symlint's diagnostics for the files given (a developer aid until
//! the CLI lands): `cargo run -p sym_check --example check -- FILE...`.

fn main() {
    // SYMLINT_SELECT=SYN,RP limits the rules (for timing the core alone).
    let mut settings = sym_check::Settings::default();
    if let Ok(select) = std::env::var("SYMLINT_SELECT") {
        settings.select = select.split(',').map(str::to_string).collect();
    }
    let repeat: usize = std::env::var("SYMLINT_REPEAT")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(1);
    for path in std::env::args().skip(1) {
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("{path}: cannot read");
            continue;
        };
        let started = std::time::Instant::now();
        let mut parsed = sym_syntax::parse(&text);
        let mut diagnostics = sym_check::check_parsed(&parsed, &settings);
        for _ in 1..repeat {
            parsed = sym_syntax::parse(&text);
            diagnostics = sym_check::check_parsed(&parsed, &settings);
        }
        if repeat > 1 {
            let lines = text.lines().count() * repeat;
            let seconds = started.elapsed().as_secs_f64();
            eprintln!(
                "{path}: {lines} lines in {seconds:.3}s = {:.0} lines/s",
                lines as f64 / seconds
            );
        }
        for diagnostic in diagnostics {
            let at = parsed.line_index().line_col(diagnostic.range.start());
            let help = diagnostic
                .help
                .as_ref()
                .map(|h| format!(" (help: {h})"))
                .unwrap_or_default();
            println!(
                "{path}:{}:{}: {} {} {}{help}",
                at.line,
                at.column,
                diagnostic.code,
                diagnostic.severity.as_str(),
                diagnostic.message
            );
        }
    }
}
