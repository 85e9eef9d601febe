//! sym_vm: the compiler and interpreter for Sym's `impl.py` files.
//!
//! # Pipeline
//!
//! [`compile`] refuses files with `SYN`/`RP`/`IMP` diagnostics (via
//! `sym_check`), then lowers the AST to a [`Program`]: a tree of [`Code`]
//! objects holding stack-machine instructions ([`Op`]). [`flow`] writes and
//! reads the binary compiled-flow format; [`disasm`] prints a listing.
//! [`Vm`] runs a program with CPython 3.11's observable behaviour for what
//! RestrictedPython 9.0 accepts, under Sym's guards and builtins.
//!
//! # Names
//!
//! Scopes are resolved at compile time: function locals live in numbered
//! slots (`LOAD_FAST`), variables captured by inner functions in cells
//! (`LOAD_DEREF`), module names in a program-wide global table
//! (`LOAD_GLOBAL i`, falling back to the builtins), class bodies in a
//! namespace dict (`LOAD_NAME`). Comprehensions and generator expressions are
//! nested functions, as in CPython 3.11.
//!
//! # Instructions
//!
//! Every instruction has a line of impl.py (for error reports). `TOS` is the
//! top of the value stack.
//!
//! | instruction | effect |
//! |---|---|
//! | `NOP` | nothing |
//! | `LOAD_CONST i` | push constant `i` |
//! | `LOAD_NONE`, `LOAD_TRUE`, `LOAD_FALSE` | push the singleton |
//! | `LOAD_INT n` | push a small int |
//! | `LOAD_FAST s` / `STORE_FAST s` / `DELETE_FAST s` | local slot `s` (unbound: `UnboundLocalError`) |
//! | `LOAD_DEREF s` / `STORE_DEREF s` / `DELETE_DEREF s` | the cell in slot `s` |
//! | `LOAD_CLOSURE s` | push the cell object of slot `s` (to build a closure) |
//! | `LOAD_GLOBAL g` / `STORE_GLOBAL g` / `DELETE_GLOBAL g` | global `g`; loads fall back to the builtins, else `NameError` |
//! | `LOAD_NAME n` / `STORE_NAME n` / `DELETE_NAME n` | class-body namespace, then globals, then builtins |
//! | `LOAD_ATTR n` | TOS = getattr(TOS, name) under `safer_getattr` (missing: None) |
//! | `STORE_ATTR n` | TOS.name = TOS1 under `full_write_guard` |
//! | `DELETE_ATTR n` | del TOS.name (guarded) |
//! | `LOAD_METHOD n` | replace TOS by [method, receiver] (receiver slot is a marker for plain callables) |
//! | `CALL_METHOD argc` | call what `LOAD_METHOD` left with `argc` arguments |
//! | `GET_ITEM` / `STORE_ITEM` / `DELETE_ITEM` | TOS1[TOS]; TOS1[TOS] = TOS2; del TOS1[TOS] |
//! | `BINARY op` / `INPLACE op` | TOS = TOS1 op TOS (in place: lists, dicts and sets mutate) |
//! | `COMPARE op` | TOS = TOS1 op TOS (`<`, `==`, `in`, `is`, ...) |
//! | `NOT`, `NEG`, `POS`, `INVERT` | unary operators on TOS |
//! | `JUMP t` | go to `t` |
//! | `POP_JUMP_IF_FALSE t`, `POP_JUMP_IF_TRUE t` | pop TOS, jump on its truth |
//! | `JUMP_IF_FALSE_OR_POP t`, `JUMP_IF_TRUE_OR_POP t` | `and`/`or`: jump keeping TOS, else pop it |
//! | `GET_ITER` | TOS = iter(TOS) |
//! | `FOR_ITER t` | push next(TOS); when exhausted pop the iterator and jump to `t` |
//! | `POP`, `DUP`, `DUP2`, `ROT2`, `ROT3` | stack shuffles (`ROT3`: [a, b, c] -> [c, a, b]) |
//! | `BUILD_LIST n`, `BUILD_TUPLE n`, `BUILD_SET n` | collect `n` items |
//! | `BUILD_CONST_SET n` | a set display of `n` (> 2) constants: CPython folds it to a frozenset constant (rebuilt from its own members when constants are merged) and copies that into a new set, which decides the set's layout (so its order) |
//! | `BUILD_DICT n` | collect `n` key/value pairs |
//! | `BUILD_SLICE n` | slice(start, stop[, step]) from 2 or 3 items |
//! | `BUILD_STRING n` | concatenate `n` items as str |
//! | `LIST_APPEND d`, `LIST_EXTEND d`, `SET_ADD d`, `MAP_ADD d`, `DICT_UPDATE d` | add TOS (or TOS1: TOS) to the collection `d` deep |
//! | `LIST_TO_TUPLE` | TOS = tuple(TOS) |
//! | `UNPACK_SEQUENCE n` | unpack TOS into exactly `n` items (RestrictedPython's guarded unpacking) |
//! | `UNPACK_EX a b` | starred unpacking: `a` before, a list, `b` after |
//! | `FORMAT_VALUE f` | f-string field: conversion `f & 3` (none, !s, !r, !a); spec on TOS when `f & 4` |
//! | `MAKE_FUNCTION c f` | function from code `c`; `f & 1` defaults tuple, `f & 2` kw-defaults dict, `f & 4` closure tuple |
//! | `BUILD_CLASS n` | [body function, name, n bases] -> class |
//! | `CALL argc` | call TOS-argc with `argc` positional arguments |
//! | `CALL_KW argc k` | the last `len(consts[k])` arguments are keywords named by constant `k` |
//! | `CALL_EX` | func(*TOS1, **TOS) |
//! | `RETURN` | return TOS |
//! | `YIELD` | suspend the generator with TOS; resumes with None pushed |
//! | `RAISE k` | `raise` (k=0: re-raise), `raise TOS` (1), `raise TOS1 from TOS` (2) |
//! | `RERAISE` | raise TOS again (end of a handler or finally) |
//! | `SETUP_EXCEPT t` | an exception inside jumps to `t` with the exception pushed |
//! | `POP_BLOCK` | leave the innermost `SETUP_EXCEPT` |
//! | `ENTER_HANDLER` | TOS is now the exception being handled (for bare `raise`) |
//! | `POP_EXCEPT` | leave the handler |
//! | `EXC_MATCH` | TOS = isinstance(TOS1, TOS) for exception classes (tuples too) |
//! | `WITH_ENTER` | [ctx] -> [ctx, ctx.enter()] (host context managers) |
//! | `WITH_EXIT` | pop ctx and exit it normally |
//! | `WITH_EXIT_EXC` | [ctx, exc]: exit with the exception; re-raise unless swallowed |
//! | `IMPORT_NAME n m` | import names[n] through the host hook; m=0 pushes the top package |
//! | `IMPORT_FROM n` | push TOS.name (module member), else `ImportError` |
//! | `LOAD_PRINTED` | push the text this function printed (RestrictedPython's `printed`) |
//! | `ASSERT_FAIL` | raise AssertionError(TOS) |
//!
//! # How the interpreter runs them
//!
//! The first time a code object runs, the interpreter makes an execution
//! form of its instructions (`quick.rs`, not part of the compiled flow):
//! the same instructions, position for position, where a run of common
//! ones on small ints — `LOAD_FAST a; LOAD_INT k; COMPARE <`, `i += 1`,
//! `LOAD_FAST a; RETURN`, … — is fused into one step, and `LOAD_METHOD`
//! knows which builtin types have the method. A fused step charges the fuel
//! of every instruction it stands for and, when its operands are not small
//! ints, runs only its first instruction, so errors, their lines and the
//! fuel count are the plain IR's.
//!
//! # Limits
//!
//! On by default ([`Limits`]) and uncatchable: they raise a fatal error
//! that `except:` cannot intercept (`ResourceLimit`). Fuel is one unit per
//! instruction; memory is the bytes of live values, counted when heap
//! objects are made and freed, and checked each time control jumps back (a
//! loop goes round) and before an operation that would build a large value; depth counts nested function frames (comprehensions
//! and the module do not count); output counts the UTF-8 bytes printed.
//!
//! # Host API (for the SDK runtime)
//!
//! The interpreter reads no file, environment variable, clock or socket.
//! Everything from outside comes through the host:
//!
//! - native functions: [`Vm::native`] wraps
//!   `Fn(&mut Vm, &[Value], &[(Rc<str>, Value)]) -> Result<Value, Error>`;
//! - host objects: implement [`HostObject`] (attribute reads and writes,
//!   calls, `repr`, `with` support) and wrap them in `Value::Host`;
//! - classes: [`Vm::new_exception_class`] (e.g. `ValidationError` deriving
//!   from `ValueError`), [`Vm::new_uncatchable_class`] (raising it ends the
//!   run like a limit; one named `UnmockedCall` is the exception: `except
//!   Exception` lets it pass, a bare `except:` may swallow it, and the run
//!   still ends with the first one, as the run contract says), or a
//!   [`Class`] with a `__new__`
//!   native constructor and native methods, which user classes can subclass;
//! - modules: [`Vm::set_import_hook`] answers `import x.y` / `from x import
//!   y` with module values ([`Vm::new_module`]);
//! - output: [`Vm::output`] holds everything printed;
//! - running: [`Vm::run_module`], then [`Vm::global`] and
//!   [`Vm::call_value`] for the handler; errors come back as [`RunError`]
//!   (type name, message, line, fatal or not).
//!
//! The interpreter recurses on the Rust stack once per Python call; run it
//! on a thread with at least 16 MiB of stack (deeper Rust use is refused as
//! a recursion limit rather than overflowing).

