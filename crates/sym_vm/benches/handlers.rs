//! Six CPU-heavy, handler-like programs on our VM, each compared with
//! CPython 3.11 running the same function in one process (timed with
//! `time.perf_counter` inside Python, so start-up is excluded). Prints the
//! ratio CPython time / our time (>= 1.0 means we are at least as fast).
//! Without `python3` on PATH the CPython side is skipped.
//!
//! The benchmark allocates as `symc` does: the system allocator behind
//! [`sym_alloc::SmallBlockCache`].

use std::process::Command;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use sym_vm::{Limits, Value, Vm};

#[global_allocator]
static GLOBAL: sym_alloc::SmallBlockCache = sym_alloc::SmallBlockCache;

const PROGRAMS: &[(&str, &str)] = &[
    (
        "loops_arithmetic",
        "def bench():\n    total = 0\n    i = 0\n    while i < 200000:\n        total += (i * i) % 7 - (i // 3) + (i & 5)\n        i += 1\n    return total\n",
    ),
    (
        "string_building",
        "def bench():\n    out = []\n    for i in range(500):\n        for j in range(20):\n            out.append(f'{i}-{j}:' + str(i * j))\n    s = ','.join(out)\n    acc = ''\n    for k in range(300):\n        acc += 'x' + str(k)\n    return len(s) + len(acc)\n",
    ),
    (
        "dict_counting",
        "def bench():\n    words = 'the quick brown fox jumps over the lazy dog and the cat sat on the mat'.split()\n    counts = {}\n    for n in range(600):\n        for w in words:\n            key = w + str(n % 13)\n            counts[key] = counts.get(key, 0) + 1\n    return len(counts)\n",
    ),
    (
        "sort_with_key",
        "def bench():\n    total = 0\n    for r in range(20):\n        items = [{'name': 'user' + str((i * 7919) % 1000), 'age': (i * 31) % 97} for i in range(999)]\n        items.sort(key=lambda u: (u['age'], u['name']))\n        total += items[0]['age'] + len(items[-1]['name'])\n    return total\n",
    ),
    (
        "recursion",
        "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\ndef bench():\n    return fib(20)\n",
    ),
    (
        "small_calls",
        "def clamp(x, lo, hi):\n    return lo if x < lo else hi if x > hi else x\n\ndef score(a, b=2):\n    return clamp(a * b, 0, 1000)\n\ndef bench():\n    t = 0\n    i = 0\n    while i < 60000:\n        t += score(i % 700) + score(i % 300, b=3)\n        i += 1\n    return t\n",
    ),
];

fn make_vm(src: &str) -> (Vm, Value) {
    let program =
        sym_vm::compile(src).unwrap_or_else(|e| panic!("bench program does not compile: {e:?}"));
    let mut vm = sym_vm::vm_for(program);
    vm.set_limits(Limits {
        fuel: u64::MAX,
        memory: 1 << 30,
        depth: 1000,
        output: 1 << 20,
    });
    vm.run_module()
        .unwrap_or_else(|e| panic!("module body failed: {e}"));
    let f = vm.global("bench").unwrap_or(Value::None);
    (vm, f)
}

/// Seconds per call measured by CPython itself, or None without python3.
fn cpython_seconds(src: &str) -> Option<f64> {
    let script = format!(
        "{src}\nimport time\nbench()\nn = 0\nt0 = time.perf_counter()\nwhile True:\n    bench()\n    n += 1\n    el = time.perf_counter() - t0\n    if el > 1.0 and n >= 3:\n        break\nprint(el / n)\n"
    );
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    String::from_utf8_lossy(&out.stdout).trim().parse().ok()
}

fn our_seconds(vm: &mut Vm, f: &Value) -> f64 {
    let _ = vm.call_value(f, &[]);
    let start = Instant::now();
    let mut n = 0u32;
    while start.elapsed() < Duration::from_secs(1) || n < 3 {
        let _ = vm.call_value(f, &[]);
        n += 1;
    }
    start.elapsed().as_secs_f64() / n as f64
}

fn handlers(c: &mut Criterion) {
    let mut group = c.benchmark_group("handlers");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(2))
        .warm_up_time(Duration::from_millis(300));
    for (name, src) in PROGRAMS {
        let (mut vm, f) = make_vm(src);
        group.bench_function(*name, |b| b.iter(|| vm.call_value(&f, &[]).is_ok()));
        let ours = our_seconds(&mut vm, &f);
        match cpython_seconds(src) {
            Some(py) => println!(
                "{name}: symc {:.3} ms, CPython {:.3} ms, ratio {:.2}x",
                ours * 1e3,
                py * 1e3,
                py / ours
            ),
            None => println!(
                "{name}: symc {:.3} ms (python3 not available: no ratio)",
                ours * 1e3
            ),
        }
    }
    group.finish();
}

criterion_group!(benches, handlers);
criterion_main!(benches);
