//! Prints symlint's diagnostics for the files given (a developer aid until
//! the CLI lands): `cargo run -p sym_check --example check -- FILE...`.

fn main() {
    let settings = sym_check::Settings::default();
    for path in std::env::args().skip(1) {
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("{path}: cannot read");
            continue;
        };
        let parsed = sym_syntax::parse(&text);
        for diagnostic in sym_check::check_parsed(&parsed, &settings) {
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
