//! The compiled-flow file format (`symc build` output).
//!
//! ```text
//! magic       8 bytes  "SYMCFLOW"
//! version     u16 LE   FORMAT_VERSION
//! source hash 32 bytes SHA-256 of impl.py
//! length      u32 LE   payload length
//! payload     globals (count, strings), then the module code object
//! checksum    32 bytes SHA-256 of the payload
//! ```
//!
//! Strings are a u32 byte length and UTF-8. A code object is its name, kind,
//! argument shape, tables (varnames, cell slots, names, constants, nested
//! codes), instructions (an opcode byte and its u32 operands) and one line
//! per instruction. Loading checks the magic, the version, the lengths, the
//! checksum and every index and jump target inside.

use std::rc::Rc;

use sha2::{Digest, Sha256};

use crate::ir::{BinOp, CmpOp, Code, CodeKind, Const, Op, Program};

pub const MAGIC: &[u8; 8] = b"SYMCFLOW";
pub const FORMAT_VERSION: u16 = 3;
const MAX_NESTING: usize = 64;

/// Why a compiled flow was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError(pub String);

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

pub fn hash_source(source: &str) -> [u8; 32] {
    Sha256::digest(source.as_bytes()).into()
}

/// Whether the bytes start like a compiled flow.
pub fn is_compiled_flow(bytes: &[u8]) -> bool {
    bytes.starts_with(MAGIC)
}

// ------------------------------------------------------------------ writing

struct W(Vec<u8>);

impl W {
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.0.extend_from_slice(s.as_bytes());
    }
}

fn op_parts(op: &Op) -> (u8, u32, u32) {
    match *op {
        Op::Nop => (0, 0, 0),
        Op::LoadConst(a) => (1, a, 0),
        Op::LoadNone => (2, 0, 0),
        Op::LoadTrue => (3, 0, 0),
        Op::LoadFalse => (4, 0, 0),
        Op::LoadInt(a) => (5, a as u32, 0),
        Op::LoadFast(a) => (6, a, 0),
        Op::StoreFast(a) => (7, a, 0),
        Op::DeleteFast(a) => (8, a, 0),
        Op::LoadDeref(a) => (9, a, 0),
        Op::LoadClosure(a) => (10, a, 0),
        Op::StoreDeref(a) => (11, a, 0),
        Op::DeleteDeref(a) => (12, a, 0),
        Op::LoadGlobal(a) => (13, a, 0),
        Op::StoreGlobal(a) => (14, a, 0),
        Op::DeleteGlobal(a) => (15, a, 0),
        Op::LoadName(a) => (16, a, 0),
        Op::StoreName(a) => (17, a, 0),
        Op::DeleteName(a) => (18, a, 0),
        Op::LoadAttr(a) => (19, a, 0),
        Op::StoreAttr(a) => (20, a, 0),
        Op::DeleteAttr(a) => (21, a, 0),
        Op::LoadMethod(a) => (22, a, 0),
        Op::CallMethod(a) => (23, a, 0),
        Op::GetItem => (24, 0, 0),
        Op::StoreItem => (25, 0, 0),
        Op::DeleteItem => (26, 0, 0),
        Op::Binary(b) => (27, b as u32, 0),
        Op::Inplace(b) => (28, b as u32, 0),
        Op::Compare(c) => (29, c as u32, 0),
        Op::Not => (30, 0, 0),
        Op::Neg => (31, 0, 0),
        Op::Pos => (32, 0, 0),
        Op::Invert => (33, 0, 0),
        Op::Jump(a) => (34, a, 0),
        Op::PopJumpIfFalse(a) => (35, a, 0),
        Op::PopJumpIfTrue(a) => (36, a, 0),
        Op::JumpIfFalseOrPop(a) => (37, a, 0),
        Op::JumpIfTrueOrPop(a) => (38, a, 0),
        Op::GetIter => (39, 0, 0),
        Op::ForIter(a) => (40, a, 0),
        Op::Pop => (41, 0, 0),
        Op::Dup => (42, 0, 0),
        Op::Dup2 => (43, 0, 0),
        Op::Rot2 => (44, 0, 0),
        Op::Rot3 => (45, 0, 0),
        Op::BuildList(a) => (46, a, 0),
        Op::BuildTuple(a) => (47, a, 0),
        Op::BuildSet(a) => (48, a, 0),
        Op::BuildDict(a) => (49, a, 0),
        Op::BuildSlice(a) => (50, a, 0),
        Op::BuildString(a) => (51, a, 0),
        Op::ListAppend(a) => (52, a, 0),
        Op::ListExtend(a) => (53, a, 0),
        Op::SetAdd(a) => (54, a, 0),
        Op::MapAdd(a) => (55, a, 0),
        Op::DictUpdate(a) => (56, a, 0),
        Op::ListToTuple => (57, 0, 0),
        Op::UnpackSequence(a) => (58, a, 0),
        Op::UnpackEx(a, b) => (59, a, b),
        Op::FormatValue(a) => (60, a, 0),
        Op::MakeFunction(a, b) => (61, a, b),
        Op::BuildClass(a) => (62, a, 0),
        Op::Call(a) => (63, a, 0),
        Op::CallKw(a, b) => (64, a, b),
        Op::CallEx => (65, 0, 0),
        Op::Return => (66, 0, 0),
        Op::Yield => (67, 0, 0),
        Op::Raise(a) => (68, a, 0),
        Op::Reraise => (69, 0, 0),
        Op::SetupExcept(a) => (70, a, 0),
        Op::PopBlock => (71, 0, 0),
        Op::EnterHandler => (72, 0, 0),
        Op::PopExcept => (73, 0, 0),
        Op::ExcMatch => (74, 0, 0),
        Op::WithEnter => (75, 0, 0),
        Op::WithExit => (76, 0, 0),
        Op::WithExitExc => (77, 0, 0),
        Op::ImportName(a, b) => (78, a, b),
        Op::ImportFrom(a) => (79, a, 0),
        Op::LoadPrinted => (80, 0, 0),
        Op::AssertFail => (81, 0, 0),
        Op::BuildConstSet(a) => (82, a, 0),
    }
}

