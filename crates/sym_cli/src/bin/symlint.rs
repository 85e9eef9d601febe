use std::io::IsTerminal;
use std::process::ExitCode;

fn main() -> ExitCode {
    let stdout = std::io::stdout();
    let stdout_is_terminal = stdout.is_terminal();
    let mut stdout = stdout.lock();
    let mut stderr = std::io::stderr().lock();
    let mut output = sym_cli::Output {
        stdout: &mut stdout,
        stderr: &mut stderr,
        stdout_is_terminal,
    };
    ExitCode::from(sym_cli::symlint_main(std::env::args_os(), &mut output))
}
