//! `set` and `frozenset` storage laid out as CPython 3.11 lays it out
//! (`Objects/setobject.c`): an open-addressing table of (hash, key) slots,
//! probed linearly for a few slots and then by a perturbed recurrence,
//! with dummy slots left by removals and the same growth rule. A set
//! iterates in slot order, so with CPython's hashes ([`crate::pyhash`]) it
//! iterates, prints and pops in CPython's order. The operators follow
//! CPython's algorithms too (which operand is walked, when the table is
//! copied wholesale), since those decide the order of their results.

use crate::pyhash::py_hash;
use crate::value::Key;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot {
    Empty,
    /// A removed key: probing goes on past it.
    Dummy,
    Full(i64, Key),
}

/// The members of a set, in CPython's table layout.
pub struct SetTable {
    slots: Vec<Slot>,
    /// Slots not empty (members and dummies).
    fill: usize,
    /// Members.
    used: usize,
    /// Where `pop` looks next.
    finger: usize,
}

/// The hash a key is stored under. Keys are checked hashable when made,
/// so the fallback is never taken.
pub fn key_hash(key: &Key) -> i64 {
    py_hash(&key.0).unwrap_or(0)
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

/// The slots CPython visits for a hash, in order: a few neighbours of the
/// home slot (`LINEAR_PROBES` when they fit before the end of the table),
/// then the next home slot of the perturbed recurrence, forever.
struct Probe {
    mask: usize,
    perturb: u64,
    home: usize,
    offset: usize,
    run: usize,
}

impl Probe {
    fn new(hash: i64, mask: usize) -> Probe {
        let home = (hash as u64 as usize) & mask;
        Probe {
            mask,
            perturb: hash as u64,
            home,
            offset: 0,
            run: Self::run_length(home, mask),
        }
    }
    fn run_length(home: usize, mask: usize) -> usize {
        if home + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        }
    }
}

