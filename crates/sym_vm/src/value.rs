//! Run-time values and the heap objects behind them.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::hash::{Hash, Hasher};
use std::rc::Rc;

use indexmap::IndexMap;
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};
use rustc_hash::FxBuildHasher;

use crate::interp::{Error, Vm};
use crate::ir::Code;
use crate::mem;
pub use crate::text::PyText;

/// One Python value. Small values are inline; everything else is shared
/// through `Rc` (Python's reference semantics).
pub enum Value {
    None,
    /// 0 or 1. Every payload is one integer-like word (see [`F64`]).
    Bool(u64),
    Int(i64),
    Float(F64),
    BigInt(Rc<BigInt>),
    Str(Rc<PyStr>),
    List(Rc<List>),
    Tuple(Rc<Tuple>),
    Dict(Rc<Dict>),
    Set(Rc<Set>),
    FrozenSet(Rc<Set>),
    Range(Rc<RangeObj>),
    Slice(Rc<SliceObj>),
    Function(Rc<Function>),
    Builtin(Rc<Builtin>),
    BoundMethod(Rc<BoundMethod>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Iterator(Rc<RefCell<IterState>>),
    DictView(Rc<DictView>),
    Module(Rc<Module>),
    /// A host object (boxed so that a `Value` stays two words).
    Host(Rc<Box<dyn HostObject>>),
    Cell(Rc<RefCell<Value>>),
    Ellipsis,
    /// An unbound local slot; never visible to user code.
    Undefined,
    Bytes(Rc<PyBytes>),
}

/// Takes the extra reference of a heap value, then copies the value's 16
/// bytes as they are. (Building the clone
/// variant by variant goes through a temporary whose 16-byte reload stalls
/// on every push; the derived clone is out of line and returns through
/// memory, with the same stall.)
impl Clone for Value {
    /// Variant by variant: with every payload one word, the copy travels in
    /// two registers (a bitwise 16-byte copy would go through a vector
    /// register and stall on a value written as two words just before).
    #[inline(always)]
    fn clone(&self) -> Value {
        match self {
            Value::None => Value::None,
            Value::Bool(b) => Value::Bool(*b),
            Value::Int(x) => Value::Int(*x),
            Value::Float(f) => Value::Float(*f),
            Value::BigInt(x) => Value::BigInt(x.clone()),
            Value::Str(x) => Value::Str(x.clone()),
            Value::List(x) => Value::List(x.clone()),
            Value::Tuple(x) => Value::Tuple(x.clone()),
            Value::Dict(x) => Value::Dict(x.clone()),
            Value::Set(x) => Value::Set(x.clone()),
            Value::FrozenSet(x) => Value::FrozenSet(x.clone()),
            Value::Range(x) => Value::Range(x.clone()),
            Value::Slice(x) => Value::Slice(x.clone()),
            Value::Function(x) => Value::Function(x.clone()),
            Value::Builtin(x) => Value::Builtin(x.clone()),
            Value::BoundMethod(x) => Value::BoundMethod(x.clone()),
            Value::Class(x) => Value::Class(x.clone()),
            Value::Instance(x) => Value::Instance(x.clone()),
            Value::Iterator(x) => Value::Iterator(x.clone()),
            Value::DictView(x) => Value::DictView(x.clone()),
            Value::Module(x) => Value::Module(x.clone()),
            Value::Host(x) => Value::Host(x.clone()),
            Value::Cell(x) => Value::Cell(x.clone()),
            Value::Ellipsis => Value::Ellipsis,
            Value::Undefined => Value::Undefined,
            Value::Bytes(x) => Value::Bytes(x.clone()),
        }
    }
}

/// A float kept as its bits. Every payload of [`Value`] is one integer-like
/// word, which makes a `Value` a pair of words that Rust moves in two
/// registers; with a `bool` or `f64` payload it is moved as a 16-byte block
/// through memory, and reading back a block written in two parts stalls the
/// processor on most pushes and pops of the interpreter.
#[derive(Clone, Copy, Debug)]
pub struct F64(u64);

impl std::ops::Deref for F64 {
    type Target = f64;
    #[inline]
    fn deref(&self) -> &f64 {
        // SAFETY: u64 and f64 have the same size and alignment, and every
        // bit pattern is a valid f64.
        unsafe { &*(&self.0 as *const u64 as *const f64) }
    }
}

impl std::fmt::Display for F64 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(&self.get(), f)
    }
}

