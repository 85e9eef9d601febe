//! The interpreter's execution form of a code object, made from its IR the
//! first time it runs (the IR itself, what `symc build` writes and
//! `symc disasm` prints, is unchanged).
//!
//! Each position holds an [`Inst`] for the instruction at the same
//! position of the IR: the common instructions mirrored with their
//! operands, everything else as [`Inst::Slow`] (the interpreter runs the IR
//! instruction in full generality). A *fused* instruction stands for the
//! run of IR instructions that starts at its position. It does all of
//! them at once when their operands are small ints (or, for the loads,
//! bound locals), charging one unit of fuel per IR instruction; otherwise
//! the interpreter runs only the first IR instruction, and goes on at the
//! next position. So a jump into the middle of a run lands on a
//! position of its own, and every error is raised by the IR instruction
//! that would raise it in the plain IR, with that instruction's line.

use std::rc::Rc;

use crate::ir::{BinOp, CmpOp, Op};

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Inst {
    /// Run the IR instruction at this position in full generality.
    Slow,
    LoadFast(u32),
    StoreFast(u32),
    LoadInt(i32),
    LoadConst(u32),
    LoadNone,
    LoadGlobal(u32),
    Return,
    Call(u32),
    /// `CALL_KW argc names`.
    CallKw(u16, u32),
    Pop,
    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    /// `BINARY` and `INPLACE` (they differ only on mutable operands, which
    /// the general path handles).
    Binary(BinOp),
    Compare(CmpOp),
    ForIter(u32),
    /// `LOAD_METHOD name`, with the builtin types that have the method
    /// (a mask of `builtins::owner_bit`s).
    LoadMethod(u32, u8),
    CallMethod(u32),
    GetItem,
    StoreItem,
    /// `FORMAT_VALUE` with no conversion and no spec.
    FormatPlain,
    BuildString(u32),
    BuildTuple(u32),
    BuildDict(u32),
    ListAppend(u32),
    /// `LOAD_FAST a; LOAD_FAST b`.
    LoadFast2(u16, u16),
    /// `STORE_FAST a; LOAD_FAST b`.
    StoreFastLoadFast(u16, u16),
    /// `LOAD_FAST a; RETURN`.
    ReturnFast(u32),
    /// `LOAD_FAST a; JUMP t` where `t` holds `RETURN`.
    ReturnFastVia(u16, u32),
    /// `BINARY op; RETURN`.
    BinaryReturn(BinOp),
    /// `LOAD_INT j; LOAD_INT k`.
    LoadInt2(i16, i16),
    /// `LOAD_FAST a; LOAD_FAST b; BINARY op`: pushes a `op` b.
    FastFastBinary(u16, u16, BinOp),
    /// `LOAD_FAST a; LOAD_CONST c; GET_ITEM`: `a[c]` (a dict at a constant
    /// key, a list at a constant index).
    FastConstItem(u16, u32),
    /// `LOAD_INT k; BINARY op`: the top of the stack `op` k.
    IntBinary(i32, BinOp),
    /// `LOAD_FAST a; BINARY op`: the top of the stack `op` a.
    FastBinary(u32, BinOp),
    /// `LOAD_FAST a; LOAD_INT k; BINARY op`: pushes a `op` k.
    FastIntBinary(u16, i32, BinOp),
    /// `LOAD_FAST a; LOAD_INT k; INPLACE op; STORE_FAST a`: a `op`= k.
    FastIntUpdate(u16, i32, BinOp),
    /// `LOAD_FAST a; LOAD_INT k; COMPARE op` (and a conditional jump
    /// after it takes the result directly, as after `COMPARE`).
    CompareFastInt(u16, i32, CmpOp),
    /// `LOAD_FAST a; LOAD_FAST b; COMPARE op`.
    CompareFastFast(u16, u16, CmpOp),
}

impl Inst {
    /// How many IR instructions the fast path of this instruction does.
    pub(crate) fn width(self) -> u64 {
        match self {
            Inst::LoadFast2(..)
            | Inst::StoreFastLoadFast(..)
            | Inst::ReturnFast(_)
            | Inst::BinaryReturn(_)
            | Inst::LoadInt2(..)
            | Inst::IntBinary(..)
            | Inst::FastBinary(..) => 2,
            Inst::FastIntBinary(..)
            | Inst::FastFastBinary(..)
            | Inst::FastConstItem(..)
            | Inst::ReturnFastVia(..)
            | Inst::CompareFastInt(..)
            | Inst::CompareFastFast(..) => 3,
            Inst::FastIntUpdate(..) => 4,
            _ => 1,
        }
    }
}

