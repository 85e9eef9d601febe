//! Operators on values: arithmetic, comparison, items, `str`/`repr`.

use std::cmp::Ordering;
use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::interp::{Error, Vm};
use crate::ir::{BinOp, CmpOp, Op};
use crate::value::*;

fn big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

fn to_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::Float(f) => Some(f.get()),
        Value::BigInt(b) => Some(big_to_f64(b)),
        _ => None,
    }
}

fn unsupported(vm: &Vm, op: BinOp, a: &Value, b: &Value) -> Error {
    let is_seq = |v: &Value| {
        matches!(
            v,
            Value::Str(_) | Value::Bytes(_) | Value::List(_) | Value::Tuple(_)
        )
    };
    if op == BinOp::Mul && (is_seq(a) || is_seq(b)) {
        let other = if is_seq(a) { b } else { a };
        return vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(other)
        ));
    }
    if op == BinOp::Add {
        let seq = match a {
            Value::Str(_) => Some("str"),
            Value::Bytes(_) => Some("bytes"),
            Value::List(_) => Some("list"),
            Value::Tuple(_) => Some("tuple"),
            _ => None,
        };
        if let Some(seq) = seq {
            return vm.type_error(format!(
                "can only concatenate {seq} (not \"{}\") to {seq}",
                type_name(b)
            ));
        }
    }
    let sym = if op == BinOp::Pow {
        "** or pow()"
    } else {
        op.symbol()
    };
    vm.type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        sym,
        type_name(a),
        type_name(b)
    ))
}

/// `a op b` (and `a op= b` when `inplace`: lists extend in place).
pub fn binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value, inplace: bool) -> Result<Value, Error> {
    if let Value::Host(h) = a {
        if let Some(r) = h.clone().binary(vm, op, b, false) {
            return r;
        }
    }
    if let Value::Host(h) = b {
        if let Some(r) = h.clone().binary(vm, op, a, true) {
            return r;
        }
    }
    if is_int(a) && is_int(b) {
        return int_binary(vm, op, a, b);
    }
    if let (Some(x), Some(y)) = (num_f(a), num_f(b)) {
        // Mixed int/float arithmetic converts the int; one too large for a
        // float raises instead of becoming inf.
        if (x.is_infinite() && matches!(a, Value::BigInt(_)))
            || (y.is_infinite() && matches!(b, Value::BigInt(_)))
        {
            return Err(vm.new_exception("OverflowError", "int too large to convert to float"));
        }
        return float_binary(vm, op, x, y, a, b);
    }
    match (op, a, b) {
        (BinOp::Add, Value::Str(x), Value::Str(y)) => {
            vm.reserve(x.s.len() + y.s.len())?;
            Ok(Value::Str(Rc::new(PyStr::concat(x, y))))
        }
        (BinOp::Add, Value::Bytes(x), Value::Bytes(y)) => {
            vm.reserve(x.data.len() + y.data.len())?;
            Ok(Value::bytes([&x.data[..], &y.data[..]].concat()))
        }
        (BinOp::Add, Value::Bytes(_), other) => {
            Err(vm.type_error(format!("can't concat {} to bytes", type_name(other))))
        }
        (BinOp::Add, Value::List(x), Value::List(y)) => {
            if inplace {
                let extra = y.items.borrow().clone();
                vm.reserve(extra.len() * 16)?;
                x.items.borrow_mut().extend(extra);
                x.recount();
                return Ok(a.clone());
            }
            let mut v = x.items.borrow().clone();
            v.extend(y.items.borrow().iter().cloned());
            vm.reserve(v.len() * 16)?;
            Ok(Value::list(v))
        }
        (BinOp::Add, Value::List(x), other) if inplace => {
            let extra = vm.collect(other)?;
            x.items.borrow_mut().extend(extra);
            x.recount();
            Ok(a.clone())
        }
        (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
            let mut v = x.items.to_vec();
            v.extend(y.items.iter().cloned());
            Ok(Value::tuple(v))
        }
        (BinOp::Mul, Value::Str(_) | Value::Bytes(_) | Value::List(_) | Value::Tuple(_), n)
            if is_int(n) =>
        {
            repeat(vm, a, n)
        }
        (BinOp::Mul, n, Value::Str(_) | Value::Bytes(_) | Value::List(_) | Value::Tuple(_))
            if is_int(n) =>
        {
            repeat(vm, b, n)
        }
        (BinOp::Mod, Value::Str(fmt), args) => {
            Ok(Value::str(crate::pyfmt::percent_format(vm, &fmt.s, args)?))
        }
        (BinOp::BitOr, Value::Dict(x), Value::Dict(y)) => {
            if inplace {
                let pairs: Vec<(Key, Value)> = y
                    .map
                    .borrow()
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                x.map.borrow_mut().extend(pairs);
                x.recount();
                return Ok(a.clone());
            }
            let mut m = x.map.borrow().clone();
            for (k, v) in y.map.borrow().iter() {
                m.insert(k.clone(), v.clone());
            }
            Ok(Value::dict(m))
        }
        (
            BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
            Value::Set(x) | Value::FrozenSet(x),
            Value::Set(_) | Value::FrozenSet(_),
        ) => {
            use crate::builtins::{SetOp, set_op, set_op_in_place, set_operand};
            let set_kind = match op {
                BinOp::BitOr => SetOp::Union,
                BinOp::BitAnd => SetOp::Intersection,
                BinOp::Sub => SetOp::Difference,
                _ => SetOp::SymmetricDifference,
            };
            let operand = set_operand(vm, b)?;
            if inplace {
                if let Value::Set(target) = a {
                    set_op_in_place(target, &operand, set_kind);
                    return Ok(a.clone());
                }
            }
            let set = Rc::new(Set::new(set_op(x, &operand, set_kind)));
            Ok(if matches!(a, Value::FrozenSet(_)) {
                Value::FrozenSet(set)
            } else {
                Value::Set(set)
            })
        }
        (BinOp::Add, Value::Str(_) | Value::List(_) | Value::Tuple(_), _) => {
            Err(vm.type_error(format!(
                "can only concatenate {} (not \"{}\") to {}",
                type_name(a),
                type_name(b),
                type_name(a)
            )))
        }
        _ => Err(unsupported(vm, op, a, b)),
    }
}

