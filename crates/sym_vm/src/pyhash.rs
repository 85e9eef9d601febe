//! CPython 3.11's `hash()` for the values a set can hold, as the oracle
//! computes it (`PYTHONHASHSEED=0`: string hashing with a zero key). Sets
//! place their members by these hashes, so matching them is what makes a
//! set iterate (and print) in CPython's order.
//!
//! Hashes that CPython derives from an object's address (`None`, functions,
//! classes, instances without `__hash__`) cannot be reproduced; they are
//! derived from our own identities instead, which is deterministic for a run.

use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};

use crate::value::{Value, identity};

/// The modulus of numeric hashes: 2**61 - 1.
const MODULUS: u64 = (1 << 61) - 1;
const MODULUS_BITS: u32 = 61;
const HASH_INF: i64 = 314_159;

/// `hash(value)`, or `None` for a value CPython refuses to hash (a list, a
/// dict, a set).
pub fn py_hash(value: &Value) -> Option<i64> {
    Some(match value {
        Value::Bool(b) => *b as i64,
        Value::Int(i) => hash_i64(*i),
        Value::BigInt(b) => hash_bigint(b),
        Value::Float(f) => hash_float(f.get(), value),
        Value::Str(s) => hash_str(&s.s),
        Value::Tuple(t) => {
            let mut items = Vec::with_capacity(t.items.len());
            for item in t.items.iter() {
                items.push(py_hash(item)?);
            }
            hash_tuple(&items)
        }
        Value::FrozenSet(s) => s.set.borrow().frozenset_hash(),
        Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::DictView(_) | Value::Slice(_) => {
            return None;
        }
        Value::Host(h) => match h.hash_as() {
            Some(proxy) => return py_hash(&proxy),
            None => fix_minus_one((identity(value) >> 4) as i64),
        },
        other => fix_minus_one((identity(other) >> 4) as i64),
    })
}

fn fix_minus_one(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

/// An int's hash: its value modulo 2**61 - 1, with its sign.
pub fn hash_i64(i: i64) -> i64 {
    let magnitude = (i.unsigned_abs() % MODULUS) as i64;
    fix_minus_one(if i < 0 { -magnitude } else { magnitude })
}

fn hash_bigint(b: &BigInt) -> i64 {
    let modulus = BigInt::from(MODULUS);
    let magnitude = (b.magnitude().clone() % modulus.magnitude())
        .to_i64()
        .unwrap_or(0);
    let _ = modulus.is_zero();
    fix_minus_one(if b.sign() == Sign::Minus {
        -magnitude
    } else {
        magnitude
    })
}

/// `_Py_HashDouble`: integral floats hash as the equal int; the rest by
/// their binary expansion reduced modulo 2**61 - 1.
fn hash_float(v: f64, value: &Value) -> i64 {
    if v.is_nan() {
        // CPython 3.10+ hashes a NaN by its address.
        return fix_minus_one((identity(value) >> 4) as i64);
    }
    if v.is_infinite() {
        return if v > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let (mut mantissa, mut exponent) = frexp(v);
    let mut sign = 1i64;
    if mantissa < 0.0 {
        sign = -1;
        mantissa = -mantissa;
    }
    let mut x: u64 = 0;
    while mantissa != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (MODULUS_BITS - 28));
        mantissa *= 268_435_456.0; // 2**28
        exponent -= 28;
        let y = mantissa as u64;
        mantissa -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if exponent >= 0 {
        (exponent % MODULUS_BITS as i32) as u32
    } else {
        MODULUS_BITS - 1 - ((-1 - exponent) % MODULUS_BITS as i32) as u32
    };
    x = ((x << e) & MODULUS) | (x >> (MODULUS_BITS - e));
    fix_minus_one((x as i64).wrapping_mul(sign))
}

/// C's `frexp`: `v = m * 2**e` with `0.5 <= |m| < 1` (`m = 0` for zero).
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (v, 0);
    }
    let bits = v.to_bits();
    let raw_exponent = ((bits >> 52) & 0x7ff) as i32;
    if raw_exponent == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * f64::from_bits(0x4350_0000_0000_0000)); // 2**54
        return (m, e - 54);
    }
    let exponent = raw_exponent - 1022;
    let mantissa = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (mantissa, exponent)
}

