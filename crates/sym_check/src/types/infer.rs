//! The inference engine: one pass over each function, in statement order,
//! with a map of local names (and narrowed attribute chains) to types.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::Arc;

use sym_sdk::{Member, Resolved, Sdk, Type};
use sym_syntax::ast::{self, CmpOp, Expr, Stmt, StmtFunctionDef};
use sym_syntax::{ParsedModule, Ranged, TextRange, TextSize};

use super::{FileTypes, PromptFields, ReturnSite, Ty, names};

/// Local names, and narrowed attribute chains (`a.b.c`), to types.
/// A key of an [`Env`]: a name, borrowed from the tree, or a chain
/// (`a.b`, `a["k"]`, `a.f("x")`), spelled out. Copying an environment
/// copies names without touching a reference count.
#[derive(Clone, Debug)]
enum Key<'a> {
    Name(&'a str),
    Chain(std::sync::Arc<str>),
}

impl Key<'_> {
    fn as_str(&self) -> &str {
        match self {
            Key::Name(name) => name,
            Key::Chain(chain) => chain,
        }
    }
}

impl PartialEq for Key<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Key<'_> {}

impl std::hash::Hash for Key<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl std::borrow::Borrow<str> for Key<'_> {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl std::ops::Deref for Key<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl<'a> From<&'a str> for Key<'a> {
    fn from(name: &'a str) -> Self {
        Key::Name(name)
    }
}

impl From<String> for Key<'_> {
    fn from(chain: String) -> Self {
        Key::Chain(chain.into())
    }
}

/// What a point of a function knows: the types of names, and of chains
/// (`a.b`, `a["k"]`, `a.f("x")`) narrowed by a check. Counts its chains:
/// most points have none, and then a chain lookup needs no key at all.
#[derive(Clone, Debug, Default, PartialEq)]
struct Env<'a> {
    types: HashMap<Key<'a>, Ty>,
    chains: usize,
}

impl<'a> std::ops::Deref for Env<'a> {
    type Target = HashMap<Key<'a>, Ty>;

    fn deref(&self) -> &Self::Target {
        &self.types
    }
}

impl<'a> Env<'a> {
    fn insert(&mut self, key: Key<'a>, ty: Ty) {
        let chain = is_chain(&key);
        if self.types.insert(key, ty).is_none() && chain {
            self.chains += 1;
        }
    }

    fn remove(&mut self, key: &str) -> Option<Ty> {
        let removed = self.types.remove(key);
        if removed.is_some() && is_chain(key) {
            self.chains -= 1;
        }
        removed
    }

    /// Keeps the chains `keep` accepts (names are always kept).
    fn retain_chains(&mut self, mut keep: impl FnMut(&str) -> bool) {
        if self.chains == 0 {
            return;
        }
        self.types.retain(|key, _| !is_chain(key) || keep(key));
        self.chains = self.types.keys().filter(|key| is_chain(key)).count();
    }
}

impl<'e, 'a> IntoIterator for &'e Env<'a> {
    type Item = (&'e Key<'a>, &'e Ty);
    type IntoIter = std::collections::hash_map::Iter<'e, Key<'a>, Ty>;

    fn into_iter(self) -> Self::IntoIter {
        self.types.iter()
    }
}

impl<'a> IntoIterator for Env<'a> {
    type Item = (Key<'a>, Ty);
    type IntoIter = std::collections::hash_map::IntoIter<Key<'a>, Ty>;

    fn into_iter(self) -> Self::IntoIter {
        self.types.into_iter()
    }
}

/// Infers the types of a whole file.
pub fn analyze(parsed: &ParsedModule) -> FileTypes {
    run_engine(parsed, None).0
}

/// Infers the types of a file checked with the prompt fields of the flows
/// running it (see [`PromptFields`]); with `None`, the same as [`analyze`].
///
/// A field the file overwrites (`fields["f"] = ...`, `fields.pop("f")`,
/// `fields["f"] += 1`) is left untyped. When the dict may change in a way
/// the engine does not follow (`fields.update(...)`, the dict handed to a
/// function whose parameters are not followed, stored in a container or
/// an attribute), no field is typed: the file is analysed as without flows.
pub fn analyze_with_fields(parsed: &ParsedModule, fields: Option<&PromptFields>) -> FileTypes {
    let Some(fields) = fields else {
        return analyze(parsed);
    };
    let (types, overwritten) = run_engine(parsed, Some(fields.clone()));
    match overwritten {
        Overwritten::Nothing => types,
        Overwritten::Fields(names) => run_engine(parsed, Some(fields.without(&names))).0,
        Overwritten::Anything => analyze(parsed),
    }
}

/// What a file changes of `event.payload.fields`.
#[derive(Debug, Default)]
enum Overwritten {
    #[default]
    Nothing,
    /// These fields (by a literal key).
    Fields(Vec<String>),
    /// Any of them, or the dict as a whole.
    Anything,
}

impl Overwritten {
    /// Notes a change of the field `name` (`None`: a key not known statically).
    fn add(&mut self, name: Option<&str>) {
        match (name, &mut *self) {
            (_, Overwritten::Anything) => {}
            (None, _) => *self = Overwritten::Anything,
            (Some(name), Overwritten::Fields(names)) => {
                if !names.iter().any(|n| n == name) {
                    names.push(name.to_string());
                }
            }
            (Some(name), Overwritten::Nothing) => {
                *self = Overwritten::Fields(vec![name.to_string()]);
            }
        }
    }
}

/// Builtins that neither change nor keep a dict they are given.
const DICT_SAFE_BUILTINS: &[&str] = &[
    "len",
    "dict",
    "list",
    "tuple",
    "set",
    "frozenset",
    "sorted",
    "reversed",
    "str",
    "repr",
    "print",
    "bool",
    "isinstance",
    "iter",
    "any",
    "all",
    "enumerate",
    "zip",
    "min",
    "max",
    "sum",
    "hash",
    "id",
    "type",
    "map",
    "filter",
];

/// Methods of builtin containers and strings that keep their argument (so
/// a dict passed to them may be changed later through the container).
const STORING_METHODS: &[&str] = &["append", "insert", "add", "setdefault", "__setitem__"];

/// Whether a type is, or may be, the prompt-field dict.
fn may_be_prompt_fields(ty: &Ty) -> bool {
    ty.members().contains(&Ty::PromptFields)
}

/// Whether the prompt-field dict sits inside a container type.
fn holds_prompt_fields(ty: &Ty) -> bool {
    match ty {
        Ty::List(inner) | Ty::Set(inner) => {
            **inner == Ty::PromptFields || holds_prompt_fields(inner)
        }
        Ty::Dict(key, value) => [key, value]
            .iter()
            .any(|t| ***t == Ty::PromptFields || holds_prompt_fields(t)),
        Ty::Tuple(items) => items.iter().any(|t| {
            (*t == Ty::PromptFields && matches!(ty, Ty::Tuple(_))) || holds_prompt_fields(t)
        }),
        Ty::Union(items) => items.iter().any(holds_prompt_fields),
        _ => false,
    }
}

/// The key of `fields["key"]` / `fields.get("key")`, when a string literal.
fn literal_key(expr: &Expr) -> Option<&str> {
    match expr {
        Expr::StringLiteral(literal) => Some(literal.value.to_str()),
        _ => None,
    }
}

fn run_engine(parsed: &ParsedModule, fields: Option<PromptFields>) -> (FileTypes, Overwritten) {
    let sdk = sym_sdk::sdk();
    let mut engine = Engine {
        sdk,
        fields,
        overwritten: Overwritten::Nothing,
        field_escapes: Vec::new(),
        out: FileTypes::with_capacity(parsed.source().len()),
        functions: HashMap::default(),
        handlers: HashSet::default(),
        param_types: HashMap::default(),
        walrus_at: memchr::memmem::find_iter(parsed.source().as_bytes(), b":=")
            .filter_map(|at| u32::try_from(at).ok())
            .collect(),
        call_sites: HashMap::default(),
        calls: HashMap::default(),
        references: HashMap::default(),
        return_cache: HashMap::default(),
        in_progress: HashSet::default(),
        returns: Vec::new(),
        locals: HashSet::default(),
        recording: true,
        collecting: true,
        callers: HashMap::default(),
        current: Vec::new(),
        loop_depth: 0,
    };
    engine.collect_globals(parsed.body());
    // First pass: learn the call sites of helpers; second pass: use them.
    engine.run(parsed.body());
    engine.collecting = false;
    engine.settle_param_types();
    // Helpers whose parameters now have types, and every function whose
    // result may depend on them, are analysed again.
    let mut redo: Vec<String> = engine
        .param_types
        .iter()
        .filter(|(_, types)| types.iter().any(|t| *t != Ty::Unknown))
        .map(|(name, _)| name.clone())
        .collect();
    let mut index = 0;
    while let Some(name) = redo.get(index).cloned() {
        for caller in engine.callers.get(&name).into_iter().flatten() {
            if !redo.contains(caller) {
                redo.push(caller.clone());
            }
        }
        index += 1;
    }
    for name in &redo {
        engine.return_cache.remove(name);
    }
    for name in &redo {
        engine.function_return(name);
    }
    // The dict handed to a helper is followed only when every call gives
    // the helper that parameter's type.
    for (name, index) in &engine.field_escapes {
        let followed = engine
            .param_types
            .get(name)
            .and_then(|types| types.get(*index))
            == Some(&Ty::PromptFields);
        if !followed {
            engine.overwritten.add(None);
        }
    }
    engine.out.prompt_fields = engine.fields.take();
    engine.out.seal();
    (engine.out, engine.overwritten)
}

struct Engine<'a> {
    sdk: &'static Sdk,
    /// The prompt fields of the flows running the file, if checked with them.
    fields: Option<PromptFields>,
    /// What the file changes of the prompt-field dict.
    overwritten: Overwritten,
    /// The prompt-field dict passed to module-level functions: (function,
    /// positional index), settled once parameter types are.
    field_escapes: Vec<(String, usize)>,
    out: FileTypes,
    functions: HashMap<String, &'a StmtFunctionDef>,
    handlers: HashSet<String>,
    /// Where the text has `:=` (assignment expressions may be there).
    walrus_at: Vec<u32>,
    /// Helper parameter types agreed by every call site.
    param_types: HashMap<String, Vec<Ty>>,
    /// Argument types seen at helper call sites (None: a call we cannot map).
    call_sites: HashMap<String, Vec<Option<Vec<Ty>>>>,
    /// How often each helper is called by name, and named at all.
    calls: HashMap<String, usize>,
    references: HashMap<String, usize>,
    return_cache: HashMap<String, Ty>,
    in_progress: HashSet<String>,
    /// The return sites of the function being analysed.
    returns: Vec<ReturnSite>,
    /// Names assigned in the function being analysed.
    locals: HashSet<&'a str>,
    /// Whether expression types are written (off while probing).
    recording: bool,
    /// True in the first pass, which collects helper call sites.
    collecting: bool,
    /// Which functions call each helper.
    callers: HashMap<String, HashSet<String>>,
    /// The module-level functions being analysed, innermost last.
    current: Vec<String>,
    /// How many loops enclose the statement being analysed.
    loop_depth: usize,
}

/// Loops are analysed twice so that types assigned late in a body reach
/// its start; nested loops are re-run by their outer loop's passes
/// anyway, so past this depth one pass each keeps the work linear rather
/// than exponential in the nesting.
const LOOP_PASS_DEPTH: usize = 2;

/// Whether a statement list always leaves (return, raise, break, continue).
fn always_exits(body: &[Stmt]) -> bool {
    body.iter().any(|stmt| match stmt {
        Stmt::Return(_) | Stmt::Raise(_) | Stmt::Break(_) | Stmt::Continue(_) => true,
        Stmt::If(if_stmt) => {
            let has_else = if_stmt
                .elif_else_clauses
                .last()
                .is_some_and(|clause| clause.test.is_none());
            has_else
                && always_exits(&if_stmt.body)
                && if_stmt
                    .elif_else_clauses
                    .iter()
                    .all(|clause| always_exits(&clause.body))
        }
        Stmt::Try(try_stmt) => {
            always_exits(&try_stmt.finalbody)
                || ((always_exits(&try_stmt.body) || always_exits(&try_stmt.orelse))
                    && try_stmt.handlers.iter().all(|handler| {
                        let ast::ExceptHandler::ExceptHandler(handler) = handler;
                        always_exits(&handler.body)
                    }))
        }
        Stmt::With(with) => always_exits(&with.body),
        // The `else` of a loop runs unless the loop breaks.
        Stmt::For(for_stmt) => always_exits(&for_stmt.orelse) && !contains_break(&for_stmt.body),
        Stmt::While(while_stmt) => {
            !contains_break(&while_stmt.body)
                && (matches!(while_stmt.test.as_ref(), Expr::BooleanLiteral(b) if b.value)
                    || always_exits(&while_stmt.orelse))
        }
        _ => false,
    })
}

fn contains_break(body: &[Stmt]) -> bool {
    body.iter().any(|stmt| match stmt {
        Stmt::Break(_) => true,
        Stmt::If(s) => {
            contains_break(&s.body) || s.elif_else_clauses.iter().any(|c| contains_break(&c.body))
        }
        Stmt::Try(s) => {
            contains_break(&s.body)
                || contains_break(&s.orelse)
                || contains_break(&s.finalbody)
                || s.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    contains_break(&h.body)
                })
        }
        Stmt::With(s) => contains_break(&s.body),
        _ => false,
    })
}