impl F64 {
    #[inline]
    pub fn new(value: f64) -> F64 {
        F64(value.to_bits())
    }
    #[inline]
    pub fn get(self) -> f64 {
        f64::from_bits(self.0)
    }
}

impl Value {
    /// `True` or `False`.
    #[inline]
    pub fn bool(b: bool) -> Value {
        Value::Bool(b as u64)
    }
    /// A `float`.
    #[inline]
    pub fn float(f: f64) -> Value {
        Value::Float(F64::new(f))
    }
}

/// A native function: the host API's unit of behaviour.
pub type NativeFn = dyn Fn(&mut Vm, &[Value], &[(Rc<str>, Value)]) -> Result<Value, Error>;

/// An object the host (the SDK runtime) provides: events, users, modules'
/// members that are not plain values.
pub trait HostObject: Any {
    /// The type name shown in messages and `repr`.
    fn type_name(&self) -> &str;
    /// Attribute read; `Ok(None)` means "no such attribute" (reads as None
    /// under `safer_getattr`).
    fn get_attr(&self, _vm: &mut Vm, _name: &str) -> Result<Option<Value>, Error> {
        Ok(None)
    }
    /// Attribute write; `Ok(false)` means the write guard refuses it.
    fn set_attr(&self, _vm: &mut Vm, _name: &str, _value: Value) -> Result<bool, Error> {
        Ok(false)
    }
    /// Calling the object; `None` when it is not callable.
    fn call(
        &self,
        _vm: &mut Vm,
        _args: &[Value],
        _kwargs: &[(Rc<str>, Value)],
    ) -> Option<Result<Value, Error>> {
        None
    }
    /// `repr()` and `str()`.
    fn repr(&self, _vm: &mut Vm) -> String {
        format!("<{} object>", self.type_name())
    }
    /// `with obj as x:` entry; `None` when not a context manager.
    fn enter(&self, _vm: &mut Vm) -> Option<Result<Value, Error>> {
        None
    }
    /// `with` exit; `exc` is the exception in flight. `Ok(true)` swallows it.
    fn exit(&self, _vm: &mut Vm, _exc: Option<&Value>) -> Result<bool, Error> {
        Ok(false)
    }
    /// `str()` when it differs from `repr()`.
    fn str(&self, _vm: &mut Vm) -> Option<String> {
        None
    }
    /// `self op other` (or `other op self` when `reflected`); `None` when
    /// the operation is not supported.
    fn binary(
        &self,
        _vm: &mut Vm,
        _op: crate::ir::BinOp,
        _other: &Value,
        _reflected: bool,
    ) -> Option<Result<Value, Error>> {
        None
    }
    /// `format(self, spec)` for a non-empty spec (f-strings); `None` when
    /// the object has no format of its own.
    fn format(&self, _vm: &mut Vm, _spec: &str) -> Option<Result<String, Error>> {
        None
    }
    /// `self == other`; `None` falls back to identity.
    fn equals(&self, _vm: &mut Vm, _other: &Value) -> Option<Result<bool, Error>> {
        None
    }
    /// The ordering of `self` against `other`; `None` when unordered.
    fn order(&self, _vm: &mut Vm, _other: &Value) -> Option<Result<std::cmp::Ordering, Error>> {
        None
    }
    /// `-self`, `+self` or `abs(self)` (`op` is "neg", "pos" or "abs");
    /// `None` when the object has none.
    fn unary(&self, _vm: &mut Vm, _op: &str) -> Option<Result<Value, Error>> {
        None
    }
    /// A value this object hashes and compares as in dict keys and sets (a
    /// `str`-based enum member is its value there); `None` means identity.
    fn hash_as(&self) -> Option<Value> {
        None
    }
    /// Downcasting for the host's own use.
    fn as_any(&self) -> &dyn Any;
}

/// A `str`: UTF-8 text plus its length in code points.
pub struct PyStr {
    /// Short text inline (one allocation per `str`); longer text keeps the
    /// buffer it was built in.
    pub s: PyText,
    pub chars: usize,
    /// The text's hash for dict and set tables, made on first use (0: not
    /// yet).
    table_hash: Cell<u64>,
}

/// Bytes counted for a `str` besides its heap text.
const STR_OVERHEAD: usize = 64;