fn num_f(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(f.get()),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => to_f64(v),
        _ => None,
    }
}

fn repeat(vm: &mut Vm, seq: &Value, n: &Value) -> Result<Value, Error> {
    let count = match n {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) => {
            if b.is_negative() {
                0
            } else {
                return Err(vm
                    .reserve(usize::MAX)
                    .err()
                    .unwrap_or_else(|| vm.type_error("repeat too large")));
            }
        }
        _ => 0,
    };
    let count = count.max(0) as usize;
    match seq {
        Value::Str(s) => {
            vm.reserve(s.s.len().saturating_mul(count))?;
            Ok(Value::str(s.s.repeat(count)))
        }
        Value::Bytes(b) => {
            vm.reserve(b.data.len().saturating_mul(count))?;
            Ok(Value::bytes(b.data.repeat(count)))
        }
        Value::List(l) => {
            let items = l.items.borrow();
            vm.reserve(items.len().saturating_mul(count).saturating_mul(16))?;
            let mut out = Vec::with_capacity(items.len() * count);
            for _ in 0..count {
                out.extend(items.iter().cloned());
            }
            Ok(Value::list(out))
        }
        Value::Tuple(t) => {
            vm.reserve(t.items.len().saturating_mul(count).saturating_mul(16))?;
            let mut out = Vec::with_capacity(t.items.len() * count);
            for _ in 0..count {
                out.extend(t.items.iter().cloned());
            }
            Ok(Value::tuple(out))
        }
        _ => Ok(Value::None),
    }
}

fn int_binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> Result<Value, Error> {
    if let (Some(x), Some(y)) = (small(a), small(b)) {
        match op {
            BinOp::Add => {
                if let Some(r) = x.checked_add(y) {
                    return Ok(Value::Int(r));
                }
            }
            BinOp::Sub => {
                if let Some(r) = x.checked_sub(y) {
                    return Ok(Value::Int(r));
                }
            }
            BinOp::Mul => {
                if let Some(r) = x.checked_mul(y) {
                    return Ok(Value::Int(r));
                }
            }
            BinOp::FloorDiv => {
                if y == 0 {
                    return Err(
                        vm.new_exception("ZeroDivisionError", "integer division or modulo by zero")
                    );
                }
                if let Some(r) = x.checked_div_euclid(y) {
                    // floor division: adjust euclid for negative divisors
                    let q = num_integer::Integer::div_floor(&x, &y);
                    let _ = r;
                    return Ok(Value::Int(q));
                }
            }
            BinOp::Mod => {
                if y == 0 {
                    return Err(vm.new_exception("ZeroDivisionError", "integer modulo by zero"));
                }
                if x.checked_rem(y).is_some() {
                    return Ok(Value::Int(x.mod_floor(&y)));
                }
            }
            BinOp::BitAnd => return Ok(Value::Int(x & y)),
            BinOp::BitOr => return Ok(Value::Int(x | y)),
            BinOp::BitXor => return Ok(Value::Int(x ^ y)),
            BinOp::Div => {
                if y == 0 {
                    return Err(vm.new_exception("ZeroDivisionError", "division by zero"));
                }
                if x.abs() < (1 << 53) && y.abs() < (1 << 53) {
                    return Ok(Value::float(x as f64 / y as f64));
                }
            }
            _ => {}
        }
    }
    let (Some(x), Some(y)) = (big(a), big(b)) else {
        return Err(unsupported(vm, op, a, b));
    };
    Ok(match op {
        BinOp::Add => Value::from_bigint(x + y),
        BinOp::Sub => Value::from_bigint(x - y),
        BinOp::Mul => {
            vm.reserve((x.bits() + y.bits()) as usize / 8)?;
            Value::from_bigint(x * y)
        }
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(
                    vm.new_exception("ZeroDivisionError", "integer division or modulo by zero")
                );
            }
            Value::from_bigint(x.div_floor(&y))
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(vm.new_exception("ZeroDivisionError", "integer modulo by zero"));
            }
            Value::from_bigint(x.mod_floor(&y))
        }
        BinOp::Div => {
            if y.is_zero() {
                return Err(vm.new_exception("ZeroDivisionError", "division by zero"));
            }
            let r = big_to_f64(&x) / big_to_f64(&y);
            if r.is_infinite() {
                return Err(vm.new_exception(
                    "OverflowError",
                    "integer division result too large for a float",
                ));
            }
            Value::float(r)
        }
        BinOp::Pow => {
            if y.is_negative() {
                let (fx, fy) = (big_to_f64(&x), big_to_f64(&y));
                if fx == 0.0 {
                    return Err(vm.new_exception(
                        "ZeroDivisionError",
                        "0.0 cannot be raised to a negative power",
                    ));
                }
                return Ok(Value::float(fx.powf(fy)));
            }
            let exp = y.to_u64().unwrap_or(u64::MAX);
            let bits = x.bits().max(1) as f64 * exp as f64;
            if x.abs() > BigInt::from(1) && bits / 8.0 > vm.limits.memory as f64 {
                vm.reserve(usize::MAX)?;
            }
            if x.abs() > BigInt::from(1) {
                vm.reserve((bits / 8.0) as usize)?;
            }
            let e = exp.min(u32::MAX as u64) as u32;
            if exp > u32::MAX as u64 {
                // |x| <= 1 here.
                let r = if x.is_zero() {
                    BigInt::zero()
                } else if x == BigInt::from(1) || exp % 2 == 0 {
                    BigInt::from(1)
                } else {
                    BigInt::from(-1)
                };
                return Ok(Value::from_bigint(r));
            }
            Value::from_bigint(num_traits::pow(x, e as usize))
        }
        BinOp::LShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let shift = y.to_u64().unwrap_or(u64::MAX);
            if x.is_zero() {
                return Ok(Value::Int(0));
            }
            if shift > (vm.limits.memory as u64) * 8 {
                vm.reserve(usize::MAX)?;
            }
            vm.reserve((x.bits() + shift) as usize / 8)?;
            Value::from_bigint(x << shift as usize)
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let shift = y.to_u64().unwrap_or(u64::MAX).min(1 << 40);
            Value::from_bigint(x >> shift as usize)
        }
        BinOp::BitAnd => Value::from_bigint(x & y),
        BinOp::BitOr => Value::from_bigint(x | y),
        BinOp::BitXor => Value::from_bigint(x ^ y),
        BinOp::MatMul => return Err(unsupported(vm, op, a, b)),
    })
}

