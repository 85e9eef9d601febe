//! A readable listing of a compiled program.

use std::fmt::Write;

use crate::ir::{Code, Const, Op, Program};
use crate::ops::{float_repr, str_repr};

/// Disassembles every code object, the module first.
pub fn disassemble(program: &Program) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "; source sha256 {}", hex(&program.source_hash));
    let _ = writeln!(
        out,
        "; globals: {}",
        program
            .globals
            .iter()
            .map(|g| g.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    );
    code(&mut out, &program.module, program);
    out
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn constant(c: &Const) -> String {
    match c {
        Const::Int(i) => i.to_string(),
        Const::BigInt(s) => s.clone(),
        Const::Float(f) => float_repr(*f),
        Const::Str(s) => str_repr(s),
        Const::Bytes(b) => crate::ops::bytes_repr(b),
        Const::Names(n) => format!(
            "({})",
            n.iter().map(|s| str_repr(s)).collect::<Vec<_>>().join(", ")
        ),
    }
}

fn code(out: &mut String, c: &Code, program: &Program) {
    let _ = writeln!(
        out,
        "\ncode {} ({:?}, line {}) args={} posonly={} kwonly={}{}{}{}",
        c.name,
        c.kind,
        c.first_line,
        c.argcount,
        c.posonly,
        c.kwonly,
        if c.has_varargs { " *args" } else { "" },
        if c.has_varkw { " **kwargs" } else { "" },
        if c.is_generator { " generator" } else { "" }
    );
    let _ = writeln!(
        out,
        "  slots:{}",
        c.varnames
            .iter()
            .map(|v| format!(" {v}"))
            .collect::<String>()
    );
    if !c.cellslots.is_empty() || c.nfree > 0 {
        let _ = writeln!(out, "  cells: {:?} free: {}", c.cellslots, c.nfree);
    }
    let mut last_line = 0;
    for (pc, op) in c.ops.iter().enumerate() {
        let line = c.line_at(pc);
        let line_col = if line != last_line {
            format!("{line:>4}")
        } else {
            "    ".to_string()
        };
        last_line = line;
        let arg = describe(op, c, program);
        let row = format!("{line_col} {pc:>5} {:<20} {arg}", op.name());
        let _ = writeln!(out, "{}", row.trim_end());
    }
    for child in &c.codes {
        code(out, child, program);
    }
}

fn describe(op: &Op, c: &Code, program: &Program) -> String {
    let slot = |i: u32| {
        c.varnames
            .get(i as usize)
            .map(|s| s.to_string())
            .unwrap_or_default()
    };
    let name = |i: u32| {
        c.names
            .get(i as usize)
            .map(|s| s.to_string())
            .unwrap_or_default()
    };
    match *op {
        Op::LoadConst(i) => format!(
            "{i} ({})",
            c.consts.get(i as usize).map(constant).unwrap_or_default()
        ),
        Op::LoadInt(i) => i.to_string(),
        Op::LoadFast(i)
        | Op::StoreFast(i)
        | Op::DeleteFast(i)
        | Op::LoadDeref(i)
        | Op::StoreDeref(i)
        | Op::DeleteDeref(i)
        | Op::LoadClosure(i) => {
            format!("{i} ({})", slot(i))
        }
        Op::LoadGlobal(i) | Op::StoreGlobal(i) | Op::DeleteGlobal(i) => {
            format!(
                "{i} ({})",
                program
                    .globals
                    .get(i as usize)
                    .map(|s| s.to_string())
                    .unwrap_or_default()
            )
        }
        Op::LoadName(i)
        | Op::StoreName(i)
        | Op::DeleteName(i)
        | Op::LoadAttr(i)
        | Op::StoreAttr(i)
        | Op::DeleteAttr(i)
        | Op::LoadMethod(i)
        | Op::ImportFrom(i) => {
            format!("{i} ({})", name(i))
        }
        Op::ImportName(i, exact) => format!(
            "{i} ({}) {}",
            name(i),
            if exact == 1 { "exact" } else { "top" }
        ),
        Op::Binary(b) | Op::Inplace(b) => b.symbol().to_string(),
        Op::Compare(o) => o.symbol().to_string(),
        Op::Jump(t)
        | Op::PopJumpIfFalse(t)
        | Op::PopJumpIfTrue(t)
        | Op::JumpIfFalseOrPop(t)
        | Op::JumpIfTrueOrPop(t)
        | Op::ForIter(t)
        | Op::SetupExcept(t) => {
            format!("-> {t}")
        }
        Op::MakeFunction(i, flags) => format!(
            "{i} ({}){}{}{}",
            c.codes
                .get(i as usize)
                .map(|x| x.name.to_string())
                .unwrap_or_default(),
            if flags & 1 != 0 { " defaults" } else { "" },
            if flags & 2 != 0 { " kwdefaults" } else { "" },
            if flags & 4 != 0 { " closure" } else { "" }
        ),
        Op::CallKw(n, i) => format!(
            "{n} {}",
            c.consts.get(i as usize).map(constant).unwrap_or_default()
        ),
        Op::UnpackEx(a, b) => format!("{a} {b}"),
        Op::FormatValue(f) => {
            let conv = ["", "!s", "!r", "!a"][(f & 3) as usize];
            format!("{conv}{}", if f & 4 != 0 { " spec" } else { "" })
        }
        Op::CallMethod(n)
        | Op::Call(n)
        | Op::BuildList(n)
        | Op::BuildTuple(n)
        | Op::BuildSet(n)
        | Op::BuildConstSet(n)
        | Op::BuildDict(n)
        | Op::BuildSlice(n)
        | Op::BuildString(n)
        | Op::ListAppend(n)
        | Op::ListExtend(n)
        | Op::SetAdd(n)
        | Op::MapAdd(n)
        | Op::DictUpdate(n)
        | Op::UnpackSequence(n)
        | Op::BuildClass(n)
        | Op::Raise(n) => n.to_string(),
        _ => String::new(),
    }
}