impl PyStr {
    pub fn new(s: impl Into<PyText>) -> Self {
        let s: PyText = s.into();
        let chars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr::with_chars(s, chars)
    }
    /// A `str` whose length in code points is already known.
    pub fn with_chars(s: impl Into<PyText>, chars: usize) -> Self {
        let s: PyText = s.into();
        debug_assert_eq!(chars, s.chars().count());
        mem::track((s.heap_bytes() + STR_OVERHEAD) as isize);
        PyStr {
            s,
            chars,
            table_hash: Cell::new(0),
        }
    }
    /// `a + b`.
    pub fn concat(a: &PyStr, b: &PyStr) -> Self {
        PyStr::with_chars(PyText::concat(&a.s, &b.s), a.chars + b.chars)
    }
    /// Makes this `head + self`, in place.
    pub fn prepend(&mut self, head: &PyStr) {
        let text = PyText::concat(&head.s, &self.s);
        self.replace_text(text, head.chars + self.chars);
    }
    /// Makes this `self + tail`, in place.
    pub fn append(&mut self, tail: &PyStr) {
        let before = self.s.heap_bytes();
        self.s.push_str(&tail.s);
        self.chars += tail.chars;
        self.table_hash.set(0);
        mem::track(self.s.heap_bytes() as isize - before as isize);
    }
    fn replace_text(&mut self, text: PyText, chars: usize) {
        mem::track(text.heap_bytes() as isize - self.s.heap_bytes() as isize);
        self.s = text;
        self.chars = chars;
        self.table_hash.set(0);
    }
    /// The hash dict and set tables use for this text (computed once).
    #[inline]
    pub fn table_hash(&self) -> u64 {
        let known = self.table_hash.get();
        if known != 0 {
            return known;
        }
        let mut hasher = rustc_hash::FxHasher::default();
        self.s.hash(&mut hasher);
        // Never 0, which means "not yet".
        let hash = hasher.finish() | 1;
        self.table_hash.set(hash);
        hash
    }
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }
    /// The code point at `index` (0 <= index < chars).
    pub fn char_at(&self, index: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(index).map(|b| *b as char)
        } else {
            self.s.chars().nth(index)
        }
    }
}

impl Drop for PyStr {
    fn drop(&mut self) {
        mem::track(-((self.s.heap_bytes() + STR_OVERHEAD) as isize));
    }
}

/// An immutable sequence of bytes (`bytes`): made by `b'...'` literals and
/// `str.encode`.
pub struct PyBytes {
    pub data: Box<[u8]>,
}

/// Bytes counted for a `bytes` besides its data.
const BYTES_OVERHEAD: usize = 48;

impl PyBytes {
    pub fn new(data: impl Into<Box<[u8]>>) -> Self {
        let data = data.into();
        mem::track((data.len() + BYTES_OVERHEAD) as isize);
        PyBytes { data }
    }
}

impl Drop for PyBytes {
    fn drop(&mut self) {
        mem::track(-((self.data.len() + BYTES_OVERHEAD) as isize));
    }
}

/// A growable, mutable sequence (`list`).
pub struct List {
    pub items: RefCell<Vec<Value>>,
    accounted: Cell<usize>,
}

impl List {
    pub fn new(items: Vec<Value>) -> Self {
        let bytes = items.capacity() * 16 + 48;
        mem::track(bytes as isize);
        List {
            items: RefCell::new(items),
            accounted: Cell::new(bytes),
        }
    }
    /// Re-accounts the list's storage after it may have grown or shrunk.
    pub fn recount(&self) {
        let bytes = self.items.borrow().capacity() * 16 + 48;
        let old = self.accounted.replace(bytes);
        mem::track(bytes as isize - old as isize);
    }
}

impl Drop for List {
    fn drop(&mut self) {
        mem::track(-(self.accounted.get() as isize));
    }
}

/// An immutable sequence (`tuple`).
pub struct Tuple {
    pub items: Box<[Value]>,
}

impl Tuple {
    pub fn new(items: Vec<Value>) -> Self {
        mem::track(items.len() as isize * 16 + 40);
        Tuple {
            items: items.into_boxed_slice(),
        }
    }
}

impl Drop for Tuple {
    fn drop(&mut self) {
        mem::track(-(self.items.len() as isize * 16 + 40));
    }
}