/// The dotted key of a name or attribute chain (`event.run.source_channel`).
fn chain_key(expr: &Expr) -> Option<String> {
    let mut key = String::new();
    write_chain_key(expr, &mut key).then_some(key)
}

/// What `env` holds for the chain `expr` (narrowed by a check), found
/// without allocating a key: the engine asks this of most expressions.
fn chain_get<'e>(env: &'e Env<'_>, expr: &Expr) -> Option<&'e Ty> {
    thread_local! {
        static KEY: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    if env.chains == 0
        || !matches!(
            expr,
            Expr::Attribute(_) | Expr::Subscript(_) | Expr::Call(_)
        )
    {
        return None;
    }
    KEY.with_borrow_mut(|key| {
        key.clear();
        if write_chain_key(expr, key) {
            env.get(key.as_str())
        } else {
            None
        }
    })
}

/// Appends the key of `expr` to `out` (one buffer for the whole chain:
/// keys are built for most expressions the engine sees); false when the
/// expression has none, leaving `out` partly written.
fn write_chain_key(expr: &Expr, out: &mut String) -> bool {
    use std::fmt::Write;
    match expr {
        Expr::Name(name) => {
            out.push_str(name.id.as_str());
            true
        }
        Expr::Attribute(attribute) => {
            if !write_chain_key(&attribute.value, out) {
                return false;
            }
            out.push('.');
            out.push_str(attribute.attr.as_str());
            true
        }
        // A literal key, e.g. `fields["target"]` in `fields["target"].label`.
        Expr::Subscript(subscript) => {
            if !matches!(
                subscript.slice.as_ref(),
                Expr::StringLiteral(_)
                    | Expr::NumberLiteral(ast::ExprNumberLiteral {
                        value: ast::Number::Int(_),
                        ..
                    })
            ) || !write_chain_key(&subscript.value, out)
            {
                return false;
            }
            out.push('[');
            match subscript.slice.as_ref() {
                Expr::StringLiteral(s) => {
                    let _ = write!(out, "{:?}", s.value.to_str());
                }
                Expr::NumberLiteral(ast::ExprNumberLiteral {
                    value: ast::Number::Int(i),
                    ..
                }) => {
                    let _ = write!(out, "{i}");
                }
                _ => return false,
            }
            out.push(']');
            true
        }
        // A call with literal arguments, e.g. `event.get_actor("request")`:
        // the SDK's lookups answer the same within one run.
        Expr::Call(call) if call.arguments.keywords.is_empty() => {
            if !write_chain_key(&call.func, out) {
                return false;
            }
            out.push('(');
            for (index, arg) in call.arguments.args.iter().enumerate() {
                if index > 0 {
                    out.push_str(", ");
                }
                match arg {
                    Expr::StringLiteral(s) => {
                        let _ = write!(out, "{:?}", s.value.to_str());
                    }
                    Expr::NumberLiteral(ast::ExprNumberLiteral {
                        value: ast::Number::Int(i),
                        ..
                    }) => {
                        let _ = write!(out, "{i}");
                    }
                    _ => return false,
                }
            }
            out.push(')');
            true
        }
        _ => false,
    }
}

/// Names a statement list assigns (targets, for-loops, with, except, walrus, imports, defs).
fn assigned_names<'b>(body: &'b [Stmt], walrus: bool, out: &mut HashSet<&'b str>) {
    let mut all = Vec::new();
    bindings(body, false, &mut all);
    // One search reaches every nested statement; `bindings` would repeat
    // it at each level (a set needs each name once).
    if walrus {
        for stmt in body {
            sym_syntax::visitor::Visitor::visit_stmt(&mut Walrus(&mut all), stmt);
        }
    }
    out.extend(all);
}

/// Collects the targets of assignment expressions (`name := ...`) outside
/// nested functions, classes and lambdas.
struct Walrus<'o, 'b>(&'o mut Vec<&'b str>);
impl<'b> sym_syntax::visitor::Visitor<'b> for Walrus<'_, 'b> {
    fn visit_expr(&mut self, expr: &'b Expr) {
        if let Expr::Named(named) = expr
            && let Expr::Name(name) = named.target.as_ref()
        {
            self.0.push(name.id.as_str());
        }
        if matches!(expr, Expr::Lambda(_)) {
            return;
        }
        sym_syntax::visitor::walk_expr(self, expr);
    }
    fn visit_stmt(&mut self, stmt: &'b Stmt) {
        if matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
            return;
        }
        sym_syntax::visitor::walk_stmt(self, stmt);
    }
}

/// Every binding of a name in a statement list, once per binding.
/// `walrus`: the file may hold assignment expressions (`:=`), which are
/// searched for only then.
fn bindings<'b>(body: &'b [Stmt], walrus: bool, out: &mut Vec<&'b str>) {
    fn targets<'b>(expr: &'b Expr, out: &mut Vec<&'b str>) {
        match expr {
            Expr::Name(name) => {
                out.push(name.id.as_str());
            }
            Expr::Tuple(t) => t.elts.iter().for_each(|e| targets(e, out)),
            Expr::List(l) => l.elts.iter().for_each(|e| targets(e, out)),
            Expr::Starred(s) => targets(&s.value, out),
            _ => {}
        }
    }
    for stmt in body {
        match stmt {
            Stmt::Assign(s) => s.targets.iter().for_each(|t| targets(t, out)),
            Stmt::AnnAssign(s) => targets(&s.target, out),
            Stmt::AugAssign(s) => targets(&s.target, out),
            Stmt::For(s) => {
                targets(&s.target, out);
                bindings(&s.body, walrus, out);
                bindings(&s.orelse, walrus, out);
            }
            Stmt::While(s) => {
                bindings(&s.body, walrus, out);
                bindings(&s.orelse, walrus, out);
            }
            Stmt::If(s) => {
                bindings(&s.body, walrus, out);
                for clause in &s.elif_else_clauses {
                    bindings(&clause.body, walrus, out);
                }
            }
            Stmt::With(s) => {
                for item in &s.items {
                    if let Some(vars) = &item.optional_vars {
                        targets(vars, out);
                    }
                }
                bindings(&s.body, walrus, out);
            }
            Stmt::Try(s) => {
                bindings(&s.body, walrus, out);
                bindings(&s.orelse, walrus, out);
                bindings(&s.finalbody, walrus, out);
                for handler in &s.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = handler;
                    if let Some(name) = &h.name {
                        out.push(name.as_str());
                    }
                    bindings(&h.body, walrus, out);
                }
            }
            Stmt::FunctionDef(f) => {
                out.push(f.name.as_str());
            }
            Stmt::ClassDef(c) => {
                out.push(c.name.as_str());
            }
            Stmt::Import(s) => {
                for alias in &s.names {
                    let local = alias.asname.as_ref().map_or_else(
                        || alias.name.split('.').next().unwrap_or(""),
                        |a| a.as_str(),
                    );
                    out.push(local);
                }
            }
            Stmt::ImportFrom(s) => {
                for alias in &s.names {
                    out.push(
                        alias
                            .asname
                            .as_ref()
                            .map_or_else(|| alias.name.as_str(), |a| a.as_str()),
                    );
                }
            }
            Stmt::Match(_) => {}
            _ => {}
        }
        if walrus {
            sym_syntax::visitor::Visitor::visit_stmt(&mut Walrus(out), stmt);
        }
    }
}