fn small(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

fn float_binary(
    vm: &mut Vm,
    op: BinOp,
    x: f64,
    y: f64,
    a: &Value,
    b: &Value,
) -> Result<Value, Error> {
    Ok(Value::float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return Err(vm.new_exception("ZeroDivisionError", "float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(vm.new_exception("ZeroDivisionError", "float floor division by zero"));
            }
            (x / y).floor()
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(vm.new_exception("ZeroDivisionError", "float modulo"));
            }
            let r = x % y;
            if r != 0.0 && ((r < 0.0) != (y < 0.0)) {
                r + y
            } else if r == 0.0 {
                0.0f64.copysign(y)
            } else {
                r
            }
        }
        BinOp::Pow => {
            if x == 0.0 && y < 0.0 {
                return Err(vm.new_exception(
                    "ZeroDivisionError",
                    "0.0 cannot be raised to a negative power",
                ));
            }
            if x < 0.0 && y.fract() != 0.0 {
                return Err(vm.value_error("complex results are not supported"));
            }
            let r = x.powf(y);
            if r.is_infinite() && x.is_finite() && y.is_finite() {
                return Err(vm.new_exception_args(
                    "OverflowError",
                    vec![Value::Int(34), Value::str("Numerical result out of range")],
                ));
            }
            r
        }
        _ => return Err(unsupported(vm, op, a, b)),
    }))
}

/// `-v`, `+v`, `~v`.
pub fn unary(vm: &mut Vm, op: Op, v: &Value) -> Result<Value, Error> {
    if let Value::Host(h) = v {
        let name = match op {
            Op::Neg => Some("neg"),
            Op::Pos => Some("pos"),
            _ => None,
        };
        if let Some(r) = name.and_then(|name| h.clone().unary(vm, name)) {
            return r;
        }
    }
    match (op, v) {
        (Op::Neg, Value::Int(i)) => Ok(match i.checked_neg() {
            Some(r) => Value::Int(r),
            None => Value::from_bigint(-BigInt::from(*i)),
        }),
        (Op::Neg, Value::Bool(b)) => Ok(Value::Int(-(*b as i64))),
        (Op::Neg, Value::BigInt(b)) => Ok(Value::from_bigint(-(**b).clone())),
        (Op::Neg, Value::Float(f)) => Ok(Value::float(-f.get())),
        (Op::Pos, Value::Int(_) | Value::BigInt(_) | Value::Float(_)) => Ok(v.clone()),
        (Op::Pos, Value::Bool(b)) => Ok(Value::Int(*b as i64)),
        (Op::Invert, Value::Int(i)) => Ok(Value::Int(!i)),
        (Op::Invert, Value::Bool(b)) => Ok(Value::Int(!(*b as i64))),
        (Op::Invert, Value::BigInt(b)) => Ok(Value::from_bigint(-(**b).clone() - 1)),
        _ => {
            let sym = match op {
                Op::Neg => "-",
                Op::Pos => "+",
                _ => "~",
            };
            Err(vm.type_error(format!(
                "bad operand type for unary {}: '{}'",
                sym,
                type_name(v)
            )))
        }
    }
}

/// `a == b`, calling a user class's `__eq__`.
pub fn eq(vm: &mut Vm, a: &Value, b: &Value) -> Result<bool, Error> {
    if let Value::Host(h) = a {
        if let Some(r) = h.clone().equals(vm, b) {
            return r;
        }
    }
    if let Value::Host(h) = b {
        if let Some(r) = h.clone().equals(vm, a) {
            return r;
        }
    }
    match (a, b) {
        (Value::Instance(i), _) => {
            if let Some(f) = i.class.lookup("__eq__") {
                let r = vm.call(&f, &[a.clone(), b.clone()], &[])?;
                return Ok(r.truthy());
            }
            if let Value::Instance(j) = b {
                if let Some(f) = j.class.lookup("__eq__") {
                    let r = vm.call(&f, &[b.clone(), a.clone()], &[])?;
                    return Ok(r.truthy());
                }
            }
            Ok(identity(a) == identity(b) && matches!(b, Value::Instance(_)))
        }
        (_, Value::Instance(j)) => {
            if let Some(f) = j.class.lookup("__eq__") {
                let r = vm.call(&f, &[b.clone(), a.clone()], &[])?;
                return Ok(r.truthy());
            }
            Ok(false)
        }
        (Value::List(x), Value::List(y)) => {
            if Rc::ptr_eq(x, y) {
                return Ok(true);
            }
            // By index, re-reading the lengths, as CPython does.
            let mut index = 0;
            loop {
                let (xi, yi) = {
                    let (xs, ys) = (x.items.borrow(), y.items.borrow());
                    if xs.len() != ys.len() {
                        return Ok(false);
                    }
                    match (xs.get(index), ys.get(index)) {
                        (Some(a), Some(b)) => (a.clone(), b.clone()),
                        _ => return Ok(true),
                    }
                };
                if !is(&xi, &yi) && !eq(vm, &xi, &yi)? {
                    return Ok(false);
                }
                index += 1;
            }
        }
        (Value::Tuple(x), Value::Tuple(y)) => seq_eq(vm, &x.items, &y.items),
        (Value::Dict(x), Value::Dict(y)) => {
            if Rc::ptr_eq(x, y) {
                return Ok(true);
            }
            let xs: Vec<(Key, Value)> = x
                .map
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            if xs.len() != y.map.borrow().len() {
                return Ok(false);
            }
            for (k, v) in xs {
                let other = y.map.borrow().get(&k).cloned();
                match other {
                    Some(w) => {
                        if !eq(vm, &v, &w)? {
                            return Ok(false);
                        }
                    }
                    None => return Ok(false),
                }
            }
            Ok(true)
        }
        (Value::Host(x), Value::Host(y)) => Ok(Rc::ptr_eq(x, y)),
        _ => Ok(simple_eq(a, b)),
    }
}