impl Iterator for Probe {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        if self.offset > self.run {
            self.perturb >>= PERTURB_SHIFT;
            self.home = (self
                .home
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(self.perturb as usize))
                & self.mask;
            self.offset = 0;
            self.run = Self::run_length(self.home, self.mask);
        }
        let slot = self.home + self.offset;
        self.offset += 1;
        Some(slot)
    }
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable {
            slots: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Slots in the table (for memory accounting).
    pub fn capacity(&self) -> usize {
        self.slots.len()
    }

    /// The members in iteration order.
    pub fn iter(&self) -> impl Iterator<Item = &Key> {
        self.entries().map(|(_, key)| key)
    }

    /// The members with their hashes, in iteration order.
    pub fn entries(&self) -> impl Iterator<Item = (i64, &Key)> {
        self.slots.iter().filter_map(|slot| match slot {
            Slot::Full(hash, key) => Some((*hash, key)),
            _ => None,
        })
    }

    /// The first member at or after slot `position`, with its slot (what a
    /// set iterator walks).
    pub fn next_from(&self, position: usize) -> Option<(usize, &Key)> {
        self.slots
            .iter()
            .enumerate()
            .skip(position)
            .find_map(|(index, slot)| match slot {
                Slot::Full(_, key) => Some((index, key)),
                _ => None,
            })
    }

    /// The slot holding `key`, if it is a member.
    fn find(&self, hash: i64, key: &Key) -> Option<usize> {
        for j in Probe::new(hash, self.mask()) {
            match self.slots.get(j) {
                Some(Slot::Empty) | None => return None,
                Some(Slot::Full(h, k)) if *h == hash && k == key => return Some(j),
                _ => {}
            }
        }
        None
    }

    pub fn contains(&self, key: &Key) -> bool {
        self.find(key_hash(key), key).is_some()
    }

    pub fn insert(&mut self, key: Key) -> bool {
        let hash = key_hash(&key);
        self.add_entry(hash, key)
    }

    /// `set_add_entry`: false when the key was already a member.
    pub fn add_entry(&mut self, hash: i64, key: Key) -> bool {
        let mask = self.mask();
        let mut free_slot: Option<usize> = None;
        let mut empty_at = 0;
        for j in Probe::new(hash, mask) {
            match self.slots.get(j) {
                Some(Slot::Empty) | None => {
                    empty_at = j;
                    break;
                }
                Some(Slot::Full(h, k)) if *h == hash && *k == key => return false,
                Some(Slot::Dummy) if free_slot.is_none() => free_slot = Some(j),
                _ => {}
            }
        }
        if let Some(j) = free_slot {
            if let Some(slot) = self.slots.get_mut(j) {
                *slot = Slot::Full(hash, key);
            }
            self.used += 1;
            return true;
        }
        if let Some(slot) = self.slots.get_mut(empty_at) {
            *slot = Slot::Full(hash, key);
        }
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= mask * 3 {
            let target = if self.used > 50_000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(target);
        }
        true
    }

    /// `set_table_resize`: a table of the smallest power of two above
    /// `min_used`, members re-inserted in slot order, dummies dropped.
    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; size]);
        self.fill = self.used;
        for slot in old {
            if let Slot::Full(hash, key) = slot {
                self.insert_clean(hash, key);
            }
        }
    }

    /// `set_insert_clean`: places a key known to be absent in a table with
    /// no dummies.
    fn insert_clean(&mut self, hash: i64, key: Key) {
        for j in Probe::new(hash, self.mask()) {
            if let Some(slot @ Slot::Empty) = self.slots.get_mut(j) {
                *slot = Slot::Full(hash, key);
                return;
            }
        }
    }

    /// Removes `key`; false when it was not a member.
    pub fn discard(&mut self, key: &Key) -> bool {
        let hash = key_hash(key);
        self.discard_entry(hash, key)
    }

    fn discard_entry(&mut self, hash: i64, key: &Key) -> bool {
        match self.find(hash, key) {
            Some(j) => {
                if let Some(slot) = self.slots.get_mut(j) {
                    *slot = Slot::Dummy;
                }
                self.used -= 1;
                true
            }
            None => false,
        }
    }

    /// `set.pop()`: the member at or after the finger.
    pub fn pop(&mut self) -> Option<Key> {
        if self.used == 0 {
            return None;
        }
        let size = self.slots.len();
        let mut j = self.finger & self.mask();
        for _ in 0..size {
            if let Some(slot @ Slot::Full(..)) = self.slots.get_mut(j) {
                let Slot::Full(_, key) = std::mem::replace(slot, Slot::Dummy) else {
                    return None;
                };
                self.used -= 1;
                self.finger = j + 1;
                return Some(key);
            }
            j = (j + 1) % size;
        }
        None
    }

    pub fn clear(&mut self) {
        self.slots = vec![Slot::Empty; MIN_SIZE];
        self.fill = 0;
        self.used = 0;
    }

    /// `set_merge`: adds every member of `other`, copying its layout when
    /// this table is empty and the same size.
    pub fn merge(&mut self, other: &SetTable) {
        if other.used == 0 || std::ptr::eq(self, other) {
            return;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.slots = other.slots.clone();
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for (hash, key) in other.entries() {
                self.insert_clean(hash, key.clone());
            }
            return;
        }
        for (hash, key) in other.entries() {
            self.add_entry(hash, key.clone());
        }
    }

    /// A copy, as `set.copy()` and `set(a_set)` make it.
    pub fn copy(&self) -> SetTable {
        let mut out = SetTable::new();
        out.merge(self);
        out
    }

    /// Adds the keys of an iterable other than a set, in its order.
    pub fn extend_keys(&mut self, keys: impl IntoIterator<Item = Key>) {
        for key in keys {
            self.insert(key);
        }
    }

    /// Adds the keys of a dict, growing the table once first (CPython's
    /// `set_update_internal` for a dict).
    pub fn extend_dict_keys(&mut self, keys: Vec<Key>) {
        if (self.fill + keys.len()) * 5 >= self.mask() * 3 {
            self.resize((self.used + keys.len()) * 2);
        }
        self.extend_keys(keys);
    }

    /// `hash(frozenset)`.
    pub fn frozenset_hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
        }
        let mut hash: u64 = 0;
        for (h, _) in self.entries() {
            hash ^= shuffle(h as u64);
        }
        hash ^= ((self.used as u64) + 1).wrapping_mul(1_927_868_237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
        if hash == u64::MAX {
            hash = 590_923_713;
        }
        hash as i64
    }
}

impl Clone for SetTable {
    /// A copy as CPython makes one (`set_merge` into an empty set).
    fn clone(&self) -> SetTable {
        self.copy()
    }
}

