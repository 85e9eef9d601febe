//! The interpreter: frames, the instruction loop, calls, exceptions and
//! limits.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use indexmap::IndexMap;
use num_bigint::BigInt;
use rustc_hash::{FxBuildHasher, FxHashMap};

use crate::ir::{BinOp, CmpOp, Code, CodeKind, Const, Op, Program};
use crate::mem;
use crate::ops;
use crate::quick::Inst;
use crate::text::TextBuilder;
use crate::value::*;

/// Pushes `$value` onto the value stack `$stack`, building it in its slot:
/// the capacity check comes first, so the value is made after it and
/// written in place (through a temporary, a push costs a stalled load).
macro_rules! push_slot {
    ($stack:expr, $value:expr) => {{
        let stack: &mut Vec<Value> = &mut $stack;
        if stack.len() == stack.capacity() {
            grow(stack);
        }
        let len = stack.len();
        // SAFETY: `len < capacity` after the check above, so the slot at
        // `len` is allocated and uninitialised; it is written once, then
        // counted.
        unsafe {
            stack.as_mut_ptr().add(len).write($value);
            stack.set_len(len + 1);
        }
    }};
}

/// Bytes below which building a value skips the memory check (the
/// loop-edge check still counts it).
const SMALL_VALUE: usize = 4096;

/// What a suspended generator is resumed with.
pub(crate) enum Resume {
    /// The value its `yield` evaluates to.
    Send(Value),
    /// An exception its `yield` raises.
    Throw(Error),
}

/// Released frames kept for reuse.
const FRAME_POOL: usize = 64;

/// Why a run stopped abnormally: a Python exception (catchable), or a stop
/// no user code can catch (a limit, or a host's uncatchable error).
///
/// One pointer wide, so that `Result<Value, Error>` fits in two registers
/// (a `Value`'s tag leaves room for the error variant): every fallible
/// operation of the interpreter returns its value without a trip through
/// memory.
pub struct Error(Box<ErrorKind>);

/// What an [`Error`] is.
pub enum ErrorKind {
    Exc(Value),
    Fatal(Fatal),
}

const _: () = assert!(std::mem::size_of::<Result<Value, Error>>() == 16);

/// The error a host raises for a call the world does not answer.
const UNMOCKED_CALL: &str = "UnmockedCall";

/// An uncatchable stop.
#[derive(Debug, Clone, PartialEq)]
pub struct Fatal {
    pub type_name: String,
    pub message: String,
    pub line: Option<u32>,
}

impl Error {
    /// A Python exception (an exception instance).
    pub fn exc(exception: Value) -> Error {
        Error(Box::new(ErrorKind::Exc(exception)))
    }
    /// An uncatchable stop.
    pub fn from_fatal(fatal: Fatal) -> Error {
        Error(Box::new(ErrorKind::Fatal(fatal)))
    }
    /// What the error is.
    pub fn kind(&self) -> &ErrorKind {
        &self.0
    }
    /// What the error is, by value.
    pub fn into_kind(self) -> ErrorKind {
        *self.0
    }
    /// The exception, for a Python exception.
    pub fn exception(&self) -> Option<&Value> {
        match &*self.0 {
            ErrorKind::Exc(v) => Some(v),
            ErrorKind::Fatal(_) => None,
        }
    }
    /// An uncatchable error of type `type_name` (e.g. `UnmockedCall`).
    pub fn fatal(type_name: &str, message: impl Into<String>) -> Error {
        Error::from_fatal(Fatal {
            type_name: type_name.to_string(),
            message: message.into(),
            line: None,
        })
    }
    fn limit(message: String) -> Error {
        Error::fatal("ResourceLimit", message)
    }
}

/// The limits of one VM. All on by default.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Instructions executed.
    pub fuel: u64,
    /// Bytes of live values.
    pub memory: usize,
    /// Nested function frames.
    pub depth: usize,
    /// Bytes of printed text (UTF-8).
    pub output: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            fuel: 10_000_000,
            memory: 64 * 1024 * 1024,
            depth: 200,
            output: 1024 * 1024,
        }
    }
}

#[derive(Clone, Copy)]
struct Block {
    handler: u32,
    stack_len: u32,
    handled_len: u32,
}

/// One activation of a code object.
pub struct Frame {
    code: Rc<Code>,
    locals: Vec<Value>,
    stack: Vec<Value>,
    pc: usize,
    blocks: Vec<Block>,
    handled: Vec<Value>,
    namespace: Option<Rc<Dict>>,
    yielded: bool,
    started: bool,
}

thread_local! {
    /// Frames of generators whose last reference went while they were
    /// suspended inside a `try` or `with` block. CPython closes such a
    /// generator there and then (its `finally` runs); the VM closes them at
    /// its next safe point ([`Vm::close_dropped_generators`]).
    static DROPPED_GENERATORS: RefCell<Vec<Frame>> = const { RefCell::new(Vec::new()) };
}

/// Whether a dropped generator is waiting to be closed.
#[inline]
fn dropped_generators_waiting() -> bool {
    DROPPED_GENERATORS
        .try_with(|dropped| dropped.try_borrow().is_ok_and(|list| !list.is_empty()))
        .unwrap_or(false)
}

impl Drop for Frame {
    fn drop(&mut self) {
        if !(self.code.is_generator && self.started && !self.blocks.is_empty()) {
            return;
        }
        // The frame's state moves to a new frame on the queue; this one
        // drops empty.
        let mut suspended = Some(Frame {
            code: self.code.clone(),
            locals: std::mem::take(&mut self.locals),
            stack: std::mem::take(&mut self.stack),
            pc: self.pc,
            blocks: std::mem::take(&mut self.blocks),
            handled: std::mem::take(&mut self.handled),
            namespace: self.namespace.take(),
            yielded: self.yielded,
            started: self.started,
        });
        let _ = DROPPED_GENERATORS.try_with(|dropped| {
            if let (Ok(mut list), Some(frame)) = (dropped.try_borrow_mut(), suspended.take()) {
                list.push(frame);
            }
        });
        // Without the queue (the thread is ending), the frame just drops.
        if let Some(mut frame) = suspended {
            frame.blocks.clear();
        }
    }
}

impl Frame {
    fn empty(code: &Rc<Code>) -> Frame {
        Frame {
            code: code.clone(),
            locals: Vec::new(),
            stack: Vec::with_capacity(16),
            pc: 0,
            blocks: Vec::new(),
            handled: Vec::new(),
            namespace: None,
            yielded: false,
            started: false,
        }
    }
}

/// What a host module loader returns for a module name.
pub type ImportHook = dyn Fn(&mut Vm, &str) -> Result<Option<Value>, Error>;

/// A virtual machine: one module's globals, builtins, output and limits.
pub struct Vm {
    pub(crate) program: Rc<Program>,
    pub(crate) globals: Vec<Value>,
    global_index: FxHashMap<Rc<str>, usize>,
    pub(crate) builtins: FxHashMap<Rc<str>, Value>,
    /// The builtin each global slot falls back to, once looked up (cleared
    /// when a builtin is set).
    builtin_slots: RefCell<Vec<Option<Value>>>,
    pub(crate) exc_classes: FxHashMap<&'static str, Rc<Class>>,
    import_hook: Option<Rc<ImportHook>>,
    modules: FxHashMap<String, Value>,
    /// Everything print() wrote.
    pub output: String,
    /// What each running function printed (RestrictedPython's `printed`),
    /// by the level of its frame among the frames that collect print
    /// output; a level is added only when its function first prints.
    printed: Vec<(usize, String)>,
    /// How many frames that collect print output are running.
    print_level: usize,
    pub limits: Limits,
    fuel: u64,
    depth: usize,
    mem_base: isize,
    /// Set once a fatal error has been raised (it stays).
    sticky: Option<Fatal>,
    /// The first `UnmockedCall`: a bare `except:` may swallow it and the
    /// code goes on, but the run still ends with it (the run contract's
    /// judgement call 4).
    swallowed_unmocked: Option<Fatal>,
    stack_base: usize,
    pool: Vec<Vec<Value>>,
    /// Finished frames kept for reuse by calls.
    #[allow(clippy::vec_box)] // boxed so that a frame never moves while in use
    frame_pool: Vec<Box<Frame>>,
}

const STACK_BUDGET: usize = 6 * 1024 * 1024;

impl Vm {
    /// A VM for `program` with the default limits and the restricted
    /// builtins. Nothing runs until [`Vm::run_module`].
    pub fn new(program: Rc<Program>) -> Vm {
        let mut vm = Vm {
            globals: vec![Value::Undefined; program.globals.len()],
            global_index: program
                .globals
                .iter()
                .enumerate()
                .map(|(i, n)| (n.clone(), i))
                .collect(),
            program,
            builtins: FxHashMap::default(),
            builtin_slots: RefCell::new(Vec::new()),
            exc_classes: FxHashMap::default(),
            import_hook: None,
            modules: FxHashMap::default(),
            output: String::new(),
            printed: Vec::new(),
            print_level: 0,
            limits: Limits::default(),
            fuel: Limits::default().fuel,
            depth: 0,
            mem_base: mem::live(),
            sticky: None,
            swallowed_unmocked: None,
            stack_base: 0,
            pool: Vec::new(),
            frame_pool: Vec::with_capacity(FRAME_POOL),
        };
        crate::builtins::install(&mut vm);
        vm
    }

    /// Replaces the limits (and resets the fuel counter).
    pub fn set_limits(&mut self, limits: Limits) {
        self.fuel = limits.fuel;
        self.limits = limits;
    }

    /// Instructions left.
    pub fn fuel_left(&self) -> u64 {
        self.fuel
    }

    /// Installs the host's module loader: called for `import x` with the
    /// dotted name; `Ok(None)` means there is no such module.
    pub fn set_import_hook(&mut self, hook: Rc<ImportHook>) {
        self.import_hook = Some(hook);
    }

    /// Adds (or replaces) a builtin name.
    pub fn set_builtin(&mut self, name: &str, value: Value) {
        self.builtins.insert(Rc::from(name), value);
        self.builtin_slots.borrow_mut().clear();
    }

    /// A builtin exception class by name (`ValueError`, ...).
    pub fn exception_class(&self, name: &str) -> Option<Rc<Class>> {
        self.exc_classes.get(name).cloned()
    }

    /// A builtin exception class; every one is installed at start, so the
    /// fallback (a bare class of that name) is never used in practice.
    pub(crate) fn exc_class(&self, name: &str) -> Rc<Class> {
        match self.exc_classes.get(name) {
            Some(c) => c.clone(),
            None => make_class(name, vec![], true, false),
        }
    }

    /// Makes a new exception class deriving from `base` (a host class such
    /// as `ValidationError(ValueError)`).
    pub fn new_exception_class(&self, name: &str, base: &Rc<Class>) -> Rc<Class> {
        make_class(name, vec![base.clone()], true, base.uncatchable)
    }

    /// Makes a class whose instances, when raised, end the run: user code
    /// cannot catch them (like the limits).
    pub fn new_uncatchable_class(&self, name: &str) -> Rc<Class> {
        make_class(name, vec![], true, true)
    }

    /// A module object with the given members.
    pub fn new_module(&self, name: &str, members: Vec<(&str, Value)>) -> Value {
        let mut attrs = IndexMap::with_hasher(FxBuildHasher);
        for (k, v) in members {
            attrs.insert(Rc::from(k), v);
        }
        Value::Module(Rc::new(Module {
            name: Rc::from(name),
            attrs: RefCell::new(attrs),
        }))
    }

    /// A native function value.
    pub fn native(
        &self,
        name: &str,
        f: impl Fn(&mut Vm, &[Value], &[(Rc<str>, Value)]) -> Result<Value, Error> + 'static,
    ) -> Value {
        Value::Builtin(Rc::new(Builtin {
            name: Rc::from(name),
            func: Box::new(f),
            type_tag: None,
        }))
    }

    /// A global of the module, after the body ran.
    pub fn global(&self, name: &str) -> Option<Value> {
        let i = *self.global_index.get(name)?;
        match self.globals.get(i) {
            Some(Value::Undefined) | None => None,
            Some(v) => Some(v.clone()),
        }
    }

    /// Makes an exception instance of a builtin class with one message.
    pub fn new_exception(&self, class: &str, message: impl Into<String>) -> Error {
        let cls = match self.exc_classes.get(class) {
            Some(c) => c.clone(),
            None => return Error::fatal("SystemError", format!("no exception class {class}")),
        };
        Error::exc(exception_instance(&cls, vec![Value::str(message.into())]))
    }

    /// A built-in exception with several arguments (`OverflowError(34, ...)`).
    pub fn new_exception_args(&self, class: &str, args: Vec<Value>) -> Error {
        match self.exc_classes.get(class) {
            Some(c) => Error::exc(exception_instance(c, args)),
            None => Error::fatal("SystemError", format!("no exception class {class}")),
        }
    }

    /// Raises `class(message)` for a class made with
    /// [`Vm::new_exception_class`] or [`Vm::new_uncatchable_class`].
    pub fn raise_class(&self, class: &Rc<Class>, message: impl Into<String>) -> Error {
        let message = message.into();
        if class.uncatchable {
            return Error::fatal(&class.name, message);
        }
        Error::exc(exception_instance(class, vec![Value::str(message)]))
    }

    pub(crate) fn type_error(&self, message: impl Into<String>) -> Error {
        self.new_exception("TypeError", message)
    }

    pub(crate) fn value_error(&self, message: impl Into<String>) -> Error {
        self.new_exception("ValueError", message)
    }

    /// Fails when the live values plus `extra` bytes would pass the memory
    /// limit.
    pub fn reserve(&self, extra: usize) -> Result<(), Error> {
        if self.memory_used().saturating_add(extra) > self.limits.memory {
            return Err(Error::limit(format!(
                "memory limit of {} exceeded",
                human_bytes(self.limits.memory)
            )));
        }
        Ok(())
    }

    /// Whether a value of about `bytes` may be built now. Small values
    /// need no check here: straight-line code makes few of them, and the
    /// check where a loop goes round counts them (see `jump_to!`).
    #[inline(always)]
    fn room_for(&self, bytes: usize) -> bool {
        bytes <= SMALL_VALUE || self.reserve(bytes).is_ok()
    }

    /// Writes printed text, counting the output limit.
    pub fn write_output(&mut self, text: &str) -> Result<(), Error> {
        if self.output.len() + text.len() > self.limits.output {
            return Err(Error::limit(format!(
                "output limit of {} exceeded",
                human_bytes(self.limits.output)
            )));
        }
        self.output.push_str(text);
        if self.print_level > 0 {
            match self.printed.last_mut() {
                Some((level, buf)) if *level == self.print_level => buf.push_str(text),
                _ => self.printed.push((self.print_level, text.to_string())),
            }
        }
        Ok(())
    }

    /// A frame that collects its own print output starts.
    #[inline(always)]
    fn enter_printing(&mut self) {
        self.print_level += 1;
    }

    /// A frame that collects its own print output ends.
    #[inline(always)]
    fn leave_printing(&mut self) {
        if matches!(self.printed.last(), Some((level, _)) if *level == self.print_level) {
            self.printed.pop();
        }
        self.print_level -= 1;
    }

    /// What the running function printed so far.
    fn printed_text(&self) -> String {
        match self.printed.last() {
            Some((level, text)) if *level == self.print_level => text.clone(),
            _ => String::new(),
        }
    }

    /// Runs the module body once.
    pub fn run_module(&mut self) -> Result<(), RunError> {
        let code = self.program.module.clone();
        let func = Rc::new(Function::new(code, Vec::new(), Vec::new(), Vec::new()));
        self.top_level(|vm| vm.call_function(&func, &[], &[]))
            .map(|_| ())
    }

    /// Calls a function (the handler) with arguments, from the host.
    pub fn call_value(&mut self, func: &Value, args: &[Value]) -> Result<Value, RunError> {
        let func = func.clone();
        self.top_level(|vm| vm.call(&func, args, &[]))
    }