/// The inferred type of a descriptor type.
pub(crate) fn from_sdk_type(sdk: &'static Sdk, ty: &'static Type) -> Ty {
    match ty {
        Type::Any | Type::Callable => Ty::Unknown,
        Type::None => Ty::None,
        Type::Bool => Ty::Bool,
        Type::Int => Ty::Int,
        Type::Float => Ty::Float,
        Type::Str | Type::Literal(_) => Ty::Str,
        Type::Bytes => Ty::Bytes,
        Type::Class(path) => match sdk.class(path) {
            Some(class) => Ty::Instance(class.path.as_str()),
            None => match path.as_str() {
                "builtins.str" => Ty::Str,
                "builtins.int" => Ty::Int,
                "builtins.bool" => Ty::Bool,
                "builtins.float" => Ty::Float,
                _ => Ty::Unknown,
            },
        },
        Type::List(t) | Type::Iterable(t) => Ty::List(Arc::new(from_sdk_type(sdk, t))),
        Type::Set(t) => Ty::Set(Arc::new(from_sdk_type(sdk, t))),
        Type::Dict(k, v) => Ty::Dict(
            Arc::new(from_sdk_type(sdk, k)),
            Arc::new(from_sdk_type(sdk, v)),
        ),
        Type::Tuple(ts) => Ty::Tuple(ts.iter().map(|t| from_sdk_type(sdk, t)).collect()),
        Type::Optional(t) => from_sdk_type(sdk, t).join(Ty::None),
        Type::Union(ts) => ts
            .iter()
            .map(|t| from_sdk_type(sdk, t))
            .reduce(Ty::join)
            .unwrap_or(Ty::Unknown),
    }
}

/// The type of a dotted descriptor path used as a value (`None` when the
/// descriptor has no such path), remembered.
fn path_value(sdk: &'static Sdk, path: &str) -> Option<Ty> {
    remembered(
        sdk,
        |memo| &mut memo.paths,
        path,
        || sdk.resolve(path).map(|_| value_of_path(sdk, path)),
    )
}

/// The type of a dotted descriptor path used as a value.
fn value_of_path(sdk: &'static Sdk, path: &str) -> Ty {
    match sdk.resolve(path) {
        Some(Resolved::Module(module)) => Ty::Module(module.path.as_str()),
        Some(Resolved::Class(class)) => Ty::ClassObject(class.path.as_str()),
        Some(Resolved::Function(function)) => Ty::Function(function.path.as_str()),
        Some(Resolved::Variable(variable)) => from_sdk_type(sdk, &variable.ty),
        Some(Resolved::Member(class, member)) => member_type(sdk, &class.path, member, false),
        Some(Resolved::External(_)) | None => Ty::Unknown,
    }
}

fn member_type(
    sdk: &'static Sdk,
    class: &'static str,
    member: Member<'static>,
    on_instance: bool,
) -> Ty {
    match member {
        Member::Attribute(attribute) => from_sdk_type(sdk, &attribute.ty),
        Member::Method(method) => {
            let _ = on_instance;
            Ty::Method(super::MethodRef::interned(class, method.name.as_str()))
        }
        Member::EnumMember(_) => Ty::Instance(class),
    }
}

/// Answers about the descriptor that the engine asks again and again (the
/// same attribute of the same class, the same method's return type), kept
/// per thread for the process's descriptor: looking a dotted path up walks
/// modules, re-exports and base classes by name each time.
#[derive(Default)]
struct SdkMemo {
    /// `attribute_type` of a module, class or instance, by `tag path \0 name`.
    attributes: HashMap<String, Ty>,
    /// `from_sdk_type` of a function's return type, by the function's address.
    returns: HashMap<usize, Ty>,
    /// `Sdk::function`, by dotted path.
    functions: HashMap<String, Option<&'static sym_sdk::Function>>,
    /// `Sdk::function` of a class's method ([`sdk_method`]).
    methods: HashMap<String, Option<&'static sym_sdk::Function>>,
    /// [`path_value`], by dotted path.
    paths: HashMap<String, Option<Ty>>,
    /// Whether a class is a template (its class methods are steps).
    templates: HashMap<String, bool>,
    /// Yes/no answers of rules about the descriptor ([`remembered_flag`]).
    flags: HashMap<String, bool>,
    /// Where keys are spelled for lookups (no allocation per lookup).
    key: String,
}

/// A yes/no question about the process's descriptor, asked with the same
/// `tag`, `first` and `second` many times per file (whether a class has a
/// member, say): answered by `compute` once per thread.
pub(crate) fn remembered_flag(
    tag: char,
    first: &str,
    second: &str,
    compute: impl FnOnce() -> bool,
) -> bool {
    remembered_pair(|memo| &mut memo.flags, tag, first, second, compute)
}

/// `compute()`, kept in the `table` of [`SdkMemo`] under the key
/// `tag first \0 second`, spelled in the memo's buffer for lookups.
fn remembered_pair<V: Clone>(
    table: fn(&mut SdkMemo) -> &mut HashMap<String, V>,
    tag: char,
    first: &str,
    second: &str,
    compute: impl FnOnce() -> V,
) -> V {
    let spell = |key: &mut String| {
        key.clear();
        key.push(tag);
        key.push_str(first);
        key.push('\0');
        key.push_str(second);
    };
    let found = SDK_MEMO.with_borrow_mut(|memo| {
        let mut key = std::mem::take(&mut memo.key);
        spell(&mut key);
        let found = table(memo).get(key.as_str()).cloned();
        memo.key = key;
        found
    });
    if let Some(found) = found {
        return found;
    }
    let value = compute();
    let mut key = String::new();
    spell(&mut key);
    SDK_MEMO.with_borrow_mut(|memo| table(memo).insert(key, value.clone()));
    value
}

thread_local! {
    static SDK_MEMO: std::cell::RefCell<SdkMemo> = std::cell::RefCell::new(SdkMemo::default());
}

/// `compute()`, kept in the `table` of [`SdkMemo`] under `key` when `sdk`
/// is the process's descriptor (another descriptor's answers are not kept).
fn remembered<Q, K, V>(
    sdk: &Sdk,
    table: fn(&mut SdkMemo) -> &mut HashMap<K, V>,
    key: &Q,
    compute: impl FnOnce() -> V,
) -> V
where
    Q: ?Sized + std::hash::Hash + Eq + ToOwned<Owned = K>,
    K: std::borrow::Borrow<Q> + std::hash::Hash + Eq,
    V: Clone,
{
    if !is_process_sdk(sdk) {
        return compute();
    }
    if let Some(found) = SDK_MEMO.with_borrow_mut(|memo| table(memo).get(key).cloned()) {
        return found;
    }
    let value = compute();
    SDK_MEMO.with_borrow_mut(|memo| table(memo).insert(key.to_owned(), value.clone()));
    value
}

/// Whether `sdk` is the process's descriptor, whose answers [`SdkMemo`] keeps.
fn is_process_sdk(sdk: &Sdk) -> bool {
    std::ptr::eq(sdk, sym_sdk::sdk())
}

/// The type a descriptor function returns.
fn returned_type(sdk: &'static Sdk, function: &'static sym_sdk::Function) -> Ty {
    let address = std::ptr::from_ref(function) as usize;
    remembered(
        sdk,
        |memo| &mut memo.returns,
        &address,
        || from_sdk_type(sdk, &function.returns),
    )
}

/// `sdk.function(path)`, remembered.
pub(super) fn sdk_function(sdk: &'static Sdk, path: &str) -> Option<&'static sym_sdk::Function> {
    remembered(sdk, |memo| &mut memo.functions, path, || sdk.function(path))
}

/// `sdk.function("class.name")`, remembered.
pub(super) fn sdk_method(
    sdk: &'static Sdk,
    class: &str,
    name: &str,
) -> Option<&'static sym_sdk::Function> {
    let lookup = || sdk.function(&format!("{class}.{name}"));
    if !is_process_sdk(sdk) {
        return lookup();
    }
    remembered_pair(|memo| &mut memo.methods, '.', class, name, lookup)
}

/// Whether `class` derives from the SDK's `Template`, remembered.
fn is_template(sdk: &'static Sdk, class: &str) -> bool {
    const TEMPLATE: &str = "sym.sdk.templates.template.Template";
    remembered(
        sdk,
        |memo| &mut memo.templates,
        class,
        || sdk.is_subclass(class, TEMPLATE),
    )
}

/// The type of `base.name`.
pub(crate) fn attribute_type(sdk: &'static Sdk, base: &Ty, name: &str) -> Ty {
    let (tag, path) = match base {
        Ty::Module(path) => ('m', path),
        Ty::ClassObject(path) => ('c', path),
        Ty::Instance(path) => ('i', path),
        _ => return attribute_type_uncached(sdk, base, name),
    };
    if !is_process_sdk(sdk) {
        return attribute_type_uncached(sdk, base, name);
    }
    remembered_pair(
        |memo| &mut memo.attributes,
        tag,
        path,
        name,
        || attribute_type_uncached(sdk, base, name),
    )
}