/// How many u32 operands each opcode has (None: unknown opcode).
fn operand_count(tag: u8) -> Option<usize> {
    Some(match tag {
        0
        | 2
        | 3
        | 4
        | 24
        | 25
        | 26
        | 30..=33
        | 39
        | 41..=45
        | 57
        | 65..=67
        | 69
        | 71..=77
        | 80
        | 81 => 0,
        59 | 61 | 64 | 78 => 2,
        1..=82 => 1,
        _ => return None,
    })
}

fn op_from(tag: u8, a: u32, b: u32) -> Result<Op, LoadError> {
    let bin = |x: u32| {
        BinOp::ALL
            .get(x as usize)
            .copied()
            .ok_or_else(|| LoadError(format!("bad operator {x}")))
    };
    let cmp = |x: u32| {
        CmpOp::ALL
            .get(x as usize)
            .copied()
            .ok_or_else(|| LoadError(format!("bad comparison {x}")))
    };
    Ok(match tag {
        0 => Op::Nop,
        1 => Op::LoadConst(a),
        2 => Op::LoadNone,
        3 => Op::LoadTrue,
        4 => Op::LoadFalse,
        5 => Op::LoadInt(a as i32),
        6 => Op::LoadFast(a),
        7 => Op::StoreFast(a),
        8 => Op::DeleteFast(a),
        9 => Op::LoadDeref(a),
        10 => Op::LoadClosure(a),
        11 => Op::StoreDeref(a),
        12 => Op::DeleteDeref(a),
        13 => Op::LoadGlobal(a),
        14 => Op::StoreGlobal(a),
        15 => Op::DeleteGlobal(a),
        16 => Op::LoadName(a),
        17 => Op::StoreName(a),
        18 => Op::DeleteName(a),
        19 => Op::LoadAttr(a),
        20 => Op::StoreAttr(a),
        21 => Op::DeleteAttr(a),
        22 => Op::LoadMethod(a),
        23 => Op::CallMethod(a),
        24 => Op::GetItem,
        25 => Op::StoreItem,
        26 => Op::DeleteItem,
        27 => Op::Binary(bin(a)?),
        28 => Op::Inplace(bin(a)?),
        29 => Op::Compare(cmp(a)?),
        30 => Op::Not,
        31 => Op::Neg,
        32 => Op::Pos,
        33 => Op::Invert,
        34 => Op::Jump(a),
        35 => Op::PopJumpIfFalse(a),
        36 => Op::PopJumpIfTrue(a),
        37 => Op::JumpIfFalseOrPop(a),
        38 => Op::JumpIfTrueOrPop(a),
        39 => Op::GetIter,
        40 => Op::ForIter(a),
        41 => Op::Pop,
        42 => Op::Dup,
        43 => Op::Dup2,
        44 => Op::Rot2,
        45 => Op::Rot3,
        46 => Op::BuildList(a),
        47 => Op::BuildTuple(a),
        48 => Op::BuildSet(a),
        49 => Op::BuildDict(a),
        50 => Op::BuildSlice(a),
        51 => Op::BuildString(a),
        52 => Op::ListAppend(a),
        53 => Op::ListExtend(a),
        54 => Op::SetAdd(a),
        55 => Op::MapAdd(a),
        56 => Op::DictUpdate(a),
        57 => Op::ListToTuple,
        58 => Op::UnpackSequence(a),
        59 => Op::UnpackEx(a, b),
        60 => Op::FormatValue(a),
        61 => Op::MakeFunction(a, b),
        62 => Op::BuildClass(a),
        63 => Op::Call(a),
        64 => Op::CallKw(a, b),
        65 => Op::CallEx,
        66 => Op::Return,
        67 => Op::Yield,
        68 => Op::Raise(a),
        69 => Op::Reraise,
        70 => Op::SetupExcept(a),
        71 => Op::PopBlock,
        72 => Op::EnterHandler,
        73 => Op::PopExcept,
        74 => Op::ExcMatch,
        75 => Op::WithEnter,
        76 => Op::WithExit,
        77 => Op::WithExitExc,
        78 => Op::ImportName(a, b),
        79 => Op::ImportFrom(a),
        80 => Op::LoadPrinted,
        81 => Op::AssertFail,
        82 => Op::BuildConstSet(a),
        other => return Err(LoadError(format!("unknown opcode {other}"))),
    })
}