    fn top_level(
        &mut self,
        f: impl FnOnce(&mut Vm) -> Result<Value, Error>,
    ) -> Result<Value, RunError> {
        if let Some(fatal) = &self.sticky {
            return Err(RunError::from_fatal(fatal.clone()));
        }
        let marker = 0u8;
        self.stack_base = &marker as *const u8 as usize;
        self.forget_dropped_generators();
        let mut result = f(self);
        if result.is_ok() {
            if let Err(e) = self.close_dropped_generators() {
                result = Err(e);
            }
        }
        if let Some(unmocked) = self.swallowed_unmocked.take() {
            self.sticky = Some(unmocked.clone());
            return Err(RunError::from_fatal(unmocked));
        }
        match result.map_err(Error::into_kind) {
            Ok(v) => Ok(v),
            Err(ErrorKind::Fatal(fatal)) => {
                self.sticky = Some(fatal.clone());
                Err(RunError::from_fatal(fatal))
            }
            Err(ErrorKind::Exc(exc)) => Err(RunError::from_exception(self, &exc)),
        }
    }

    // -------------------------------------------------------------- calls

    /// Calls any callable value.
    pub fn call(
        &mut self,
        func: &Value,
        args: &[Value],
        kwargs: &[(Rc<str>, Value)],
    ) -> Result<Value, Error> {
        match func {
            Value::Function(f) => self.call_function(f, args, kwargs),
            Value::Builtin(b) => (b.func)(self, args, kwargs),
            Value::BoundMethod(m) => {
                if let Some(name) = &m.builtin_name {
                    return crate::builtins::call_method(self, &m.receiver, name, args, kwargs);
                }
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(m.receiver.clone());
                all.extend_from_slice(args);
                self.call(&m.func, &all, kwargs)
            }
            Value::Class(c) => self.instantiate(c, args, kwargs),
            Value::Host(h) => match h.call(self, args, kwargs) {
                Some(r) => r,
                None => Err(self.type_error(format!("'{}' object is not callable", h.type_name()))),
            },
            other => Err(self.type_error(format!("'{}' object is not callable", type_name(other)))),
        }
    }

    fn instantiate(
        &mut self,
        class: &Rc<Class>,
        args: &[Value],
        kwargs: &[(Rc<str>, Value)],
    ) -> Result<Value, Error> {
        if let Some(ctor) = class.lookup("__new__") {
            // A host class's constructor.
            return self.call(&ctor, args, kwargs);
        }
        let instance = Rc::new(Instance {
            class: class.clone(),
            attrs: RefCell::new(IndexMap::with_hasher(FxBuildHasher)),
            args: RefCell::new(Value::None),
            line: Cell::new(0),
        });
        mem::track(64);
        let value = Value::Instance(instance.clone());
        match class.lookup("__init__") {
            Some(init @ (Value::Function(_) | Value::Builtin(_))) => {
                if class.is_exception {
                    *instance.args.borrow_mut() = Value::tuple(args.to_vec());
                }
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(value.clone());
                all.extend_from_slice(args);
                let r = self.call(&init, &all, kwargs)?;
                if !r.is_none() {
                    return Err(self.type_error(format!(
                        "__init__() should return None, not '{}'",
                        type_name(&r)
                    )));
                }
            }
            _ => {
                if class.is_exception {
                    if !kwargs.is_empty() {
                        return Err(
                            self.type_error(format!("{}() takes no keyword arguments", class.name))
                        );
                    }
                    *instance.args.borrow_mut() = Value::tuple(args.to_vec());
                } else if !args.is_empty() || !kwargs.is_empty() {
                    return Err(self.type_error(format!("{}() takes no arguments", class.name)));
                }
            }
        }
        Ok(value)
    }

    #[inline(always)]
    fn check_depth(&self) -> Result<(), Error> {
        let marker = 0u8;
        let here = &marker as *const u8 as usize;
        if self.depth > self.limits.depth
            || (self.stack_base != 0 && self.stack_base.saturating_sub(here) > STACK_BUDGET)
        {
            return Err(self.depth_error());
        }
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn depth_error(&self) -> Error {
        Error::limit(format!(
            "recursion depth limit of {} exceeded",
            self.limits.depth
        ))
    }

    pub(crate) fn call_function(
        &mut self,
        func: &Rc<Function>,
        args: &[Value],
        kwargs: &[(Rc<str>, Value)],
    ) -> Result<Value, Error> {
        let code = &func.code;
        let counts = counts_depth(code);
        // Frames are reused through a pool and never moved while in use
        // (moving a just-written frame costs stalled loads).
        let mut frame = self
            .frame_pool
            .pop()
            .unwrap_or_else(|| Box::new(Frame::empty(code)));
        if let Err(e) = self.init_frame(&mut frame, func, args, kwargs) {
            self.release_frame(frame);
            return Err(e);
        }
        if code.is_generator {
            return Ok(Value::Iterator(Rc::new(RefCell::new(
                IterState::Generator(frame),
            ))));
        }
        self.run_call(frame, counts, uses_printed(code))
    }

    /// Runs a call's new frame to its end and keeps it for reuse; `counts`
    /// says it counts towards the depth limit, `prints` that it collects
    /// its own print output.
    #[inline(always)]
    fn run_call(
        &mut self,
        mut frame: Box<Frame>,
        counts: bool,
        prints: bool,
    ) -> Result<Value, Error> {
        if counts {
            self.depth += 1;
            if let Err(e) = self.check_depth() {
                self.depth -= 1;
                self.release_frame(frame);
                return Err(e);
            }
        }
        if prints {
            self.enter_printing();
        }
        let result = self.run_frame(&mut frame);
        if prints {
            self.leave_printing();
        }
        if counts {
            self.depth -= 1;
        }
        // Releasing the frame may drop a suspended generator (`for x in
        // gen(): return x`); it closes before the caller goes on. After a
        // limit or another uncatchable stop no more user code runs.
        let stopped = matches!(&result, Err(e) if matches!(e.kind(), ErrorKind::Fatal(_)));
        if self.release_frame(frame) && !stopped && dropped_generators_waiting() {
            self.close_dropped_generators()?;
        }
        result
    }

    /// Calls a plain function (see [`Function::plain`]) whose arguments are
    /// the top `argc` values of the caller's `stack`, the last
    /// `kwnames.len()` of them passed by those keywords. The arguments move
    /// into the callee's slots; the callee stays below them. `None` (with
    /// nothing moved) when the arguments do not bind simply: a keyword
    /// that is unknown, positional-only or given twice, or a count that
    /// does not fit; the general path then reports it.
    #[inline(always)]
    fn call_plain(
        &mut self,
        func: &Rc<Function>,
        stack: &mut Vec<Value>,
        argc: usize,
        kwnames: &[Rc<str>],
    ) -> Option<Result<Value, Error>> {
        let code = &func.code;
        let argcount = code.argcount as usize;
        let base = stack.len().checked_sub(argc)?;
        let mut frame = match self.frame_pool.pop() {
            Some(frame) => frame,
            None => Box::new(Frame::empty(code)),
        };
        let nslots = code.varnames.len();
        // A pooled frame comes back with no locals.
        let locals = &mut frame.locals;
        locals.reserve(nslots);
        if kwnames.is_empty() && argc <= argcount && argc + func.defaults.len() >= argcount {
            move_top(stack, base, locals);
            if argc < argcount {
                let skip = argc + func.defaults.len() - argcount;
                for default in func.defaults.get(skip..).unwrap_or_default() {
                    push_slot!(*locals, fast_clone(default));
                }
            }
        } else if !bind_keywords(func, stack, argc, kwnames, locals) {
            self.release_frame(frame);
            return None;
        }
        if !Rc::ptr_eq(&frame.code, code) {
            frame.code = code.clone();
        }
        frame.pc = 0;
        frame.yielded = false;
        frame.started = false;
        let locals = &mut frame.locals;
        while locals.len() < nslots {
            push_slot!(*locals, Value::Undefined);
        }
        // Plain functions are `def`s and lambdas: both count towards the
        // depth limit; a `def` collects its print output.
        Some(self.run_call(frame, true, code.kind == CodeKind::Function))
    }

    /// Empties a finished frame and keeps it (with its vectors' capacity)
    /// for the next call.
    #[inline(always)]
    fn release_frame(&mut self, mut frame: Box<Frame>) -> bool {
        // The pool is made with room for FRAME_POOL frames and never grows.
        let kept = self.frame_pool.len();
        if kept < self.frame_pool.capacity() {
            let mut dropped_heap_values = release_values(&mut frame.locals);
            if !frame.stack.is_empty() {
                frame.stack.clear();
                dropped_heap_values = true;
            }
            frame.blocks.clear();
            if !frame.handled.is_empty() {
                frame.handled.clear();
            }
            if frame.namespace.is_some() {
                frame.namespace = None;
            }
            // SAFETY: `kept < capacity`, so slot `kept` is allocated and
            // unused; it is written once, then counted.
            unsafe {
                self.frame_pool.as_mut_ptr().add(kept).write(frame);
                self.frame_pool.set_len(kept + 1);
            }
            dropped_heap_values
        } else {
            true
        }
    }

    /// Makes `frame` a fresh frame of `func` called with these arguments.
    fn init_frame(
        &mut self,
        frame: &mut Frame,
        func: &Rc<Function>,
        args: &[Value],
        kwargs: &[(Rc<str>, Value)],
    ) -> Result<(), Error> {
        let code = &func.code;
        if !Rc::ptr_eq(&frame.code, code) {
            frame.code = code.clone();
        }
        frame.pc = 0;
        frame.yielded = false;
        frame.started = false;
        frame.locals.clear();
        frame.stack.clear();
        self.fill_locals(&mut frame.locals, func, args, kwargs)
    }

    /// Binds the arguments, then the cells and free variables.
    fn fill_locals(
        &mut self,
        locals: &mut Vec<Value>,
        func: &Rc<Function>,
        args: &[Value],
        kwargs: &[(Rc<str>, Value)],
    ) -> Result<(), Error> {
        let code = &func.code;
        let nslots = code.varnames.len();
        let argcount = code.argcount as usize;
        let simple = kwargs.is_empty() && !code.has_varargs && !code.has_varkw && code.kwonly == 0;
        if simple && args.len() == argcount {
            locals.extend_from_slice(args);
        } else if simple && args.len() < argcount && args.len() + func.defaults.len() >= argcount {
            // Positional arguments, then the defaults of the rest.
            locals.extend_from_slice(args);
            let skip = func.defaults.len() - (argcount - args.len());
            locals.extend(func.defaults.iter().skip(skip).cloned());
        } else {
            self.bind_args(func, args, kwargs, locals)?;
        }
        locals.resize(nslots, Value::Undefined);
        for &slot in &code.cellslots {
            if let Some(v) = locals.get_mut(slot as usize) {
                let inner = std::mem::replace(v, Value::Undefined);
                *v = Value::Cell(Rc::new(RefCell::new(inner)));
            }
        }
        let free_start = nslots.saturating_sub(code.nfree as usize);
        for (i, cell) in func.closure.iter().enumerate() {
            if let Some(v) = locals.get_mut(free_start + i) {
                *v = Value::Cell(cell.clone());
            }
        }
        Ok(())
    }

    #[inline(always)]
    fn make_frame(
        &mut self,
        func: &Rc<Function>,
        args: &[Value],
        kwargs: &[(Rc<str>, Value)],
    ) -> Result<Frame, Error> {
        let mut locals: Vec<Value> = self.pool.pop().unwrap_or_default();
        self.fill_locals(&mut locals, func, args, kwargs)?;
        Ok(Frame {
            code: func.code.clone(),
            locals,
            stack: self.pool.pop().unwrap_or_default(),
            pc: 0,
            blocks: Vec::new(),
            handled: Vec::new(),
            namespace: None,
            yielded: false,
            started: false,
        })
    }

    fn bind_args(
        &mut self,
        func: &Rc<Function>,
        args: &[Value],
        kwargs: &[(Rc<str>, Value)],
        locals: &mut Vec<Value>,
    ) -> Result<(), Error> {
        let code = &func.code;
        let name = &code.name;
        let argcount = code.argcount as usize;
        let kwonly = code.kwonly as usize;
        let total_named = argcount + kwonly;
        locals.resize(total_named, Value::Undefined);
        let npos = args.len().min(argcount);
        for (i, a) in args.iter().take(npos).enumerate() {
            locals[i] = a.clone();
        }
        let mut extra_pos = Vec::new();
        if args.len() > argcount {
            if code.has_varargs {
                extra_pos.extend_from_slice(&args[argcount..]);
            } else {
                let ndefaults = func.defaults.len();
                let takes = if ndefaults > 0 {
                    format!(
                        "from {} to {}",
                        argcount - ndefaults.min(argcount),
                        argcount
                    )
                } else {
                    argcount.to_string()
                };
                let plural = if argcount == 1 && ndefaults == 0 {
                    ""
                } else {
                    "s"
                };
                let given = args.len();
                let was = if given == 1 { "was" } else { "were" };
                return Err(self.type_error(format!(
                    "{name}() takes {takes} positional argument{plural} but {given} {was} given"
                )));
            }
        }
        let mut extra_kw = new_dict_map();
        for (k, v) in kwargs {
            let pos = code.varnames.iter().take(total_named).position(|n| n == k);
            match pos {
                Some(i) if i >= code.posonly as usize => {
                    if !matches!(locals[i], Value::Undefined) {
                        return Err(self.type_error(format!(
                            "{name}() got multiple values for argument '{k}'"
                        )));
                    }
                    locals[i] = v.clone();
                }
                _ => {
                    if code.has_varkw {
                        extra_kw.insert(Key(Value::Str(Rc::new(PyStr::new(&**k)))), v.clone());
                    } else {
                        return Err(self.type_error(format!(
                            "{name}() got an unexpected keyword argument '{k}'"
                        )));
                    }
                }
            }
        }
        // Defaults fill the last positional parameters.
        let ndefaults = func.defaults.len().min(argcount);
        let first_default = argcount - ndefaults;
        let mut missing = Vec::new();
        for i in 0..argcount {
            if matches!(locals[i], Value::Undefined) {
                if i >= first_default {
                    locals[i] = func.defaults[i - first_default].clone();
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{name}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            )));
        }
        let mut missing_kw = Vec::new();
        for i in argcount..total_named {
            if matches!(locals[i], Value::Undefined) {
                let kname = &code.varnames[i];
                match func.kwdefaults.iter().find(|(k, _)| k == kname) {
                    Some((_, v)) => locals[i] = v.clone(),
                    None => missing_kw.push(kname.clone()),
                }
            }
        }
        if !missing_kw.is_empty() {
            return Err(self.type_error(format!(
                "{name}() missing {} required keyword-only argument{}: {}",
                missing_kw.len(),
                if missing_kw.len() == 1 { "" } else { "s" },
                join_names(&missing_kw)
            )));
        }
        if code.has_varargs {
            locals.push(Value::tuple(extra_pos));
        }
        if code.has_varkw {
            locals.push(Value::dict(extra_kw));
        }
        Ok(())
    }

    // -------------------------------------------------------------- the loop

    /// Resumes a generator: `Ok(Some(v))` for a yielded value, `Ok(None)`
    /// when it finished.
    pub(crate) fn resume_generator(
        &mut self,
        state: &Rc<RefCell<IterState>>,
    ) -> Result<Option<Value>, Error> {
        self.resume_generator_with(state, Resume::Send(Value::None))
    }

    /// Resumes a generator with a value for its `yield` (`next`, `send`)
    /// or an exception raised there (`throw`, `close`): the next value it
    /// yields, or None when it returned (or had already finished).
    pub(crate) fn resume_generator_with(
        &mut self,
        state: &Rc<RefCell<IterState>>,
        resume: Resume,
    ) -> Result<Option<Value>, Error> {
        let taken = std::mem::replace(&mut *state.borrow_mut(), IterState::Done);
        let IterState::Generator(mut frame) = taken else {
            *state.borrow_mut() = taken;
            return match resume {
                Resume::Send(_) => Ok(None),
                Resume::Throw(e) => Err(e),
            };
        };
        if !frame.started {
            match resume {
                Resume::Send(Value::None) => {}
                Resume::Send(_) => {
                    *state.borrow_mut() = IterState::Generator(frame);
                    return Err(
                        self.type_error("can't send non-None value to a just-started generator")
                    );
                }
                // An exception thrown into a generator that never ran ends
                // it there, before its first line.
                Resume::Throw(e) => return Err(e),
            }
        }
        let counts =
            frame.code.name.as_ref() != "<genexpr>" && !frame.code.name.ends_with(".<genexpr>");
        if counts {
            self.depth += 1;
            if let Err(e) = self.check_depth() {
                self.depth -= 1;
                return Err(e);
            }
        }
        let started = frame.started;
        frame.started = true;
        frame.yielded = false;
        let result = match resume {
            Resume::Send(sent) => {
                if started {
                    frame.stack.push(sent);
                }
                self.run_frame(&mut frame)
            }
            // Raised where the generator is suspended, as if its `yield`
            // had raised it.
            Resume::Throw(e) => self.handle_and_resume(&mut frame, e),
        };
        if counts {
            self.depth -= 1;
        }
        let value = result?;
        if frame.yielded {
            *state.borrow_mut() = IterState::Generator(frame);
            Ok(Some(value))
        } else {
            Ok(None)
        }
    }