impl FromIterator<Key> for SetTable {
    fn from_iter<I: IntoIterator<Item = Key>>(keys: I) -> SetTable {
        let mut out = SetTable::new();
        out.extend_keys(keys);
        out
    }
}

/// The other operand of a set operation.
pub enum Operand<'a> {
    Set(&'a SetTable),
    /// Any other iterable, its items in order.
    Keys(Vec<Key>),
}

impl Operand<'_> {
    fn entries(&self) -> Vec<(i64, Key)> {
        match self {
            Operand::Set(s) => s.entries().map(|(h, k)| (h, k.clone())).collect(),
            Operand::Keys(k) => k.iter().map(|key| (key_hash(key), key.clone())).collect(),
        }
    }
}

/// `set_update_internal`: `a |= other`, `a.update(other)`.
pub fn update(target: &mut SetTable, other: &Operand) {
    match other {
        Operand::Set(s) => target.merge(s),
        Operand::Keys(k) => target.extend_keys(k.iter().cloned()),
    }
}

/// `a | other`, `a.union(other)`: a copy of `a`, updated.
pub fn union(a: &SetTable, other: &Operand) -> SetTable {
    let mut out = a.copy();
    update(&mut out, other);
    out
}

/// `a & other`: walks the smaller set (or the iterable), keeping what the
/// other holds.
pub fn intersection(a: &SetTable, other: &Operand) -> SetTable {
    let mut out = SetTable::new();
    match other {
        Operand::Set(b) => {
            let (walked, probed) = if b.len() > a.len() { (a, *b) } else { (*b, a) };
            for (hash, key) in walked.entries() {
                if probed.find(hash, key).is_some() {
                    out.add_entry(hash, key.clone());
                }
            }
        }
        Operand::Keys(keys) => {
            for key in keys {
                let hash = key_hash(key);
                if a.find(hash, key).is_some() {
                    out.add_entry(hash, key.clone());
                }
            }
        }
    }
    out
}

/// `a - other`: a copy of `a` with `other`'s members discarded when `a` is
/// much larger (or `other` is not a set); otherwise `a`'s members not in
/// `other`, in `a`'s order.
pub fn difference(a: &SetTable, other: &Operand) -> SetTable {
    if let Operand::Set(b) = other {
        if (a.len() >> 2) <= b.len() {
            let mut out = SetTable::new();
            for (hash, key) in a.entries() {
                if b.find(hash, key).is_none() {
                    out.add_entry(hash, key.clone());
                }
            }
            return out;
        }
    }
    let mut out = a.copy();
    difference_update(&mut out, other);
    out
}

/// `a -= other`; a table left more than a quarter dummies is rebuilt.
pub fn difference_update(target: &mut SetTable, other: &Operand) {
    for (hash, key) in other.entries() {
        target.discard_entry(hash, &key);
    }
    if target.fill - target.used > target.mask() / 4 {
        let size = if target.used > 50_000 {
            target.used * 2
        } else {
            target.used * 4
        };
        target.resize(size);
    }
}

/// `a ^= other`: each member of `other` (as a set) is removed if present,
/// added if not.
pub fn symmetric_difference_update(target: &mut SetTable, other: &Operand) {
    let entries: Vec<(i64, Key)> = match other {
        Operand::Set(s) => s.entries().map(|(h, k)| (h, k.clone())).collect(),
        Operand::Keys(k) => {
            let as_set: SetTable = k.iter().cloned().collect();
            as_set.entries().map(|(h, k)| (h, k.clone())).collect()
        }
    };
    for (hash, key) in entries {
        if !target.discard_entry(hash, &key) {
            target.add_entry(hash, key);
        }
    }
}

/// `a ^ other`: a copy of `other` (as a set), updated with `a`.
pub fn symmetric_difference(a: &SetTable, other: &Operand) -> SetTable {
    let mut out = match other {
        Operand::Set(s) => s.copy(),
        Operand::Keys(k) => k.iter().cloned().collect(),
    };
    symmetric_difference_update(&mut out, &Operand::Set(a));
    out
}

/// `a &= other`: the intersection replaces the table.
pub fn intersection_update(target: &mut SetTable, other: &Operand) {
    *target = intersection(target, other);
}