fn write_code(w: &mut W, code: &Code) {
    w.str(&code.name);
    w.u8(code.kind as u8);
    w.u32(code.argcount);
    w.u32(code.posonly);
    w.u32(code.kwonly);
    w.u8(code.has_varargs as u8 | (code.has_varkw as u8) << 1 | (code.is_generator as u8) << 2);
    w.u32(code.varnames.len() as u32);
    for v in &code.varnames {
        w.str(v);
    }
    w.u32(code.cellslots.len() as u32);
    for c in &code.cellslots {
        w.u32(*c);
    }
    w.u32(code.nfree);
    w.u32(code.names.len() as u32);
    for n in &code.names {
        w.str(n);
    }
    w.u32(code.consts.len() as u32);
    for c in &code.consts {
        match c {
            Const::Int(i) => {
                w.u8(0);
                w.0.extend_from_slice(&i.to_le_bytes());
            }
            Const::BigInt(s) => {
                w.u8(1);
                w.str(s);
            }
            Const::Float(f) => {
                w.u8(2);
                w.0.extend_from_slice(&f.to_bits().to_le_bytes());
            }
            Const::Str(s) => {
                w.u8(3);
                w.str(s);
            }
            Const::Names(ns) => {
                w.u8(4);
                w.u32(ns.len() as u32);
                for n in ns {
                    w.str(n);
                }
            }
            Const::Bytes(b) => {
                w.u8(5);
                w.u32(b.len() as u32);
                w.0.extend_from_slice(b);
            }
        }
    }
    w.u32(code.codes.len() as u32);
    for c in &code.codes {
        write_code(w, c);
    }
    w.u32(code.ops.len() as u32);
    for op in &code.ops {
        let (tag, a, b) = op_parts(op);
        w.u8(tag);
        match operand_count(tag) {
            Some(1) => w.u32(a),
            Some(2) => {
                w.u32(a);
                w.u32(b);
            }
            _ => {}
        }
    }
    for l in &code.lines {
        w.u32(*l);
    }
    w.u32(code.first_line);
}

/// Serialises a program.
pub fn encode(program: &Program) -> Vec<u8> {
    let mut payload = W(Vec::new());
    payload.u32(program.globals.len() as u32);
    for g in &program.globals {
        payload.str(g);
    }
    write_code(&mut payload, &program.module);
    let mut out = Vec::with_capacity(payload.0.len() + 80);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&program.source_hash);
    out.extend_from_slice(&(payload.0.len() as u32).to_le_bytes());
    let checksum: [u8; 32] = Sha256::digest(&payload.0).into();
    out.extend_from_slice(&payload.0);
    out.extend_from_slice(&checksum);
    out
}

// ------------------------------------------------------------------ reading