fn seq_eq(vm: &mut Vm, xs: &[Value], ys: &[Value]) -> Result<bool, Error> {
    if xs.len() != ys.len() {
        return Ok(false);
    }
    for (x, y) in xs.iter().zip(ys.iter()) {
        // Identity first, as PyObject_RichCompareBool (a NaN equals itself).
        if !is(x, y) && !eq(vm, x, y)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn order(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> Result<bool, Error> {
    let fail = |vm: &Vm| {
        vm.type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            type_name(a),
            type_name(b)
        ))
    };
    let ord: Option<Ordering> = match (a, b) {
        (Value::Host(h), _) if h.clone().order(vm, b).is_some() => match h.clone().order(vm, b) {
            Some(r) => Some(r?),
            None => None,
        },
        (_, Value::Host(h)) if h.clone().order(vm, a).is_some() => match h.clone().order(vm, a) {
            Some(r) => Some(r?.reverse()),
            None => None,
        },
        (Value::Str(x), Value::Str(y)) => Some(x.s.cmp(&y.s)),
        (Value::Bytes(x), Value::Bytes(y)) => Some(x.data.cmp(&y.data)),
        (Value::List(x), Value::List(y)) => {
            let (xs, ys) = (x.items.borrow().clone(), y.items.borrow().clone());
            return seq_order(vm, op, &xs, &ys);
        }
        // Tuples cannot change while they are compared: no copy needed.
        (Value::Tuple(x), Value::Tuple(y)) => return seq_order(vm, op, &x.items, &y.items),
        (Value::Set(x) | Value::FrozenSet(x), Value::Set(y) | Value::FrozenSet(y)) => {
            let (xs, ys) = (x.set.borrow(), y.set.borrow());
            let sub = xs.iter().all(|k| ys.contains(k));
            let sup = ys.iter().all(|k| xs.contains(k));
            return Ok(match op {
                CmpOp::Le => sub,
                CmpOp::Lt => sub && xs.len() < ys.len(),
                CmpOp::Ge => sup,
                _ => sup && xs.len() > ys.len(),
            });
        }
        (Value::Instance(i), _) | (_, Value::Instance(i)) => {
            let (name, reflected) = match op {
                CmpOp::Lt => ("__lt__", "__gt__"),
                CmpOp::Le => ("__le__", "__ge__"),
                CmpOp::Gt => ("__gt__", "__lt__"),
                _ => ("__ge__", "__le__"),
            };
            if let Value::Instance(x) = a {
                if let Some(f) = x.class.lookup(name) {
                    return Ok(vm.call(&f, &[a.clone(), b.clone()], &[])?.truthy());
                }
            }
            if let Value::Instance(y) = b {
                if let Some(f) = y.class.lookup(reflected) {
                    return Ok(vm.call(&f, &[b.clone(), a.clone()], &[])?.truthy());
                }
            }
            let _ = i;
            return Err(fail(vm));
        }
        _ => match (as_number(a), as_number(b)) {
            (Some(x), Some(y)) => match num_cmp(&x, &y) {
                Some(o) => Some(o),
                None => return Ok(false),
            },
            _ => return Err(fail(vm)),
        },
    };
    let Some(o) = ord else { return Err(fail(vm)) };
    Ok(match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::Le => o != Ordering::Greater,
        CmpOp::Gt => o == Ordering::Greater,
        _ => o != Ordering::Less,
    })
}

fn seq_order(vm: &mut Vm, op: CmpOp, xs: &[Value], ys: &[Value]) -> Result<bool, Error> {
    for (x, y) in xs.iter().zip(ys.iter()) {
        // Identity first, as PyObject_RichCompareBool (a NaN equals itself).
        if !is(x, y) && !eq(vm, x, y)? {
            return order(vm, op, x, y);
        }
    }
    let o = xs.len().cmp(&ys.len());
    Ok(match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::Le => o != Ordering::Greater,
        CmpOp::Gt => o == Ordering::Greater,
        _ => o != Ordering::Less,
    })
}

/// Python's `<` for sorting.
pub fn less_than(vm: &mut Vm, a: &Value, b: &Value) -> Result<bool, Error> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Str(x), Value::Str(y)) => Ok(x.s < y.s),
        _ => order(vm, CmpOp::Lt, a, b),
    }
}

