//! Type inference for handlers, from the SDK descriptor.
//!
//! Starting from the event parameter of each handler (an
//! `sym.sdk.event.Event`), [`analyze`] follows values through locals,
//! helper functions (whose return types it infers, and whose parameter
//! types it takes from their call sites when every call agrees), attribute
//! chains, subscripts, comprehensions, conditionals and `None` checks. The
//! result is a type for every expression it reached; rules look them up
//! with [`FileTypes::type_of`].
//!
//! The engine is self-contained (per-function local-variable tracking);
//! when the shared scope model lands, name lookup can move onto it without
//! changing [`FileTypes`].
//!
//! When the engine cannot know a type it says [`Ty::Unknown`], and rules
//! stay silent about unknown values.

mod fields;
mod infer;

use std::sync::Arc;

use rustc_hash::FxHashMap as HashMap;

use sym_sdk::{Function, Sdk};
use sym_syntax::ast::{self, Expr, StmtFunctionDef};
use sym_syntax::{Ranged, TextRange};

pub use fields::{PromptFieldType, PromptFields, value_type as prompt_field_value_type};
pub(crate) use infer::remembered_flag;
pub use infer::{analyze, analyze_with_fields};

/// A method of a descriptor class, as [`Ty::Method`] holds it: the class it
/// was read from (which may inherit it) and its name. Interned, so that a
/// type stays three words.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct MethodRef {
    pub class: &'static str,
    pub name: &'static str,
}

impl MethodRef {
    /// The one `MethodRef` of `class` and `name`. The descriptor has a
    /// fixed number of classes and methods, so the interned ones are few.
    pub fn interned(class: &'static str, name: &'static str) -> &'static MethodRef {
        type Interned = std::sync::Mutex<HashMap<(&'static str, &'static str), &'static MethodRef>>;
        static INTERNED: std::sync::OnceLock<Interned> = std::sync::OnceLock::new();
        let table = INTERNED.get_or_init(Default::default);
        // A poisoned lock only means another thread panicked mid-insert;
        // the table itself is still whole.
        let mut table = table
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        table
            .entry((class, name))
            .or_insert_with(|| Box::leak(Box::new(MethodRef { class, name })))
    }
}