pub type DictMap = IndexMap<Key, Value, FxBuildHasher>;
/// A set's members, in CPython's table layout (so in CPython's order).
pub type SetMap = crate::pyset::SetTable;

/// A `dict` (insertion ordered).
pub struct Dict {
    pub map: RefCell<DictMap>,
    accounted: Cell<usize>,
}

impl Dict {
    pub fn new(map: DictMap) -> Self {
        let bytes = map.capacity() * 48 + 64;
        mem::track(bytes as isize);
        Dict {
            map: RefCell::new(map),
            accounted: Cell::new(bytes),
        }
    }
    pub fn recount(&self) {
        let bytes = self.map.borrow().capacity() * 48 + 64;
        let old = self.accounted.replace(bytes);
        mem::track(bytes as isize - old as isize);
    }
}

impl Drop for Dict {
    fn drop(&mut self) {
        mem::track(-(self.accounted.get() as isize));
    }
}

/// A `set` or `frozenset`.
pub struct Set {
    pub set: RefCell<SetMap>,
    accounted: Cell<usize>,
}

impl Set {
    pub fn new(set: SetMap) -> Self {
        let bytes = set.capacity() * 32 + 64;
        mem::track(bytes as isize);
        Set {
            set: RefCell::new(set),
            accounted: Cell::new(bytes),
        }
    }
    pub fn recount(&self) {
        let bytes = self.set.borrow().capacity() * 32 + 64;
        let old = self.accounted.replace(bytes);
        mem::track(bytes as isize - old as isize);
    }
}

impl Drop for Set {
    fn drop(&mut self) {
        mem::track(-(self.accounted.get() as isize));
    }
}

pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeObj {
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The position of `value` in the range, if it is one of its elements.
    pub fn position(&self, value: i64) -> Option<i64> {
        let offset = (value as i128) - (self.start as i128);
        let step = self.step as i128;
        let inside = if step > 0 {
            value >= self.start && value < self.stop
        } else {
            value <= self.start && value > self.stop
        };
        (inside && step != 0 && offset % step == 0).then(|| (offset / step) as i64)
    }
    pub fn len(&self) -> i64 {
        if self.step > 0 && self.start < self.stop {
            (self.stop - self.start - 1) / self.step + 1
        } else if self.step < 0 && self.start > self.stop {
            (self.start - self.stop - 1) / (-self.step) + 1
        } else {
            0
        }
    }
}

pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A function made by `def` or `lambda`: code plus what it closed over.
pub struct Function {
    pub code: Rc<Code>,
    pub defaults: Vec<Value>,
    pub kwdefaults: Vec<(Rc<str>, Value)>,
    pub closure: Vec<Rc<RefCell<Value>>>,
    pub name: Rc<str>,
    /// A `def` or `lambda` with only positional-or-keyword parameters, no
    /// cells, no free variables and no `yield`: a call binds its arguments
    /// straight into the first slots (the interpreter's fast call path).
    pub plain: bool,
}

impl Function {
    pub fn new(
        code: Rc<Code>,
        defaults: Vec<Value>,
        kwdefaults: Vec<(Rc<str>, Value)>,
        closure: Vec<Rc<RefCell<Value>>>,
    ) -> Function {
        let plain = matches!(
            code.kind,
            crate::ir::CodeKind::Function | crate::ir::CodeKind::Lambda
        ) && !code.is_generator
            && !code.has_varargs
            && !code.has_varkw
            && code.kwonly == 0
            && code.cellslots.is_empty()
            && code.nfree == 0
            && closure.is_empty()
            && defaults.len() <= code.argcount as usize;
        Function {
            name: code.name.clone(),
            code,
            defaults,
            kwdefaults,
            closure,
            plain,
        }
    }
}

/// A native function with its name.
pub struct Builtin {
    pub name: Rc<str>,
    pub func: Box<NativeFn>,
    /// For the builtins that are also types (`int`, `str`, ...).
    pub type_tag: Option<TypeTag>,
}

/// The builtin types that can appear as the second argument of
/// `isinstance`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TypeTag {
    Int,
    Float,
    Str,
    Bool,
    List,
    Tuple,
    Range,
    Slice,
    Complex,
}

/// A method bound to its receiver.
pub struct BoundMethod {
    pub receiver: Value,
    pub func: Value,
    /// Set for the methods of builtin types, dispatched by name.
    pub builtin_name: Option<Rc<str>>,
}