struct R<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl R<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], LoadError> {
        let end = self.pos.checked_add(n).ok_or_else(truncated)?;
        let s = self.bytes.get(self.pos..end).ok_or_else(truncated)?;
        self.pos = end;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, LoadError> {
        Ok(*self.take(1)?.first().ok_or_else(truncated)?)
    }
    fn u32(&mut self) -> Result<u32, LoadError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn u64(&mut self) -> Result<u64, LoadError> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }
    /// A count of items each at least `min_size` bytes: refuses counts the
    /// rest of the input cannot hold.
    fn count(&mut self, min_size: usize) -> Result<usize, LoadError> {
        let n = self.u32()? as usize;
        let left = self.bytes.len().saturating_sub(self.pos);
        if n.saturating_mul(min_size.max(1)) > left {
            return Err(LoadError(format!(
                "a count of {n} does not fit in the file"
            )));
        }
        Ok(n)
    }
    fn str(&mut self) -> Result<Rc<str>, LoadError> {
        let n = self.count(1)?;
        let b = self.take(n)?;
        std::str::from_utf8(b)
            .map(Rc::from)
            .map_err(|_| LoadError("a string is not UTF-8".into()))
    }
}

fn truncated() -> LoadError {
    LoadError("the file is truncated".into())
}

fn read_code(r: &mut R<'_>, nglobals: usize, depth: usize) -> Result<Code, LoadError> {
    if depth > MAX_NESTING {
        return Err(LoadError("code objects are nested too deeply".into()));
    }
    let name = r.str()?;
    let kind = match r.u8()? {
        0 => CodeKind::Module,
        1 => CodeKind::Function,
        2 => CodeKind::Lambda,
        3 => CodeKind::Comprehension,
        4 => CodeKind::Generator,
        5 => CodeKind::ClassBody,
        k => return Err(LoadError(format!("unknown code kind {k}"))),
    };
    let argcount = r.u32()?;
    let posonly = r.u32()?;
    let kwonly = r.u32()?;
    let flags = r.u8()?;
    let n = r.count(4)?;
    let mut varnames = Vec::with_capacity(n);
    for _ in 0..n {
        varnames.push(r.str()?);
    }
    let n = r.count(4)?;
    let mut cellslots = Vec::with_capacity(n);
    for _ in 0..n {
        cellslots.push(r.u32()?);
    }
    let nfree = r.u32()?;
    let n = r.count(4)?;
    let mut names = Vec::with_capacity(n);
    for _ in 0..n {
        names.push(r.str()?);
    }
    let n = r.count(5)?;
    let mut consts = Vec::with_capacity(n);
    for _ in 0..n {
        consts.push(match r.u8()? {
            0 => Const::Int(r.u64()? as i64),
            1 => {
                let s = r.str()?;
                if s.parse::<num_bigint::BigInt>().is_err() {
                    return Err(LoadError("bad integer constant".into()));
                }
                Const::BigInt(s.to_string())
            }
            2 => Const::Float(f64::from_bits(r.u64()?)),
            3 => Const::Str(r.str()?),
            4 => {
                let k = r.count(4)?;
                let mut ns = Vec::with_capacity(k);
                for _ in 0..k {
                    ns.push(r.str()?);
                }
                Const::Names(ns)
            }
            5 => {
                let n = r.count(1)?;
                Const::Bytes(Rc::from(r.take(n)?))
            }
            t => return Err(LoadError(format!("unknown constant tag {t}"))),
        });
    }
    let n = r.count(20)?;
    let mut codes = Vec::with_capacity(n);
    for _ in 0..n {
        codes.push(Rc::new(read_code(r, nglobals, depth + 1)?));
    }
    let n = r.count(5)?;
    let mut ops = Vec::with_capacity(n);
    for _ in 0..n {
        let tag = r.u8()?;
        let count = operand_count(tag).ok_or_else(|| LoadError(format!("unknown opcode {tag}")))?;
        let a = if count >= 1 { r.u32()? } else { 0 };
        let b = if count >= 2 { r.u32()? } else { 0 };
        ops.push(op_from(tag, a, b)?);
    }
    let mut lines = Vec::with_capacity(ops.len());
    for _ in 0..ops.len() {
        lines.push(r.u32()?);
    }
    let first_line = r.u32()?;
    let code = Code {
        name,
        kind,
        argcount,
        posonly,
        kwonly,
        has_varargs: flags & 1 != 0,
        has_varkw: flags & 2 != 0,
        is_generator: flags & 4 != 0,
        varnames,
        cellslots,
        nfree,
        names,
        consts,
        codes,
        ops,
        lines,
        first_line,
        const_cache: Default::default(),
        name_cache: Default::default(),
        quick: Default::default(),
    };
    validate(&code, nglobals)?;
    Ok(code)
}