/// A str's hash: SipHash-1-3 with a zero key over the string's storage in
/// CPython (1, 2 or 4 bytes per code point, by its widest code point).
pub fn hash_str(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    let widest = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let mut bytes: Vec<u8> = Vec::with_capacity(s.len() * 2);
    if widest < 0x100 {
        bytes.extend(s.chars().map(|c| c as u32 as u8));
    } else if widest < 0x10000 {
        for c in s.chars() {
            bytes.extend_from_slice(&(c as u32 as u16).to_le_bytes());
        }
    } else {
        for c in s.chars() {
            bytes.extend_from_slice(&(c as u32).to_le_bytes());
        }
    }
    fix_minus_one(siphash13(0, 0, &bytes) as i64)
}

/// SipHash-1-3 (one compression round per block, three finishing rounds).
fn siphash13(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v0 = k0 ^ 0x736f_6d65_7073_6575;
    let mut v1 = k1 ^ 0x646f_7261_6e64_6f6d;
    let mut v2 = k0 ^ 0x6c79_6765_6e65_7261;
    let mut v3 = k1 ^ 0x7465_6462_7974_6573;
    let round = |v0: &mut u64, v1: &mut u64, v2: &mut u64, v3: &mut u64| {
        *v0 = v0.wrapping_add(*v1);
        *v1 = v1.rotate_left(13);
        *v1 ^= *v0;
        *v0 = v0.rotate_left(32);
        *v2 = v2.wrapping_add(*v3);
        *v3 = v3.rotate_left(16);
        *v3 ^= *v2;
        *v0 = v0.wrapping_add(*v3);
        *v3 = v3.rotate_left(21);
        *v3 ^= *v0;
        *v2 = v2.wrapping_add(*v1);
        *v1 = v1.rotate_left(17);
        *v1 ^= *v2;
        *v2 = v2.rotate_left(32);
    };
    let mut chunks = data.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let m = u64::from_le_bytes(word);
        v3 ^= m;
        round(&mut v0, &mut v1, &mut v2, &mut v3);
        v0 ^= m;
    }
    let mut last = [0u8; 8];
    let rest = chunks.remainder();
    last[..rest.len()].copy_from_slice(rest);
    let b = ((data.len() as u64) << 56) | u64::from_le_bytes(last);
    v3 ^= b;
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    v0 ^= b;
    v2 ^= 0xff;
    for _ in 0..3 {
        round(&mut v0, &mut v1, &mut v2, &mut v3);
    }
    v0 ^ v1 ^ v2 ^ v3
}

/// A tuple's hash from its items' hashes (CPython 3.8+'s xxHash-based mix).
pub fn hash_tuple(items: &[i64]) -> i64 {
    const PRIME_1: u64 = 11_400_714_785_074_694_791;
    const PRIME_2: u64 = 14_029_467_366_897_019_727;
    const PRIME_5: u64 = 2_870_177_450_012_600_261;
    let mut acc = PRIME_5;
    for &lane in items {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(PRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(PRIME_1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (PRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    // Values printed by `PYTHONHASHSEED=0 python3.11 -c 'print(hash(...))'`.
    #[test]
    fn hashes_match_cpython_with_a_zero_seed() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(1 << 61), 1);
        assert_eq!(hash_i64(-(1 << 62)), -2);
        assert_eq!(hash_str(""), 0);
        assert_eq!(hash_str("a"), 4_644_417_185_603_328_019);
        assert_eq!(hash_str("hello"), -2_096_571_579_003_691_106);
        assert_eq!(hash_str("é"), 6_047_309_291_227_476_195);
        assert_eq!(hash_str("λx"), 5_260_100_166_148_921_096);
        assert_eq!(hash_str("😀"), -3_536_540_696_076_613_844);
        assert_eq!(hash_float(1.5, &Value::None), 1_152_921_504_606_846_977);
        assert_eq!(hash_float(-0.1, &Value::None), -230_584_300_921_369_408);
        assert_eq!(hash_float(2.0, &Value::None), 2);
        assert_eq!(hash_tuple(&[1, 2]), -3_550_055_125_485_641_917);
        assert_eq!(hash_tuple(&[]), 5_740_354_900_026_072_187);
        assert_eq!(hash_float(5e-324, &Value::None), 16_777_216);
        assert_eq!(hash_float(1e300, &Value::None), 1_224_995_262_755_759_164);
        assert_eq!(hash_bigint(&(BigInt::from(1) << 100u32)), 549_755_813_888);
        assert_eq!(hash_bigint(&-(BigInt::from(1) << 100u32)), -549_755_813_888);
    }
}