fn attribute_type_uncached(sdk: &'static Sdk, base: &Ty, name: &str) -> Ty {
    match base {
        Ty::Module(path) => value_of_path(sdk, &format!("{path}.{name}")),
        Ty::ClassObject(path) | Ty::Instance(path) => {
            let on_instance = matches!(base, Ty::Instance(_));
            match sdk.class_member(path, name) {
                Some(member) => member_type(sdk, path, member, on_instance),
                None if on_instance && matches!(name, "value" | "name") => {
                    if sdk.class(path).is_some_and(|c| c.is_enum) {
                        Ty::Str
                    } else {
                        Ty::Unknown
                    }
                }
                None => Ty::Unknown,
            }
        }
        Ty::StepEvent(_) => attribute_type(sdk, &Ty::Instance("sym.sdk.event.Event"), name),
        Ty::Union(members) => members
            .iter()
            .filter(|m| **m != Ty::None)
            .map(|m| attribute_type(sdk, m, name))
            .reduce(Ty::join)
            .unwrap_or(Ty::Unknown),
        _ => Ty::Unknown,
    }
}

/// The element type when iterating a value.
fn element_type(ty: &Ty) -> Ty {
    match ty {
        Ty::List(t) | Ty::Set(t) => (**t).clone(),
        Ty::Dict(k, _) => (**k).clone(),
        Ty::PromptFields => Ty::Str,
        Ty::Str => Ty::Str,
        Ty::Tuple(ts) => ts.iter().cloned().reduce(Ty::join).unwrap_or(Ty::Unknown),
        _ => Ty::Unknown,
    }
}

/// Joins two environments at a merge point.
fn join_env<'a>(a: &Env<'a>, b: &Env<'a>) -> Env<'a> {
    let mut out = a.clone();
    join_into(&mut out, b);
    out
}

/// Joins `other` into `into`: a name either side lacks may be unbound
/// (joined with Unknown); a chain either side lacks is forgotten.
fn join_into<'a>(into: &mut Env<'a>, other: &Env<'a>) {
    into.types.retain(|key, ty| match other.get(key.as_str()) {
        Some(theirs) => {
            if theirs != ty {
                *ty = std::mem::replace(ty, Ty::Unknown).join(theirs.clone());
            }
            true
        }
        None if !is_chain(key) => {
            *ty = std::mem::replace(ty, Ty::Unknown).join(Ty::Unknown);
            true
        }
        None => false,
    });
    for (key, ty) in other {
        if !is_chain(key) && !into.types.contains_key(key.as_str()) {
            into.types.insert(key.clone(), ty.clone().join(Ty::Unknown));
        }
    }
    into.chains = into.types.keys().filter(|key| is_chain(key)).count();
}

/// Whether an environment key is a chain (`a.b`, `a["k"]`), not a name.
fn is_chain(key: &str) -> bool {
    key.contains(['.', '['])
}

/// Forgets narrowed chains rooted at a reassigned name (or chain).
fn invalidate(env: &mut Env<'_>, name: &str) {
    env.retain_chains(|key| {
        !(key.starts_with(name)
            && key
                .get(name.len()..)
                .is_some_and(|rest| rest.starts_with(['.', '[', '('])))
    });
}

impl<'a> Engine<'a> {
    fn record(&mut self, expr: &Expr, ty: &Ty) {
        if self.recording {
            if super::scalar_literal_type(expr).is_some() {
                // Its type is its syntax's (see `scalar_literal_type`).
                self.out.record_literal(expr);
            } else {
                self.out.record(expr, ty);
            }
        }
    }

    fn collect_globals(&mut self, body: &'a [Stmt]) {
        // Each binding of a name anywhere at module level, and the types of
        // the ones we understand (imports, defs, constants).
        let mut all = Vec::new();
        bindings(body, !self.walrus_at.is_empty(), &mut all);
        let mut total: HashMap<&str, usize> = HashMap::default();
        total.reserve(all.len());
        self.out.globals.reserve(all.len());
        for name in all {
            *total.entry(name).or_insert(0) += 1;
        }
        let mut known: HashMap<String, Vec<Ty>> = HashMap::default();
        known.reserve(total.len());
        for stmt in body {
            match stmt {
                Stmt::Import(import) => {
                    for alias in &import.names {
                        let full = alias.name.to_string();
                        let (local, ty) = match &alias.asname {
                            Some(asname) => (asname.to_string(), self.import_value(&full)),
                            None => {
                                let root = full.split('.').next().unwrap_or("").to_string();
                                let ty = self.import_value(&root);
                                (root, ty)
                            }
                        };
                        known.entry(local).or_default().push(ty);
                    }
                }
                Stmt::ImportFrom(import) => {
                    let module = import.module.as_ref().map(|m| m.to_string());
                    for alias in &import.names {
                        let local = alias
                            .asname
                            .as_ref()
                            .map_or_else(|| alias.name.to_string(), |a| a.to_string());
                        let ty = match (&module, import.level) {
                            (Some(m), 0) => self.import_value(&format!("{m}.{}", alias.name)),
                            _ => Ty::Unknown,
                        };
                        known.entry(local).or_default().push(ty);
                    }
                }
                Stmt::FunctionDef(function) => {
                    let name = function.name.to_string();
                    self.functions.insert(name.clone(), function);
                    known
                        .entry(name.clone())
                        .or_default()
                        .push(Ty::LocalFunction(name.into()));
                }
                Stmt::Assign(assign) => {
                    if let [Expr::Name(name)] = assign.targets.as_slice() {
                        known
                            .entry(name.id.to_string())
                            .or_default()
                            .push(literal_type(&assign.value));
                    }
                }
                _ => {}
            }
        }
        for (name, count) in total {
            let types = known.remove(name).unwrap_or_default();
            let ty = match types.first() {
                Some(first) if types.len() == count && types.iter().all(|t| t == first) => {
                    first.clone()
                }
                _ => Ty::Unknown,
            };
            self.out.globals.insert(name.to_string(), ty);
        }
        // Names a function rebinds with `global` are unknown.
        for function in self.functions.values() {
            let mut globals = Vec::new();
            collect_global_statements(&function.body, &mut globals);
            for name in globals {
                self.out.globals.insert(name, Ty::Unknown);
            }
        }
        for function in self.functions.values() {
            for decorator in &function.decorator_list {
                self.out.cache_decorator(&decorator.expression);
            }
        }
        // Undecorated handler names count only in files that import `sym`.
        let sym_file = self.out.globals.values().any(|ty| {
            matches!(ty, Ty::Module(path) | Ty::Function(path) | Ty::ClassObject(path) if path.starts_with("sym"))
        }) || body.iter().any(|stmt| matches!(stmt, Stmt::ImportFrom(i) if i.module.as_ref().is_some_and(|m| m.starts_with("sym"))));
        for (name, function) in &self.functions {
            let decorated = self.out.handler_decorators(function).next().is_some();
            if decorated || (sym_file && (names::is_reducer(name) || names::is_hook(name))) {
                self.handlers.insert(name.clone());
            }
        }
    }

    fn import_value(&self, path: &str) -> Ty {
        path_value(self.sdk, path).unwrap_or(Ty::Unknown)
    }