    #[inline(always)]
    fn run_frame(&mut self, frame: &mut Frame) -> Result<Value, Error> {
        match self.run_until_error(frame) {
            Ok(v) => Ok(v),
            Err(e) => self.handle_and_resume(frame, e),
        }
    }

    /// Sends an error raised in `frame` to the frame's innermost handler and
    /// runs on from there, as often as it takes; an error with no handler
    /// (or a fatal one) ends the frame.
    #[inline(never)]
    fn handle_and_resume(&mut self, frame: &mut Frame, first: Error) -> Result<Value, Error> {
        let mut raised = first;
        loop {
            // frame.pc is past the instruction that failed.
            let line = frame.code.line_at(frame.pc.saturating_sub(1));
            let e = match raised.into_kind() {
                ErrorKind::Fatal(mut fatal) => {
                    if fatal.line.is_none() {
                        fatal.line = Some(line);
                    }
                    if fatal.type_name != UNMOCKED_CALL {
                        return Err(Error::from_fatal(fatal));
                    }
                    self.unmocked_exception(fatal).into_kind()
                }
                exc => exc,
            };
            match e {
                ErrorKind::Fatal(fatal) => return Err(Error::from_fatal(fatal)),
                ErrorKind::Exc(exc) => {
                    if let Value::Instance(i) = &exc {
                        if i.line.get() == 0 {
                            i.line.set(line);
                        }
                        if i.class.uncatchable {
                            return Err(Error::from_fatal(Fatal {
                                type_name: i.class.name.to_string(),
                                message: exception_str(self, &exc),
                                line: Some(i.line.get()),
                            }));
                        }
                    }
                    match frame.blocks.pop() {
                        Some(block) => {
                            frame.stack.truncate(block.stack_len as usize);
                            frame.handled.truncate(block.handled_len as usize);
                            // A generator the unwinding dropped (a `for`
                            // loop's) closes before the handler runs.
                            if dropped_generators_waiting() {
                                self.close_dropped_generators()?;
                            }
                            frame.stack.push(exc);
                            frame.pc = block.handler as usize;
                        }
                        None => return Err(Error::exc(exc)),
                    }
                }
            }
            match self.run_until_error(frame) {
                Ok(v) => return Ok(v),
                Err(e) => raised = e,
            }
        }
    }

    /// An `UnmockedCall` as an exception that only a bare `except:` (or
    /// `except BaseException`) catches; the first one is remembered so the
    /// run ends with it even when it is swallowed.
    fn unmocked_exception(&mut self, fatal: Fatal) -> Error {
        let Some(base) = self.exc_classes.get("BaseException").cloned() else {
            return Error::from_fatal(fatal);
        };
        let class = make_class(UNMOCKED_CALL, vec![base], true, false);
        let exc = exception_instance(&class, vec![Value::str(fatal.message.clone())]);
        if let Value::Instance(instance) = &exc {
            instance.line.set(fatal.line.unwrap_or(0));
        }
        if self.swallowed_unmocked.is_none() {
            self.swallowed_unmocked = Some(fatal);
        }
        Error::exc(exc)
    }

    /// The memory limit, tested where a loop goes round: inline, with the
    /// error made out of line.
    #[inline(always)]
    fn check_memory(&self) -> Result<(), Error> {
        if self.memory_used() > self.limits.memory {
            return self.reserve(0);
        }
        Ok(())
    }

    /// Bytes of live values made since this VM started.
    #[inline(always)]
    fn memory_used(&self) -> usize {
        mem::live().saturating_sub(self.mem_base).max(0) as usize
    }

    fn run_until_error(&mut self, frame: &mut Frame) -> Result<Value, Error> {
        // SAFETY: the frame is borrowed exclusively for this whole call and
        // its code is only ever set before a frame starts (in the call
        // paths), so the `Code` behind it outlives this reference. Not
        // cloning the `Rc` saves a count and a drop on every call.
        let code: &Code = unsafe { &*Rc::as_ptr(&frame.code) };
        let ops: &[Op] = &code.ops;
        let insts: &[Inst] = code.insts();
        let mut pc = frame.pc;
        // Fuel lives in a local; the general path hands it to `self.fuel`
        // because it may run other frames.
        let mut budget = self.fuel;
        // A fused instruction charges `width - 1` units beyond the one every
        // instruction pays; it runs its fast path only when they are there.
        macro_rules! fuel_for {
            ($inst:expr) => {{
                let extra = $inst.width() - 1;
                if budget > extra {
                    budget -= extra;
                    true
                } else {
                    false
                }
            }};
        }
        // Control goes to `target`. Memory is checked when it goes back (a
        // loop goes round): straight-line code between two such checks
        // makes values of bounded size, and the operations that could build
        // a large value check before they do.
        macro_rules! jump_to {
            ($target:expr) => {{
                let target = $target as usize;
                if target < pc {
                    if let Err(e) = self.check_memory() {
                        frame.pc = pc;
                        self.fuel = budget;
                        return Err(e);
                    }
                }
                pc = target;
            }};
        }
        // After a comparison: a conditional jump right after it takes the
        // result directly (it still costs its unit of fuel).
        macro_rules! branch_on {
            ($r:expr) => {{
                let r: bool = $r;
                match insts.get(pc) {
                    Some(&Inst::PopJumpIfFalse(t)) if budget > 0 => {
                        budget -= 1;
                        pc += 1;
                        if !r {
                            jump_to!(t);
                        }
                    }
                    Some(&Inst::PopJumpIfTrue(t)) if budget > 0 => {
                        budget -= 1;
                        pc += 1;
                        if r {
                            jump_to!(t);
                        }
                    }
                    _ => {
                        push_slot!(frame.stack, Value::bool(r));
                    }
                }
                continue;
            }};
        }
        // After a call from the hot loop: the stack ends with what called
        // (the function, or a method's name); the result takes its place.
        macro_rules! call_done {
            ($result:expr) => {{
                let result: Result<Value, Error> = $result;
                budget = self.fuel;
                match result {
                    Ok(v) => {
                        if let Some(top) = frame.stack.last_mut() {
                            *top = v;
                        }
                        continue;
                    }
                    Err(e) => return Err(e),
                }
            }};
        }
        // `call_done!` for a call whose callee the top slot holds and
        // `$callee` is an uncounted alias of (see `uncounted`): the result
        // is written over the slot without generic drop glue, and the
        // alias, now the only handle on the slot's count, gives it back.
        macro_rules! call_done_uncounted {
            ($callee:expr, $result:expr) => {{
                let result: Result<Value, Error> = $result;
                budget = self.fuel;
                match result {
                    Ok(v) => {
                        if let Some(top) = frame.stack.last_mut() {
                            // SAFETY: the slot still holds the callee; its
                            // count passes to the alias, dropped right after.
                            unsafe { std::ptr::write(top, v) };
                            drop(std::mem::ManuallyDrop::into_inner($callee));
                        }
                        continue;
                    }
                    Err(e) => return Err(e),
                }
            }};
        }
        loop {
            let Some(&inst) = insts.get(pc) else {
                frame.pc = pc;
                self.fuel = budget;
                return Err(Error::fatal(
                    "SystemError",
                    "instruction pointer out of range",
                ));
            };
            if budget == 0 {
                frame.pc = pc + 1;
                self.fuel = 0;
                return Err(Error::limit(format!(
                    "fuel limit of {} instructions exceeded",
                    self.limits.fuel
                )));
            }
            budget -= 1;
            pc += 1;
            match inst {
                Inst::LoadFast(i) => match frame.locals.get(i as usize) {
                    // Ints are copied field by field: no out-of-line clone.
                    Some(Value::Int(x)) => {
                        let x = *x;
                        push_slot!(frame.stack, Value::Int(x));
                        continue;
                    }
                    Some(Value::Undefined) | None => {}
                    Some(v) => {
                        push_slot!(frame.stack, fast_clone(v));
                        continue;
                    }
                },
                Inst::StoreFast(i) => {
                    if let Some(slot) = frame.locals.get_mut(i as usize) {
                        // Writing over an iterator may drop a generator that
                        // must close: the general path does that.
                        if !frame.stack.is_empty() && !matches!(slot, Value::Iterator(_)) {
                            overwrite(slot, pop_value(&mut frame.stack));
                            continue;
                        }
                    }
                }
                Inst::LoadInt(i) => {
                    push_slot!(frame.stack, Value::Int(i as i64));
                    continue;
                }
                Inst::LoadConst(i) => {
                    if let Some(v) = code.const_values().get(i as usize) {
                        // A constant that could not be made is left to the
                        // general path, which reports it.
                        if !matches!(v, Value::Undefined) {
                            push_slot!(frame.stack, fast_clone(v));
                            continue;
                        }
                    }
                }
                Inst::LoadNone => {
                    push_slot!(frame.stack, Value::None);
                    continue;
                }
                Inst::LoadGlobal(i) => {
                    if let Some(v) = self.globals.get(i as usize) {
                        if !matches!(v, Value::Undefined) {
                            push_slot!(frame.stack, fast_clone(v));
                            continue;
                        }
                        if let Some(Some(v)) = self.builtin_slots.borrow().get(i as usize) {
                            push_slot!(frame.stack, fast_clone(v));
                            continue;
                        }
                    }
                }
                Inst::Return => {
                    let v = pop_value(&mut frame.stack);
                    frame.pc = pc;
                    self.fuel = budget;
                    return Ok(v);
                }
                Inst::ReturnFast(i) => {
                    if let Some(slot) = frame.locals.get_mut(i as usize) {
                        if !matches!(slot, Value::Undefined) && fuel_for!(inst) {
                            // The frame ends: its slot gives the value up.
                            let v = std::mem::replace(slot, Value::Undefined);
                            frame.pc = pc + 1;
                            self.fuel = budget;
                            return Ok(v);
                        }
                    }
                }
                Inst::ReturnFastVia(i, t) => {
                    if let Some(slot) = frame.locals.get_mut(i as usize) {
                        if !matches!(slot, Value::Undefined) && fuel_for!(inst) {
                            let v = std::mem::replace(slot, Value::Undefined);
                            frame.pc = t as usize + 1;
                            self.fuel = budget;
                            return Ok(v);
                        }
                    }
                }
                Inst::BinaryReturn(bop) => {
                    if let [.., Value::Int(x), Value::Int(y)] = frame.stack.as_slice() {
                        if let Some(r) = int_fast(bop, *x, *y) {
                            if fuel_for!(inst) {
                                forget_top(&mut frame.stack, 2);
                                frame.pc = pc + 1;
                                self.fuel = budget;
                                return Ok(Value::Int(r));
                            }
                        }
                    }
                }
                Inst::LoadInt2(j, k) => {
                    if fuel_for!(inst) {
                        push_slot!(frame.stack, Value::Int(j as i64));
                        push_slot!(frame.stack, Value::Int(k as i64));
                        pc += 1;
                        continue;
                    }
                }
                Inst::FastFastBinary(a, b, bop) => {
                    if let (Some(Value::Int(x)), Some(Value::Int(y))) =
                        (frame.locals.get(a as usize), frame.locals.get(b as usize))
                    {
                        if let Some(r) = int_fast(bop, *x, *y) {
                            if fuel_for!(inst) {
                                push_slot!(frame.stack, Value::Int(r));
                                pc += 2;
                                continue;
                            }
                        }
                    }
                }
                Inst::FastConstItem(a, c) => {
                    let item = match (
                        frame.locals.get(a as usize),
                        code.const_values().get(c as usize),
                    ) {
                        (Some(container), Some(index)) => item_of(container, index),
                        _ => None,
                    };
                    if let Some(item) = item {
                        if fuel_for!(inst) {
                            push_slot!(frame.stack, item);
                            pc += 2;
                            continue;
                        }
                    }
                }
                Inst::Call(argc) => {
                    // Calls of Python functions skip the general path.
                    let argc = argc as usize;
                    let len = frame.stack.len();
                    if len > argc {
                        if let Some(Value::Function(f)) = frame.stack.get(len - argc - 1) {
                            let f = uncounted(f);
                            frame.pc = pc;
                            self.fuel = budget;
                            let result = if f.plain {
                                self.call_plain(&f, &mut frame.stack, argc, &[])
                            } else {
                                None
                            };
                            let result = match result {
                                // The arguments moved; the function is on top.
                                Some(result) => result,
                                None => {
                                    let r = match frame.stack.get(len - argc..) {
                                        Some(args) => self.call_function(&f, args, &[]),
                                        None => Ok(Value::None),
                                    };
                                    frame.stack.truncate(len - argc);
                                    r
                                }
                            };
                            call_done_uncounted!(f, result);
                        }
                        if let Some(Value::Builtin(b)) = frame.stack.get(len - argc - 1) {
                            let b = uncounted(b);
                            frame.pc = pc;
                            self.fuel = budget;
                            let result = match frame.stack.get(len - argc..) {
                                // `str(i)`, the commonest builtin call in
                                // handlers that build keys and messages.
                                Some([Value::Int(i)]) if b.type_tag == Some(TypeTag::Str) => {
                                    Ok(ops::int_str(*i))
                                }
                                Some(args) => (b.func)(self, args, &[]),
                                None => Ok(Value::None),
                            };
                            release_to(&mut frame.stack, len - argc);
                            call_done_uncounted!(b, result);
                        }
                    }
                }
                Inst::CallKw(argc, names_i) => {
                    // Keyword calls of plain functions skip the general path.
                    let argc = argc as usize;
                    let func_at = frame.stack.len().checked_sub(argc + 1);
                    if let (Some(Value::Function(f)), Some(Const::Names(names))) = (
                        func_at.and_then(|at| frame.stack.get(at)),
                        code.consts.get(names_i as usize),
                    ) {
                        if f.plain {
                            let f = f.clone();
                            frame.pc = pc;
                            self.fuel = budget;
                            if let Some(result) = self.call_plain(&f, &mut frame.stack, argc, names)
                            {
                                call_done!(result);
                            }
                        }
                    }
                }
                Inst::Pop => match frame.stack.last() {
                    Some(v) if owns_nothing(v) => {
                        forget_top(&mut frame.stack, 1);
                        continue;
                    }
                    // An iterator may be a generator whose drop must close
                    // it (a `for` loop left by `break`): the general path
                    // does that.
                    Some(Value::Iterator(_)) => {}
                    _ => {
                        frame.stack.pop();
                        continue;
                    }
                },
                Inst::Jump(t) => {
                    jump_to!(t);
                    continue;
                }
                Inst::PopJumpIfFalse(t) => {
                    if let Some(Value::Bool(b)) = frame.stack.last() {
                        let b = *b;
                        forget_top(&mut frame.stack, 1);
                        if b == 0 {
                            jump_to!(t);
                        }
                        continue;
                    }
                }
                Inst::PopJumpIfTrue(t) => {
                    if let Some(Value::Bool(b)) = frame.stack.last() {
                        let b = *b;
                        forget_top(&mut frame.stack, 1);
                        if b != 0 {
                            jump_to!(t);
                        }
                        continue;
                    }
                }
                Inst::Binary(bop) => {
                    match frame.stack.as_slice() {
                        [.., Value::Int(x), Value::Int(y)] => {
                            if let Some(r) = int_fast(bop, *x, *y) {
                                // Both operands are ints (nothing to drop): the
                                // result overwrites the left one in place.
                                forget_top(&mut frame.stack, 1);
                                if let Some(Value::Int(slot)) = frame.stack.last_mut() {
                                    *slot = r;
                                }
                                continue;
                            }
                        }
                        [.., Value::Float(x), Value::Float(y)] => {
                            if let Some(r) = float_fast(bop, x.get(), y.get()) {
                                forget_top(&mut frame.stack, 1);
                                if let Some(Value::Float(slot)) = frame.stack.last_mut() {
                                    *slot = F64::new(r);
                                }
                                continue;
                            }
                        }
                        [.., Value::Str(x), Value::Str(y)]
                            if bop == BinOp::Add && self.room_for(x.s.len() + y.s.len()) =>
                        {
                            concat_top_strs(&mut frame.stack);
                            continue;
                        }
                        _ => {}
                    }
                }
                Inst::Compare(cop) => {
                    let fast = match frame.stack.as_slice() {
                        [.., Value::Int(x), Value::Int(y)] => int_compare(cop, *x, *y),
                        _ => None,
                    };
                    if let Some(r) = fast {
                        forget_top(&mut frame.stack, 2);
                        branch_on!(r);
                    }
                }
                Inst::ForIter(t) => {
                    if let Some(Value::Iterator(it)) = frame.stack.last() {
                        let next = match &mut *it.borrow_mut() {
                            IterState::Range { next, stop, step } => {
                                let cur = *next;
                                if (*step > 0 && cur < *stop) || (*step < 0 && cur > *stop) {
                                    *next = cur.wrapping_add(*step);
                                    Some(Some(Value::Int(cur)))
                                } else {
                                    Some(None)
                                }
                            }
                            IterState::Seq {
                                seq: Value::List(l),
                                index,
                            } => match l.items.borrow().get(*index) {
                                Some(v) => {
                                    *index += 1;
                                    Some(Some(v.clone()))
                                }
                                None => Some(None),
                            },
                            _ => None,
                        };
                        match next {
                            Some(Some(v)) => {
                                push_slot!(frame.stack, v);
                                continue;
                            }
                            Some(None) => {
                                frame.stack.pop();
                                jump_to!(t);
                                continue;
                            }
                            None => {}
                        }
                    }
                }
                Inst::LoadMethod(i, owners) => {
                    // A method of a builtin value: [obj] becomes [name, obj]
                    // for CALL_METHOD.
                    let owned = frame
                        .stack
                        .last()
                        .is_some_and(|obj| owners & crate::builtins::owner_bit(obj) != 0);
                    if let (true, Some(name)) = (owned, code.name_values().get(i as usize)) {
                        let obj = pop_value(&mut frame.stack);
                        push_slot!(frame.stack, fast_clone(name));
                        push_slot!(frame.stack, obj);
                        continue;
                    }
                }
                Inst::CallMethod(argc) => {
                    let argc = argc as usize;
                    let len = frame.stack.len();
                    if len >= argc + 2 {
                        let receiver_at = len - argc - 1;
                        let result = match (
                            frame.stack.get(receiver_at - 1),
                            frame.stack.get(receiver_at),
                            frame.stack.get(receiver_at + 1..),
                        ) {
                            (Some(Value::Str(name)), Some(receiver), Some(args))
                                if crate::builtins::owner_bit(receiver) != 0 =>
                            {
                                match common_method(receiver, &name.s, args) {
                                    Some(v) => Some(Ok(v)),
                                    None => {
                                        frame.pc = pc;
                                        self.fuel = budget;
                                        Some(crate::builtins::call_method(
                                            self,
                                            receiver,
                                            &name.s,
                                            args,
                                            &[],
                                        ))
                                    }
                                }
                            }
                            _ => None,
                        };
                        if let Some(result) = result {
                            // The method's name is left on top for the result.
                            release_to(&mut frame.stack, receiver_at);
                            call_done!(result);
                        }
                    }
                }
                Inst::GetItem => {
                    if container_get_item(&mut frame.stack) {
                        continue;
                    }
                }
                // `format(v, '')` of a str is the str itself. An int is left
                // as it is: every FORMAT_VALUE the compiler emits feeds a
                // BUILD_STRING, which writes an int's digits straight into
                // the text (no str made for them).
                Inst::FormatPlain => {
                    if let Some(Value::Str(_) | Value::Int(_)) = frame.stack.last() {
                        continue;
                    }
                }
                Inst::BuildString(n) => {
                    if join_strs(&mut frame.stack, n as usize) {
                        continue;
                    }
                }
                Inst::BuildTuple(n) => {
                    if let Some(start) = frame.stack.len().checked_sub(n as usize) {
                        let items: Vec<Value> = frame.stack.drain(start..).collect();
                        push_slot!(frame.stack, Value::tuple(items));
                        continue;
                    }
                }
                Inst::BuildDict(n) => {
                    if build_simple_dict(&mut frame.stack, n as usize) {
                        continue;
                    }
                }
                Inst::ListAppend(d) => {
                    // [list, ..., value] with the list `d` below the value
                    // once it is popped.
                    let at = frame.stack.len().checked_sub(1 + d as usize);
                    if let Some(Value::List(_)) = at.and_then(|at| frame.stack.get(at)) {
                        let value = pop_value(&mut frame.stack);
                        if let Some(Value::List(l)) = at.and_then(|at| frame.stack.get(at)) {
                            l.items.borrow_mut().push(value);
                            l.recount();
                        }
                        continue;
                    }
                }
                Inst::StoreItem => {
                    if container_store_item(&mut frame.stack) {
                        continue;
                    }
                }
                Inst::LoadFast2(a, b) => {
                    if let (Some(x), Some(y)) =
                        (frame.locals.get(a as usize), frame.locals.get(b as usize))
                    {
                        if !matches!(x, Value::Undefined)
                            && !matches!(y, Value::Undefined)
                            && fuel_for!(inst)
                        {
                            push_slot!(frame.stack, fast_clone(x));
                            push_slot!(frame.stack, fast_clone(y));
                            pc += 1;
                            continue;
                        }
                    }
                }
                Inst::StoreFastLoadFast(a, b) => {
                    let loads_bound = a == b
                        || !matches!(frame.locals.get(b as usize), Some(Value::Undefined) | None);
                    if loads_bound
                        && !frame.stack.is_empty()
                        && !matches!(
                            frame.locals.get(a as usize),
                            Some(Value::Iterator(_)) | None
                        )
                        && fuel_for!(inst)
                    {
                        let v = pop_value(&mut frame.stack);
                        if let Some(slot) = frame.locals.get_mut(a as usize) {
                            overwrite(slot, v);
                        }
                        if let Some(v) = frame.locals.get(b as usize) {
                            push_slot!(frame.stack, fast_clone(v));
                        }
                        pc += 1;
                        continue;
                    }
                }
                Inst::IntBinary(k, bop) => {
                    if let Some(Value::Int(x)) = frame.stack.last_mut() {
                        if let Some(r) = int_fast(bop, *x, k as i64) {
                            if fuel_for!(inst) {
                                *x = r;
                                pc += 1;
                                continue;
                            }
                        }
                    }
                }
                Inst::FastBinary(a, bop) => {
                    if let (Some(Value::Int(y)), Some(Value::Int(x))) =
                        (frame.locals.get(a as usize), frame.stack.last_mut())
                    {
                        if let Some(r) = int_fast(bop, *x, *y) {
                            if fuel_for!(inst) {
                                *x = r;
                                pc += 1;
                                continue;
                            }
                        }
                    }
                }
                Inst::FastIntBinary(a, k, bop) => {
                    if let Some(Value::Int(x)) = frame.locals.get(a as usize) {
                        if let Some(r) = int_fast(bop, *x, k as i64) {
                            if fuel_for!(inst) {
                                push_slot!(frame.stack, Value::Int(r));
                                pc += 2;
                                continue;
                            }
                        }
                    }
                }
                Inst::FastIntUpdate(a, k, bop) => {
                    if let Some(Value::Int(x)) = frame.locals.get_mut(a as usize) {
                        if let Some(r) = int_fast(bop, *x, k as i64) {
                            if fuel_for!(inst) {
                                *x = r;
                                pc += 3;
                                continue;
                            }
                        }
                    }
                }
                Inst::CompareFastInt(a, k, cop) => {
                    if let Some(Value::Int(x)) = frame.locals.get(a as usize) {
                        if let Some(r) = int_compare(cop, *x, k as i64) {
                            if fuel_for!(inst) {
                                pc += 2;
                                branch_on!(r);
                            }
                        }
                    }
                }
                Inst::CompareFastFast(a, b, cop) => {
                    if let (Some(Value::Int(x)), Some(Value::Int(y))) =
                        (frame.locals.get(a as usize), frame.locals.get(b as usize))
                    {
                        if let Some(r) = int_compare(cop, *x, *y) {
                            if fuel_for!(inst) {
                                pc += 2;
                                branch_on!(r);
                            }
                        }
                    }
                }
                Inst::Slow => {}
            }
            // The general path runs the IR instruction itself (for a fused
            // instruction, only the first of its run).
            let Some(&op) = ops.get(pc - 1) else {
                frame.pc = pc;
                self.fuel = budget;
                return Err(Error::fatal(
                    "SystemError",
                    "instruction pointer out of range",
                ));
            };
            self.fuel = budget;
            match self.exec_slow(frame, code, op, pc) {
                Ok((next, None)) => {
                    budget = self.fuel;
                    jump_to!(next);
                }
                Ok((next, Some(v))) => {
                    frame.pc = next;
                    return Ok(v);
                }
                Err(e) => return Err(e),
            }
        }
    }

