//! `symc build` and `symc disasm` as a user runs them.

use std::process::Command;

fn symc(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_symc"))
        .args(args)
        .output()
        .expect("run symc");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("symc-test-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

#[test]
fn build_then_disasm_matches_disasm_of_the_source() {
    let dir = temp_dir("roundtrip");
    let src = dir.join("impl.py");
    std::fs::write(
        &src,
        "def main(event):\n    return [x * 2 for x in range(3)]\n",
    )
    .expect("write");
    let out = dir.join("impl.symc");
    let (code, _, err) = symc(&[
        "build",
        src.to_str().unwrap_or(""),
        "-o",
        out.to_str().unwrap_or(""),
    ]);
    assert_eq!(code, 0, "{err}");
    let (code, from_flow, _) = symc(&["disasm", out.to_str().unwrap_or("")]);
    assert_eq!(code, 0);
    let (_, from_source, _) = symc(&["disasm", src.to_str().unwrap_or("")]);
    assert_eq!(from_flow, from_source);
    assert!(
        from_flow.contains("code main (Function, line 1)"),
        "{from_flow}"
    );
    assert!(
        from_flow.contains("MAKE_FUNCTION        0 (main.<locals>.<listcomp>)"),
        "{from_flow}"
    );
}

#[test]
fn a_syntax_error_is_refused_with_its_diagnostic() {
    let dir = temp_dir("syntax");
    let src = dir.join("impl.py");
    std::fs::write(&src, "def main(event)\n    return 1\n").expect("write");
    let out = dir.join("impl.symc");
    let (code, stdout, err) = symc(&[
        "build",
        src.to_str().unwrap_or(""),
        "-o",
        out.to_str().unwrap_or(""),
    ]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(
        err.contains("is refused:") && err.contains(":1:") && err.contains("SYN"),
        "{err}"
    );
    assert!(!out.exists());
}

#[test]
fn a_corrupt_flow_is_refused() {
    let dir = temp_dir("corrupt");
    let src = dir.join("impl.py");
    std::fs::write(&src, "def main(event):\n    return 1\n").expect("write");
    let out = dir.join("impl.symc");
    let (code, _, _) = symc(&[
        "build",
        src.to_str().unwrap_or(""),
        "-o",
        out.to_str().unwrap_or(""),
    ]);
    assert_eq!(code, 0);
    let mut bytes = std::fs::read(&out).expect("read");
    let n = bytes.len();
    bytes[n - 40] ^= 0xff;
    std::fs::write(&out, &bytes).expect("write");
    let (code, stdout, err) = symc(&["disasm", out.to_str().unwrap_or("")]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(
        err.ends_with("the compiled flow is corrupt (checksum mismatch)\n"),
        "{err}"
    );
}