/// Any comparison.
pub fn compare(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> Result<bool, Error> {
    match op {
        CmpOp::Eq => eq(vm, a, b),
        CmpOp::Ne => {
            if let Value::Instance(i) = a {
                if let Some(f) = i.class.lookup("__ne__") {
                    return Ok(vm.call(&f, &[a.clone(), b.clone()], &[])?.truthy());
                }
            }
            Ok(!eq(vm, a, b)?)
        }
        CmpOp::Is => Ok(is(a, b)),
        CmpOp::IsNot => Ok(!is(a, b)),
        CmpOp::In => contains(vm, b, a),
        CmpOp::NotIn => Ok(!contains(vm, b, a)?),
        _ => order(vm, op, a, b),
    }
}

/// Identity (`is`).
pub fn is(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::None, Value::None) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Ellipsis, Value::Ellipsis) => true,
        (Value::Float(x), Value::Float(y)) => x.to_bits() == y.to_bits(),
        (Value::Str(x), Value::Str(y)) => Rc::ptr_eq(x, y) || (x.s.len() <= 1 && x.s == y.s),
        _ => std::mem::discriminant(a) == std::mem::discriminant(b) && identity(a) == identity(b),
    }
}

/// `item in container`.
pub fn contains(vm: &mut Vm, container: &Value, item: &Value) -> Result<bool, Error> {
    match container {
        Value::Bytes(b) => match item {
            Value::Bytes(sub) => Ok(crate::bytes::find_in(&b.data, &sub.data).is_some()),
            Value::Int(i) if (0..256).contains(i) => Ok(b.data.contains(&(*i as u8))),
            Value::Int(_) => Err(vm.value_error("byte must be in range(0, 256)")),
            other => Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                type_name(other)
            ))),
        },
        Value::Str(s) => match item {
            Value::Str(sub) => Ok(s.s.contains(&*sub.s)),
            other => Err(vm.type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                type_name(other)
            ))),
        },
        Value::Dict(d) => {
            let k = vm.key(item.clone())?;
            Ok(d.map.borrow().contains_key(&k))
        }
        Value::Set(s) | Value::FrozenSet(s) => {
            let k = vm.key(item.clone())?;
            Ok(s.set.borrow().contains(&k))
        }
        Value::Range(r) => Ok(match item {
            Value::Int(i) => {
                let i = *i;
                if r.step > 0 {
                    i >= r.start && i < r.stop && (i - r.start) % r.step == 0
                } else {
                    i <= r.start && i > r.stop && (r.start - i) % (-r.step) == 0
                }
            }
            _ => false,
        }),
        Value::List(l) => {
            // By index, as CPython does: an `__eq__` may change the list.
            let mut index = 0;
            loop {
                let Some(x) = l.items.borrow().get(index).cloned() else {
                    return Ok(false);
                };
                if is(&x, item) || eq(vm, &x, item)? {
                    return Ok(true);
                }
                index += 1;
            }
        }
        Value::Tuple(t) => {
            for x in t.items.iter() {
                if is(x, item) || eq(vm, x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::DictView(v) => {
            let items = vm.collect(container)?;
            let _ = v;
            for x in &items {
                if eq(vm, x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Instance(i) => {
            if let Some(f) = i.class.lookup("__contains__") {
                return Ok(vm
                    .call(&f, &[container.clone(), item.clone()], &[])?
                    .truthy());
            }
            Err(vm.type_error(format!(
                "argument of type '{}' is not iterable",
                i.class.name
            )))
        }
        Value::Iterator(_) => {
            let it = match container {
                Value::Iterator(it) => it.clone(),
                _ => return Ok(false),
            };
            while let Some(x) = vm.next(&it)? {
                if eq(vm, &x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        other => Err(vm.type_error(format!(
            "argument of type '{}' is not iterable",
            type_name(other)
        ))),
    }
}

/// Normalises a possibly negative index against `len`.
fn index_of(vm: &Vm, idx: &Value, len: usize, what: &str) -> Result<usize, Error> {
    let i = match idx {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => {
            return Err(vm.new_exception(
                "IndexError",
                "cannot fit 'int' into an index-sized integer".to_string(),
            ));
        }
        _ => unreachable_index(),
    };
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        let message = if what.is_empty() {
            "index out of range".to_string()
        } else {
            format!("{what} index out of range")
        };
        return Err(vm.new_exception("IndexError", message));
    }
    Ok(j as usize)
}

fn unreachable_index() -> i64 {
    i64::MIN
}

/// Resolves a slice against a length: (start, stop, step).
pub fn slice_indices(vm: &Vm, s: &SliceObj, len: usize) -> Result<(i64, i64, i64), Error> {
    let get = |v: &Value| -> Result<Option<i64>, Error> {
        match v {
            Value::None => Ok(None),
            Value::Int(i) => Ok(Some(*i)),
            Value::Bool(b) => Ok(Some(*b as i64)),
            Value::BigInt(b) => Ok(Some(if b.is_negative() {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            })),
            _ => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        }
    };
    let step = get(&s.step)?.unwrap_or(1);
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let n = len as i64;
    let fix = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(i) => {
                let i = if i < 0 { i + n } else { i };
                if step > 0 {
                    i.clamp(0, n)
                } else {
                    i.clamp(-1, n - 1)
                }
            }
        }
    };
    let (start, stop) = if step > 0 {
        (fix(get(&s.start)?, 0), fix(get(&s.stop)?, n))
    } else {
        (fix(get(&s.start)?, n - 1), fix(get(&s.stop)?, -1))
    };
    Ok((start, stop, step))
}

fn slice_positions(start: i64, stop: i64, step: i64) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = start;
    if step > 0 {
        while i < stop {
            out.push(i as usize);
            i += step;
        }
    } else {
        while i > stop {
            out.push(i as usize);
            i += step;
        }
    }
    out
}

fn index_type_error(vm: &Vm, container: &str, idx: &Value) -> Error {
    if container == "str" {
        return vm.type_error(format!(
            "string indices must be integers, not '{}'",
            type_name(idx)
        ));
    }
    vm.type_error(format!(
        "{container} indices must be integers or slices, not {}",
        type_name(idx)
    ))
}

/// `obj[index]`.
pub fn get_item(vm: &mut Vm, obj: &Value, index: &Value) -> Result<Value, Error> {
    let is_index = matches!(index, Value::Int(_) | Value::Bool(_) | Value::BigInt(_));
    match obj {
        Value::List(l) => {
            if let Value::Slice(s) = index {
                let items = l.items.borrow();
                let (a, b, c) = slice_indices(vm, s, items.len())?;
                return Ok(Value::list(
                    slice_positions(a, b, c)
                        .into_iter()
                        .filter_map(|i| items.get(i).cloned())
                        .collect(),
                ));
            }
            if !is_index {
                return Err(index_type_error(vm, "list", index));
            }
            let items = l.items.borrow();
            let i = index_of(vm, index, items.len(), "list")?;
            Ok(items.get(i).cloned().unwrap_or(Value::None))
        }
        Value::Tuple(t) => {
            if let Value::Slice(s) = index {
                let (a, b, c) = slice_indices(vm, s, t.items.len())?;
                return Ok(Value::tuple(
                    slice_positions(a, b, c)
                        .into_iter()
                        .filter_map(|i| t.items.get(i).cloned())
                        .collect(),
                ));
            }
            if !is_index {
                return Err(index_type_error(vm, "tuple", index));
            }
            let i = index_of(vm, index, t.items.len(), "tuple")?;
            Ok(t.items.get(i).cloned().unwrap_or(Value::None))
        }
        Value::Bytes(b) => {
            if let Value::Slice(sl) = index {
                let (start, stop, step) = slice_indices(vm, sl, b.data.len())?;
                return Ok(Value::bytes(
                    slice_positions(start, stop, step)
                        .into_iter()
                        .filter_map(|i| b.data.get(i).copied())
                        .collect::<Vec<u8>>(),
                ));
            }
            if !is_index {
                return Err(index_type_error(vm, "byte", index));
            }
            let i = index_of(vm, index, b.data.len(), "")?;
            Ok(Value::Int(b.data.get(i).copied().unwrap_or(0) as i64))
        }
        Value::Str(s) => {
            if let Value::Slice(sl) = index {
                let chars: Vec<char> = s.s.chars().collect();
                let (a, b, c) = slice_indices(vm, sl, chars.len())?;
                return Ok(Value::str(
                    slice_positions(a, b, c)
                        .into_iter()
                        .filter_map(|i| chars.get(i))
                        .collect::<String>(),
                ));
            }
            if !is_index {
                return Err(index_type_error(vm, "str", index));
            }
            let i = index_of(vm, index, s.chars, "string")?;
            Ok(Value::str(
                s.char_at(i).map(|c| c.to_string()).unwrap_or_default(),
            ))
        }
        Value::Dict(d) => {
            let k = vm.key(index.clone())?;
            let found = d.map.borrow().get(&k).cloned();
            match found {
                Some(v) => Ok(v),
                None => Err(Error::exc(crate::interp::exception_instance(
                    &vm.exc_class("KeyError"),
                    vec![index.clone()],
                ))),
            }
        }
        Value::Range(r) => {
            if let Value::Slice(sl) = index {
                let len = r.len().max(0) as usize;
                let (a, b, c) = slice_indices(vm, sl, len)?;
                let start = r.start + a * r.step;
                let stop = r.start + b * r.step;
                return Ok(Value::Range(Rc::new(RangeObj {
                    start,
                    stop,
                    step: r.step * c,
                })));
            }
            if !is_index {
                return Err(vm.type_error(format!(
                    "range indices must be integers or slices, not {}",
                    type_name(index)
                )));
            }
            let i = index_of(vm, index, r.len().max(0) as usize, "range object")?;
            Ok(Value::Int(r.start + r.step * i as i64))
        }
        Value::Host(h) => {
            if let Some(getter) = h.get_attr(vm, "__getitem__")? {
                return vm.call(&getter, std::slice::from_ref(index), &[]);
            }
            Err(vm.type_error(format!("'{}' object is not subscriptable", h.type_name())))
        }
        Value::Class(c) => Err(vm.type_error(format!("type '{}' is not subscriptable", c.name))),
        other => Err(vm.type_error(format!(
            "'{}' object is not subscriptable",
            type_name(other)
        ))),
    }
}

/// `obj[index] = value` under `full_write_guard`.
pub fn set_item(vm: &mut Vm, obj: &Value, index: Value, value: Value) -> Result<(), Error> {
    match obj {
        Value::Dict(d) => {
            let k = vm.key(index)?;
            d.map.borrow_mut().insert(k, value);
            d.recount();
            Ok(())
        }
        Value::List(l) => {
            if let Value::Slice(s) = &index {
                let new_items = vm.collect(&value)?;
                let len = l.items.borrow().len();
                let (a, b, c) = slice_indices(vm, s, len)?;
                if c == 1 {
                    let b = b.max(a);
                    l.items
                        .borrow_mut()
                        .splice(a as usize..b as usize, new_items);
                } else {
                    let pos = slice_positions(a, b, c);
                    if pos.len() != new_items.len() {
                        return Err(vm.value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            new_items.len(),
                            pos.len()
                        )));
                    }
                    let mut items = l.items.borrow_mut();
                    for (p, v) in pos.into_iter().zip(new_items) {
                        if let Some(slot) = items.get_mut(p) {
                            *slot = v;
                        }
                    }
                }
                l.recount();
                return Ok(());
            }
            if !matches!(index, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
                return Err(index_type_error(vm, "list", &index));
            }
            let len = l.items.borrow().len();
            let i = index_of(vm, &index, len, "list assignment")?;
            if let Some(slot) = l.items.borrow_mut().get_mut(i) {
                *slot = value;
            }
            Ok(())
        }
        _ => Err(vm.type_error("object does not support item or slice assignment")),
    }
}

/// `del obj[index]`.
pub fn del_item(vm: &mut Vm, obj: &Value, index: &Value) -> Result<(), Error> {
    match obj {
        Value::Dict(d) => {
            let k = vm.key(index.clone())?;
            let removed = d.map.borrow_mut().shift_remove(&k);
            match removed {
                Some(_) => Ok(()),
                None => Err(Error::exc(crate::interp::exception_instance(
                    &vm.exc_class("KeyError"),
                    vec![index.clone()],
                ))),
            }
        }
        Value::List(l) => {
            if let Value::Slice(s) = index {
                let len = l.items.borrow().len();
                let (a, b, c) = slice_indices(vm, s, len)?;
                let mut pos = slice_positions(a, b, c);
                pos.sort_unstable();
                let mut items = l.items.borrow_mut();
                for p in pos.into_iter().rev() {
                    if p < items.len() {
                        items.remove(p);
                    }
                }
                return Ok(());
            }
            if !matches!(index, Value::Int(_) | Value::Bool(_)) {
                return Err(index_type_error(vm, "list", index));
            }
            let len = l.items.borrow().len();
            let i = index_of(vm, index, len, "list assignment")?;
            l.items.borrow_mut().remove(i);
            Ok(())
        }
        _ => Err(vm.type_error("object does not support item or slice assignment")),
    }
}

// ------------------------------------------------------------------ str / repr

/// Appends the decimal digits of `i` (without the formatting machinery,
/// which costs more than the digits on the hot path of `str(n)`).
/// `str(i)` for a small int.
pub fn int_str(i: i64) -> Value {
    let mut buffer = [0u8; 20];
    let digits = int_digits(i, &mut buffer);
    Value::Str(Rc::new(PyStr::with_chars(digits, digits.len())))
}

/// The decimal digits of `i` (with its sign), written into `buffer`.
pub(crate) fn int_digits(i: i64, buffer: &mut [u8; 20]) -> &str {
    let mut n = i.unsigned_abs();
    let mut at = buffer.len();
    loop {
        at -= 1;
        if let Some(d) = buffer.get_mut(at) {
            *d = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || at == 0 {
            break;
        }
    }
    // i64::MIN has 19 digits, so the sign always fits.
    if i < 0 && at > 0 {
        at -= 1;
        if let Some(d) = buffer.get_mut(at) {
            *d = b'-';
        }
    }
    let digits = buffer.get(at..).unwrap_or_default();
    // SAFETY: every byte written above is an ASCII digit or '-'.
    unsafe { std::str::from_utf8_unchecked(digits) }
}

pub fn push_int(out: &mut String, i: i64) {
    let mut buffer = [0u8; 20];
    out.push_str(int_digits(i, &mut buffer));
}

/// `str(v)`.
pub fn str_of(vm: &mut Vm, v: &Value) -> Result<String, Error> {
    match v {
        Value::Str(s) => Ok(s.s.to_string()),
        Value::Int(i) => {
            let mut out = String::with_capacity(20);
            push_int(&mut out, *i);
            Ok(out)
        }
        Value::Instance(i) if i.class.is_exception => Ok(crate::interp::exception_str(vm, v)),
        Value::Host(h) => match h.clone().str(vm) {
            Some(s) => Ok(s),
            None => repr_of(vm, v),
        },
        _ => repr_of(vm, v),
    }
}

/// `repr(v)`.
pub fn repr_of(vm: &mut Vm, v: &Value) -> Result<String, Error> {
    let mut out = String::new();
    repr_into(vm, v, &mut out, 0)?;
    Ok(out)
}

fn repr_into(vm: &mut Vm, v: &Value, out: &mut String, depth: usize) -> Result<(), Error> {
    if depth > 200 {
        return Err(vm.new_exception(
            "RecursionError",
            "maximum recursion depth exceeded while getting the repr of an object",
        ));
    }
    if out.len() > vm.limits.memory {
        vm.reserve(out.len())?;
    }
    match v {
        Value::None | Value::Undefined => out.push_str("None"),
        Value::Bool(0) => out.push_str("False"),
        Value::Bool(_) => out.push_str("True"),
        Value::Int(i) => push_int(out, *i),
        Value::BigInt(b) => {
            if b.bits() > 4300 * 10 / 3 {
                return Err(vm.value_error(
                    "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                ));
            }
            let s = b.to_string();
            if s.trim_start_matches('-').len() > 4300 {
                return Err(vm.value_error(
                    "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                ));
            }
            out.push_str(&s)
        }
        Value::Float(f) => out.push_str(&float_repr(f.get())),
        Value::Str(s) => out.push_str(&str_repr(&s.s)),
        Value::List(l) => {
            let items = l.items.borrow().clone();
            out.push('[');
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                if let Value::List(inner) = x {
                    if Rc::ptr_eq(inner, l) {
                        out.push_str("[...]");
                        continue;
                    }
                }
                repr_into(vm, x, out, depth + 1)?;
            }
            out.push(']');
        }
        Value::Tuple(t) => {
            out.push('(');
            for (i, x) in t.items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                repr_into(vm, x, out, depth + 1)?;
            }
            if t.items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Value::Dict(d) => {
            let items: Vec<(Key, Value)> = d
                .map
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            out.push('{');
            for (i, (k, x)) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                repr_into(vm, &k.0, out, depth + 1)?;
                out.push_str(": ");
                if let Value::Dict(inner) = x {
                    if Rc::ptr_eq(inner, d) {
                        out.push_str("{...}");
                        continue;
                    }
                }
                repr_into(vm, x, out, depth + 1)?;
            }
            out.push('}');
        }
        Value::Set(s) | Value::FrozenSet(s) => {
            let items: Vec<Value> = s.set.borrow().iter().map(|k| k.0.clone()).collect();
            let frozen = matches!(v, Value::FrozenSet(_));
            if items.is_empty() {
                out.push_str(if frozen { "frozenset()" } else { "set()" });
                return Ok(());
            }
            if frozen {
                out.push_str("frozenset(");
            }
            out.push('{');
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                repr_into(vm, x, out, depth + 1)?;
            }
            out.push('}');
            if frozen {
                out.push(')');
            }
        }
        Value::Range(r) => {
            if r.step == 1 {
                out.push_str(&format!("range({}, {})", r.start, r.stop));
            } else {
                out.push_str(&format!("range({}, {}, {})", r.start, r.stop, r.step));
            }
        }
        Value::Slice(s) => {
            out.push_str("slice(");
            repr_into(vm, &s.start, out, depth + 1)?;
            out.push_str(", ");
            repr_into(vm, &s.stop, out, depth + 1)?;
            out.push_str(", ");
            repr_into(vm, &s.step, out, depth + 1)?;
            out.push(')');
        }
        Value::Function(f) => {
            out.push_str(&format!("<function {} at 0x{:x}>", f.name, identity(v)))
        }
        Value::Builtin(b) => match b.type_tag {
            Some(_) => out.push_str(&format!("<class '{}'>", b.name)),
            None => out.push_str(&format!("<built-in function {}>", b.name)),
        },
        Value::BoundMethod(m) => match &m.func {
            Value::Function(f) => out.push_str(&format!(
                "<bound method {} of {}>",
                f.name,
                repr_of(vm, &m.receiver)?
            )),
            _ => out.push_str(&format!(
                "<built-in method {} of {} object at 0x{:x}>",
                m.builtin_name.as_deref().unwrap_or("?"),
                type_name(&m.receiver),
                identity(&m.receiver)
            )),
        },
        Value::Class(c) => {
            if c.is_exception && c.mro.iter().all(|b| b.is_exception) && is_builtin_exc(vm, c) {
                out.push_str(&format!("<class '{}'>", c.name));
            } else {
                out.push_str(&format!("<class 'impl.{}'>", c.qualname));
            }
        }
        Value::Instance(i) => {
            if i.class.is_exception {
                let args = i.args.borrow().clone();
                out.push_str(&i.class.name);
                match &args {
                    Value::Tuple(t) if t.items.len() == 1 => {
                        out.push('(');
                        repr_into(vm, &t.items[0], out, depth + 1)?;
                        out.push(')');
                    }
                    Value::Tuple(_) => repr_into(vm, &args, out, depth + 1)?,
                    _ => out.push_str("()"),
                }
            } else {
                out.push_str(&format!(
                    "<impl.{} object at 0x{:x}>",
                    i.class.qualname,
                    identity(v)
                ));
            }
        }
        Value::Iterator(_) => {
            out.push_str(&format!("<{} object at 0x{:x}>", type_name(v), identity(v)))
        }
        Value::DictView(view) => {
            let items = vm.collect(v)?;
            out.push_str(&type_name(v));
            out.push_str("([");
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                repr_into(vm, x, out, depth + 1)?;
            }
            out.push_str("])");
            let _ = view;
        }
        Value::Module(m) => out.push_str(&format!("<module '{}'>", m.name)),
        Value::Host(h) => {
            let h = h.clone();
            out.push_str(&h.repr(vm))
        }
        Value::Cell(_) => out.push_str("<cell>"),
        Value::Ellipsis => out.push_str("Ellipsis"),
        Value::Bytes(b) => out.push_str(&bytes_repr(&b.data)),
    }
    Ok(())
}

fn is_builtin_exc(vm: &Vm, c: &Rc<Class>) -> bool {
    vm.exc_classes
        .get(&*c.name)
        .is_some_and(|b| Rc::ptr_eq(b, c))
}

/// `ascii()` of a repr: non-ASCII characters escaped.
pub fn ascii_of(repr: &str) -> String {
    let mut out = String::new();
    for c in repr.chars() {
        let n = c as u32;
        if n < 128 {
            out.push(c);
        } else if n < 256 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 65536 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

/// CPython's `repr(str)`.
/// `repr()` of bytes: `b'...'`, with CPython's quote choice and escapes.
pub fn bytes_repr(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote);
    for &byte in data {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if byte as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(byte as char),
            _ => out.push_str(&format!("\\x{byte:02x}")),
        }
    }
    out.push(quote);
    out
}

pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if (0x80..=0xa0).contains(&(c as u32)) || c as u32 == 0xad => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if is_unprintable(c) => {
                let n = c as u32;
                if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn is_unprintable(c: char) -> bool {
    let n = c as u32;
    matches!(n, 0x2028 | 0x2029 | 0x200b..=0x200f | 0x2060..=0x2064 | 0xfeff | 0xd800..=0xdfff | 0xe000..=0xf8ff)
        || (0x2000..=0x200a).contains(&n)
        || n == 0x3000
        || n == 0xa0
        || n == 0x1680
        || n == 0x202f
        || n == 0x205f
}

/// CPython's `repr(float)`: the shortest digits that round-trip.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let sci = format!("{:e}", f);
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let negative = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let decpt = exp + 1;
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    if (-4 < decpt) && decpt <= 16 {
        if decpt <= 0 {
            out.push_str("0.");
            for _ in 0..(-decpt) {
                out.push('0');
            }
            out.push_str(&digits);
        } else {
            let d = decpt as usize;
            if digits.len() <= d {
                out.push_str(&digits);
                for _ in digits.len()..d {
                    out.push('0');
                }
                out.push_str(".0");
            } else {
                out.push_str(&digits[..d]);
                out.push('.');
                out.push_str(&digits[d..]);
            }
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let e = decpt - 1;
        out.push('e');
        out.push(if e < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", e.abs()));
    }
    out
}

/// An int value as i64 if it fits.
pub fn as_i64(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::BigInt(b) => b.to_i64(),
        _ => None,
    }
}

pub fn as_f64(v: &Value) -> Option<f64> {
    to_f64(v)
}

pub fn as_big(v: &Value) -> Option<BigInt> {
    big(v)
}
