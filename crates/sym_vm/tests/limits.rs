//! The limits: on by default, reported as ResourceLimit, and not catchable
//! by user code (a bare `except:` included).

mod common;

use serde_json::json;
use sym_vm::Limits;

fn run(src: &'static str, limits: Option<Limits>) -> serde_json::Value {
    common::with_big_stack(move || common::run_program(src, limits).doc)
}

fn error(doc: &serde_json::Value) -> (String, String) {
    (
        doc["error"]["type"].as_str().unwrap_or("").to_string(),
        doc["error"]["message"].as_str().unwrap_or("").to_string(),
    )
}

#[test]
fn fuel_stops_an_endless_loop_and_bare_except_cannot_catch_it() {
    let doc = run(
        "def main(event):\n    try:\n        while True:\n            pass\n    except:\n        return 'swallowed'\n",
        None,
    );
    assert_eq!(
        error(&doc),
        (
            "ResourceLimit".into(),
            "fuel limit of 10000000 instructions exceeded".into()
        )
    );
    assert_eq!(doc["error"]["line"], json!(3));
}

#[test]
fn fuel_limit_is_configurable() {
    let limits = Limits {
        fuel: 1000,
        ..Limits::default()
    };
    let doc = run(
        "def main(event):\n    n = 0\n    for i in range(500):\n        n += i\n    return n\n",
        Some(limits),
    );
    assert_eq!(error(&doc).1, "fuel limit of 1000 instructions exceeded");
}

#[test]
fn recursion_depth_limit_is_uncatchable() {
    let doc = run(
        "def f(n):\n    try:\n        return f(n + 1)\n    except:\n        return -1\n\ndef main(event):\n    return f(0)\n",
        None,
    );
    assert_eq!(
        error(&doc),
        (
            "ResourceLimit".into(),
            "recursion depth limit of 200 exceeded".into()
        )
    );
    assert_eq!(doc["error"]["line"], json!(3));
}

#[test]
fn depth_199_below_the_handler_passes() {
    let doc = run(
        "def down(n):\n    return 0 if n == 0 else 1 + down(n - 1)\n\ndef main(event):\n    return down(198)\n",
        None,
    );
    assert_eq!(doc["outcome"], json!("ok"), "{doc}");
    assert_eq!(doc["result"], json!(198));
}

#[test]
fn huge_string_repeat_is_refused_before_it_is_built() {
    let doc = run(
        "def main(event):\n    try:\n        s = 'x' * 10**9\n    except:\n        return 'caught'\n    return len(s)\n",
        None,
    );
    assert_eq!(
        error(&doc),
        (
            "ResourceLimit".into(),
            "memory limit of 64 MiB exceeded".into()
        )
    );
    assert_eq!(doc["error"]["line"], json!(3));
}

#[test]
fn huge_list_repeat_and_power_are_refused() {
    let doc = run("def main(event):\n    return [0] * 10**9\n", None);
    assert_eq!(error(&doc).0, "ResourceLimit");
    let doc = run("def main(event):\n    return 2 ** 10**9\n", None);
    assert_eq!(
        error(&doc),
        (
            "ResourceLimit".into(),
            "memory limit of 64 MiB exceeded".into()
        )
    );
}

#[test]
fn memory_grows_past_the_limit_in_small_steps() {
    let doc = run(
        "def main(event):\n    chunks = []\n    while True:\n        chunks.append('y' * 100000)\n",
        None,
    );
    assert_eq!(
        error(&doc),
        (
            "ResourceLimit".into(),
            "memory limit of 64 MiB exceeded".into()
        )
    );
}

#[test]
fn freed_memory_does_not_count() {
    // 200 MiB allocated in total, never more than 1 MiB alive.
    let doc = run(
        "def main(event):\n    n = 0\n    i = 0\n    while i < 200:\n        s = 'z' * 1048576\n        n += len(s)\n        i += 1\n    return n\n",
        None,
    );
    assert_eq!(doc["outcome"], json!("ok"), "{doc}");
    assert_eq!(doc["result"], json!(200 * 1048576));
}

#[test]
fn output_limit_is_uncatchable_and_keeps_what_was_printed() {
    let doc = run(
        "def main(event):\n    line = 'o' * 1000\n    try:\n        while True:\n            print(line)\n    except:\n        return 'swallowed'\n",
        None,
    );
    assert_eq!(
        error(&doc),
        (
            "ResourceLimit".into(),
            "output limit of 1 MiB exceeded".into()
        )
    );
    assert_eq!(doc["output"].as_array().map(|a| a.len()), Some(1047));
}

