//! Runs one benchmark program in a loop (for profilers): `cargo run
//! --release --example profile_run -- FILE.py ITERATIONS`.

#[global_allocator]
static GLOBAL: sym_alloc::SmallBlockCache = sym_alloc::SmallBlockCache;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let path = args.get(1).cloned().unwrap_or_default();
    let iterations: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(10);
    let Ok(src) = std::fs::read_to_string(&path) else {
        eprintln!("cannot read {path}");
        return;
    };
    let program = match sym_vm::compile(&src) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e:?}");
            return;
        }
    };
    let mut vm = sym_vm::vm_for(program);
    vm.set_limits(sym_vm::Limits {
        fuel: u64::MAX,
        memory: 1 << 30,
        depth: 1000,
        output: 1 << 20,
    });
    if let Err(e) = vm.run_module() {
        eprintln!("{e}");
        return;
    }
    let f = vm.global("bench").unwrap_or(sym_vm::Value::None);
    let start = std::time::Instant::now();
    for _ in 0..iterations {
        if let Err(e) = vm.call_value(&f, &[]) {
            eprintln!("{e}");
            return;
        }
    }
    println!(
        "{:.3} ms per call",
        start.elapsed().as_secs_f64() * 1e3 / iterations as f64
    );
}