    /// Every instruction, in full generality (the hot loop handles the
    /// common cases inline and sends the rest here). Returns the next pc and,
    /// for `RETURN`/`YIELD`, the value.
    #[inline(never)]
    fn exec_slow(
        &mut self,
        frame: &mut Frame,
        code: &Code,
        op: Op,
        pc: usize,
    ) -> Result<(usize, Option<Value>), Error> {
        let done = self.exec_op(frame, code, op, pc)?;
        // The op may have dropped a suspended generator (a `for` loop left
        // by `break` pops it here).
        if dropped_generators_waiting() {
            self.close_dropped_generators()?;
        }
        Ok(done)
    }

    #[inline(always)]
    fn exec_op(
        &mut self,
        frame: &mut Frame,
        code: &Code,
        op: Op,
        mut pc: usize,
    ) -> Result<(usize, Option<Value>), Error> {
        macro_rules! pop {
            () => {
                pop_value(&mut frame.stack)
            };
        }
        macro_rules! top {
            () => {
                match frame.stack.last() {
                    Some(v) => v,
                    None => &Value::None,
                }
            };
        }
        macro_rules! fail {
            ($e:expr) => {{
                frame.pc = pc;
                return Err($e);
            }};
        }
        macro_rules! tri {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(e) => fail!(e),
                }
            };
        }
        match op {
            Op::Nop => {}
            Op::LoadConst(i) => {
                let v = tri!(self.load_const(code, i));
                frame.stack.push(v);
            }
            Op::LoadNone => frame.stack.push(Value::None),
            Op::LoadTrue => frame.stack.push(Value::Bool(1)),
            Op::LoadFalse => frame.stack.push(Value::Bool(0)),
            Op::LoadInt(i) => frame.stack.push(Value::Int(i as i64)),
            Op::LoadFast(i) => match frame.locals.get(i as usize) {
                Some(Value::Undefined) | None => {
                    fail!(self.unbound_local(code, i))
                }
                // Scalars are pushed as written (no out-of-line clone).
                Some(Value::Int(x)) => {
                    let x = *x;
                    frame.stack.push(Value::Int(x))
                }
                Some(v) => frame.stack.push(v.clone()),
            },
            Op::StoreFast(i) => {
                let v = pop!();
                if let Some(slot) = frame.locals.get_mut(i as usize) {
                    *slot = v;
                }
            }
            Op::DeleteFast(i) => match frame.locals.get_mut(i as usize) {
                Some(slot) if !matches!(slot, Value::Undefined) => *slot = Value::Undefined,
                _ => {
                    fail!(self.unbound_local(code, i))
                }
            },
            Op::LoadDeref(i) => {
                let v = match frame.locals.get(i as usize) {
                    Some(Value::Cell(c)) => c.borrow().clone(),
                    _ => Value::Undefined,
                };
                if matches!(v, Value::Undefined) {
                    fail!(self.unbound_deref(code, i));
                }
                frame.stack.push(v);
            }
            Op::LoadClosure(i) => {
                let v = match frame.locals.get(i as usize) {
                    Some(c @ Value::Cell(_)) => c.clone(),
                    _ => Value::Cell(Rc::new(RefCell::new(Value::Undefined))),
                };
                frame.stack.push(v);
            }
            Op::StoreDeref(i) => {
                let v = pop!();
                if let Some(Value::Cell(c)) = frame.locals.get(i as usize) {
                    *c.borrow_mut() = v;
                }
            }
            Op::DeleteDeref(i) => {
                if let Some(Value::Cell(c)) = frame.locals.get(i as usize) {
                    if matches!(*c.borrow(), Value::Undefined) {
                        fail!(self.unbound_deref(code, i));
                    }
                    *c.borrow_mut() = Value::Undefined;
                }
            }
            Op::LoadGlobal(i) => {
                let v = match self.globals.get(i as usize) {
                    Some(Value::Undefined) | None => tri!(self.load_builtin(i)),
                    Some(v) => v.clone(),
                };
                frame.stack.push(v);
            }
            Op::StoreGlobal(i) => {
                let v = pop!();
                if let Some(slot) = self.globals.get_mut(i as usize) {
                    *slot = v;
                }
            }
            Op::DeleteGlobal(i) => {
                let ok = matches!(self.globals.get(i as usize), Some(v) if !matches!(v, Value::Undefined));
                if !ok {
                    let name = self
                        .program
                        .globals
                        .get(i as usize)
                        .cloned()
                        .unwrap_or_else(|| Rc::from("?"));
                    fail!(self.new_exception("NameError", format!("name '{name}' is not defined")));
                }
                if let Some(slot) = self.globals.get_mut(i as usize) {
                    *slot = Value::Undefined;
                }
            }
            Op::LoadName(i) => {
                let name = tri!(name_of(code, i, self));
                let found = frame
                    .namespace
                    .as_ref()
                    .and_then(|ns| ns.map.borrow().get(&Key(Value::str(&*name))).cloned());
                let v = match found {
                    Some(v) => v,
                    None => match self
                        .global_index
                        .get(&name)
                        .and_then(|g| self.globals.get(*g))
                    {
                        Some(v) if !matches!(v, Value::Undefined) => v.clone(),
                        _ => match self.builtins.get(&name) {
                            Some(v) => v.clone(),
                            None => {
                                fail!(self.new_exception(
                                    "NameError",
                                    format!("name '{name}' is not defined")
                                ))
                            }
                        },
                    },
                };
                frame.stack.push(v);
            }
            Op::StoreName(i) => {
                let name = tri!(name_of(code, i, self));
                let v = pop!();
                if let Some(ns) = &frame.namespace {
                    ns.map.borrow_mut().insert(Key(Value::str(&*name)), v);
                    ns.recount();
                }
            }
            Op::DeleteName(i) => {
                let name = tri!(name_of(code, i, self));
                if let Some(ns) = &frame.namespace {
                    if ns
                        .map
                        .borrow_mut()
                        .shift_remove(&Key(Value::str(&*name)))
                        .is_none()
                    {
                        fail!(
                            self.new_exception(
                                "NameError",
                                format!("name '{name}' is not defined")
                            )
                        );
                    }
                }
            }
            Op::LoadAttr(i) => {
                let name = tri!(name_of(code, i, self));
                let obj = pop!();
                let v = tri!(self.get_attr(&obj, &name));
                frame.stack.push(v);
            }
            Op::StoreAttr(i) => {
                let name = tri!(name_of(code, i, self));
                let obj = pop!();
                let v = pop!();
                tri!(self.set_attr(&obj, &name, v));
            }
            Op::DeleteAttr(i) => {
                let name = tri!(name_of(code, i, self));
                let obj = pop!();
                tri!(self.del_attr(&obj, &name));
            }
            Op::LoadMethod(i) => {
                // Leaves [callable, receiver-or-Undefined] for CALL_METHOD.
                let name = tri!(name_of(code, i, self));
                let obj = pop!();
                match &obj {
                    Value::Str(_)
                    | Value::List(_)
                    | Value::Dict(_)
                    | Value::Set(_)
                    | Value::FrozenSet(_)
                    | Value::Tuple(_) => {
                        if name.as_ref() == "format" || name.as_ref() == "format_map" {
                            if let Value::Str(_) = obj {
                                fail!(self.new_exception(
                                    "NotImplementedError",
                                    "Using the format*() methods of `str` is not safe"
                                ));
                            }
                        }
                        if crate::builtins::has_method(&obj, &name) {
                            let method = match code.name_values().get(i as usize) {
                                Some(v) => v.clone(),
                                None => Value::Str(Rc::new(PyStr::new(&*name))),
                            };
                            frame.stack.push(method);
                            frame.stack.push(obj);
                        } else {
                            frame.stack.push(tri!(self.get_attr(&obj, &name)));
                            frame.stack.push(Value::Undefined);
                        }
                    }
                    Value::Instance(inst) => match inst.class.lookup(&name) {
                        Some(f @ Value::Function(_))
                            if !inst.attrs.borrow().contains_key(&*name) =>
                        {
                            frame.stack.push(f);
                            frame.stack.push(obj);
                        }
                        _ => {
                            frame.stack.push(tri!(self.get_attr(&obj, &name)));
                            frame.stack.push(Value::Undefined);
                        }
                    },
                    _ => {
                        frame.stack.push(tri!(self.get_attr(&obj, &name)));
                        frame.stack.push(Value::Undefined);
                    }
                }
            }
            Op::CallMethod(argc) => {
                let argc = argc as usize;
                let len = frame.stack.len();
                if len < argc + 2 {
                    fail!(Error::fatal("SystemError", "stack underflow"));
                }
                // The arguments stay on the stack for the call (no copy).
                let receiver_at = len - argc - 1;
                let (Some(callee), Some(receiver)) = (
                    frame.stack.get(receiver_at - 1).cloned(),
                    frame.stack.get(receiver_at).cloned(),
                ) else {
                    fail!(Error::fatal("SystemError", "stack underflow"))
                };
                frame.pc = pc;
                let result = match (&receiver, &callee) {
                    (Value::Undefined, _) => {
                        self.call(&callee, frame.stack.get(len - argc..).unwrap_or(&[]), &[])
                    }
                    (_, Value::Str(name)) => crate::builtins::call_method(
                        self,
                        &receiver,
                        &name.s,
                        frame.stack.get(len - argc..).unwrap_or(&[]),
                        &[],
                    ),
                    _ => self.call(&callee, frame.stack.get(receiver_at..).unwrap_or(&[]), &[]),
                };
                frame.stack.truncate(receiver_at - 1);
                let v = tri!(result);
                frame.stack.push(v);
            }
            Op::GetItem => {
                let index = pop!();
                let obj = pop!();
                let v = match (&obj, &index) {
                    (Value::List(l), Value::Int(i)) => {
                        let items = l.items.borrow();
                        let n = items.len() as i64;
                        let j = if *i < 0 { i + n } else { *i };
                        match items.get(j as usize) {
                            Some(v) if j >= 0 => v.clone(),
                            _ => {
                                drop(items);
                                fail!(self.new_exception("IndexError", "list index out of range"))
                            }
                        }
                    }
                    (Value::Dict(d), _) => {
                        let key = tri!(self.key(index.clone()));
                        let found = d.map.borrow().get(&key).cloned();
                        match found {
                            Some(v) => v,
                            None => fail!(Error::exc(exception_instance(
                                &self.exc_class("KeyError"),
                                vec![index]
                            ))),
                        }
                    }
                    _ => tri!(ops::get_item(self, &obj, &index)),
                };
                frame.stack.push(v);
            }
            Op::StoreItem => {
                let index = pop!();
                let obj = pop!();
                let v = pop!();
                tri!(ops::set_item(self, &obj, index, v));
            }
            Op::DeleteItem => {
                let index = pop!();
                let obj = pop!();
                tri!(ops::del_item(self, &obj, &index));
            }
            Op::Binary(bop) | Op::Inplace(bop) => {
                let b = pop!();
                let a = pop!();
                let fast = match (&a, &b) {
                    (Value::Int(x), Value::Int(y)) => int_fast(bop, *x, *y).map(Value::Int),
                    (Value::Float(x), Value::Float(y)) => {
                        float_fast(bop, x.get(), y.get()).map(Value::float)
                    }
                    _ => None,
                };
                let r = match fast {
                    Some(v) => v,
                    None => tri!(ops::binary(self, bop, &a, &b, matches!(op, Op::Inplace(_)))),
                };
                frame.stack.push(r);
            }
            Op::Compare(cop) => {
                let b = pop!();
                let a = pop!();
                let r = match (&a, &b) {
                    (Value::Int(x), Value::Int(y)) => match cop {
                        CmpOp::Lt => x < y,
                        CmpOp::Le => x <= y,
                        CmpOp::Eq => x == y,
                        CmpOp::Ne => x != y,
                        CmpOp::Gt => x > y,
                        CmpOp::Ge => x >= y,
                        _ => tri!(ops::compare(self, cop, &a, &b)),
                    },
                    _ => tri!(ops::compare(self, cop, &a, &b)),
                };
                frame.stack.push(Value::bool(r));
            }
            Op::Not => {
                let v = pop!();
                let t = tri!(self.truthy(&v));
                frame.stack.push(Value::bool(!t));
            }
            Op::Neg | Op::Pos | Op::Invert => {
                let v = pop!();
                let r = tri!(ops::unary(self, op, &v));
                frame.stack.push(r);
            }
            Op::Jump(t) => pc = t as usize,
            Op::PopJumpIfFalse(t) => {
                let v = pop!();
                let truth = match v {
                    Value::Bool(b) => b != 0,
                    ref other => tri!(self.truthy(other)),
                };
                if !truth {
                    pc = t as usize;
                }
            }
            Op::PopJumpIfTrue(t) => {
                let v = pop!();
                let truth = match v {
                    Value::Bool(b) => b != 0,
                    ref other => tri!(self.truthy(other)),
                };
                if truth {
                    pc = t as usize;
                }
            }
            Op::JumpIfFalseOrPop(t) => {
                let truth = tri!(self.truthy(top!()));
                if !truth {
                    pc = t as usize;
                } else {
                    pop!();
                }
            }
            Op::JumpIfTrueOrPop(t) => {
                let truth = tri!(self.truthy(top!()));
                if truth {
                    pc = t as usize;
                } else {
                    pop!();
                }
            }
            Op::GetIter => {
                let v = pop!();
                let it = tri!(self.iter(&v));
                frame.stack.push(it);
            }
            Op::ForIter(t) => {
                let next = match frame.stack.last() {
                    Some(Value::Iterator(it)) => {
                        let fast = {
                            let mut st = it.borrow_mut();
                            match &mut *st {
                                IterState::Range { next, stop, step } => {
                                    let cur = *next;
                                    if (*step > 0 && cur < *stop) || (*step < 0 && cur > *stop) {
                                        *next = cur.wrapping_add(*step);
                                        Some(Some(Value::Int(cur)))
                                    } else {
                                        Some(None)
                                    }
                                }
                                IterState::Seq {
                                    seq: Value::List(l),
                                    index,
                                } => {
                                    let items = l.items.borrow();
                                    match items.get(*index) {
                                        Some(v) => {
                                            *index += 1;
                                            Some(Some(v.clone()))
                                        }
                                        None => Some(None),
                                    }
                                }
                                _ => None,
                            }
                        };
                        match fast {
                            Some(r) => r,
                            None => {
                                let it = it.clone();
                                frame.pc = pc;
                                tri!(self.next(&it))
                            }
                        }
                    }
                    _ => None,
                };
                match next {
                    Some(v) => frame.stack.push(v),
                    None => {
                        pop!();
                        pc = t as usize;
                    }
                }
            }
            Op::Pop => {
                pop!();
            }
            Op::Dup => {
                let v = top!().clone();
                frame.stack.push(v);
            }
            Op::Dup2 => {
                let len = frame.stack.len();
                if len < 2 {
                    fail!(Error::fatal("SystemError", "stack underflow"));
                }
                let a = frame.stack[len - 2].clone();
                let b = frame.stack[len - 1].clone();
                frame.stack.push(a);
                frame.stack.push(b);
            }
            Op::Rot2 => {
                let len = frame.stack.len();
                if len >= 2 {
                    frame.stack.swap(len - 1, len - 2);
                }
            }
            Op::Rot3 => {
                // [a, b, c] -> [c, a, b]
                let len = frame.stack.len();
                if len >= 3 {
                    let c = pop!();
                    frame.stack.insert(len - 3, c);
                }
            }
            Op::BuildList(n) => {
                let items = tri!(take_n(&mut frame.stack, n));
                frame.stack.push(Value::list(items));
            }
            Op::BuildTuple(n) => {
                let items = tri!(take_n(&mut frame.stack, n));
                frame.stack.push(Value::tuple(items));
            }
            Op::BuildConstSet(n) => {
                let items = tri!(take_n(&mut frame.stack, n));
                // CPython's compiler folds the display into a frozenset and
                // rebuilds it from its own members when it merges constants;
                // making the code object rebuilds it once more when interning
                // replaced one of its identifier-like strings (assumed when
                // there is one: which strings CPython had interned before
                // is not knowable here). The new set is a copy of the result.
                let mut folded = new_set_map();
                for item in items {
                    folded.insert(tri!(self.key(item)));
                }
                let mut rebuilt: SetMap = folded.iter().cloned().collect();
                let has_identifier = rebuilt.iter().any(|k| {
                    // The empty string is a singleton, interned already:
                    // interning it changes nothing.
                    matches!(&k.0, Value::Str(s) if !s.s.is_empty()
                        && s.s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'))
                });
                if has_identifier {
                    rebuilt = rebuilt.iter().cloned().collect();
                }
                let mut set = new_set_map();
                set.merge(&rebuilt);
                frame.stack.push(Value::Set(Rc::new(Set::new(set))));
            }
            Op::BuildSet(n) => {
                let items = tri!(take_n(&mut frame.stack, n));
                let mut set = new_set_map();
                for item in items {
                    set.insert(tri!(self.key(item)));
                }
                frame.stack.push(Value::Set(Rc::new(Set::new(set))));
            }
            Op::BuildDict(n) => {
                let Some(start) = frame.stack.len().checked_sub(n as usize * 2) else {
                    fail!(Error::fatal("SystemError", "stack underflow"));
                };
                let mut map = DictMap::with_capacity_and_hasher(n as usize, FxBuildHasher);
                let mut unhashable = None;
                let mut pairs = frame.stack.drain(start..);
                while let (Some(k), Some(v)) = (pairs.next(), pairs.next()) {
                    match self.key(k) {
                        Ok(key) => {
                            map.insert(key, v);
                        }
                        Err(e) => {
                            unhashable = Some(e);
                            break;
                        }
                    }
                }
                drop(pairs);
                if let Some(e) = unhashable {
                    fail!(e);
                }
                frame.stack.push(Value::dict(map));
            }
            Op::BuildSlice(n) => {
                let step = if n == 3 { pop!() } else { Value::None };
                let stop = pop!();
                let start = pop!();
                frame
                    .stack
                    .push(Value::Slice(Rc::new(SliceObj { start, stop, step })));
            }
            Op::BuildString(n) => {
                // The hot loop has joined the parts already when they were
                // strs and ints.
                let items = tri!(take_n(&mut frame.stack, n));
                let mut s = String::new();
                for item in &items {
                    match item {
                        Value::Str(p) => s.push_str(&p.s),
                        other => s.push_str(&tri!(ops::str_of(self, other))),
                    }
                }
                frame.stack.push(Value::str(s));
            }
            Op::ListAppend(d) | Op::SetAdd(d) | Op::ListExtend(d) => {
                let v = pop!();
                let idx = frame.stack.len().checked_sub(d as usize);
                let target = idx
                    .and_then(|i| frame.stack.get(i))
                    .cloned()
                    .unwrap_or(Value::None);
                match (&target, op) {
                    (Value::List(l), Op::ListAppend(_)) => {
                        l.items.borrow_mut().push(v);
                        l.recount();
                    }
                    (Value::List(l), _) => {
                        let items = tri!(self.collect(&v));
                        l.items.borrow_mut().extend(items);
                        l.recount();
                    }
                    (Value::Set(s), Op::SetAdd(_)) => {
                        let k = tri!(self.key(v));
                        s.set.borrow_mut().insert(k);
                        s.recount();
                    }
                    (Value::Set(s), _) => {
                        // `{*a, *b}`: CPython's set update (a set operand is
                        // merged table to table).
                        let operand = tri!(crate::builtins::set_operand(self, &v));
                        crate::builtins::set_op_in_place(
                            s,
                            &operand,
                            crate::builtins::SetOp::Union,
                        );
                    }
                    _ => fail!(Error::fatal("SystemError", "bad collection target")),
                }
            }
            Op::MapAdd(d) => {
                let v = pop!();
                let k = pop!();
                let idx = frame.stack.len().checked_sub(d as usize);
                if let Some(Value::Dict(map)) = idx.and_then(|i| frame.stack.get(i)) {
                    let map = map.clone();
                    let key = tri!(self.key(k));
                    map.map.borrow_mut().insert(key, v);
                    map.recount();
                }
            }
            Op::DictUpdate(d) => {
                let v = pop!();
                let idx = frame.stack.len().checked_sub(d as usize);
                if let Some(Value::Dict(map)) = idx.and_then(|i| frame.stack.get(i)) {
                    let map = map.clone();
                    match &v {
                        Value::Dict(src) => {
                            let pairs: Vec<(Key, Value)> = src
                                .map
                                .borrow()
                                .iter()
                                .map(|(k, v)| (k.clone(), v.clone()))
                                .collect();
                            map.map.borrow_mut().extend(pairs);
                            map.recount();
                        }
                        other => {
                            fail!(self.type_error(format!(
                                "'{}' object is not a mapping",
                                type_name(other)
                            )))
                        }
                    }
                }
            }
            Op::ListToTuple => {
                let v = pop!();
                let items = match &v {
                    Value::List(l) => l.items.borrow().clone(),
                    _ => Vec::new(),
                };
                frame.stack.push(Value::tuple(items));
            }
            Op::UnpackSequence(n) => {
                let v = pop!();
                let items = tri!(self.unpack(&v, n as usize, None));
                frame.stack.extend(items.into_iter().rev());
            }
            Op::UnpackEx(before, after) => {
                let v = pop!();
                let items = tri!(self.unpack(&v, before as usize, Some(after as usize)));
                frame.stack.extend(items.into_iter().rev());
            }
            Op::FormatValue(flags) => {
                let spec = if flags & 4 != 0 { Some(pop!()) } else { None };
                let v = pop!();
                let converted = match flags & 3 {
                    1 => Value::str(tri!(ops::str_of(self, &v))),
                    2 => Value::str(tri!(ops::repr_of(self, &v))),
                    3 => Value::str(ops::ascii_of(&tri!(ops::repr_of(self, &v)))),
                    _ => v,
                };
                let spec_text = match &spec {
                    Some(Value::Str(s)) => s.s.to_string(),
                    _ => String::new(),
                };
                let s = tri!(crate::pyfmt::format_value(self, &converted, &spec_text));
                frame.stack.push(Value::str(s));
            }
            Op::MakeFunction(ci, flags) => {
                let closure_v = if flags & 4 != 0 { pop!() } else { Value::None };
                let kwdefaults_v = if flags & 2 != 0 { pop!() } else { Value::None };
                let defaults_v = if flags & 1 != 0 { pop!() } else { Value::None };
                let Some(child) = code.codes.get(ci as usize) else {
                    fail!(Error::fatal("SystemError", "bad code index"));
                };
                let closure = match &closure_v {
                    Value::Tuple(t) => t
                        .items
                        .iter()
                        .map(|c| match c {
                            Value::Cell(c) => c.clone(),
                            _ => Rc::new(RefCell::new(Value::Undefined)),
                        })
                        .collect(),
                    _ => Vec::new(),
                };
                let defaults = match &defaults_v {
                    Value::Tuple(t) => t.items.to_vec(),
                    _ => Vec::new(),
                };
                let kwdefaults = match &kwdefaults_v {
                    Value::Dict(d) => d
                        .map
                        .borrow()
                        .iter()
                        .filter_map(|(k, v)| match &k.0 {
                            Value::Str(s) => Some((Rc::from(&*s.s), v.clone())),
                            _ => None,
                        })
                        .collect(),
                    _ => Vec::new(),
                };
                mem::track(96);
                frame.stack.push(Value::Function(Rc::new(Function::new(
                    child.clone(),
                    defaults,
                    kwdefaults,
                    closure,
                ))));
            }
            Op::BuildClass(nbases) => {
                let bases = tri!(take_n(&mut frame.stack, nbases));
                let name = pop!();
                let body = pop!();
                frame.pc = pc;
                let class = tri!(self.build_class(&body, &name, bases));
                frame.stack.push(class);
            }
            Op::Call(argc) => {
                let argc = argc as usize;
                let len = frame.stack.len();
                if len < argc + 1 {
                    fail!(Error::fatal("SystemError", "stack underflow"));
                }
                let func = frame.stack[len - argc - 1].clone();
                frame.pc = pc;
                let result = match &func {
                    Value::Function(f) => {
                        let f = f.clone();
                        let r = self.call_function(&f, &frame.stack[len - argc..], &[]);
                        frame.stack.truncate(len - argc - 1);
                        r
                    }
                    _ => {
                        // The arguments stay on the stack for the call.
                        let r = self.call(&func, frame.stack.get(len - argc..).unwrap_or(&[]), &[]);
                        frame.stack.truncate(len - argc - 1);
                        r
                    }
                };
                let v = tri!(result);
                frame.stack.push(v);
            }
            Op::CallKw(argc, names_i) => {
                let names: &[Rc<str>] = match code.consts.get(names_i as usize) {
                    Some(Const::Names(n)) => n,
                    _ => fail!(Error::fatal("SystemError", "bad keyword names")),
                };
                let argc = argc as usize;
                let len = frame.stack.len();
                if len < argc + 1 || names.len() > argc {
                    fail!(Error::fatal("SystemError", "stack underflow"));
                }
                let func_at = len - argc - 1;
                // Positional arguments stay on the stack for the call.
                let positional_end = len - names.len();
                let (Some(func), Some(positional), Some(kwvalues)) = (
                    frame.stack.get(func_at).cloned(),
                    frame.stack.get(func_at + 1..positional_end),
                    frame.stack.get(positional_end..),
                ) else {
                    fail!(Error::fatal("SystemError", "stack underflow"))
                };
                let kwargs: Vec<(Rc<str>, Value)> = names
                    .iter()
                    .cloned()
                    .zip(kwvalues.iter().cloned())
                    .collect();
                frame.pc = pc;
                let result = self.call(&func, positional, &kwargs);
                frame.stack.truncate(func_at);
                let v = tri!(result);
                frame.stack.push(v);
            }
            Op::CallEx => {
                let kw = pop!();
                let args = pop!();
                let func = pop!();
                let args = match &args {
                    Value::Tuple(t) => t.items.to_vec(),
                    _ => Vec::new(),
                };
                let kwargs: Vec<(Rc<str>, Value)> = match &kw {
                    Value::Dict(d) => {
                        let mut out = Vec::new();
                        for (k, v) in d.map.borrow().iter() {
                            match &k.0 {
                                Value::Str(s) => out.push((Rc::from(&*s.s), v.clone())),
                                _ => fail!(self.type_error("keywords must be strings")),
                            }
                        }
                        out
                    }
                    _ => Vec::new(),
                };
                frame.pc = pc;
                let v = tri!(self.call(&func, &args, &kwargs));
                frame.stack.push(v);
            }
            Op::Return => {
                let v = pop!();
                frame.pc = pc;
                return Ok((pc, Some(v)));
            }
            Op::Yield => {
                let v = pop!();
                frame.pc = pc;
                frame.yielded = true;
                return Ok((pc, Some(v)));
            }
            Op::Raise(kind) => {
                let e = match kind {
                    0 => match frame.handled.last() {
                        Some(exc) => Error::exc(exc.clone()),
                        None => {
                            self.new_exception("RuntimeError", "No active exception to reraise")
                        }
                    },
                    1 => {
                        let v = pop!();
                        self.make_raisable(v)
                    }
                    _ => {
                        let cause = pop!();
                        let v = pop!();
                        match self.check_cause(&cause) {
                            Ok(()) => self.make_raisable(v),
                            Err(e) => e,
                        }
                    }
                };
                fail!(e);
            }
            Op::Reraise => {
                let v = pop!();
                frame.handled.pop();
                fail!(Error::exc(v));
            }
            Op::SetupExcept(t) => frame.blocks.push(Block {
                handler: t,
                stack_len: frame.stack.len() as u32,
                handled_len: frame.handled.len() as u32,
            }),
            Op::PopBlock => {
                frame.blocks.pop();
            }
            Op::EnterHandler => {
                let v = top!().clone();
                frame.handled.push(v);
            }
            Op::PopExcept => {
                frame.handled.pop();
            }
            Op::ExcMatch => {
                let ty = pop!();
                let exc = pop!();
                let m = tri!(self.exc_match(&exc, &ty));
                frame.stack.push(Value::bool(m));
            }
            Op::WithEnter => {
                let ctx = pop!();
                let entered = match &ctx {
                    Value::Host(h) => h.enter(self),
                    _ => None,
                };
                match entered {
                    Some(r) => {
                        let v = tri!(r);
                        frame.stack.push(ctx);
                        frame.stack.push(v);
                    }
                    None => fail!(self.type_error(format!(
                        "'{}' object does not support the context manager protocol",
                        type_name(&ctx)
                    ))),
                }
            }
            Op::WithExit => {
                let ctx = pop!();
                if let Value::Host(h) = &ctx {
                    tri!(h.exit(self, None));
                }
            }
            Op::WithExitExc => {
                let exc = pop!();
                let ctx = pop!();
                let swallow = match &ctx {
                    Value::Host(h) => tri!(h.exit(self, Some(&exc))),
                    _ => false,
                };
                if !swallow {
                    fail!(Error::exc(exc));
                }
            }
            Op::ImportName(i, exact) => {
                let name = tri!(name_of(code, i, self));
                let module = tri!(self.import(&name));
                if exact == 0 && name.contains('.') {
                    let top = name.split('.').next().unwrap_or("");
                    let top_module = tri!(self.import(top));
                    frame.stack.push(top_module);
                } else {
                    frame.stack.push(module);
                }
            }
            Op::ImportFrom(i) => {
                let name = tri!(name_of(code, i, self));
                let module = top!().clone();
                let found = match &module {
                    Value::Module(m) => m.attrs.borrow().get(&*name).cloned(),
                    Value::Host(h) => tri!(h.get_attr(self, &name)),
                    _ => None,
                };
                let v = match found {
                    Some(v) => v,
                    None => {
                        let mname = match &module {
                            Value::Module(m) => m.name.to_string(),
                            _ => "?".to_string(),
                        };
                        // A submodule imported by its parent's name.
                        match self.import(&format!("{mname}.{name}")) {
                            Ok(v) => v,
                            Err(_) => fail!(self.new_exception(
                                "ImportError",
                                format!(
                                    "cannot import name '{name}' from '{mname}' (unknown location)"
                                )
                            )),
                        }
                    }
                };
                frame.stack.push(v);
            }
            Op::LoadPrinted => {
                let text = self.printed_text();
                frame.stack.push(Value::str(text));
            }
            Op::AssertFail => {
                let msg = pop!();
                let cls = self.exc_class("AssertionError");
                let args = vec![msg];
                fail!(Error::exc(exception_instance(&cls, args)));
            }
        }
        Ok((pc, None))
    }

    fn load_const(&self, code: &Code, i: u32) -> Result<Value, Error> {
        if let Some(v) = code.const_values().get(i as usize) {
            if !matches!(v, Value::Undefined) {
                return Ok(v.clone());
            }
        }
        match code.consts.get(i as usize) {
            Some(Const::Int(v)) => Ok(Value::Int(*v)),
            Some(Const::Float(f)) => Ok(Value::float(*f)),
            Some(Const::Str(s)) => Ok(Value::str(&**s)),
            Some(Const::Bytes(b)) => Ok(Value::bytes(&**b)),
            Some(Const::BigInt(s)) => match s.parse::<BigInt>() {
                Ok(b) => Ok(Value::from_bigint(b)),
                Err(_) => Err(Error::fatal("SystemError", "bad integer constant")),
            },
            Some(Const::Names(n)) => Ok(Value::tuple(n.iter().map(|s| Value::str(&**s)).collect())),
            None => Err(Error::fatal("SystemError", "bad constant index")),
        }
    }

    #[inline(never)]
    fn load_builtin(&self, i: u32) -> Result<Value, Error> {
        if let Some(Some(v)) = self.builtin_slots.borrow().get(i as usize) {
            return Ok(v.clone());
        }
        let name = self
            .program
            .globals
            .get(i as usize)
            .cloned()
            .unwrap_or_else(|| Rc::from("?"));
        match self.builtins.get(&name) {
            Some(v) => {
                let mut slots = self.builtin_slots.borrow_mut();
                if slots.len() <= i as usize {
                    slots.resize(i as usize + 1, None);
                }
                if let Some(slot) = slots.get_mut(i as usize) {
                    *slot = Some(v.clone());
                }
                Ok(v.clone())
            }
            None => Err(self.new_exception("NameError", format!("name '{name}' is not defined"))),
        }
    }

    fn unbound_local(&self, code: &Code, i: u32) -> Error {
        let name = code
            .varnames
            .get(i as usize)
            .cloned()
            .unwrap_or_else(|| Rc::from("?"));
        self.new_exception(
            "UnboundLocalError",
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    fn unbound_deref(&self, code: &Code, i: u32) -> Error {
        let name = code
            .varnames
            .get(i as usize)
            .cloned()
            .unwrap_or_else(|| Rc::from("?"));
        let free_start = code.varnames.len().saturating_sub(code.nfree as usize);
        if (i as usize) < free_start {
            self.unbound_local(code, i)
        } else {
            self.new_exception(
                "NameError",
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        }
    }

    fn import(&mut self, name: &str) -> Result<Value, Error> {
        if let Some(m) = self.modules.get(name) {
            return Ok(m.clone());
        }
        let found = match self.import_hook.clone() {
            Some(hook) => hook(self, name)?,
            None => None,
        };
        match found {
            Some(m) => {
                self.modules.insert(name.to_string(), m.clone());
                Ok(m)
            }
            None => {
                let cls = self.exc_class("ModuleNotFoundError");
                Err(Error::exc(exception_instance(
                    &cls,
                    vec![Value::str(format!("No module named '{name}'"))],
                )))
            }
        }
    }

    fn build_class(
        &mut self,
        body: &Value,
        name: &Value,
        bases: Vec<Value>,
    ) -> Result<Value, Error> {
        let Value::Function(body) = body else {
            return Err(Error::fatal("SystemError", "bad class body"));
        };
        let name: Rc<str> = match name {
            Value::Str(s) => Rc::from(&*s.s),
            _ => Rc::from("?"),
        };
        let mut base_classes = Vec::new();
        for b in &bases {
            match b {
                Value::Class(c) => base_classes.push(c.clone()),
                other => {
                    return Err(
                        self.type_error(format!("bases must be types, not {}", type_name(other)))
                    );
                }
            }
        }
        let ns = Rc::new(Dict::new(new_dict_map()));
        let mut frame = self.make_frame(body, &[], &[])?;
        frame.namespace = Some(ns.clone());
        self.run_frame(&mut frame)?;
        let is_exc = base_classes.iter().any(|b| b.is_exception);
        let uncatchable = base_classes.iter().any(|b| b.uncatchable);
        let class = make_class_qualified(&name, &body.code.name, base_classes, is_exc, uncatchable);
        for (k, v) in ns.map.borrow().iter() {
            if let Value::Str(s) = &k.0 {
                class.attrs.borrow_mut().insert(Rc::from(&*s.s), v.clone());
            }
        }
        Ok(Value::Class(class))
    }

    /// Closes the generators dropped while suspended in a `try` or `with`
    /// block (see `DROPPED_GENERATORS`): GeneratorExit is raised where each
    /// is suspended, so its `finally` and `with` exits run. As in CPython,
    /// what a closing generator raises is not the caller's error (CPython
    /// reports it as ignored); only a limit or another uncatchable stop
    /// ends the run.
    pub(crate) fn close_dropped_generators(&mut self) -> Result<(), Error> {
        loop {
            let next = DROPPED_GENERATORS
                .try_with(|dropped| {
                    dropped
                        .try_borrow_mut()
                        .ok()
                        .and_then(|mut list| list.pop())
                })
                .ok()
                .flatten();
            let Some(mut frame) = next else {
                return Ok(());
            };
            frame.yielded = false;
            let exit = self.new_exception_args("GeneratorExit", vec![]);
            let result = self.handle_and_resume(&mut frame, exit);
            // However it ended, the frame is finished: it must not queue
            // itself again when it drops.
            frame.blocks.clear();
            if let Err(e) = result {
                if matches!(e.kind(), ErrorKind::Fatal(_)) {
                    return Err(e);
                }
            }
        }
    }

    /// Drops, without running them, generators a previous run left to be
    /// closed: they belong to a VM whose run is over.
    fn forget_dropped_generators(&mut self) {
        let stale = DROPPED_GENERATORS
            .try_with(|dropped| {
                dropped
                    .try_borrow_mut()
                    .map(|mut list| std::mem::take(&mut *list))
                    .unwrap_or_default()
            })
            .unwrap_or_default();
        for mut frame in stale {
            frame.blocks.clear();
        }
    }

    /// `send`, `throw` and `close` of a generator.
    pub(crate) fn generator_method(
        &mut self,
        state: &Rc<RefCell<IterState>>,
        name: &str,
        args: &[Value],
    ) -> Result<Value, Error> {
        let stopped = |vm: &Vm, next: Option<Value>| match next {
            Some(value) => Ok(value),
            None => Err(vm.new_exception_args("StopIteration", vec![])),
        };
        match (name, args) {
            ("send", [value]) => {
                let next = self.resume_generator_with(state, Resume::Send(value.clone()))?;
                stopped(self, next)
            }
            ("throw", [exc, ..]) if args.len() <= 3 => {
                let raised = match (exc, args.get(1)) {
                    // throw(type, value): the value, made an instance of
                    // the type when it is not one already.
                    (Value::Class(_), Some(value @ Value::Instance(_))) => value.clone(),
                    (Value::Class(class), Some(value)) if !matches!(value, Value::None) => self
                        .call(
                            &Value::Class(class.clone()),
                            std::slice::from_ref(value),
                            &[],
                        )?,
                    _ => exc.clone(),
                };
                let error = self.make_raisable(raised);
                let next = self.resume_generator_with(state, Resume::Throw(error))?;
                stopped(self, next)
            }
            ("close", []) => {
                let suspended =
                    matches!(&*state.borrow(), IterState::Generator(frame) if frame.started);
                if !suspended {
                    *state.borrow_mut() = IterState::Done;
                    return Ok(Value::None);
                }
                let exit = self.new_exception_args("GeneratorExit", vec![]);
                match self.resume_generator_with(state, Resume::Throw(exit)) {
                    Ok(Some(_)) => {
                        Err(self.new_exception("RuntimeError", "generator ignored GeneratorExit"))
                    }
                    Ok(None) => Ok(Value::None),
                    Err(e) if self.is_exception_named(&e, &["GeneratorExit", "StopIteration"]) => {
                        Ok(Value::None)
                    }
                    Err(e) => Err(e),
                }
            }
            ("send", _) => Err(self.type_error(format!(
                "generator.send() takes exactly one argument ({} given)",
                args.len()
            ))),
            ("close", _) => Err(self.type_error(format!(
                "generator.close() takes no arguments ({} given)",
                args.len()
            ))),
            _ => Err(self.type_error(format!(
                "throw expected at least 1 argument, got {}",
                args.len()
            ))),
        }
    }

    /// Whether `error` is an exception of one of the builtin classes
    /// `names` (or of a subclass of one).
    fn is_exception_named(&self, error: &Error, names: &[&str]) -> bool {
        let Some(Value::Instance(instance)) = error.exception() else {
            return false;
        };
        names.iter().any(|name| {
            self.exc_classes
                .get(*name)
                .is_some_and(|class| instance.class.is_subclass(class))
        })
    }

    fn make_raisable(&self, v: Value) -> Error {
        match &v {
            Value::Instance(i) if i.class.is_exception => Error::exc(v),
            Value::Class(c) if c.is_exception => {
                if c.uncatchable {
                    return Error::fatal(&c.name, "");
                }
                Error::exc(exception_instance(c, vec![]))
            }
            _ => self.type_error("exceptions must derive from BaseException"),
        }
    }

    fn check_cause(&self, cause: &Value) -> Result<(), Error> {
        match cause {
            Value::None => Ok(()),
            Value::Instance(i) if i.class.is_exception => Ok(()),
            Value::Class(c) if c.is_exception => Ok(()),
            _ => Err(self.type_error("exception causes must derive from BaseException")),
        }
    }

    fn exc_match(&self, exc: &Value, ty: &Value) -> Result<bool, Error> {
        let Value::Instance(inst) = exc else {
            return Ok(false);
        };
        match ty {
            Value::Class(c) if c.is_exception => Ok(inst.class.is_subclass(c)),
            Value::Tuple(t) => {
                for item in t.items.iter() {
                    if self.exc_match(exc, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    // -------------------------------------------------------------- helpers

    pub(crate) fn key(&self, v: Value) -> Result<Key, Error> {
        match v {
            Value::Int(_) | Value::Str(_) => Ok(Key(v)),
            other => Key::new(other).map_err(|m| self.type_error(m)),
        }
    }

    /// Python truthiness, calling no user code (RestrictedPython code
    /// cannot define `__bool__`/`__len__`).
    pub fn truthy(&mut self, v: &Value) -> Result<bool, Error> {
        Ok(v.truthy())
    }

    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> Result<Value, Error> {
        let state = match v {
            Value::List(_) | Value::Tuple(_) | Value::Bytes(_) => IterState::Seq {
                seq: v.clone(),
                index: 0,
            },
            Value::Str(s) => IterState::Str {
                s: s.clone(),
                byte: 0,
            },
            Value::Range(r) => IterState::Range {
                next: r.start,
                stop: r.stop,
                step: r.step,
            },
            Value::Dict(d) => IterState::Dict {
                dict: d.clone(),
                index: 0,
                len: d.map.borrow().len(),
                kind: ViewKind::Keys,
            },
            Value::DictView(view) => IterState::Dict {
                dict: view.dict.clone(),
                index: 0,
                len: view.dict.map.borrow().len(),
                kind: view.kind,
            },
            Value::Set(s) | Value::FrozenSet(s) => IterState::Set {
                set: s.clone(),
                index: 0,
                len: s.set.borrow().len(),
            },
            Value::Iterator(_) => return Ok(v.clone()),
            Value::Host(h) => {
                // A host object iterates by exposing a list through `__iter__`.
                if let Some(items) = h.get_attr(self, "__iter__")? {
                    return self.iter(&items);
                }
                return Err(self.type_error(format!("'{}' object is not iterable", h.type_name())));
            }
            other => {
                return Err(
                    self.type_error(format!("'{}' object is not iterable", type_name(other)))
                );
            }
        };
        Ok(Value::Iterator(Rc::new(RefCell::new(state))))
    }

    /// `next(it)`: `Ok(None)` at the end.
    pub fn next(&mut self, it: &Rc<RefCell<IterState>>) -> Result<Option<Value>, Error> {
        let mut st = it.borrow_mut();
        match &mut *st {
            IterState::Seq { seq, index } => {
                let v = match seq {
                    Value::List(l) => l.items.borrow().get(*index).cloned(),
                    Value::Tuple(t) => t.items.get(*index).cloned(),
                    Value::Bytes(b) => b.data.get(*index).map(|byte| Value::Int(*byte as i64)),
                    _ => None,
                };
                if v.is_some() {
                    *index += 1;
                }
                Ok(v)
            }
            IterState::Str { s, byte } => {
                let rest = s.s.get(*byte..).unwrap_or("");
                match rest.chars().next() {
                    Some(c) => {
                        *byte += c.len_utf8();
                        Ok(Some(Value::str(c.to_string())))
                    }
                    None => Ok(None),
                }
            }
            IterState::Range { next, stop, step } => {
                let cur = *next;
                if (*step > 0 && cur < *stop) || (*step < 0 && cur > *stop) {
                    *next = cur.wrapping_add(*step);
                    Ok(Some(Value::Int(cur)))
                } else {
                    Ok(None)
                }
            }
            IterState::Dict {
                dict,
                index,
                len,
                kind,
            } => {
                let map = dict.map.borrow();
                if map.len() != *len {
                    drop(map);
                    *len = usize::MAX;
                    drop(st);
                    return Err(self.new_exception(
                        "RuntimeError",
                        "dictionary changed size during iteration",
                    ));
                }
                let r = map.get_index(*index).map(|(k, v)| match kind {
                    ViewKind::Keys => k.0.clone(),
                    ViewKind::Values => v.clone(),
                    ViewKind::Items => Value::tuple(vec![k.0.clone(), v.clone()]),
                });
                if r.is_some() {
                    *index += 1;
                }
                Ok(r)
            }
            IterState::Set { set, index, len } => {
                let s = set.set.borrow();
                if s.len() != *len {
                    drop(s);
                    drop(st);
                    return Err(
                        self.new_exception("RuntimeError", "Set changed size during iteration")
                    );
                }
                // `index` is a slot of the table, as in CPython's iterator.
                let r = s.next_from(*index).map(|(slot, k)| (slot, k.0.clone()));
                Ok(r.map(|(slot, v)| {
                    *index = slot + 1;
                    v
                }))
            }
            IterState::Generator(_) => {
                drop(st);
                self.resume_generator(it)
            }
            IterState::Done => Ok(None),
        }
    }

    /// Every item of an iterable.
    pub fn collect(&mut self, v: &Value) -> Result<Vec<Value>, Error> {
        match v {
            Value::List(l) => return Ok(l.items.borrow().clone()),
            Value::Tuple(t) => return Ok(t.items.to_vec()),
            _ => {}
        }
        let it = self.iter(v)?;
        let Value::Iterator(it) = it else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
            if out.len() & 0xFFFF == 0 {
                self.reserve(out.len() * 16)?;
            }
        }
        Ok(out)
    }

    fn unpack(
        &mut self,
        v: &Value,
        before: usize,
        after: Option<usize>,
    ) -> Result<Vec<Value>, Error> {
        let items = match v {
            Value::Tuple(t) => t.items.to_vec(),
            Value::List(l) => l.items.borrow().clone(),
            Value::Int(_) | Value::Float(_) | Value::None | Value::Bool(_) | Value::BigInt(_) => {
                return Err(self.type_error(format!("'{}' object is not iterable", type_name(v))));
            }
            _ => {
                let it = self.iter(v)?;
                let Value::Iterator(it) = it else {
                    return Ok(Vec::new());
                };
                let mut out = Vec::new();
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                }
                out
            }
        };
        match after {
            None => {
                if items.len() < before {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected {}, got {})",
                        before,
                        items.len()
                    )));
                }
                if items.len() > before {
                    return Err(
                        self.value_error(format!("too many values to unpack (expected {before})"))
                    );
                }
                Ok(items)
            }
            Some(after) => {
                if items.len() < before + after {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    )));
                }
                let mut items = items;
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(before);
                items.push(Value::list(middle));
                items.extend(tail);
                Ok(items)
            }
        }
    }

    /// Attribute read with `safer_getattr`'s rules: a missing attribute is
    /// None.
    pub fn get_attr(&mut self, obj: &Value, name: &str) -> Result<Value, Error> {
        if let Some(e) = self.guard_attr_name(obj, name) {
            return Err(e);
        }
        match obj {
            Value::Instance(inst) => {
                if let Some(v) = inst.attrs.borrow().get(name) {
                    return Ok(v.clone());
                }
                if inst.class.is_exception && name == "args" {
                    return Ok(match &*inst.args.borrow() {
                        Value::None => Value::tuple(vec![]),
                        other => other.clone(),
                    });
                }
                match inst.class.lookup(name) {
                    Some(f @ Value::Function(_)) => Ok(Value::BoundMethod(Rc::new(BoundMethod {
                        receiver: obj.clone(),
                        func: f,
                        builtin_name: None,
                    }))),
                    Some(Value::Builtin(b)) if b.type_tag.is_none() => {
                        Ok(Value::BoundMethod(Rc::new(BoundMethod {
                            receiver: obj.clone(),
                            func: Value::Builtin(b),
                            builtin_name: None,
                        })))
                    }
                    Some(v) => Ok(v),
                    None => Ok(Value::None),
                }
            }
            Value::Class(c) => Ok(c.lookup(name).unwrap_or(Value::None)),
            Value::Module(m) => Ok(m.attrs.borrow().get(name).cloned().unwrap_or(Value::None)),
            Value::Host(h) => Ok(h.get_attr(self, name)?.unwrap_or(Value::None)),
            _ => crate::builtins::builtin_attr(self, obj, name),
        }
    }

    fn guard_attr_name(&self, obj: &Value, name: &str) -> Option<Error> {
        if (name == "format" || name == "format_map")
            && (matches!(obj, Value::Str(_))
                || matches!(obj, Value::Builtin(b) if b.type_tag == Some(TypeTag::Str)))
        {
            return Some(self.new_exception(
                "NotImplementedError",
                "Using the format*() methods of `str` is not safe",
            ));
        }
        if INSPECT_ATTRIBUTES.contains(&name) {
            return Some(self.new_exception(
                "AttributeError",
                format!("\"{name}\" is a restricted name, that is forbidden to access in RestrictedPython."),
            ));
        }
        if name.starts_with('_') {
            return Some(self.new_exception(
                "AttributeError",
                format!("\"{name}\" is an invalid attribute name because it starts with \"_\""),
            ));
        }
        None
    }

    /// Attribute write under `full_write_guard`.
    pub fn set_attr(&mut self, obj: &Value, name: &str, value: Value) -> Result<(), Error> {
        if let Value::Host(h) = obj {
            if h.set_attr(self, name, value)? {
                return Ok(());
            }
        }
        match obj {
            Value::Dict(_) | Value::List(_) => Err(self.new_exception(
                "AttributeError",
                format!("'{}' object has no attribute '{name}'", type_name(obj)),
            )),
            _ => Err(self.type_error("attribute-less object (assign or del)")),
        }
    }

    fn del_attr(&mut self, obj: &Value, name: &str) -> Result<(), Error> {
        match obj {
            Value::Dict(_) | Value::List(_) => Err(self.new_exception(
                "AttributeError",
                format!("'{}' object has no attribute '{name}'", type_name(obj)),
            )),
            _ => Err(self.type_error("attribute-less object (assign or del)")),
        }
    }
}