#[test]
fn a_limit_stays_tripped_for_later_calls() {
    let out = common::with_big_stack(|| {
        let program = sym_vm::compile(
            "def spin():\n    while True:\n        pass\n\ndef ok():\n    return 1\n",
        )
        .expect("compiles");
        let mut vm = sym_vm::vm_for(program);
        vm.set_limits(Limits {
            fuel: 10_000,
            ..Limits::default()
        });
        vm.run_module().expect("module body");
        let spin = vm.global("spin").expect("spin");
        let ok = vm.global("ok").expect("ok");
        let first = vm.call_value(&spin, &[]).err().map(|e| e.type_name);
        let second = vm.call_value(&ok, &[]).err().map(|e| e.type_name);
        (first, second)
    });
    assert_eq!(
        out,
        (
            Some("ResourceLimit".to_string()),
            Some("ResourceLimit".to_string())
        )
    );
}

/// Fuel counts IR instructions, however the interpreter runs them: fused
/// runs of int arithmetic, comparisons and jumps cost one unit for each
/// instruction they stand for (the count here is the plain IR's).
#[test]
fn fuel_counts_every_ir_instruction_of_a_fused_run() {
    let src = "def count(n):\n    i = 0\n    total = 0\n    while i < n:\n        total += i * 2\n        i += 1\n    return total\n";
    let program = sym_vm::compile(src).unwrap_or_else(|e| panic!("{e:?}"));
    let mut vm = sym_vm::vm_for(program);
    vm.run_module().unwrap_or_else(|e| panic!("{e}"));
    let count = vm.global("count").unwrap_or(sym_vm::Value::None);
    let before = vm.fuel_left();
    let result = vm.call_value(&count, &[sym_vm::Value::Int(100)]);
    assert!(matches!(result, Ok(sym_vm::Value::Int(9900))));
    // 4 to start; 4 per test of `i < n` (101 of them); 6 + 4 + 1 per
    // iteration (`total += i * 2`, `i += 1`, the jump back); 2 to return.
    assert_eq!(before - vm.fuel_left(), 4 + 101 * 4 + 100 * 11 + 2);
}

/// Memory is checked each time a loop goes round, so values too small for
/// the checks before large operations still meet the limit.
#[test]
fn memory_limit_holds_for_many_small_values() {
    let doc = run(
        "def main(event):\n    kept = []\n    i = 0\n    while True:\n        kept.append([i, i])\n        i += 1\n",
        None,
    );
    assert_eq!(
        error(&doc),
        (
            "ResourceLimit".into(),
            "memory limit of 64 MiB exceeded".into()
        )
    );
    // Raised where the loop goes round: the `while` line.
    assert_eq!(doc["error"]["line"], json!(4));
}

#[test]
fn a_limit_inside_a_dropped_generators_finally_ends_the_run() {
    // Leaving the loop drops the generator, which closes it: its `finally`
    // spins until the fuel runs out, and neither it nor the handler's bare
    // `except:` can swallow that.
    let doc = run(
        "def spin():\n    try:\n        yield 1\n    finally:\n        try:\n            while True:\n                pass\n        except:\n            pass\n\ndef main(event):\n    try:\n        for x in spin():\n            break\n    except:\n        return 'swallowed'\n    return 'unreachable'\n",
        None,
    );
    assert_eq!(
        error(&doc),
        (
            "ResourceLimit".into(),
            "fuel limit of 10000000 instructions exceeded".into()
        )
    );
    assert_eq!(doc["error"]["line"], json!(6));
}

#[test]
fn no_user_code_runs_after_a_limit_even_to_close_a_generator() {
    // The depth limit is hit inside `deep`, with a generator suspended in a
    // `try` at every level on the way: closing them would print (or call a
    // host) after the run has failed.
    let doc = run(
        "def gen():\n    try:\n        yield 1\n    finally:\n        print('closed')\n\ndef deep(n):\n    for x in gen():\n        return deep(n + 1)\n\ndef main(event):\n    try:\n        deep(0)\n    except:\n        pass\n    return 'done'\n",
        None,
    );
    assert_eq!(doc["output"], json!([]));
    assert_eq!(
        error(&doc),
        (
            "ResourceLimit".into(),
            "recursion depth limit of 200 exceeded".into()
        )
    );
}