/// An inferred type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    /// Anything; rules never complain about it.
    Unknown,
    None,
    Bool,
    Int,
    Float,
    Str,
    Bytes,
    List(Arc<Ty>),
    Dict(Arc<Ty>, Arc<Ty>),
    Set(Arc<Ty>),
    Tuple(Arc<[Ty]>),
    /// An instance of a descriptor class (canonical dotted path).
    Instance(&'static str),
    /// A descriptor class itself (e.g. `PermissionLevel`).
    ClassObject(&'static str),
    /// A descriptor module.
    Module(&'static str),
    /// A function of the descriptor (dotted path of its definition).
    Function(&'static str),
    /// A method of a descriptor class, read from the class or an instance.
    Method(&'static MethodRef),
    /// A function defined in the file, at module level.
    LocalFunction(Arc<str>),
    /// The event a template step method returns (e.g. `ApprovalTemplate.approve()`).
    StepEvent(&'static str),
    /// One of several types (`Optional[T]` is `T | None`).
    Union(Arc<[Ty]>),
    /// `event.payload.fields` of a file checked with its Terraform flows:
    /// a dict whose values have the declared types of the prompt fields
    /// (see [`PromptFields`]).
    PromptFields,
}

impl Ty {
    /// The union of two types, flattened and without repeats.
    pub fn join(self, other: Ty) -> Ty {
        // Merge points and loop passes mostly join a type with itself or a
        // part of itself: the result is `self`, without building a union.
        if other.members().iter().all(|m| self.members().contains(m)) {
            return self;
        }
        let mut members = Vec::new();
        for ty in [self, other] {
            match ty {
                Ty::Union(inner) => members.extend(inner.iter().cloned()),
                ty => members.push(ty),
            }
        }
        let mut unique: Vec<Ty> = Vec::new();
        for ty in members {
            if !unique.contains(&ty) {
                unique.push(ty);
            }
        }
        if unique.len() == 1 {
            unique.pop().unwrap_or(Ty::Unknown)
        } else {
            Ty::Union(unique.into())
        }
    }

    /// The members of a union, or the type itself.
    pub fn members(&self) -> &[Ty] {
        match self {
            Ty::Union(members) => members,
            other => std::slice::from_ref(other),
        }
    }

    /// Whether the type may be None and also something else (and is fully known).
    pub fn is_optional(&self) -> bool {
        let members = self.members();
        members.len() > 1 && members.contains(&Ty::None) && !members.contains(&Ty::Unknown)
    }

    /// The type without None.
    pub fn without_none(&self) -> Ty {
        match self {
            Ty::Union(members) => members
                .iter()
                .filter(|m| **m != Ty::None)
                .cloned()
                .reduce(Ty::join)
                .unwrap_or(Ty::Unknown),
            other => other.clone(),
        }
    }

    /// Whether any part of the type is unknown.
    pub fn has_unknown(&self) -> bool {
        self.members().contains(&Ty::Unknown)
    }

    /// A short name for messages (`str`, `None`, `list`, `RequestPermission`, ...).
    pub fn describe(&self) -> String {
        match self {
            Ty::Unknown => "a value of unknown type".into(),
            Ty::None => "None".into(),
            Ty::Bool => "a bool".into(),
            Ty::Int => "an int".into(),
            Ty::Float => "a float".into(),
            Ty::Str => "a str".into(),
            Ty::Bytes => "bytes".into(),
            Ty::List(_) => "a list".into(),
            Ty::Dict(..) | Ty::PromptFields => "a dict".into(),
            Ty::Set(_) => "a set".into(),
            Ty::Tuple(_) => "a tuple".into(),
            Ty::Instance(path) => format!("a {}", last(path)),
            Ty::ClassObject(path) => format!("the class {}", last(path)),
            Ty::Module(path) => format!("the module {path}"),
            Ty::Function(path) => format!("the function {}", last(path)),
            Ty::Method(method) => format!("the method {}.{}", last(method.class), method.name),
            Ty::LocalFunction(name) => format!("the function {name}"),
            Ty::StepEvent(step) => format!("the event of the `{step}` step"),
            Ty::Union(members) => members
                .iter()
                .map(Ty::describe)
                .collect::<Vec<_>>()
                .join(" or "),
        }
    }
}

/// The last part of a dotted path.
pub fn last(path: &str) -> &str {
    path.rsplit('.').next().unwrap_or(path)
}

/// Which handler decorator a function carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HandlerDecorator {
    Reducer,
    Hook,
    /// `@prefetch(...)`; the decorator expression is kept for its checks.
    Prefetch,
}

/// A `return` of a module-level function, or its end when it can fall off it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReturnSite {
    /// The `return` statement, or the function's name when it falls off the end.
    pub range: TextRange,
    /// The returned expression, if any.
    pub value: Option<TextRange>,
    pub ty: Ty,
    /// True for the implicit `return None` at the end of the body.
    pub implicit: bool,
}

/// Call bindings by call range (None: not an SDK call, or unpacked arguments).
type CachedBinding = Option<std::rc::Rc<crate::rules::sdk::Binding>>;
type BindingCache = HashMap<u64, CachedBinding>;

/// What the engine learned about one file.
#[derive(Debug, Default)]
pub struct FileTypes {
    types: HashMap<u64, Ty>,
    /// The scalar literals the engine reached (their type is their syntax's):
    /// ranges pushed as met, sorted by [`FileTypes::seal`]. A third of the
    /// expressions are such literals, and rules rarely ask their type.
    literals: Vec<u64>,
    /// Module-level names: imports, functions, simple assignments.
    pub globals: HashMap<String, Ty>,
    /// The returns of each module-level function, by name.
    pub returns: HashMap<String, Vec<ReturnSite>>,
    /// The handler decorator of each module-level function's decorators.
    decorators: HashMap<u64, Option<HandlerDecorator>>,
    /// Calls matched against their SDK functions, shared by the call rules.
    /// The file's handlers, found once for the HDL rules.
    pub(crate) handler_cache: std::cell::OnceCell<Vec<crate::rules::hdl::HandlerEntry>>,
    bindings: std::cell::RefCell<BindingCache>,
    /// The call last asked about, with its binding.
    last_binding: std::cell::RefCell<Option<(u64, CachedBinding)>>,
    /// The prompt fields the file was typed with (those it never overwrites).
    prompt_fields: Option<PromptFields>,
    /// Reads of one prompt field (`fields["f"]`, `fields.get("f")`), by range.
    field_reads: HashMap<u64, String>,
}

/// The type of a scalar literal, which its syntax alone decides; `None`
/// for every other expression.
pub(crate) fn scalar_literal_type(expr: &Expr) -> Option<&'static Ty> {
    static STR: Ty = Ty::Str;
    static BYTES: Ty = Ty::Bytes;
    static INT: Ty = Ty::Int;
    static FLOAT: Ty = Ty::Float;
    static BOOL: Ty = Ty::Bool;
    static NONE: Ty = Ty::None;
    static UNKNOWN: Ty = Ty::Unknown;
    match expr {
        Expr::StringLiteral(_) => Some(&STR),
        Expr::BytesLiteral(_) => Some(&BYTES),
        Expr::NumberLiteral(number) => Some(match number.value {
            ast::Number::Int(_) => &INT,
            ast::Number::Float(_) => &FLOAT,
            ast::Number::Complex { .. } => &UNKNOWN,
        }),
        Expr::BooleanLiteral(_) => Some(&BOOL),
        Expr::NoneLiteral(_) => Some(&NONE),
        Expr::EllipsisLiteral(_) => Some(&UNKNOWN),
        _ => None,
    }
}

fn key(range: TextRange) -> u64 {
    // One word: hashed in one step, compared in one.
    (u64::from(range.start().to_u32()) << 32) | u64::from(range.end().to_u32())
}

impl FileTypes {
    /// Empty, with room for the expression types of a file of
    /// `source_len` bytes (about one expression per 16 bytes in handler
    /// code), so recording them does not keep rehashing.
    fn with_capacity(source_len: usize) -> Self {
        let mut types = Self::default();
        types.types.reserve(source_len / 10);
        // About one call per 80 bytes.
        types.bindings.get_mut().reserve(source_len / 80);
        types
    }

    /// The inferred type of an expression, Unknown when not reached.
    pub fn type_of(&self, expr: &Expr) -> &Ty {
        static UNKNOWN: Ty = Ty::Unknown;
        if let Some(ty) = scalar_literal_type(expr) {
            return match self.literals.binary_search(&key(expr.range())) {
                Ok(_) => ty,
                Err(_) => &UNKNOWN,
            };
        }
        self.types.get(&key(expr.range())).unwrap_or(&UNKNOWN)
    }

    /// Notes that the engine reached a scalar literal ([`scalar_literal_type`]).
    pub(crate) fn record_literal(&mut self, expr: &Expr) {
        self.literals.push(key(expr.range()));
    }

    /// Orders what was recorded for lookup.
    pub(crate) fn seal(&mut self) {
        self.literals.sort_unstable();
        self.literals.dedup();
    }

    /// The cached binding of a call, computed on first request.
    pub(crate) fn cached_binding(
        &self,
        range: TextRange,
        compute: impl FnOnce() -> Option<crate::rules::sdk::Binding>,
    ) -> Option<std::rc::Rc<crate::rules::sdk::Binding>> {
        // The call rules ask about one call after another: the last call
        // asked about is answered without a lookup.
        if let Some((last, cached)) = &*self.last_binding.borrow()
            && *last == key(range)
        {
            return cached.clone();
        }
        let found = self.bindings.borrow().get(&key(range)).cloned();
        let binding = match found {
            Some(cached) => cached,
            None => {
                let computed = compute().map(std::rc::Rc::new);
                self.bindings
                    .borrow_mut()
                    .insert(key(range), computed.clone());
                computed
            }
        };
        *self.last_binding.borrow_mut() = Some((key(range), binding.clone()));
        binding
    }

    pub(crate) fn record(&mut self, expr: &Expr, ty: &Ty) {
        self.types.insert(key(expr.range()), ty.clone());
    }

    /// The prompt field an expression reads (`fields["f"]` or
    /// `fields.get("f")` on `event.payload.fields`), with what the flows
    /// declare of it. Only for files checked with their flows.
    pub fn field_read(&self, expr: &Expr) -> Option<(&str, &PromptFieldType)> {
        let name = self.field_reads.get(&key(expr.range()))?;
        let field = self.prompt_fields.as_ref()?.get(name)?;
        Some((name.as_str(), field))
    }

    pub(crate) fn record_field_read(&mut self, range: TextRange, name: Option<&str>) {
        match name {
            Some(name) => {
                self.field_reads.insert(key(range), name.to_string());
            }
            None => {
                self.field_reads.remove(&key(range));
            }
        }
    }

    /// The prompt fields the file was typed with, if checked with its flows
    /// (without those it overwrites).
    pub fn prompt_fields(&self) -> Option<&PromptFields> {
        self.prompt_fields.as_ref()
    }

    /// The handler decorator of a function, if it has one: decided by what
    /// the decorator resolves to, or by its bare name when it is not imported.
    pub fn handler_decorator(&self, decorator: &Expr) -> Option<HandlerDecorator> {
        if let Some(cached) = self.decorators.get(&key(decorator.range())) {
            return cached.clone();
        }
        self.resolve_decorator(decorator)
    }

    pub(crate) fn cache_decorator(&mut self, decorator: &Expr) {
        let kind = self.resolve_decorator(decorator);
        self.decorators.insert(key(decorator.range()), kind);
    }

    fn resolve_decorator(&self, decorator: &Expr) -> Option<HandlerDecorator> {
        let target = match decorator {
            Expr::Call(call) => call.func.as_ref(),
            other => other,
        };
        let resolved = static_type(self, target);
        let name = match &resolved {
            Ty::Function(path) => path.strip_prefix("sym.sdk.annotations.")?.to_string(),
            Ty::Unknown => match target {
                Expr::Name(name) if !self.globals.contains_key(name.id.as_str()) => {
                    name.id.to_string()
                }
                _ => return None,
            },
            _ => return None,
        };
        match name.as_str() {
            "reducer" => Some(HandlerDecorator::Reducer),
            "hook" => Some(HandlerDecorator::Hook),
            "prefetch" => Some(HandlerDecorator::Prefetch),
            _ => None,
        }
    }

    /// The handler decorators of a function definition.
    pub fn handler_decorators<'a>(
        &'a self,
        function: &'a StmtFunctionDef,
    ) -> impl Iterator<Item = (&'a ast::Decorator, HandlerDecorator)> + 'a {
        function
            .decorator_list
            .iter()
            .filter_map(|d| self.handler_decorator(&d.expression).map(|kind| (d, kind)))
    }
}

/// The type of a dotted name at module level (for decorators, before inference).
fn static_type(types: &FileTypes, expr: &Expr) -> Ty {
    match expr {
        Expr::Name(name) => types
            .globals
            .get(name.id.as_str())
            .cloned()
            .unwrap_or(Ty::Unknown),
        Expr::Attribute(attribute) => {
            let base = static_type(types, &attribute.value);
            infer::attribute_type(sym_sdk::sdk(), &base, attribute.attr.as_str())
        }
        _ => Ty::Unknown,
    }
}

/// Handler names Sym knows.
pub mod names {
    /// Reducers: get_* handlers.
    pub const REDUCERS: &[&str] = &[
        "get_permissions",
        "get_request_notifications",
        "get_approvers",
    ];
    /// Steps of the approval template, plus the `ignore` step of every template.
    pub const STEPS: &[&str] = &[
        "prompt",
        "request",
        "request_forward",
        "request_expire",
        "approve",
        "deny",
        "escalate",
        "deescalate",
        "ignore",
    ];

    /// Every hook name: on_ and after_ each step.
    pub fn hooks() -> Vec<String> {
        let mut names = Vec::new();
        for prefix in ["on_", "after_"] {
            for step in STEPS {
                names.push(format!("{prefix}{step}"));
            }
        }
        names
    }

    pub fn is_hook(name: &str) -> bool {
        ["on_", "after_"].iter().any(|prefix| {
            name.strip_prefix(prefix)
                .is_some_and(|step| STEPS.contains(&step))
        })
    }

    pub fn is_reducer(name: &str) -> bool {
        REDUCERS.contains(&name)
    }
}

/// The function a call invokes, when it is the descriptor's: a function,
/// a method, or a class's constructor. Also returns a display name.
pub fn callee(sdk: &'static Sdk, ty: &Ty) -> Option<(&'static Function, CalleeName)> {
    match ty {
        Ty::Function(path) => {
            let function = infer::sdk_function(sdk, path)?;
            let (module, name) = path.rsplit_once('.')?;
            Some((function, CalleeName::Qualified { module, name }))
        }
        Ty::Method(method) => {
            let function = infer::sdk_method(sdk, method.class, method.name)?;
            Some((
                function,
                CalleeName::Qualified {
                    module: method.class,
                    name: method.name,
                },
            ))
        }
        Ty::ClassObject(path) => {
            let class = sdk.class(path)?;
            let constructor = sdk
                .ancestors(path)
                .into_iter()
                .find_map(|c| c.constructor())?;
            Some((constructor, CalleeName::Class(class.name.as_str())))
        }
        _ => None,
    }
}

/// How a message names a called SDK function: `slack.channel`,
/// `ApprovalTemplate.approve` or a class (its constructor). Spelled out
/// only when a message needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CalleeName {
    /// The last part of a module or class path, a dot and the name.
    Qualified {
        module: &'static str,
        name: &'static str,
    },
    Class(&'static str),
}

impl std::fmt::Display for CalleeName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CalleeName::Qualified { module, name } => write!(f, "{}.{name}", last(module)),
            CalleeName::Class(name) => f.write_str(name),
        }
    }
}

/// Whether a class path belongs to the Sym SDK (not requests, json, datetime).
pub fn is_sdk_path(path: &str) -> bool {
    path.starts_with("sym.sdk.") || path == "sym.sdk" || path == "sym"
}

#[cfg(test)]
mod tests {
    /// The engine copies, stores and drops a type for every expression it
    /// meets: keeping `Ty` at three words was worth about 3% of a full
    /// lint. A variant that grows it should be boxed or interned instead.
    #[test]
    fn a_type_is_three_words() {
        assert_eq!(std::mem::size_of::<super::Ty>(), 24);
    }
}