use sym_check::profile::INSPECT_ATTRIBUTES;

/// Small-int arithmetic that cannot fail or overflow; `None` sends the
/// operation to the general path.
#[inline(always)]
fn int_fast(op: crate::ir::BinOp, x: i64, y: i64) -> Option<i64> {
    use crate::ir::BinOp::*;
    match op {
        Add => x.checked_add(y),
        Sub => x.checked_sub(y),
        Mul => x.checked_mul(y),
        // Python rounds toward minus infinity; the remainder takes the
        // divisor's sign. Zero and MIN / -1 go the general way.
        FloorDiv if y != 0 => {
            let q = x.checked_div(y)?;
            Some(if x % y != 0 && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            })
        }
        Mod if y != 0 => {
            let r = x.checked_rem(y)?;
            Some(if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            })
        }
        BitAnd => Some(x & y),
        BitOr => Some(x | y),
        BitXor => Some(x ^ y),
        RShift if (0..64).contains(&y) => Some(x >> y),
        LShift if (0..63).contains(&y) => {
            let r = x << y;
            (r >> y == x).then_some(r)
        }
        _ => None,
    }
}

#[inline(always)]
fn int_compare(op: CmpOp, x: i64, y: i64) -> Option<bool> {
    match op {
        CmpOp::Lt => Some(x < y),
        CmpOp::Le => Some(x <= y),
        CmpOp::Eq => Some(x == y),
        CmpOp::Ne => Some(x != y),
        CmpOp::Gt => Some(x > y),
        CmpOp::Ge => Some(x >= y),
        _ => None,
    }
}

