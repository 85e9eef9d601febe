//! The compiled-flow format: build/load round trip, golden disassembly, and
//! refusal of corrupt or foreign files without panicking.

use std::path::PathBuf;

const SOURCES: &[&str] = &[
    "def main(event):\n    return [1, 2.5, 'x', 10**30]\n",
    "x = 1\nclass A(Exception):\n    pass\ndef main(event):\n    try:\n        raise A('m')\n    except A as e:\n        return (lambda y=x: y)() + len(str(e))\n",
    "def main(event):\n    return [b'a\\x00\\xff\\'', b'', 'x'.encode()]\n",
];

#[test]
fn encode_decode_round_trip_is_identical() {
    for src in SOURCES {
        let program = sym_vm::compile(src).expect("compiles");
        let bytes = sym_vm::flow::encode(&program);
        let loaded = sym_vm::flow::decode(&bytes).expect("loads");
        assert_eq!(loaded, program);
        assert_eq!(
            sym_vm::disasm::disassemble(&loaded),
            sym_vm::disasm::disassemble(&program)
        );
        assert_eq!(sym_vm::flow::encode(&loaded), bytes);
    }
}

#[test]
fn loaded_flow_runs_like_the_source() {
    let program = sym_vm::compile(SOURCES[1]).expect("compiles");
    let bytes = sym_vm::flow::encode(&program);
    let run = move || {
        let loaded = sym_vm::flow::decode(&bytes).expect("loads");
        let mut vm = sym_vm::vm_for(loaded);
        vm.run_module().expect("module");
        let main = vm.global("main").expect("main");
        match vm.call_value(&main, &[sym_vm::Value::None]) {
            Ok(sym_vm::Value::Int(i)) => i,
            _ => -1,
        }
    };
    assert_eq!(std::thread::spawn(run).join().expect("thread"), 2);
}

#[test]
fn foreign_and_corrupt_files_are_refused_with_a_clear_error() {
    let program = sym_vm::compile(SOURCES[1]).expect("compiles");
    let bytes = sym_vm::flow::encode(&program);
    assert_eq!(
        sym_vm::flow::decode(b"def main(event): pass")
            .err()
            .map(|e| e.0),
        Some("not a compiled flow (bad magic number)".to_string())
    );
    let mut other_version = bytes.clone();
    other_version[8] = 99;
    assert_eq!(
        sym_vm::flow::decode(&other_version).err().map(|e| e.0),
        Some(
            "compiled flow format version 99 is not supported (this symc reads version 3)"
                .to_string()
        )
    );
    let mut flipped = bytes.clone();
    let mid = bytes.len() / 2;
    flipped[mid] ^= 0x10;
    assert_eq!(
        sym_vm::flow::decode(&flipped).err().map(|e| e.0),
        Some("the compiled flow is corrupt (checksum mismatch)".to_string())
    );
    assert_eq!(
        sym_vm::flow::decode(&bytes[..bytes.len() - 1])
            .err()
            .map(|e| e.0),
        Some("the file is truncated".to_string())
    );
}

/// Truncations, every single-bit flip of the header and a sample of the
/// body, and random bytes behind a valid header: all refused, none panics.
#[test]
fn fuzzed_flows_never_panic() {
    std::thread::Builder::new()
        .stack_size(64 * 1024 * 1024)
        .spawn(fuzz)
        .expect("spawn")
        .join()
        .expect("no panic");
}

fn fuzz() {
    let program = sym_vm::compile(SOURCES[1]).expect("compiles");
    let bytes = sym_vm::flow::encode(&program);
    for n in 0..bytes.len() {
        assert!(sym_vm::flow::decode(&bytes[..n]).is_err());
    }
    for i in 0..bytes.len() {
        for bit in 0..8 {
            if i > 60 && (i * 8 + bit) % 7 != 0 {
                continue;
            }
            let mut b = bytes.clone();
            b[i] ^= 1 << bit;
            let _ = sym_vm::flow::decode(&b);
        }
    }
    // Payloads with a valid checksum but garbage inside exercise the
    // validator rather than the checksum.
    let mut seed: u64 = 0x9e3779b97f4a7c15;
    for round in 0..2000 {
        let len = 1 + round % 300;
        let mut payload = Vec::with_capacity(len);
        for _ in 0..len {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            payload.push(seed as u8);
        }
        if round % 2 == 0 {
            // Start from a real payload and corrupt a few bytes.
            let real = &bytes[46..bytes.len() - 32];
            payload = real.to_vec();
            for _ in 0..3 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                let at = (seed as usize) % payload.len();
                payload[at] = (seed >> 32) as u8;
            }
        }
        let framed = frame(&payload);
        if let Ok(p) = sym_vm::flow::decode(&framed) {
            // Whatever loads must also run without panicking.
            let mut vm = sym_vm::vm_for(p);
            vm.set_limits(sym_vm::Limits {
                fuel: 10_000,
                ..Default::default()
            });
            let _ = vm.run_module();
        }
    }
}

fn frame(payload: &[u8]) -> Vec<u8> {
    use sha2::Digest;
    let mut out = Vec::new();
    out.extend_from_slice(sym_vm::flow::MAGIC);
    out.extend_from_slice(&sym_vm::flow::FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&[0u8; 32]);
    out.extend_from_slice(&(payload.len() as u32).to_le_bytes());
    out.extend_from_slice(payload);
    let sum: [u8; 32] = sha2::Sha256::digest(payload).into();
    out.extend_from_slice(&sum);
    out
}

/// Golden disassembly: `tests/disasm/*.py` against `*.disasm`;
/// `UPDATE_GOLDEN=1` rewrites them.
#[test]
fn golden_disassembly() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/disasm");
    let update = std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1");
    let mut checked = 0;
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for path in entries
        .into_iter()
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
    {
        let src = std::fs::read_to_string(&path).expect("source");
        let program = sym_vm::compile(&src).expect("compiles");
        let text = sym_vm::disasm::disassemble(&program);
        let golden = path.with_extension("disasm");
        if update {
            std::fs::write(&golden, &text).expect("write golden");
        } else {
            let expected = std::fs::read_to_string(&golden).unwrap_or_default();
            assert_eq!(
                text,
                expected,
                "{} differs from its golden file (UPDATE_GOLDEN=1 to regenerate)",
                path.display()
            );
        }
        checked += 1;
    }
    assert!(checked >= 3);
}
