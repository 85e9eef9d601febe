// Checking makes many small short-lived allocations (tree nodes, types,
// environments); mimalloc serves them in far fewer instructions than the
// system malloc.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::IsTerminal;
use std::process::ExitCode;

/// Stack for every thread that parses or checks a file: deeply nested
/// expressions make the parser and the checks recurse, and a refusal is
/// better than a stack overflow. Only touched pages are ever committed.
const CHECK_STACK_BYTES: usize = 1 << 30;

fn main() -> ExitCode {
    // Worker threads check files in parallel; the main thread checks too
    // when rayon runs a task inline, so it gets the same stack.
    let _ = rayon::ThreadPoolBuilder::new()
        .stack_size(CHECK_STACK_BYTES)
        .build_global();
    let worker = std::thread::Builder::new()
        .name("symlint".to_string())
        .stack_size(CHECK_STACK_BYTES)
        .spawn(run);
    match worker.map(|handle| handle.join()) {
        Ok(Ok(code)) => ExitCode::from(code),
        _ => {
            eprintln!("symlint: internal error: the checker thread failed");
            ExitCode::from(2)
        }
    }
}

fn run() -> u8 {
    let stdout = std::io::stdout();
    let stdout_is_terminal = stdout.is_terminal();
    let mut stdout = stdout.lock();
    let mut stderr = std::io::stderr().lock();
    let mut output = sym_cli::Output {
        stdout: &mut stdout,
        stderr: &mut stderr,
        stdout_is_terminal,
    };
    sym_cli::symlint_main(std::env::args_os(), &mut output)
}