/// `Value::clone`, by name where the hot loop pushes a copy.
#[inline(always)]
fn fast_clone(v: &Value) -> Value {
    v.clone()
}

/// Pops the top of a value stack (None when empty), reading it variant by
/// variant: a whole-value read goes through a vector register, and stalls
/// when the slot was written as two words just before.
#[inline(always)]
fn pop_value(stack: &mut Vec<Value>) -> Value {
    let Some(top) = stack.last() else {
        return Value::None;
    };
    // SAFETY: the slot is forgotten by the `set_len` below.
    let value = unsafe { read_value(top) };
    // SAFETY: the slot's contents were moved into `value` above.
    unsafe { stack.set_len(stack.len() - 1) };
    value
}

/// Moves the value out of `slot`, reading it variant by variant (see
/// [`pop_value`]).
///
/// # Safety
/// The caller must then forget the slot (never drop or read it again), or
/// the value would be owned twice.
#[inline(always)]
unsafe fn read_value(slot: &Value) -> Value {
    // SAFETY (each heap arm): the caller forgets the slot the Rc is read from.
    unsafe {
        match slot {
            Value::None => Value::None,
            Value::Bool(b) => Value::Bool(*b),
            Value::Int(x) => Value::Int(*x),
            Value::Float(f) => Value::Float(*f),
            Value::BigInt(x) => Value::BigInt(std::ptr::read(x)),
            Value::Str(x) => Value::Str(std::ptr::read(x)),
            Value::List(x) => Value::List(std::ptr::read(x)),
            Value::Tuple(x) => Value::Tuple(std::ptr::read(x)),
            Value::Dict(x) => Value::Dict(std::ptr::read(x)),
            Value::Set(x) => Value::Set(std::ptr::read(x)),
            Value::FrozenSet(x) => Value::FrozenSet(std::ptr::read(x)),
            Value::Range(x) => Value::Range(std::ptr::read(x)),
            Value::Slice(x) => Value::Slice(std::ptr::read(x)),
            Value::Function(x) => Value::Function(std::ptr::read(x)),
            Value::Builtin(x) => Value::Builtin(std::ptr::read(x)),
            Value::BoundMethod(x) => Value::BoundMethod(std::ptr::read(x)),
            Value::Class(x) => Value::Class(std::ptr::read(x)),
            Value::Instance(x) => Value::Instance(std::ptr::read(x)),
            Value::Iterator(x) => Value::Iterator(std::ptr::read(x)),
            Value::DictView(x) => Value::DictView(std::ptr::read(x)),
            Value::Module(x) => Value::Module(std::ptr::read(x)),
            Value::Host(x) => Value::Host(std::ptr::read(x)),
            Value::Cell(x) => Value::Cell(std::ptr::read(x)),
            Value::Ellipsis => Value::Ellipsis,
            Value::Undefined => Value::Undefined,
            Value::Bytes(x) => Value::Bytes(std::ptr::read(x)),
        }
    }
}