// Nested `if let` reads better than let-chains in the interpreter's guards,
// and the argument binder indexes parallel slices on purpose.
#![allow(clippy::collapsible_if, clippy::needless_range_loop)]

pub mod builtins;
mod bytes;
pub mod compiler;
pub mod disasm;
pub mod flow;
pub mod interp;
pub mod ir;
pub mod mem;
pub mod ops;
pub mod pyfmt;
pub mod pyhash;
pub mod pyset;
mod quick;
mod str_tables;
pub mod text;
pub mod value;

use std::rc::Rc;

pub use bytes::decode_utf8;
pub use interp::{Error, ErrorKind, Fatal, Limits, RunError, Vm};
pub use ir::{Code, Op, Program};
pub use value::{Class, HostObject, Value};

use sym_diagnostics::Diagnostic;

/// Why a file could not be compiled.
#[derive(Debug)]
pub enum CompileFailure {
    /// The checker refused it (`SYN`/`RP`/`IMP` diagnostics).
    Rejected(Vec<Diagnostic>),
    /// The compiler met a construct it cannot lower.
    Unsupported(compiler::CompileError),
}

/// Checks and compiles impl.py source text.
pub fn compile(source: &str) -> Result<Program, CompileFailure> {
    let parsed = sym_syntax::parse(source);
    // Only the families that make Sym refuse a file matter here; the type
    // checks (and the SDK descriptor they load) would only slow a run down.
    let settings = sym_check::Settings {
        select: ["SYN", "RP", "IMP"].map(String::from).to_vec(),
        ..sym_check::Settings::default()
    };
    let rejecting: Vec<Diagnostic> = sym_check::check_parsed(&parsed, &settings)
        .into_iter()
        .filter(|d| sym_check::is_rejecting(d.code))
        .collect();
    if !rejecting.is_empty() {
        return Err(CompileFailure::Rejected(rejecting));
    }
    compiler::compile_module(&parsed).map_err(CompileFailure::Unsupported)
}

/// Compiles source or loads a compiled flow, by its magic number.
pub fn load_any(bytes: &[u8]) -> Result<Program, String> {
    if flow::is_compiled_flow(bytes) {
        return flow::decode(bytes).map_err(|e| e.0);
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|_| "the file is neither UTF-8 Python nor a compiled flow".to_string())?;
    compile(text).map_err(|f| match f {
        CompileFailure::Rejected(d) => d
            .iter()
            .map(|d| format!("{}: {}", d.code, d.message))
            .collect::<Vec<_>>()
            .join("\n"),
        CompileFailure::Unsupported(e) => e.message,
    })
}

/// A VM for a program.
pub fn vm_for(program: Program) -> Vm {
    Vm::new(Rc::new(program))
}