fn validate(code: &Code, nglobals: usize) -> Result<(), LoadError> {
    let bad = |what: &str, i: u32| {
        Err(LoadError(format!(
            "{}: {what} {i} is out of range",
            code.name
        )))
    };
    let nslots = code.varnames.len();
    let params = code.argcount as usize
        + code.kwonly as usize
        + code.has_varargs as usize
        + code.has_varkw as usize;
    if params > nslots || code.nfree as usize > nslots || code.posonly > code.argcount {
        return Err(LoadError(format!(
            "{}: the argument shape does not fit its slots",
            code.name
        )));
    }
    if let Some(c) = code.cellslots.iter().find(|c| **c as usize >= nslots) {
        return bad("cell slot", *c);
    }
    let nops = code.ops.len();
    if nops == 0 {
        return Err(LoadError(format!("{}: no instructions", code.name)));
    }
    for op in &code.ops {
        if let Some(t) = op.jump_target() {
            if t as usize >= nops {
                return bad("jump target", t);
            }
        }
        match *op {
            Op::LoadConst(i) if i as usize >= code.consts.len() => return bad("constant", i),
            Op::LoadFast(i)
            | Op::StoreFast(i)
            | Op::DeleteFast(i)
            | Op::LoadDeref(i)
            | Op::LoadClosure(i)
            | Op::StoreDeref(i)
            | Op::DeleteDeref(i)
                if i as usize >= nslots =>
            {
                return bad("local slot", i);
            }
            Op::LoadGlobal(i) | Op::StoreGlobal(i) | Op::DeleteGlobal(i)
                if i as usize >= nglobals =>
            {
                return bad("global", i);
            }
            Op::LoadName(i)
            | Op::StoreName(i)
            | Op::DeleteName(i)
            | Op::LoadAttr(i)
            | Op::StoreAttr(i)
            | Op::DeleteAttr(i)
            | Op::LoadMethod(i)
            | Op::ImportName(i, _)
            | Op::ImportFrom(i)
                if i as usize >= code.names.len() =>
            {
                return bad("name", i);
            }
            Op::MakeFunction(i, _) if i as usize >= code.codes.len() => return bad("code", i),
            Op::CallKw(n, i) => match code.consts.get(i as usize) {
                Some(Const::Names(names)) if names.len() <= n as usize => {}
                _ => return bad("keyword names", i),
            },
            _ => {}
        }
    }
    Ok(())
}

/// Loads a compiled flow, checking all of it.
pub fn decode(bytes: &[u8]) -> Result<Program, LoadError> {
    if !bytes.starts_with(MAGIC) {
        return Err(LoadError("not a compiled flow (bad magic number)".into()));
    }
    let mut r = R {
        bytes,
        pos: MAGIC.len(),
    };
    let vb = r.take(2)?;
    let version = u16::from_le_bytes([vb[0], vb[1]]);
    if version != FORMAT_VERSION {
        return Err(LoadError(format!(
            "compiled flow format version {version} is not supported (this symc reads version {FORMAT_VERSION})"
        )));
    }
    let mut source_hash = [0u8; 32];
    source_hash.copy_from_slice(r.take(32)?);
    let len = r.u32()? as usize;
    let start = r.pos;
    r.take(len)?;
    r.take(32)?;
    let payload = &bytes[start..start + len];
    let checksum = &bytes[start + len..start + len + 32];
    if r.pos != bytes.len() {
        return Err(LoadError("trailing bytes after the compiled flow".into()));
    }
    let actual: [u8; 32] = Sha256::digest(payload).into();
    if actual.as_slice() != checksum {
        return Err(LoadError(
            "the compiled flow is corrupt (checksum mismatch)".into(),
        ));
    }
    let mut p = R {
        bytes: payload,
        pos: 0,
    };
    let n = p.count(4)?;
    let mut globals = Vec::with_capacity(n);
    for _ in 0..n {
        globals.push(p.str()?);
    }
    let module = read_code(&mut p, globals.len(), 0)?;
    if p.pos != payload.len() {
        return Err(LoadError(
            "trailing bytes in the compiled flow's payload".into(),
        ));
    }
    if module.kind != CodeKind::Module {
        return Err(LoadError("the top-level code is not a module".into()));
    }
    Ok(Program {
        module: Rc::new(module),
        globals,
        source_hash,
    })
}