/// Binds the top `argc` values of `stack`, the last `kwnames.len()` of
/// them passed by those keywords, into the empty `locals` of plain `func`,
/// defaults included. `false` (with nothing moved) when they do not bind
/// simply: a keyword that is unknown, positional-only or given twice, or
/// a count that does not fit; the general path then reports it.
fn bind_keywords(
    func: &Function,
    stack: &mut Vec<Value>,
    argc: usize,
    kwnames: &[Rc<str>],
    locals: &mut Vec<Value>,
) -> bool {
    const MAX_KEYWORDS: usize = 8;
    let code = &func.code;
    let argcount = code.argcount as usize;
    let Some(npos) = argc.checked_sub(kwnames.len()) else {
        return false;
    };
    if stack.len() < argc {
        return false;
    }
    if npos > argcount || argc + func.defaults.len() < argcount || kwnames.len() > MAX_KEYWORDS {
        return false;
    }
    // Where each keyword goes, checked before anything moves.
    let mut targets = [0usize; MAX_KEYWORDS];
    let params = code.varnames.get(..argcount).unwrap_or_default();
    for (k, name) in kwnames.iter().enumerate() {
        let Some(slot) = params.iter().position(|n| same_name(n, name)) else {
            return false;
        };
        if slot < npos.max(code.posonly as usize) || targets[..k].contains(&slot) {
            return false;
        }
        targets[k] = slot;
    }
    // Every parameter after the positional ones is given by keyword or
    // has a default.
    let first_default = argcount - func.defaults.len();
    if (npos..first_default).any(|slot| !targets[..kwnames.len()].contains(&slot)) {
        return false;
    }
    // Keywords from the top of the stack into their slots, then the
    // positional arguments under them (no drain, no block move).
    let start = locals.len();
    locals.resize(start + argcount, Value::Undefined);
    let Some(params) = locals.get_mut(start..) else {
        return true;
    };
    for &slot in targets
        .get(..kwnames.len())
        .unwrap_or_default()
        .iter()
        .rev()
    {
        if let Some(local) = params.get_mut(slot) {
            write_over_nothing(local, pop_value(stack));
        }
    }
    for local in params.iter_mut().take(npos).rev() {
        write_over_nothing(local, pop_value(stack));
    }
    for (slot, default) in func.defaults.iter().enumerate() {
        if let Some(local @ Value::Undefined) = params.get_mut(first_default + slot) {
            *local = fast_clone(default);
        }
    }
    true
}