/// A class: user-defined, a builtin exception class, or one the host made.
pub struct Class {
    pub name: Rc<str>,
    /// Python's `__qualname__` (`f.<locals>.A` for a class made in `f`).
    pub qualname: Rc<str>,
    pub bases: Vec<Rc<Class>>,
    /// The ancestors in lookup order (without the class itself).
    pub mro: Vec<Rc<Class>>,
    pub attrs: RefCell<IndexMap<Rc<str>, Value, FxBuildHasher>>,
    /// Derives from BaseException.
    pub is_exception: bool,
    /// Raising an instance stops the run: user code cannot catch it.
    pub uncatchable: bool,
}

impl Class {
    pub fn lookup(&self, name: &str) -> Option<Value> {
        if let Some(v) = self.attrs.borrow().get(name) {
            return Some(v.clone());
        }
        for base in self.mro.iter() {
            if let Some(v) = base.attrs.borrow().get(name) {
                return Some(v.clone());
            }
        }
        None
    }
    pub fn is_subclass(self: &Rc<Class>, other: &Rc<Class>) -> bool {
        Rc::ptr_eq(self, other) || self.mro.iter().any(|c| Rc::ptr_eq(c, other))
    }
}

/// An instance of a class (exceptions included).
pub struct Instance {
    pub class: Rc<Class>,
    pub attrs: RefCell<IndexMap<Rc<str>, Value, FxBuildHasher>>,
    /// The constructor arguments of an exception.
    pub args: RefCell<Value>,
    /// Line of impl.py where an exception was first raised (0: not yet).
    pub line: Cell<u32>,
}

pub struct Module {
    pub name: Rc<str>,
    pub attrs: RefCell<IndexMap<Rc<str>, Value, FxBuildHasher>>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

pub struct DictView {
    pub dict: Rc<Dict>,
    pub kind: ViewKind,
}

/// The state of an iterator.
pub enum IterState {
    Seq {
        seq: Value,
        index: usize,
    },
    Str {
        s: Rc<PyStr>,
        byte: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    Dict {
        dict: Rc<Dict>,
        index: usize,
        len: usize,
        kind: ViewKind,
    },
    Set {
        set: Rc<Set>,
        index: usize,
        len: usize,
    },
    Generator(Box<crate::interp::Frame>),
    /// A generator that is running or finished.
    Done,
}

/// A dict key: a hashable value with Python's equality.
#[derive(Clone)]
pub struct Key(pub Value);

impl Key {
    /// Wraps a value, refusing unhashable ones.
    pub fn new(value: Value) -> Result<Key, String> {
        check_hashable(&value)?;
        Ok(Key(value))
    }
}

fn check_hashable(value: &Value) -> Result<(), String> {
    match value {
        Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::DictView(_) | Value::Slice(_) => {
            Err(format!("unhashable type: '{}'", type_name(value)))
        }
        Value::Tuple(t) => {
            for item in t.items.iter() {
                check_hashable(item)?;
            }
            Ok(())
        }
        Value::Instance(i) if i.class.lookup("__eq__").is_some() => {
            Err(format!("unhashable type: '{}'", i.class.name))
        }
        _ => Ok(()),
    }
}

/// The hash dict keys use: strs (their cached hash) and ints inline,
/// everything else out of line.
#[inline]
fn hash_value<H: Hasher>(value: &Value, state: &mut H) {
    match value {
        Value::Str(s) => state.write_u64(s.table_hash()),
        Value::Int(i) => i.hash(state),
        other => hash_other(other, state),
    }
}

/// [`hash_value`] for everything but strs and ints.
fn hash_other<H: Hasher>(value: &Value, state: &mut H) {
    match value {
        Value::None => 0u8.hash(state),
        Value::Bytes(b) => b.data.hash(state),
        Value::Bool(b) => (*b as i64).hash(state),
        Value::Float(f) => {
            if f.fract() == 0.0 && f.abs() < 9.2e18 {
                (f.get() as i64).hash(state)
            } else {
                f.to_bits().hash(state)
            }
        }
        Value::BigInt(b) => match b.to_i64() {
            Some(i) => i.hash(state),
            None => b.hash(state),
        },
        Value::Tuple(t) => {
            t.items.len().hash(state);
            for item in t.items.iter() {
                hash_value(item, state);
            }
        }
        Value::FrozenSet(s) => {
            // Order-independent: sum of member hashes.
            let mut total: u64 = 0;
            for k in s.set.borrow().iter() {
                let mut h = rustc_hash::FxHasher::default();
                hash_value(&k.0, &mut h);
                total = total.wrapping_add(h.finish());
            }
            total.hash(state)
        }
        Value::Host(h) => match h.hash_as() {
            Some(proxy) => hash_value(&proxy, state),
            None => identity(value).hash(state),
        },
        other => identity(other).hash(state),
    }
}

/// The identity of a heap value (for `is`, `id()` and default hashing).
pub fn identity(value: &Value) -> usize {
    match value {
        Value::None => 1,
        Value::Bool(b) => 2 + *b as usize,
        Value::Ellipsis => 4,
        Value::Undefined => 5,
        Value::Int(i) => *i as usize,
        Value::Float(f) => f.to_bits() as usize,
        Value::BigInt(r) => Rc::as_ptr(r) as usize,
        Value::Str(r) => Rc::as_ptr(r) as usize,
        Value::Bytes(r) => Rc::as_ptr(r) as usize,
        Value::List(r) => Rc::as_ptr(r) as usize,
        Value::Tuple(r) => Rc::as_ptr(r) as usize,
        Value::Dict(r) => Rc::as_ptr(r) as usize,
        Value::Set(r) | Value::FrozenSet(r) => Rc::as_ptr(r) as usize,
        Value::Range(r) => Rc::as_ptr(r) as usize,
        Value::Slice(r) => Rc::as_ptr(r) as usize,
        Value::Function(r) => Rc::as_ptr(r) as usize,
        Value::Builtin(r) => Rc::as_ptr(r) as usize,
        Value::BoundMethod(r) => Rc::as_ptr(r) as usize,
        Value::Class(r) => Rc::as_ptr(r) as usize,
        Value::Instance(r) => Rc::as_ptr(r) as usize,
        Value::Iterator(r) => Rc::as_ptr(r) as usize,
        Value::DictView(r) => Rc::as_ptr(r) as usize,
        Value::Module(r) => Rc::as_ptr(r) as usize,
        Value::Host(r) => Rc::as_ptr(r) as *const u8 as usize,
        Value::Cell(r) => Rc::as_ptr(r) as usize,
    }
}

impl Hash for Key {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        hash_value(&self.0, state)
    }
}

/// A dict key borrowed for a lookup (no reference count taken). Only for
/// values that [`Key`] takes as they are: ints and strs.
pub struct KeyRef<'a>(pub &'a Value);

