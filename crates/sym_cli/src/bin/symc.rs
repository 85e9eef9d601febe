//! `symc`: compile impl.py files to compiled flows and inspect them.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "symc", version, about = "Compiler for Sym impl.py files")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compile IMPL.py into a compiled flow.
    Build {
        /// The impl.py to compile.
        impl_py: PathBuf,
        /// Where to write the compiled flow.
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
    },
    /// Print the IR of an impl.py or a compiled flow.
    Disasm {
        /// An impl.py or a compiled flow (.symc).
        file: PathBuf,
    },
}

fn read(path: &PathBuf) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn compile_file(path: &PathBuf, bytes: &[u8]) -> Result<sym_vm::Program, String> {
    let text = std::str::from_utf8(bytes).map_err(|_| format!("{} is not UTF-8", path.display()))?;
    match sym_vm::compile(text) {
        Ok(p) => Ok(p),
        Err(sym_vm::CompileFailure::Rejected(diags)) => {
            let parsed = sym_syntax::parse(text);
            let lines: Vec<String> = diags
                .iter()
                .map(|d| {
                    let lc = parsed.line_index().line_col(d.range.start());
                    format!("{}:{}:{}: {} {}", path.display(), lc.line, lc.column, d.code, d.message)
                })
                .collect();
            Err(format!("{} is refused:\n{}", path.display(), lines.join("\n")))
        }
        Err(sym_vm::CompileFailure::Unsupported(e)) => {
            let parsed = sym_syntax::parse(text);
            let lc = parsed.line_index().line_col(e.range.start());
            Err(format!("{}:{}:{}: {}", path.display(), lc.line, lc.column, e.message))
        }
    }
}

fn run(cli: Cli) -> Result<(), String> {
    match cli.command {
        Command::Build { impl_py, output } => {
            let bytes = read(&impl_py)?;
            let program = compile_file(&impl_py, &bytes)?;
            let encoded = sym_vm::flow::encode(&program);
            std::fs::write(&output, encoded).map_err(|e| format!("cannot write {}: {e}", output.display()))
        }
        Command::Disasm { file } => {
            let bytes = read(&file)?;
            let program = if sym_vm::flow::is_compiled_flow(&bytes) {
                sym_vm::flow::decode(&bytes).map_err(|e| format!("{}: {e}", file.display()))?
            } else {
                compile_file(&file, &bytes)?
            };
            print!("{}", sym_vm::disasm::disassemble(&program));
            Ok(())
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("symc: {message}");
            ExitCode::from(2)
        }
    }
}