/// The execution form of `ops`, one [`Inst`] per IR instruction.
pub(crate) fn quicken(ops: &[Op], names: &[Rc<str>]) -> Box<[Inst]> {
    // Runs overlap (a position starts one, and so may the next), so each
    // position takes the instruction that leaves the fewest steps from there
    // to the end when control falls through: fusing a store with the load
    // after it must not hide a longer run that starts at that load.
    let mut steps = vec![0usize; ops.len() + 1];
    let mut chosen = vec![Inst::Slow; ops.len()];
    for (p, &op) in ops.iter().enumerate().rev() {
        let after = |width: u64| 1 + steps.get(p + width as usize).copied().unwrap_or(0);
        let mut best = (after(1), mirror(op, names));
        // Widest first: a tie keeps the wider run.
        for inst in fusions_at(ops, p) {
            let cost = after(inst.width());
            if cost < best.0 || (cost == best.0 && best.1.width() == 1) {
                best = (cost, inst);
            }
        }
        if let (Some(step), Some(slot)) = (steps.get_mut(p), chosen.get_mut(p)) {
            *step = best.0;
            *slot = best.1;
        }
    }
    chosen.into_boxed_slice()
}

/// The fused instructions for runs of IR instructions starting at
/// `ops[at]`, widest first.
fn fusions_at(code: &[Op], at: usize) -> Vec<Inst> {
    use Op::*;
    // Fused instructions keep slots in 16 bits (an instruction is 8 bytes);
    // a run on a slot past that is not fused.
    let slot = |a: &u32| u16::try_from(*a).ok();
    let small = |k: &i32| i16::try_from(*k).ok();
    let ops = code.get(at..).unwrap_or_default();
    let mut found = Vec::new();
    if let [
        LoadFast(a),
        LoadInt(k),
        Binary(op) | Inplace(op),
        StoreFast(b),
        ..,
    ] = ops
    {
        if let (true, Some(a)) = (a == b, slot(a)) {
            found.push(Inst::FastIntUpdate(a, *k, *op));
        }
    }
    let wide = match ops {
        [LoadFast(a), Jump(t), ..] if code.get(*t as usize) == Some(&Return) => {
            slot(a).map(|a| Inst::ReturnFastVia(a, *t))
        }
        [LoadFast(a), LoadInt(k), Compare(op), ..] => {
            slot(a).map(|a| Inst::CompareFastInt(a, *k, *op))
        }
        [LoadFast(a), LoadFast(b), Compare(op), ..] => slot(a)
            .zip(slot(b))
            .map(|(a, b)| Inst::CompareFastFast(a, b, *op)),
        [LoadFast(a), LoadInt(k), Binary(op) | Inplace(op), ..] => {
            slot(a).map(|a| Inst::FastIntBinary(a, *k, *op))
        }
        [LoadFast(a), LoadFast(b), Binary(op) | Inplace(op), ..] => slot(a)
            .zip(slot(b))
            .map(|(a, b)| Inst::FastFastBinary(a, b, *op)),
        [LoadFast(a), LoadConst(c), GetItem, ..] => slot(a).map(|a| Inst::FastConstItem(a, *c)),
        _ => None,
    };
    found.extend(wide);
    let pair = match ops {
        [LoadFast(a), Return, ..] => Some(Inst::ReturnFast(*a)),
        [LoadFast(a), LoadFast(b), ..] => slot(a).zip(slot(b)).map(|(a, b)| Inst::LoadFast2(a, b)),
        [LoadFast(a), Binary(op) | Inplace(op), ..] => Some(Inst::FastBinary(*a, *op)),
        [LoadInt(k), Binary(op) | Inplace(op), ..] => Some(Inst::IntBinary(*k, *op)),
        [StoreFast(a), LoadFast(b), ..] => slot(a)
            .zip(slot(b))
            .map(|(a, b)| Inst::StoreFastLoadFast(a, b)),
        [Binary(op) | Inplace(op), Return, ..] => Some(Inst::BinaryReturn(*op)),
        [LoadInt(j), LoadInt(k), ..] => small(j).zip(small(k)).map(|(j, k)| Inst::LoadInt2(j, k)),
        _ => None,
    };
    found.extend(pair);
    found
}