/// Whether two identifiers are the same; short names are compared byte
/// by byte, without a `memcmp` call.
#[inline(always)]
fn same_name(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(x, y)| x == y)
}

/// The most common builtin method calls, done in place: `dict.get` with a
/// str or int key, and `list.append`. `None` for anything else, or for a
/// call these do not cover (the general path then runs it, and raises
/// what it raises).
#[inline]
fn common_method(receiver: &Value, name: &str, args: &[Value]) -> Option<Value> {
    match (receiver, name, args) {
        (Value::Dict(d), "get", [key @ (Value::Str(_) | Value::Int(_)), rest @ ..])
            if rest.len() <= 1 =>
        {
            let found = d.map.borrow().get(&KeyRef(key)).cloned();
            Some(found.unwrap_or_else(|| rest.first().cloned().unwrap_or(Value::None)))
        }
        (Value::List(l), "append", [item]) => {
            l.items.borrow_mut().push(item.clone());
            l.recount();
            Some(Value::None)
        }
        _ => None,
    }
}

/// `BUILD_STRING n` when the parts are strs, or ints that a plain
/// FORMAT_VALUE left for it (their digits go straight into the text):
/// joined in place, their lengths known. `false` (nothing done) otherwise.
fn join_strs(stack: &mut Vec<Value>, n: usize) -> bool {
    let Some(start) = stack.len().checked_sub(n) else {
        return false;
    };
    let parts = stack.get(start..).unwrap_or_default();
    let mut digits = [0u8; 20];
    let (mut bytes, mut chars) = (0, 0);
    for part in parts {
        match part {
            Value::Str(p) => {
                bytes += p.s.len();
                chars += p.chars;
            }
            Value::Int(i) => {
                let len = ops::int_digits(*i, &mut digits).len();
                bytes += len;
                chars += len;
            }
            _ => return false,
        }
    }
    let mut joined = TextBuilder::with_capacity(bytes);
    for part in parts {
        match part {
            Value::Str(p) => joined.push_str(&p.s),
            Value::Int(i) => joined.push_str(ops::int_digits(*i, &mut digits)),
            _ => {}
        }
    }
    let joined = joined.finish();
    stack.truncate(start);
    stack.push(Value::Str(Rc::new(PyStr::with_chars(joined, chars))));
    true
}

/// Takes the top `n` values off `stack` without running drop glue: the
/// caller has just seen that they own nothing (ints, floats, bools, None).
#[inline(always)]
fn forget_top(stack: &mut Vec<Value>, n: usize) {
    debug_assert!(stack.iter().rev().take(n).all(owns_nothing));
    let len = stack.len().saturating_sub(n);
    // SAFETY: `len <= stack.len()`, and the values dropped from view own
    // nothing, so not dropping them leaks nothing.
    unsafe { stack.set_len(len) };
}

/// `GET_ITEM` of a list at an int index or a dict at a str or int key, when
/// the item is there; `false` (nothing done) otherwise, and the general
/// path raises.
#[inline(never)]
fn container_get_item(stack: &mut Vec<Value>) -> bool {
    let item = match stack.as_slice() {
        [.., container, index] => item_of(container, index),
        _ => None,
    };
    let Some(item) = item else {
        return false;
    };
    stack.truncate(stack.len() - 1);
    if let Some(top) = stack.last_mut() {
        *top = item;
    }
    true
}

/// `container[index]` for a list at an int index or a dict at a str or int
/// key, when the item is there; `None` for anything else (the general path
/// then reads it, or raises).
#[inline]
fn item_of(container: &Value, index: &Value) -> Option<Value> {
    match (container, index) {
        (Value::List(l), Value::Int(i)) => {
            let items = l.items.borrow();
            let j = if *i < 0 { i + items.len() as i64 } else { *i };
            usize::try_from(j).ok().and_then(|j| items.get(j)).cloned()
        }
        (Value::Dict(d), key @ (Value::Str(_) | Value::Int(_))) => {
            d.map.borrow().get(&KeyRef(key)).cloned()
        }
        _ => None,
    }
}

/// `STORE_ITEM` ([value, dict, key]) into a dict with a str or int key;
/// `false` (nothing done) for anything else.
#[inline(never)]
fn container_store_item(stack: &mut Vec<Value>) -> bool {
    if !matches!(
        stack.as_slice(),
        [.., _, Value::Dict(_), Value::Str(_) | Value::Int(_)]
    ) {
        return false;
    }
    let key = pop_value(stack);
    let dict = pop_value(stack);
    let value = pop_value(stack);
    if let Value::Dict(d) = &dict {
        d.map.borrow_mut().insert(Key(key), value);
        d.recount();
    }
    true
}

/// `BUILD_DICT n` whose keys are strs or ints (the displays handlers
/// write), taken as they are; `false` for other keys, which the general
/// path checks can be hashed.
#[inline(never)]
fn build_simple_dict(stack: &mut Vec<Value>, n: usize) -> bool {
    let Some(start) = stack.len().checked_sub(2 * n) else {
        return false;
    };
    let simple_keys = stack
        .get(start..)
        .unwrap_or_default()
        .iter()
        .step_by(2)
        .all(|k| matches!(k, Value::Str(_) | Value::Int(_)));
    if !simple_keys {
        return false;
    }
    let mut map = DictMap::with_capacity_and_hasher(n, FxBuildHasher);
    let mut pairs = stack.drain(start..);
    while let (Some(k), Some(v)) = (pairs.next(), pairs.next()) {
        map.insert(Key(k), v);
    }
    drop(pairs);
    stack.push(Value::dict(map));
    true
}

/// Moves `stack[base..]` to the end of `into` (no reference counts
/// touched, no drop glue run).
#[inline(always)]
fn move_top(stack: &mut Vec<Value>, base: usize, into: &mut Vec<Value>) {
    let Some(n) = stack.len().checked_sub(base) else {
        return;
    };
    if n == 1 {
        // The common one-argument call: no block copy.
        let value = pop_value(stack);
        push_slot!(*into, value);
        return;
    }
    // Value by value from the top (a block copy is a `memcpy` call, and
    // reads the just-written slots whole).
    into.reserve(n);
    let start = into.len();
    // SAFETY: `into` has room for `n` more; each value is read once from
    // the stack, which forgets it (its length drops to `base`).
    unsafe {
        let from = stack.as_ptr().add(base);
        let to = into.as_mut_ptr().add(start);
        for i in 0..n {
            std::ptr::write(to.add(i), read_value(&*from.add(i)));
        }
        stack.set_len(base);
        into.set_len(start + n);
    }
}

/// A second handle on the callee a call's stack slot holds, taken with no
/// reference count and never dropped by itself. Only for the length of a
/// call that leaves that slot alone (the arguments above it move or are
/// released; the callee runs on its own frame); `call_done_uncounted!`
/// then writes the result over the slot and lets the alias give the
/// slot's count back.
#[inline(always)]
fn uncounted<T>(rc: &Rc<T>) -> std::mem::ManuallyDrop<Rc<T>> {
    // SAFETY: the alias points at a live `T` that the slot keeps alive
    // while the alias is used (see above); being `ManuallyDrop`, it gives
    // back no count unless the slot's count was passed to it.
    std::mem::ManuallyDrop::new(unsafe { Rc::from_raw(Rc::as_ptr(rc)) })
}

/// Writes `value` over a slot that owns nothing (no drop glue for it).
#[inline(always)]
fn write_over_nothing(slot: &mut Value, value: Value) {
    debug_assert!(owns_nothing(slot));
    // SAFETY: the old value owns nothing, so not dropping it leaks nothing.
    unsafe { std::ptr::write(slot, value) };
}

/// Whether dropping `v` would do nothing (no heap object behind it).
#[inline(always)]
fn owns_nothing(v: &Value) -> bool {
    matches!(
        v,
        Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::Ellipsis
            | Value::Undefined
    )
}

/// Shortens the stack to `len`, running drop glue only for the values that
/// own a heap object (a call's arguments are often small ints).
#[inline(always)]
fn release_to(stack: &mut Vec<Value>, len: usize) {
    while stack.len() > len {
        match stack.pop() {
            Some(v) if owns_nothing(&v) => std::mem::forget(v),
            Some(v) => drop(v),
            None => break,
        }
    }
}

/// `*slot = value`, without drop glue when the old value owns nothing.
#[inline(always)]
fn overwrite(slot: &mut Value, value: Value) {
    if owns_nothing(slot) {
        // SAFETY: the old value owns nothing, so writing over it without
        // dropping it leaks nothing.
        unsafe { std::ptr::write(slot, value) };
    } else {
        *slot = value;
    }
}

/// `a + b` of the two strs on top of the stack, left in their place. An
/// operand nothing else refers to (`prefix + str(n)`'s right side, say)
/// takes the result in its own allocation, so the temporary costs no
/// allocation and no free.
#[inline(never)]
fn concat_top_strs(stack: &mut Vec<Value>) {
    let Some((Value::Str(right), [.., Value::Str(left)])) = stack.split_last_mut() else {
        return;
    };
    if let Some(tail) = Rc::get_mut(right) {
        tail.prepend(left);
        let result = pop_value(stack);
        if let Some(top) = stack.last_mut() {
            *top = result;
        }
    } else if let Some(head) = Rc::get_mut(left) {
        head.append(right);
        stack.truncate(stack.len() - 1);
    } else {
        let joined = Value::Str(Rc::new(PyStr::concat(left, right)));
        stack.truncate(stack.len() - 2);
        stack.push(joined);
    }
}

/// Empties `values`, running drop glue only when one of them holds a
/// heap object (a frame's slots are mostly small ints and `Undefined`).
#[inline(always)]
fn release_values(values: &mut Vec<Value>) -> bool {
    if values.iter().all(owns_nothing) {
        // SAFETY: none of these values owns anything, so forgetting them
        // is the same as dropping them.
        unsafe { values.set_len(0) };
        false
    } else {
        values.clear();
        true
    }
}

#[cold]
#[inline(never)]
fn grow(stack: &mut Vec<Value>) {
    stack.reserve(16);
}

#[inline(always)]
fn float_fast(op: crate::ir::BinOp, x: f64, y: f64) -> Option<f64> {
    use crate::ir::BinOp::*;
    match op {
        Add => Some(x + y),
        Sub => Some(x - y),
        Mul => Some(x * y),
        Div if y != 0.0 => Some(x / y),
        _ => None,
    }
}

fn counts_depth(code: &Code) -> bool {
    match code.kind {
        CodeKind::Function | CodeKind::Lambda => true,
        CodeKind::Generator => !code.name.ends_with("<genexpr>"),
        _ => false,
    }
}

fn uses_printed(code: &Code) -> bool {
    matches!(
        code.kind,
        CodeKind::Function | CodeKind::Module | CodeKind::Generator
    )
}

fn name_of(code: &Code, i: u32, vm: &Vm) -> Result<Rc<str>, Error> {
    let _ = vm;
    code.names
        .get(i as usize)
        .cloned()
        .ok_or_else(|| Error::fatal("SystemError", "bad name index"))
}

fn take_n(stack: &mut Vec<Value>, n: u32) -> Result<Vec<Value>, Error> {
    let n = n as usize;
    if stack.len() < n {
        return Err(Error::fatal("SystemError", "stack underflow"));
    }
    Ok(stack.split_off(stack.len() - n))
}

fn join_names(names: &[Rc<str>]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

pub(crate) fn human_bytes(n: usize) -> String {
    if n >= 1024 * 1024 && n.is_multiple_of(1024 * 1024) {
        format!("{} MiB", n / (1024 * 1024))
    } else if n >= 1024 && n.is_multiple_of(1024) {
        format!("{} KiB", n / 1024)
    } else {
        format!("{n} bytes")
    }
}

pub(crate) fn make_class(
    name: &str,
    bases: Vec<Rc<Class>>,
    is_exception: bool,
    uncatchable: bool,
) -> Rc<Class> {
    make_class_qualified(name, name, bases, is_exception, uncatchable)
}

pub(crate) fn make_class_qualified(
    name: &str,
    qualname: &str,
    bases: Vec<Rc<Class>>,
    is_exception: bool,
    uncatchable: bool,
) -> Rc<Class> {
    // Ancestors, depth-first left to right, keeping the last occurrence of
    // each class (agrees with C3 for the hierarchies Sym code builds).
    let mut order: Vec<Rc<Class>> = Vec::new();
    for b in &bases {
        for c in std::iter::once(b).chain(b.mro.iter()) {
            order.retain(|x| !Rc::ptr_eq(x, c));
            order.push(c.clone());
        }
    }
    Rc::new(Class {
        name: Rc::from(name),
        qualname: Rc::from(qualname),
        bases,
        mro: order,
        attrs: RefCell::new(IndexMap::with_hasher(FxBuildHasher)),
        is_exception,
        uncatchable,
    })
}

/// An exception instance with these constructor arguments.
pub fn exception_instance(class: &Rc<Class>, args: Vec<Value>) -> Value {
    mem::track(64);
    Value::Instance(Rc::new(Instance {
        class: class.clone(),
        attrs: RefCell::new(IndexMap::with_hasher(FxBuildHasher)),
        args: RefCell::new(Value::tuple(args)),
        line: Cell::new(0),
    }))
}

/// `str()` of an exception.
pub fn exception_str(vm: &mut Vm, exc: &Value) -> String {
    let Value::Instance(inst) = exc else {
        return ops::str_of(vm, exc).unwrap_or_default();
    };
    let args = inst.args.borrow().clone();
    let items: Vec<Value> = match &args {
        Value::Tuple(t) => t.items.to_vec(),
        _ => Vec::new(),
    };
    let is_key_error = inst.class.mro.iter().any(|c| c.name.as_ref() == "KeyError")
        || inst.class.name.as_ref() == "KeyError";
    match items.len() {
        0 => String::new(),
        1 if is_key_error => ops::repr_of(vm, &items[0]).unwrap_or_default(),
        1 => ops::str_of(vm, &items[0]).unwrap_or_default(),
        _ => ops::repr_of(vm, &args).unwrap_or_default(),
    }
}

/// How a run ended when it did not return normally.
#[derive(Debug, Clone, PartialEq)]
pub struct RunError {
    /// The exception's class name (`KeyError`, `ResourceLimit`, ...).
    pub type_name: String,
    /// Its `str()`.
    pub message: String,
    /// Line of impl.py where it was raised.
    pub line: Option<u32>,
    /// Whether user code could not have caught it.
    pub fatal: bool,
}

impl RunError {
    fn from_fatal(f: Fatal) -> RunError {
        RunError {
            type_name: f.type_name,
            message: f.message,
            line: f.line,
            fatal: true,
        }
    }
    fn from_exception(vm: &mut Vm, exc: &Value) -> RunError {
        let (type_name, line) = match exc {
            Value::Instance(i) => (
                i.class.name.to_string(),
                if i.line.get() == 0 {
                    None
                } else {
                    Some(i.line.get())
                },
            ),
            other => (type_name(other), None),
        };
        RunError {
            message: exception_str(vm, exc),
            type_name,
            line,
            fatal: false,
        }
    }
}

impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(l) => write!(f, "line {l}: {}: {}", self.type_name, self.message),
            None => write!(f, "{}: {}", self.type_name, self.message),
        }
    }
}