impl Hash for KeyRef<'_> {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        hash_value(self.0, state)
    }
}

impl indexmap::Equivalent<Key> for KeyRef<'_> {
    #[inline]
    fn equivalent(&self, key: &Key) -> bool {
        simple_eq(self.0, &key.0)
    }
}

impl PartialEq for Key {
    #[inline]
    fn eq(&self, other: &Key) -> bool {
        simple_eq(&self.0, &other.0)
    }
}
impl Eq for Key {}

/// Equality for hashable builtin values (never calls user code).
#[inline]
pub fn simple_eq(a: &Value, b: &Value) -> bool {
    // The common keys inline; everything else out of line.
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Rc::ptr_eq(x, y) || x.s == y.s,
        (Value::Int(x), Value::Int(y)) => x == y,
        _ => other_eq(a, b),
    }
}

/// [`simple_eq`] for everything but two strs or two ints.
fn other_eq(a: &Value, b: &Value) -> bool {
    use Value::*;
    if let Host(h) = a {
        if let Some(proxy) = h.hash_as() {
            return simple_eq(&proxy, b);
        }
    }
    if let Host(h) = b {
        if let Some(proxy) = h.hash_as() {
            return simple_eq(a, &proxy);
        }
    }
    match (a, b) {
        (None, None) => true,
        (Ellipsis, Ellipsis) => true,
        (Bool(x), Bool(y)) => x == y,
        (Bytes(x), Bytes(y)) => x.data == y.data,
        (Tuple(x), Tuple(y)) => {
            x.items.len() == y.items.len()
                && x.items
                    .iter()
                    .zip(y.items.iter())
                    .all(|(p, q)| simple_eq(p, q))
        }
        (List(x), List(y)) => {
            if Rc::ptr_eq(x, y) {
                return true;
            }
            let (x, y) = (x.items.borrow(), y.items.borrow());
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| simple_eq(p, q))
        }
        (Dict(x), Dict(y)) => {
            if Rc::ptr_eq(x, y) {
                return true;
            }
            let (x, y) = (x.map.borrow(), y.map.borrow());
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| simple_eq(v, w)))
        }
        (Set(x) | FrozenSet(x), Set(y) | FrozenSet(y)) => {
            let (x, y) = (x.set.borrow(), y.set.borrow());
            x.len() == y.len() && x.iter().all(|k| y.contains(k))
        }
        (Range(x), Range(y)) => {
            let (lx, ly) = (x.len(), y.len());
            lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)))
        }
        _ => match (as_number(a), as_number(b)) {
            (Some(x), Some(y)) => num_eq(&x, &y),
            _ => identity(a) == identity(b) && same_kind(a, b),
        },
    }
}