    fn run(&mut self, body: &'a [Stmt]) {
        let mut env = Env::default();
        env.types.reserve(self.out.globals.len() + 8);
        self.locals = HashSet::default();
        self.returns.clear();
        let _ = self.stmts(body, &mut env, true);
        for stmt in body {
            match stmt {
                Stmt::FunctionDef(function) => {
                    let name = function.name.to_string();
                    let ty = self.function_return(&name);
                    let _ = ty;
                }
                Stmt::ClassDef(class) => {
                    for inner in &class.body {
                        if let Stmt::FunctionDef(method) = inner {
                            self.analyze_function(method, Vec::new(), &Env::default());
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// The inferred return type of a module-level function (memoised).
    fn function_return(&mut self, name: &str) -> Ty {
        if let Some(ty) = self.return_cache.get(name) {
            return ty.clone();
        }
        let Some(function) = self.functions.get(name).copied() else {
            return Ty::Unknown;
        };
        if !self.in_progress.insert(name.to_string()) {
            return Ty::Unknown;
        }
        let params = if self.handlers.contains(name) {
            vec![Ty::Instance("sym.sdk.event.Event")]
        } else {
            self.param_types.get(name).cloned().unwrap_or_default()
        };
        let saved_returns = std::mem::take(&mut self.returns);
        let saved_locals = std::mem::take(&mut self.locals);
        self.current.push(name.to_string());
        let sites = self.analyze_function(function, params, &Env::default());
        self.current.pop();
        self.returns = saved_returns;
        self.locals = saved_locals;
        let ty = sites
            .iter()
            .map(|site| site.ty.clone())
            .reduce(Ty::join)
            .unwrap_or(Ty::None);
        if self.recording {
            self.out.returns.insert(name.to_string(), sites);
        }
        self.in_progress.remove(name);
        self.return_cache.insert(name.to_string(), ty.clone());
        ty
    }

    /// Analyses a function body with the given positional parameter types.
    fn analyze_function(
        &mut self,
        function: &'a StmtFunctionDef,
        params: Vec<Ty>,
        outer: &Env<'a>,
    ) -> Vec<ReturnSite> {
        let mut env = Env::default();
        env.types
            .reserve(outer.len() + function.parameters.len() + 16);
        for (key, ty) in outer {
            if !is_chain(key) {
                env.insert(key.clone(), ty.clone());
            }
        }
        let p = &function.parameters;
        let mut positional = p.posonlyargs.iter().chain(p.args.iter());
        for (index, param) in positional.by_ref().enumerate() {
            let ty = params.get(index).cloned().unwrap_or(Ty::Unknown);
            env.insert(param.parameter.name.as_str().into(), ty);
        }
        for param in &p.kwonlyargs {
            env.insert(param.parameter.name.as_str().into(), Ty::Unknown);
        }
        if let Some(param) = &p.vararg {
            env.insert(
                param.name.as_str().into(),
                Ty::Tuple(Arc::from([])).join(Ty::Unknown),
            );
        }
        if let Some(param) = &p.kwarg {
            env.insert(
                param.name.as_str().into(),
                Ty::Dict(Arc::new(Ty::Str), Arc::new(Ty::Unknown)),
            );
        }
        // The parameters and the enclosing function's names are in `env`,
        // which every lookup asks before `locals`.
        let mut locals = HashSet::default();
        let may_have_walrus = self
            .walrus_at
            .iter()
            .any(|at| function.range.contains(TextSize::from(*at)));
        assigned_names(&function.body, may_have_walrus, &mut locals);
        let saved_locals = std::mem::replace(&mut self.locals, locals);
        let saved_returns = std::mem::take(&mut self.returns);
        let exits = self.stmts(&function.body, &mut env, false);
        if !exits {
            self.returns.push(ReturnSite {
                range: function.name.range(),
                value: None,
                ty: Ty::None,
                implicit: true,
            });
        }
        self.locals = saved_locals;
        std::mem::replace(&mut self.returns, saved_returns)
    }

    /// Runs a statement list; returns true when it always leaves.
    /// Passes over the body of the loop being entered (see [`LOOP_PASS_DEPTH`]).
    fn loop_passes(&self) -> usize {
        if self.loop_depth <= LOOP_PASS_DEPTH {
            2
        } else {
            1
        }
    }

    fn stmts(&mut self, body: &'a [Stmt], env: &mut Env<'a>, module_level: bool) -> bool {
        for stmt in body {
            if self.stmt(stmt, env, module_level) {
                // Later statements are unreachable; still give them types.
                let mut dead = env.clone();
                for rest in body.iter().skip_while(|s| !std::ptr::eq(*s, stmt)).skip(1) {
                    self.stmt(rest, &mut dead, module_level);
                }
                return true;
            }
        }
        false
    }

    fn bind(&mut self, target: &'a Expr, ty: Ty, env: &mut Env<'a>) {
        match target {
            Expr::Name(name) => {
                invalidate(env, name.id.as_str());
                self.record(target, &ty);
                env.insert(name.id.as_str().into(), ty);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for (index, elt) in elts.iter().enumerate() {
                    let elt_ty = match &ty {
                        Ty::Tuple(ts) if ts.len() == elts.len() => {
                            ts.get(index).cloned().unwrap_or(Ty::Unknown)
                        }
                        _ => Ty::Unknown,
                    };
                    self.bind(elt, elt_ty, env);
                }
            }
            Expr::Starred(starred) => {
                self.bind(&starred.value, Ty::List(Arc::new(Ty::Unknown)), env)
            }
            other => {
                if may_be_prompt_fields(&ty) || holds_prompt_fields(&ty) {
                    // Kept in an attribute or a container.
                    self.overwritten.add(None);
                }
                // Attribute or subscript targets: type their parts.
                self.expr(other, env);
                if let Some(key) = chain_key(other) {
                    env.remove(key.as_str());
                    invalidate(env, &key);
                }
            }
        }
    }

    /// One statement; returns true when it always leaves.
    fn stmt(&mut self, stmt: &'a Stmt, env: &mut Env<'a>, module_level: bool) -> bool {
        match stmt {
            Stmt::Expr(s) => {
                self.expr(&s.value, env);
                false
            }
            Stmt::Assign(s) => {
                let ty = self.expr(&s.value, env);
                for target in &s.targets {
                    self.bind(target, ty.clone(), env);
                }
                false
            }
            Stmt::AnnAssign(s) => {
                if let Some(value) = &s.value {
                    let ty = self.expr(value, env);
                    self.bind(&s.target, ty, env);
                }
                false
            }
            Stmt::AugAssign(s) => {
                let left = self.expr(&s.target, env);
                let right = self.expr(&s.value, env);
                if may_be_prompt_fields(&left) {
                    self.overwritten.add(None);
                }
                let ty = binop_type(&left, s.op, &right);
                if let Expr::Name(name) = s.target.as_ref() {
                    invalidate(env, name.id.as_str());
                    env.insert(name.id.as_str().into(), ty);
                }
                false
            }
            Stmt::Return(s) => {
                let ty = match &s.value {
                    Some(value) => self.expr(value, env),
                    None => Ty::None,
                };
                self.returns.push(ReturnSite {
                    range: s.range,
                    value: s.value.as_ref().map(|v| v.range()),
                    ty,
                    implicit: false,
                });
                true
            }
            Stmt::Raise(s) => {
                if let Some(exc) = &s.exc {
                    self.expr(exc, env);
                }
                if let Some(cause) = &s.cause {
                    self.expr(cause, env);
                }
                true
            }
            Stmt::Break(_) | Stmt::Continue(_) => true,
            Stmt::If(s) => {
                self.expr(&s.test, env);
                let mut branches: Vec<(Env, bool)> = Vec::new();
                let mut current = env.clone();
                let mut tests: Vec<&'a Expr> = vec![&s.test];
                let mut body_env = current.clone();
                self.narrow(&s.test, true, &mut body_env);
                let exits = self.stmts(&s.body, &mut body_env, module_level);
                branches.push((body_env, exits));
                self.narrow(&s.test, false, &mut current);
                let mut has_else = false;
                for clause in &s.elif_else_clauses {
                    match &clause.test {
                        Some(test) => {
                            self.expr(test, &mut current);
                            tests.push(test);
                            let mut clause_env = current.clone();
                            self.narrow(test, true, &mut clause_env);
                            let exits = self.stmts(&clause.body, &mut clause_env, module_level);
                            branches.push((clause_env, exits));
                            self.narrow(test, false, &mut current);
                        }
                        None => {
                            has_else = true;
                            let mut else_env = current.clone();
                            let exits = self.stmts(&clause.body, &mut else_env, module_level);
                            branches.push((else_env, exits));
                        }
                    }
                }
                if !has_else {
                    branches.push((current, false));
                }
                if branches.iter().all(|(_, exits)| *exits) {
                    return true;
                }
                let mut live = branches
                    .into_iter()
                    .filter(|(_, exits)| !exits)
                    .map(|(e, _)| e);
                let mut merged = live.next().unwrap_or_default();
                for other in live {
                    join_into(&mut merged, &other);
                }
                *env = merged;
                false
            }
            Stmt::For(s) => {
                let iter = self.expr(&s.iter, env);
                let before = env.clone();
                let mut body_env = env.clone();
                self.loop_depth += 1;
                for _ in 0..self.loop_passes() {
                    self.bind(&s.target, element_type(&iter), &mut body_env);
                    self.stmts(&s.body, &mut body_env, module_level);
                    body_env = join_env(&before, &body_env);
                    // Another pass would start where this one did, and
                    // find the same.
                    if body_env == before {
                        break;
                    }
                }
                self.loop_depth -= 1;
                *env = body_env;
                self.stmts(&s.orelse, env, module_level);
                always_exits(std::slice::from_ref(stmt))
            }
            Stmt::While(s) => {
                let before = env.clone();
                let mut body_env = env.clone();
                self.loop_depth += 1;
                for _ in 0..self.loop_passes() {
                    self.expr(&s.test, &mut body_env);
                    let mut inner = body_env.clone();
                    self.narrow(&s.test, true, &mut inner);
                    self.stmts(&s.body, &mut inner, module_level);
                    body_env = join_env(&before, &inner);
                    // Another pass would start where this one did, and
                    // find the same.
                    if body_env == before {
                        break;
                    }
                }
                self.loop_depth -= 1;
                *env = body_env;
                self.stmts(&s.orelse, env, module_level);
                always_exits(std::slice::from_ref(stmt))
            }
            Stmt::With(s) => {
                for item in &s.items {
                    let ty = self.expr(&item.context_expr, env);
                    if let Some(vars) = &item.optional_vars {
                        self.bind(vars, ty, env);
                    }
                }
                self.stmts(&s.body, env, module_level)
            }
            Stmt::Try(s) => {
                let before = env.clone();
                let body_exits = self.stmts(&s.body, env, module_level);
                let mut after_body = env.clone();
                let else_exits =
                    !body_exits && self.stmts(&s.orelse, &mut after_body, module_level);
                let mut live: Vec<Env> = Vec::new();
                if !body_exits && !else_exits {
                    live.push(after_body);
                }
                let handler_start = join_env(&before, env);
                for handler in &s.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = handler;
                    let mut handler_env = handler_start.clone();
                    if let Some(type_) = &h.type_ {
                        self.expr(type_, &mut handler_env);
                    }
                    if let Some(name) = &h.name {
                        handler_env.insert(name.as_str().into(), Ty::Unknown);
                    }
                    if !self.stmts(&h.body, &mut handler_env, module_level) {
                        live.push(handler_env);
                    }
                }
                let mut merged = match live.first() {
                    Some(first) => first.clone(),
                    None => handler_start.clone(),
                };
                for other in live.iter().skip(1) {
                    join_into(&mut merged, other);
                }
                *env = merged;
                let final_exits = self.stmts(&s.finalbody, env, module_level);
                final_exits || live.is_empty()
            }
            Stmt::FunctionDef(function) => {
                for decorator in &function.decorator_list {
                    self.expr(&decorator.expression, env);
                }
                self.parameter_defaults(function, env);
                if module_level {
                    // Analysed on its own (with call-site parameter types).
                } else {
                    let outer = env.clone();
                    let saved = std::mem::take(&mut self.returns);
                    self.analyze_function(function, Vec::new(), &outer);
                    self.returns = saved;
                    env.insert(function.name.as_str().into(), Ty::Unknown);
                }
                false
            }
            Stmt::ClassDef(class) => {
                if let Some(arguments) = &class.arguments {
                    for arg in arguments.args.iter() {
                        self.expr(arg, env);
                    }
                }
                env.insert(class.name.as_str().into(), Ty::Unknown);
                false
            }
            Stmt::Assert(s) => {
                self.expr(&s.test, env);
                if let Some(msg) = &s.msg {
                    self.expr(msg, env);
                }
                self.narrow(&s.test, true, env);
                false
            }
            Stmt::Delete(s) => {
                for target in &s.targets {
                    if let Expr::Name(name) = target {
                        env.remove(name.id.as_str());
                    } else {
                        self.expr(target, env);
                    }
                }
                false
            }
            Stmt::Import(import) if !module_level => {
                for alias in &import.names {
                    let local = alias.asname.as_ref().map_or_else(
                        || alias.name.split('.').next().unwrap_or("").to_string(),
                        |a| a.to_string(),
                    );
                    let path = if alias.asname.is_some() {
                        alias.name.to_string()
                    } else {
                        local.clone()
                    };
                    env.insert(local.into(), self.import_value(&path));
                }
                false
            }
            Stmt::ImportFrom(import) if !module_level => {
                for alias in &import.names {
                    let local = alias
                        .asname
                        .as_ref()
                        .map_or_else(|| alias.name.to_string(), |a| a.to_string());
                    let ty = match (&import.module, import.level) {
                        (Some(module), 0) => self.import_value(&format!("{module}.{}", alias.name)),
                        _ => Ty::Unknown,
                    };
                    env.insert(local.into(), ty);
                }
                false
            }
            Stmt::Match(s) => {
                self.expr(&s.subject, env);
                let before = env.clone();
                let mut merged: Option<Env> = None;
                for case in &s.cases {
                    let mut case_env = before.clone();
                    let mut bound = HashSet::default();
                    pattern_names(&case.pattern, &mut bound);
                    for name in bound {
                        case_env.insert(name.into(), Ty::Unknown);
                    }
                    if let Some(guard) = &case.guard {
                        self.expr(guard, &mut case_env);
                    }
                    if !self.stmts(&case.body, &mut case_env, module_level) {
                        merged = Some(match merged {
                            Some(m) => join_env(&m, &case_env),
                            None => case_env,
                        });
                    }
                }
                *env = match merged {
                    Some(m) => join_env(&m, &before),
                    None => before,
                };
                false
            }
            _ => false,
        }
    }

    fn parameter_defaults(&mut self, function: &'a StmtFunctionDef, env: &mut Env<'a>) {
        let p = &function.parameters;
        for param in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            if let Some(default) = &param.default {
                self.expr(default, env);
            }
        }
    }

    /// Applies what a test being true (or false) says about chains.
    fn narrow(&mut self, test: &'a Expr, truthy: bool, env: &mut Env<'a>) {
        match test {
            Expr::Name(_) | Expr::Attribute(_) | Expr::Call(_) | Expr::Subscript(_) if truthy => {
                self.narrow_not_none(test, env);
            }
            Expr::Named(named) if truthy => {
                self.narrow_not_none(&named.target, env);
            }
            Expr::UnaryOp(unary) if unary.op == ast::UnaryOp::Not => {
                self.narrow(&unary.operand, !truthy, env);
            }
            Expr::BoolOp(boolop) => {
                let is_and = boolop.op == ast::BoolOp::And;
                if is_and == truthy {
                    for value in &boolop.values {
                        self.narrow(value, truthy, env);
                    }
                }
            }
            Expr::Compare(compare) => {
                if let ([op], [right]) = (&*compare.ops, &*compare.comparators) {
                    let (subject, other) = if matches!(right, Expr::NoneLiteral(_)) {
                        (compare.left.as_ref(), right)
                    } else {
                        (right, compare.left.as_ref())
                    };
                    if !matches!(other, Expr::NoneLiteral(_)) {
                        return;
                    }
                    let subject = match subject {
                        Expr::Named(named) => named.target.as_ref(),
                        other => other,
                    };
                    let is_none_test = matches!(op, CmpOp::Is | CmpOp::Eq);
                    let is_not_none_test = matches!(op, CmpOp::IsNot | CmpOp::NotEq);
                    if (is_none_test && !truthy) || (is_not_none_test && truthy) {
                        self.narrow_not_none(subject, env);
                    } else if ((is_none_test && truthy) || (is_not_none_test && !truthy))
                        && let Some(key) = chain_key(subject)
                    {
                        env.insert(key.into(), Ty::None);
                    }
                }
            }
            _ => {}
        }
    }

    fn narrow_not_none(&mut self, expr: &'a Expr, env: &mut Env<'a>) {
        let Some(key) = chain_key(expr) else {
            return;
        };
        let current = match env.get(key.as_str()) {
            Some(ty) => ty.clone(),
            None => {
                let mut scratch = env.clone();
                let saved = self.recording;
                self.recording = false;
                let ty = self.expr(expr, &mut scratch);
                self.recording = saved;
                ty
            }
        };
        env.insert(key.into(), current.without_none());
    }

    fn name_type(&self, name: &str, env: &Env) -> Ty {
        if let Some(ty) = env.get(name) {
            return ty.clone();
        }
        if self.locals.contains(name) {
            return Ty::Unknown;
        }
        match self.out.globals.get(name) {
            Some(ty) => ty.clone(),
            None => builtin_type(name),
        }
    }

    /// Infers an expression (and records the types of all its parts).
    fn expr(&mut self, expr: &'a Expr, env: &mut Env<'a>) -> Ty {
        let mut ty = self.expr_inner(expr, env);
        // A literal-key subscript narrowed by a check (`if d["k"]:`).
        if let Expr::Subscript(subscript) = expr
            && subscript.ctx.is_load()
            && let Some(narrowed) = chain_get(env, expr)
        {
            ty = narrowed.clone();
        }
        if self.fields.is_some()
            && matches!(
                expr,
                Expr::List(_)
                    | Expr::Set(_)
                    | Expr::Tuple(_)
                    | Expr::Dict(_)
                    | Expr::ListComp(_)
                    | Expr::SetComp(_)
                    | Expr::DictComp(_)
            )
            && holds_prompt_fields(&ty)
        {
            // Kept in a container, the dict may be changed through it.
            self.overwritten.add(None);
        }
        self.record(expr, &ty);
        ty
    }

    fn expr_inner(&mut self, expr: &'a Expr, env: &mut Env<'a>) -> Ty {
        match expr {
            Expr::Name(name) => {
                let ty = self.name_type(name.id.as_str(), env);
                if let Ty::LocalFunction(function) = &ty
                    && self.collecting
                {
                    *self.references.entry(function.to_string()).or_insert(0) += 1;
                }
                ty
            }
            Expr::Attribute(attribute) => {
                let base = self.expr(&attribute.value, env);
                if let Some(ty) = chain_get(env, expr) {
                    return ty.clone();
                }
                if self.fields.is_some()
                    && attribute.attr.as_str() == "fields"
                    && base.without_none() == Ty::Instance("sym.sdk.event.Payload")
                {
                    if !attribute.ctx.is_load() {
                        self.overwritten.add(None);
                    }
                    return Ty::PromptFields;
                }
                attribute_type(self.sdk, &base, attribute.attr.as_str())
            }
            Expr::Call(call) => {
                let ty = self.call(call, env);
                match chain_get(env, expr) {
                    Some(narrowed) => narrowed.clone(),
                    None => ty,
                }
            }
            Expr::FString(fstring) => {
                for element in fstring.value.elements() {
                    if let ast::InterpolatedStringElement::Interpolation(inner) = element {
                        self.expr(&inner.expression, env);
                    }
                }
                Ty::Str
            }
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => super::scalar_literal_type(expr)
                .cloned()
                .unwrap_or(Ty::Unknown),
            Expr::List(list) => {
                let elem = self.elements(&list.elts, env);
                Ty::List(Arc::new(elem))
            }
            Expr::Set(set) => {
                let elem = self.elements(&set.elts, env);
                Ty::Set(Arc::new(elem))
            }
            Expr::Tuple(tuple) => {
                let mut types = Vec::new();
                let mut starred = false;
                for elt in &tuple.elts {
                    starred |= matches!(elt, Expr::Starred(_));
                    types.push(self.expr(elt, env));
                }
                if starred {
                    Ty::Unknown
                } else {
                    Ty::Tuple(types.into())
                }
            }
            Expr::Dict(dict) => {
                let mut key_ty: Option<Ty> = None;
                let mut value_ty: Option<Ty> = None;
                for item in &dict.items {
                    let k = match &item.key {
                        Some(key) => self.expr(key, env),
                        None => Ty::Unknown,
                    };
                    let v = self.expr(&item.value, env);
                    key_ty = Some(key_ty.map_or(k.clone(), |t| t.join(k)));
                    value_ty = Some(value_ty.map_or(v.clone(), |t| t.join(v)));
                }
                Ty::Dict(
                    Arc::new(key_ty.unwrap_or(Ty::Unknown)),
                    Arc::new(value_ty.unwrap_or(Ty::Unknown)),
                )
            }
            Expr::ListComp(comp) => {
                let mut inner = env.clone();
                self.generators(&comp.generators, &mut inner);
                Ty::List(Arc::new(self.expr(&comp.elt, &mut inner)))
            }
            Expr::SetComp(comp) => {
                let mut inner = env.clone();
                self.generators(&comp.generators, &mut inner);
                Ty::Set(Arc::new(self.expr(&comp.elt, &mut inner)))
            }
            Expr::Generator(comp) => {
                let mut inner = env.clone();
                self.generators(&comp.generators, &mut inner);
                self.expr(&comp.elt, &mut inner);
                Ty::Unknown
            }
            Expr::DictComp(comp) => {
                let mut inner = env.clone();
                self.generators(&comp.generators, &mut inner);
                let k = match &comp.key {
                    Some(key) => self.expr(key, &mut inner),
                    None => Ty::Unknown,
                };
                let v = self.expr(&comp.value, &mut inner);
                Ty::Dict(Arc::new(k), Arc::new(v))
            }
            Expr::Named(named) => {
                let ty = self.expr(&named.value, env);
                self.bind(&named.target, ty.clone(), env);
                ty
            }
            Expr::If(if_expr) => {
                self.expr(&if_expr.test, env);
                let mut body_env = env.clone();
                self.narrow(&if_expr.test, true, &mut body_env);
                let body = self.expr(&if_expr.body, &mut body_env);
                let mut else_env = env.clone();
                self.narrow(&if_expr.test, false, &mut else_env);
                let orelse = self.expr(&if_expr.orelse, &mut else_env);
                body.join(orelse)
            }
            Expr::BoolOp(boolop) => {
                let is_and = boolop.op == ast::BoolOp::And;
                let mut scoped = env.clone();
                let mut result: Option<Ty> = None;
                let count = boolop.values.len();
                for (index, value) in boolop.values.iter().enumerate() {
                    let ty = self.expr(value, &mut scoped);
                    let last = index + 1 == count;
                    // A non-final operand is the result only when it is falsy
                    // (for `and`) or truthy (for `or`).
                    let contributes = if last {
                        ty
                    } else if is_and {
                        Ty::Unknown
                    } else {
                        ty.without_none()
                    };
                    result = Some(match result {
                        Some(r) => r.join(contributes),
                        None => contributes,
                    });
                    self.narrow(value, is_and, &mut scoped);
                }
                // Walrus targets bound inside stay bound.
                for (k, v) in scoped {
                    if !is_chain(&k) && !env.contains_key(&k) {
                        env.insert(k, v.join(Ty::Unknown));
                    }
                }
                result.unwrap_or(Ty::Unknown)
            }
            Expr::UnaryOp(unary) => {
                let operand = self.expr(&unary.operand, env);
                match unary.op {
                    ast::UnaryOp::Not => Ty::Bool,
                    _ if matches!(operand, Ty::Int | Ty::Float) => operand,
                    _ => Ty::Unknown,
                }
            }
            Expr::BinOp(binop) => {
                let left = self.expr(&binop.left, env);
                let right = self.expr(&binop.right, env);
                binop_type(&left, binop.op, &right)
            }
            Expr::Compare(compare) => {
                self.expr(&compare.left, env);
                for comparator in compare.comparators.iter() {
                    self.expr(comparator, env);
                }
                Ty::Bool
            }
            Expr::Subscript(subscript) => {
                let base = self.expr(&subscript.value, env);
                let index = self.expr(&subscript.slice, env);
                if self.fields.is_some() {
                    if may_be_prompt_fields(&base) {
                        let key = literal_key(&subscript.slice);
                        if !subscript.ctx.is_load() {
                            self.overwritten.add(key);
                            return Ty::Unknown;
                        }
                        if base.without_none() == Ty::PromptFields {
                            return self.read_field(subscript.range, key, None);
                        }
                    }
                    self.forget_field_read(subscript.range);
                }
                let is_slice = matches!(subscript.slice.as_ref(), Expr::Slice(_));
                match &base {
                    Ty::List(t) if is_slice => Ty::List(t.clone()),
                    Ty::List(t) if matches!(index, Ty::Int | Ty::Bool) => (**t).clone(),
                    Ty::Dict(_, v) => (**v).clone(),
                    Ty::Str => Ty::Str,
                    Ty::Tuple(ts) => match subscript.slice.as_ref() {
                        Expr::NumberLiteral(ast::ExprNumberLiteral {
                            value: ast::Number::Int(i),
                            ..
                        }) => i
                            .as_usize()
                            .and_then(|i| ts.get(i).cloned())
                            .unwrap_or(Ty::Unknown),
                        _ => Ty::Unknown,
                    },
                    _ => Ty::Unknown,
                }
            }
            Expr::Slice(slice) => {
                for part in [&slice.lower, &slice.upper, &slice.step]
                    .into_iter()
                    .flatten()
                {
                    self.expr(part, env);
                }
                Ty::Unknown
            }
            Expr::Starred(starred) => {
                self.expr(&starred.value, env);
                Ty::Unknown
            }
            Expr::Lambda(lambda) => {
                let mut inner = env.clone();
                if let Some(parameters) = &lambda.parameters {
                    for param in parameters.iter_non_variadic_params() {
                        if let Some(default) = &param.default {
                            self.expr(default, env);
                        }
                        inner.insert(param.parameter.name.as_str().into(), Ty::Unknown);
                    }
                    if let Some(v) = &parameters.vararg {
                        inner.insert(v.name.as_str().into(), Ty::Unknown);
                    }
                    if let Some(k) = &parameters.kwarg {
                        inner.insert(k.name.as_str().into(), Ty::Unknown);
                    }
                }
                self.expr(&lambda.body, &mut inner);
                Ty::Unknown
            }
            Expr::Await(e) => {
                self.expr(&e.value, env);
                Ty::Unknown
            }
            Expr::Yield(e) => {
                if let Some(value) = &e.value {
                    self.expr(value, env);
                }
                Ty::Unknown
            }
            Expr::YieldFrom(e) => {
                self.expr(&e.value, env);
                Ty::Unknown
            }
            _ => Ty::Unknown,
        }
    }

    fn elements(&mut self, elts: &'a [Expr], env: &mut Env<'a>) -> Ty {
        let mut result: Option<Ty> = None;
        for elt in elts {
            let ty = match elt {
                Expr::Starred(starred) => {
                    let inner = self.expr(&starred.value, env);
                    self.record(elt, &Ty::Unknown);
                    element_type(&inner)
                }
                _ => self.expr(elt, env),
            };
            result = Some(match result {
                Some(r) => r.join(ty),
                None => ty,
            });
        }
        result.unwrap_or(Ty::Unknown)
    }

    fn generators(&mut self, generators: &'a [ast::Comprehension], env: &mut Env<'a>) {
        for generator in generators {
            let iter = self.expr(&generator.iter, env);
            self.bind(&generator.target, element_type(&iter), env);
            for condition in &generator.ifs {
                self.expr(condition, env);
                self.narrow(condition, true, env);
            }
        }
    }

    fn call(&mut self, call: &'a ast::ExprCall, env: &mut Env<'a>) -> Ty {
        let (receiver, func) = match call.func.as_ref() {
            Expr::Attribute(attribute) => {
                let receiver = self.expr(&attribute.value, env);
                let func = match chain_get(env, &call.func).cloned() {
                    Some(ty) => ty,
                    None => attribute_type(self.sdk, &receiver, attribute.attr.as_str()),
                };
                self.record(&call.func, &func);
                (Some((receiver, attribute.attr.as_str())), func)
            }
            _ => {
                let func = self.expr(&call.func, env);
                if let Ty::LocalFunction(name) = &func
                    && self.collecting
                {
                    *self.calls.entry(name.to_string()).or_insert(0) += 1;
                }
                (None, func)
            }
        };
        let mut arg_types = Vec::with_capacity(call.arguments.args.len());
        for arg in call.arguments.args.iter() {
            arg_types.push(self.expr(arg, env));
        }
        // Only the prompt-field analysis looks at keyword types again.
        let mut keyword_types = Vec::new();
        for keyword in &call.arguments.keywords {
            let ty = self.expr(&keyword.value, env);
            if self.fields.is_some() {
                keyword_types.push(ty);
            }
        }
        if self.fields.is_some() {
            self.note_field_escapes(
                call,
                &func,
                receiver.as_ref(),
                &arg_types,
                &keyword_types,
                env,
            );
            if let Some((receiver, name)) = &receiver
                && may_be_prompt_fields(receiver)
            {
                let exact = receiver.without_none() == Ty::PromptFields;
                return self.prompt_fields_method(call, name, &arg_types, exact);
            }
            self.forget_field_read(call.range());
        }
        match &func {
            Ty::Function(path) => match sdk_function(self.sdk, path) {
                Some(function) => returned_type(self.sdk, function),
                None => Ty::Unknown,
            },
            Ty::Method(method) => {
                let (class, name) = (method.class, method.name);
                let Some(function) = sdk_method(self.sdk, class, name) else {
                    return Ty::Unknown;
                };
                // A template's class methods are its steps: they build events.
                if function.kind == sym_sdk::FunctionKind::ClassMethod
                    && is_template(self.sdk, class)
                {
                    return Ty::StepEvent(name);
                }
                returned_type(self.sdk, function)
            }
            Ty::ClassObject(path) => Ty::Instance(path),
            Ty::LocalFunction(name) => {
                let simple = call.arguments.keywords.is_empty()
                    && !call
                        .arguments
                        .args
                        .iter()
                        .any(|a| matches!(a, Expr::Starred(_)));
                if self.collecting {
                    self.call_sites
                        .entry(name.to_string())
                        .or_default()
                        .push(simple.then_some(arg_types));
                    if let Some(caller) = self.current.last() {
                        self.callers
                            .entry(name.to_string())
                            .or_default()
                            .insert(caller.clone());
                    }
                }
                self.function_return(name)
            }
            Ty::Unknown => match receiver {
                Some((receiver, name)) => {
                    builtin_method(&receiver.without_none(), name, &arg_types)
                }
                None => builtin_call(call, &arg_types),
            },
            _ => Ty::Unknown,
        }
    }

    /// The value of the prompt field `key` read at `range` (with the
    /// default of `.get`, when it has one).
    fn read_field(&mut self, range: TextRange, key: Option<&str>, get: Option<Ty>) -> Ty {
        let field = key.and_then(|key| self.fields.as_ref()?.get(key).cloned());
        let Some(field) = field else {
            self.forget_field_read(range);
            return Ty::Unknown;
        };
        if self.recording {
            self.out.record_field_read(range, key);
        }
        match get {
            Some(default) if !field.required => field.ty.join(default),
            _ => field.ty,
        }
    }

    fn forget_field_read(&mut self, range: TextRange) {
        if self.recording {
            self.out.record_field_read(range, None);
        }
    }

    /// A method call on the prompt-field dict (`exact`: certainly the dict,
    /// not one of several values).
    fn prompt_fields_method(
        &mut self,
        call: &'a ast::ExprCall,
        name: &str,
        args: &[Ty],
        exact: bool,
    ) -> Ty {
        let key = call.arguments.args.first().and_then(literal_key);
        match name {
            "get" if exact => {
                let simple = call.arguments.keywords.is_empty()
                    && (1..=2).contains(&call.arguments.args.len());
                if !simple {
                    self.forget_field_read(call.range());
                    return Ty::Unknown;
                }
                let default = args.get(1).cloned().unwrap_or(Ty::None);
                self.read_field(call.range(), key, Some(default))
            }
            "keys" if exact => Ty::List(Arc::new(Ty::Str)),
            "values" if exact => Ty::List(Arc::new(Ty::Unknown)),
            "items" if exact => Ty::List(Arc::new(Ty::Tuple(Arc::from([Ty::Str, Ty::Unknown])))),
            "pop" | "setdefault" => {
                self.overwritten.add(key);
                Ty::Unknown
            }
            "update" | "clear" | "popitem" | "__setitem__" | "__delitem__" | "__ior__" => {
                self.overwritten.add(None);
                Ty::Unknown
            }
            _ => Ty::Unknown,
        }
    }

    /// Notes where the prompt-field dict is handed to a call that might
    /// change it later or now.
    fn note_field_escapes(
        &mut self,
        call: &'a ast::ExprCall,
        func: &Ty,
        receiver: Option<&(Ty, &str)>,
        args: &[Ty],
        keywords: &[Ty],
        env: &Env,
    ) {
        let positional: Vec<usize> = args
            .iter()
            .enumerate()
            .filter(|(index, ty)| {
                may_be_prompt_fields(ty)
                    && !matches!(call.arguments.args.get(*index), Some(Expr::Starred(_)))
            })
            .map(|(index, _)| index)
            .collect();
        // `**fields` unpacks a copy; `name=fields` hands the dict itself.
        let by_keyword = call
            .arguments
            .keywords
            .iter()
            .zip(keywords)
            .any(|(keyword, ty)| keyword.arg.is_some() && may_be_prompt_fields(ty));
        if positional.is_empty() && !by_keyword {
            return;
        }
        match func {
            // The SDK and the allowed modules do not keep or change it.
            Ty::Function(_) | Ty::Method(_) | Ty::ClassObject(_) => {}
            Ty::LocalFunction(name) => {
                let starred = call
                    .arguments
                    .args
                    .iter()
                    .any(|arg| matches!(arg, Expr::Starred(_)));
                if by_keyword || starred {
                    self.overwritten.add(None);
                } else {
                    for index in positional {
                        self.field_escapes.push((name.to_string(), index));
                    }
                }
            }
            Ty::Unknown => {
                let safe = match (receiver, call.func.as_ref()) {
                    (Some((receiver, method)), _) => {
                        matches!(
                            receiver.without_none(),
                            Ty::Str | Ty::List(_) | Ty::Dict(..) | Ty::Set(_) | Ty::Tuple(_)
                        ) && !STORING_METHODS.contains(method)
                    }
                    (None, Expr::Name(name)) => {
                        let name = name.id.as_str();
                        DICT_SAFE_BUILTINS.contains(&name)
                            && !env.contains_key(name)
                            && !self.locals.contains(name)
                            && !self.out.globals.contains_key(name)
                    }
                    _ => false,
                };
                if !safe {
                    self.overwritten.add(None);
                }
            }
            _ => self.overwritten.add(None),
        }
    }

    /// Gives helper parameters the type every call site agrees on.
    fn settle_param_types(&mut self) {
        let mut referenced_elsewhere: HashSet<String> = HashSet::default();
        for (name, sites) in &self.call_sites {
            let calls = self.calls.get(name).copied().unwrap_or(0);
            let references = self.references.get(name).copied().unwrap_or(0);
            if sites.iter().any(Option::is_none) || references > calls {
                referenced_elsewhere.insert(name.clone());
            }
        }
        for (name, sites) in &self.call_sites {
            if referenced_elsewhere.contains(name) || self.handlers.contains(name) {
                continue;
            }
            let Some(function) = self.functions.get(name) else {
                continue;
            };
            let p = &function.parameters;
            if p.vararg.is_some() || !p.posonlyargs.is_empty() {
                continue;
            }
            let count = p.args.len();
            let mut agreed: Vec<Ty> = vec![Ty::Unknown; count];
            for index in 0..count {
                let mut seen: Option<Ty> = None;
                let mut same = true;
                for args in sites.iter().flatten() {
                    let ty = args.get(index).cloned().unwrap_or(Ty::Unknown);
                    match &seen {
                        Some(previous) if *previous != ty => same = false,
                        Some(_) => {}
                        None => seen = Some(ty),
                    }
                }
                if same && let (Some(ty), Some(slot)) = (seen, agreed.get_mut(index)) {
                    *slot = ty;
                }
            }
            self.param_types.insert(name.clone(), agreed);
        }
    }
}

fn collect_global_statements(body: &[Stmt], out: &mut Vec<String>) {
    for stmt in body {
        match stmt {
            Stmt::Global(g) => out.extend(g.names.iter().map(|n| n.to_string())),
            Stmt::If(s) => {
                collect_global_statements(&s.body, out);
                for c in &s.elif_else_clauses {
                    collect_global_statements(&c.body, out);
                }
            }
            Stmt::For(s) => collect_global_statements(&s.body, out),
            Stmt::While(s) => collect_global_statements(&s.body, out),
            Stmt::With(s) => collect_global_statements(&s.body, out),
            Stmt::Try(s) => {
                collect_global_statements(&s.body, out);
                collect_global_statements(&s.orelse, out);
                collect_global_statements(&s.finalbody, out);
            }
            _ => {}
        }
    }
}

fn pattern_names(pattern: &ast::Pattern, out: &mut HashSet<String>) {
    struct Names<'o>(&'o mut HashSet<String>);
    impl<'b> sym_syntax::visitor::Visitor<'b> for Names<'_> {
        fn visit_pattern(&mut self, pattern: &'b ast::Pattern) {
            match pattern {
                ast::Pattern::MatchAs(p) => {
                    if let Some(name) = &p.name {
                        self.0.insert(name.to_string());
                    }
                }
                ast::Pattern::MatchStar(p) => {
                    if let Some(name) = &p.name {
                        self.0.insert(name.to_string());
                    }
                }
                ast::Pattern::MatchMapping(p) => {
                    if let Some(name) = &p.rest {
                        self.0.insert(name.to_string());
                    }
                }
                _ => {}
            }
            sym_syntax::visitor::walk_pattern(self, pattern);
        }
    }
    sym_syntax::visitor::Visitor::visit_pattern(&mut Names(out), pattern);
}

/// The type of a module-level constant's value (literals only).
fn literal_type(expr: &Expr) -> Ty {
    match expr {
        Expr::StringLiteral(_) | Expr::FString(_) => Ty::Str,
        Expr::NumberLiteral(n) => match n.value {
            ast::Number::Int(_) => Ty::Int,
            ast::Number::Float(_) => Ty::Float,
            _ => Ty::Unknown,
        },
        Expr::BooleanLiteral(_) => Ty::Bool,
        _ => Ty::Unknown,
    }
}

fn binop_type(left: &Ty, op: ast::Operator, right: &Ty) -> Ty {
    use ast::Operator::{Add, Mod, Mult};
    match (left, op, right) {
        (Ty::Str, Add, Ty::Str) | (Ty::Str, Mod, _) | (Ty::Str, Mult, Ty::Int) => Ty::Str,
        (Ty::Int, _, Ty::Int) if !matches!(op, ast::Operator::Div) => Ty::Int,
        (Ty::List(a), Add, Ty::List(b)) => Ty::List(Arc::new((**a).clone().join((**b).clone()))),
        _ => Ty::Unknown,
    }
}

fn builtin_type(name: &str) -> Ty {
    match name {
        "True" | "False" => Ty::Bool,
        "None" => Ty::None,
        _ => Ty::Unknown,
    }
}

/// Calls of builtins and of methods of builtin values.
fn builtin_call(call: &ast::ExprCall, args: &[Ty]) -> Ty {
    if let Expr::Name(name) = call.func.as_ref() {
        return match name.id.as_str() {
            "len" | "int" | "ord" | "hash" | "id" => Ty::Int,
            "str" | "repr" | "chr" | "hex" | "oct" => Ty::Str,
            "bool" | "isinstance" | "callable" | "issubclass" => Ty::Bool,
            "float" => Ty::Float,
            "list" => Ty::List(Arc::new(args.first().map_or(Ty::Unknown, element_type))),
            _ => Ty::Unknown,
        };
    }
    Ty::Unknown
}

/// Builtin method results, by receiver type (str and dict methods handlers use).
fn builtin_method(receiver: &Ty, name: &str, args: &[Ty]) -> Ty {
    match receiver {
        Ty::Str => match name {
            "lower" | "upper" | "strip" | "lstrip" | "rstrip" | "title" | "capitalize"
            | "replace" | "format" | "join" | "casefold" | "removeprefix" | "removesuffix" => {
                Ty::Str
            }
            "split" | "rsplit" | "splitlines" => Ty::List(Arc::new(Ty::Str)),
            "startswith" | "endswith" | "isdigit" | "isalpha" | "isalnum" => Ty::Bool,
            "find" | "index" | "count" => Ty::Int,
            _ => Ty::Unknown,
        },
        Ty::Dict(k, v) => match name {
            "get" => match args.get(1) {
                _ if **v == Ty::Unknown => Ty::Unknown,
                Some(default) => (**v).clone().join(default.clone()),
                None => (**v).clone().join(Ty::None),
            },
            "keys" => Ty::List(k.clone()),
            "values" => Ty::List(v.clone()),
            "items" => Ty::List(Arc::new(Ty::Tuple(Arc::from([
                (**k).clone(),
                (**v).clone(),
            ])))),
            _ => Ty::Unknown,
        },
        _ => Ty::Unknown,
    }
}