fn mirror(op: Op, names: &[Rc<str>]) -> Inst {
    match op {
        Op::LoadMethod(i) => match names.get(i as usize) {
            Some(name) => Inst::LoadMethod(i, crate::builtins::method_owners(name)),
            None => Inst::Slow,
        },
        Op::CallMethod(n) => Inst::CallMethod(n),
        Op::GetItem => Inst::GetItem,
        Op::FormatValue(0) => Inst::FormatPlain,
        Op::BuildString(n) => Inst::BuildString(n),
        Op::BuildTuple(n) => Inst::BuildTuple(n),
        Op::BuildDict(n) => Inst::BuildDict(n),
        Op::ListAppend(d) => Inst::ListAppend(d),
        Op::StoreItem => Inst::StoreItem,
        Op::LoadFast(a) => Inst::LoadFast(a),
        Op::StoreFast(a) => Inst::StoreFast(a),
        Op::LoadInt(k) => Inst::LoadInt(k),
        Op::LoadConst(i) => Inst::LoadConst(i),
        Op::LoadNone => Inst::LoadNone,
        Op::LoadGlobal(i) => Inst::LoadGlobal(i),
        Op::Return => Inst::Return,
        Op::Call(n) => Inst::Call(n),
        Op::CallKw(n, names) => match u16::try_from(n) {
            Ok(n) => Inst::CallKw(n, names),
            Err(_) => Inst::Slow,
        },
        Op::Pop => Inst::Pop,
        Op::Jump(t) => Inst::Jump(t),
        Op::PopJumpIfFalse(t) => Inst::PopJumpIfFalse(t),
        Op::PopJumpIfTrue(t) => Inst::PopJumpIfTrue(t),
        Op::Binary(op) | Op::Inplace(op) => Inst::Binary(op),
        Op::Compare(op) => Inst::Compare(op),
        Op::ForIter(t) => Inst::ForIter(t),
        _ => Inst::Slow,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_instruction_is_one_word() {
        assert!(std::mem::size_of::<Inst>() <= 8);
    }

    #[test]
    fn every_position_keeps_its_own_instruction() {
        let ops = [
            Op::LoadFast(0),
            Op::LoadInt(1),
            Op::Inplace(BinOp::Add),
            Op::StoreFast(0),
            Op::LoadFast(0),
            Op::Return,
            Op::Nop,
        ];
        assert_eq!(
            &*quicken(&ops, &[]),
            &[
                Inst::FastIntUpdate(0, 1, BinOp::Add),
                Inst::IntBinary(1, BinOp::Add),
                Inst::Binary(BinOp::Add),
                Inst::StoreFastLoadFast(0, 0),
                Inst::ReturnFast(0),
                Inst::Return,
                Inst::Slow,
            ]
        );
    }

    #[test]
    fn a_store_leaves_the_load_after_it_to_a_longer_run() {
        let ops = [
            Op::StoreFast(0),
            Op::LoadFast(1),
            Op::LoadInt(1),
            Op::Inplace(BinOp::Add),
            Op::StoreFast(1),
        ];
        let insts = quicken(&ops, &[]);
        assert_eq!(insts[0], Inst::StoreFast(0));
        assert_eq!(insts[1], Inst::FastIntUpdate(1, 1, BinOp::Add));
    }

    #[test]
    fn a_load_that_jumps_to_a_return_returns() {
        let ops = [
            Op::LoadFast(0),
            Op::Jump(4),
            Op::LoadFast(1),
            Op::Jump(5),
            Op::Return,
            Op::Nop,
        ];
        let insts = quicken(&ops, &[]);
        assert_eq!(insts[0], Inst::ReturnFastVia(0, 4));
        // The jump at 3 lands on a NOP, not a RETURN.
        assert_eq!(insts[2], Inst::LoadFast(1));
    }

    #[test]
    fn an_update_of_another_slot_is_not_fused_as_one() {
        let ops = [
            Op::LoadFast(0),
            Op::LoadInt(1),
            Op::Binary(BinOp::Add),
            Op::StoreFast(1),
        ];
        assert_eq!(quicken(&ops, &[])[0], Inst::FastIntBinary(0, 1, BinOp::Add));
    }
}