fn same_kind(a: &Value, b: &Value) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b)
}

/// A number seen for comparison.
pub enum Num {
    I(i64),
    B(Rc<BigInt>),
    F(f64),
}

pub fn as_number(v: &Value) -> Option<Num> {
    match v {
        Value::Int(i) => Some(Num::I(*i)),
        Value::Bool(b) => Some(Num::I(*b as i64)),
        Value::Float(f) => Some(Num::F(f.get())),
        Value::BigInt(b) => Some(Num::B(b.clone())),
        _ => None,
    }
}

pub fn num_eq(a: &Num, b: &Num) -> bool {
    num_cmp(a, b) == Some(std::cmp::Ordering::Equal)
}

pub fn big_to_f64(b: &BigInt) -> f64 {
    b.to_f64().unwrap_or(f64::NAN)
}

/// Compares two numbers exactly (ints against floats included).
pub fn num_cmp(a: &Num, b: &Num) -> Option<std::cmp::Ordering> {
    use Num::*;
    match (a, b) {
        (I(x), I(y)) => Some(x.cmp(y)),
        (F(x), F(y)) => x.partial_cmp(y),
        (B(x), B(y)) => Some(x.as_ref().cmp(y.as_ref())),
        (I(x), B(y)) => Some(BigInt::from(*x).cmp(y)),
        (B(x), I(y)) => Some(x.as_ref().cmp(&BigInt::from(*y))),
        (I(x), F(y)) => int_float_cmp(&BigInt::from(*x), *y),
        (B(x), F(y)) => int_float_cmp(x, *y),
        (F(x), I(y)) => int_float_cmp(&BigInt::from(*y), *x).map(|o| o.reverse()),
        (F(x), B(y)) => int_float_cmp(y, *x).map(|o| o.reverse()),
    }
}

fn int_float_cmp(i: &BigInt, f: f64) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            std::cmp::Ordering::Less
        } else {
            std::cmp::Ordering::Greater
        });
    }
    let floor = f.floor();
    let fi = num_bigint::BigInt::from_f64_exact(floor);
    match i.cmp(&fi) {
        std::cmp::Ordering::Equal => {
            if f > floor {
                Some(std::cmp::Ordering::Less)
            } else {
                Some(std::cmp::Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

trait FromF64Exact {
    fn from_f64_exact(f: f64) -> BigInt;
}
impl FromF64Exact for BigInt {
    fn from_f64_exact(f: f64) -> BigInt {
        num_traits::FromPrimitive::from_f64(f).unwrap_or_else(BigInt::zero)
    }
}

/// Python's type name of a value.
pub fn type_name(v: &Value) -> String {
    match v {
        Value::None => "NoneType".into(),
        Value::Bool(_) => "bool".into(),
        Value::Int(_) | Value::BigInt(_) => "int".into(),
        Value::Float(_) => "float".into(),
        Value::Str(_) => "str".into(),
        Value::List(_) => "list".into(),
        Value::Tuple(_) => "tuple".into(),
        Value::Dict(_) => "dict".into(),
        Value::Set(_) => "set".into(),
        Value::FrozenSet(_) => "frozenset".into(),
        Value::Range(_) => "range".into(),
        Value::Slice(_) => "slice".into(),
        Value::Function(_) => "function".into(),
        Value::Builtin(b) => {
            if b.type_tag.is_some() {
                "type".into()
            } else {
                "builtin_function_or_method".into()
            }
        }
        Value::BoundMethod(m) => {
            if m.builtin_name.is_some() {
                "builtin_function_or_method".into()
            } else {
                "method".into()
            }
        }
        Value::Class(_) => "type".into(),
        Value::Instance(i) => i.class.name.to_string(),
        Value::Iterator(it) => match &*it.borrow() {
            IterState::Seq {
                seq: Value::List(_),
                ..
            } => "list_iterator".into(),
            IterState::Seq {
                seq: Value::Tuple(_),
                ..
            } => "tuple_iterator".into(),
            IterState::Seq {
                seq: Value::Bytes(_),
                ..
            } => "bytes_iterator".into(),
            IterState::Seq { .. } => "iterator".into(),
            IterState::Str { .. } => "str_ascii_iterator".into(),
            IterState::Range { .. } => "range_iterator".into(),
            IterState::Dict {
                kind: ViewKind::Keys,
                ..
            } => "dict_keyiterator".into(),
            IterState::Dict {
                kind: ViewKind::Values,
                ..
            } => "dict_valueiterator".into(),
            IterState::Dict {
                kind: ViewKind::Items,
                ..
            } => "dict_itemiterator".into(),
            IterState::Set { .. } => "set_iterator".into(),
            IterState::Generator(_) | IterState::Done => "generator".into(),
        },
        Value::DictView(v) => match v.kind {
            ViewKind::Keys => "dict_keys".into(),
            ViewKind::Values => "dict_values".into(),
            ViewKind::Items => "dict_items".into(),
        },
        Value::Module(_) => "module".into(),
        Value::Host(h) => h.type_name().to_string(),
        Value::Cell(_) => "cell".into(),
        Value::Ellipsis => "ellipsis".into(),
        Value::Undefined => "NoneType".into(),
        Value::Bytes(_) => "bytes".into(),
    }
}

impl Value {
    /// Wraps a host object.
    pub fn host(obj: impl HostObject) -> Value {
        Value::Host(Rc::new(Box::new(obj)))
    }
    pub fn str(s: impl Into<PyText>) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(List::new(items)))
    }
    pub fn bytes(data: impl Into<Box<[u8]>>) -> Value {
        Value::Bytes(Rc::new(PyBytes::new(data)))
    }
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(Tuple::new(items)))
    }
    pub fn dict(map: DictMap) -> Value {
        Value::Dict(Rc::new(Dict::new(map)))
    }
    pub fn from_bigint(b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }
    /// Python's truth value for values that need no user code.
    pub fn truthy(&self) -> bool {
        match self {
            Value::None | Value::Undefined => false,
            Value::Bool(b) => *b != 0,
            Value::Int(i) => *i != 0,
            Value::Float(f) => f.get() != 0.0,
            Value::BigInt(b) => !b.is_zero(),
            Value::Str(s) => !s.s.is_empty(),
            Value::Bytes(b) => !b.data.is_empty(),
            Value::List(l) => !l.items.borrow().is_empty(),
            Value::Tuple(t) => !t.items.is_empty(),
            Value::Dict(d) => !d.map.borrow().is_empty(),
            Value::Set(s) | Value::FrozenSet(s) => !s.set.borrow().is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::DictView(v) => !v.dict.map.borrow().is_empty(),
            _ => true,
        }
    }
}

pub fn new_dict_map() -> DictMap {
    IndexMap::with_hasher(FxBuildHasher)
}

pub fn new_set_map() -> SetMap {
    SetMap::new()
}

// The interpreter moves values constantly: keep them two words.
const _: () = assert!(std::mem::size_of::<Value>() == 16);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_str_changed_in_place_keeps_its_memory_count_and_rehashes() {
        let before = mem::live();
        let mut s = PyStr::new("ab");
        let short_hash = s.table_hash();
        s.append(&PyStr::new("é".repeat(20)));
        assert_eq!((s.chars, s.s.len()), (22, 42));
        assert_ne!(s.table_hash(), short_hash);
        assert_eq!(
            s.table_hash(),
            PyStr::new(format!("ab{}", "é".repeat(20))).table_hash()
        );
        s.prepend(&PyStr::new("x"));
        assert_eq!((s.chars, &s.s[..5]), (23, "xabé"));
        assert!(mem::live() > before);
        drop(s);
        assert_eq!(mem::live(), before);
    }
}
