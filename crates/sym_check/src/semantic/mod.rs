//! The scope model of one file: every scope, every binding, and what each
//! name load refers to, by Python 3.11's scoping rules.
//!
//! Built once per file ([`SemanticModel::build`]) before the rule walk, and
//! reused by rules (through [`crate::Context::semantic`]), and later by the
//! type checker and the language server (go-to-definition, completion).
//!
//! The model is owned (ranges, not references into the tree), so it can be
//! cached next to the parsed module.
//!
//! What it knows:
//! - scopes: module, function, class, lambda, comprehension, with their
//!   parents; class scopes are invisible to the scopes nested in them;
//! - bindings per scope (assignments, parameters, imports, `def`, `class`,
//!   `for`/`with`/`except ... as` targets, walrus, `del`), routed through
//!   `global`/`nonlocal`; a walrus in a comprehension binds in the enclosing
//!   function or module;
//! - for every name load: a binding, a builtin of the profile, or
//!   [`Resolution::Unbound`] when the load surely raises `NameError`.
//!   When in doubt the answer is [`Resolution::Unknown`], never `Unbound`.

mod builder;
pub mod python_builtins;

use rustc_hash::FxHashMap;
use sym_syntax::ast::ExprName;
use sym_syntax::ast::name::Name;
use sym_syntax::{Ranged, TextRange, TextSize};

use crate::Profile;

/// Index of a [`Scope`] in [`SemanticModel::scopes`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ScopeId(u32);

/// Index of a [`Symbol`] in [`SemanticModel::symbols`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SymbolId(u32);

/// Index of a [`Binding`] in [`SemanticModel::bindings`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BindingId(u32);

impl ScopeId {
    /// The module scope is always the first.
    pub const MODULE: ScopeId = ScopeId(0);

    fn index(self) -> usize {
        self.0 as usize
    }
}

impl SymbolId {
    fn index(self) -> usize {
        self.0 as usize
    }
}

impl BindingId {
    fn index(self) -> usize {
        self.0 as usize
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScopeKind {
    Module,
    Function,
    Lambda,
    Class,
    /// A list/set/dict comprehension or a generator expression.
    Comprehension,
}

/// A namespace: the module, a function or lambda body, a class body or a
/// comprehension.
#[derive(Clone, Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub parent: Option<ScopeId>,
    /// The node that makes the scope (the whole `def`, `class`, `lambda` or
    /// comprehension; the whole file for the module).
    pub range: TextRange,
    /// The name of a `def` or `class`.
    pub name: Option<Name>,
    /// The names bound in this scope (after `global`/`nonlocal` routing).
    symbols: FxHashMap<Name, SymbolId>,
    /// Names declared `global` here.
    pub globals: Vec<Name>,
    /// Names declared `nonlocal` here.
    pub nonlocals: Vec<Name>,
    /// `from m import *` somewhere in this scope: any name may be bound.
    pub has_star_import: bool,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<ScopeId>, range: TextRange, name: Option<Name>) -> Self {
        Self {
            kind,
            parent,
            range,
            name,
            // Handler functions bind about a dozen names: room for them at
            // once rather than after rehashes.
            symbols: FxHashMap::with_capacity_and_hasher(
                if matches!(kind, ScopeKind::Module | ScopeKind::Function) {
                    16
                } else {
                    0
                },
                Default::default(),
            ),
            globals: Vec::new(),
            nonlocals: Vec::new(),
            has_star_import: false,
        }
    }

    /// The symbol bound in this scope under `name`.
    pub fn symbol(&self, name: &str) -> Option<SymbolId> {
        self.symbols.get(name).copied()
    }

    /// Every symbol of this scope, in no particular order.
    pub fn symbols(&self) -> impl Iterator<Item = (&Name, SymbolId)> {
        self.symbols.iter().map(|(name, id)| (name, *id))
    }

    fn declares_global(&self, name: &str) -> bool {
        self.globals.iter().any(|global| global == name)
    }

    fn declares_nonlocal(&self, name: &str) -> bool {
        self.nonlocals.iter().any(|nonlocal| nonlocal == name)
    }

    fn is_function_like(&self) -> bool {
        matches!(self.kind, ScopeKind::Function | ScopeKind::Lambda)
    }
}

/// A name in one scope and every binding of it.
#[derive(Clone, Debug)]
pub struct Symbol {
    pub name: Name,
    pub scope: ScopeId,
    /// In source order.
    pub bindings: Vec<BindingId>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BindingKind {
    /// `x = ...`, also a target inside a tuple/list/starred target.
    Assignment,
    /// `x += ...`
    AugmentedAssignment,
    /// `x: T = ...`
    AnnotatedAssignment,
    /// `x: T` with no value: makes `x` local but binds nothing.
    Annotation,
    /// `(x := ...)`
    NamedExpr,
    /// `for x in ...`
    ForTarget,
    /// `with ... as x`
    WithTarget,
    /// `[... for x in ...]`
    ComprehensionTarget,
    Parameter,
    FunctionDef,
    ClassDef,
    /// `import a` / `import a.b` (binds `a`) / `import a.b as c`.
    Import,
    /// `from m import x` / `from m import x as y`.
    FromImport,
    /// `except E as e`: bound in the handler, deleted when it ends.
    ExceptHandler,
    /// `del x`
    Deletion,
    /// A capture in a `match` pattern.
    MatchCapture,
}

impl BindingKind {
    /// Whether the binding gives the name a value.
    pub fn defines(self) -> bool {
        !matches!(self, BindingKind::Annotation | BindingKind::Deletion)
    }
}

/// What a binding assigns, as far as a syntactic look tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AssignedValue {
    /// A plain string literal or f-string.
    Str,
    /// A call; the range is the callee's (`requests.Session` in
    /// `requests.Session()`).
    Call(TextRange),
    /// Anything else, or several values (tuple unpacking).
    Other,
}

/// One place that binds a name.
#[derive(Clone, Debug)]
pub struct Binding {
    pub name: Name,
    pub kind: BindingKind,
    /// The name's own range (the identifier, not the statement).
    pub range: TextRange,
    /// The scope whose code contains the binding (differs from the symbol's
    /// scope under `global`/`nonlocal` and for a walrus in a comprehension).
    pub scope: ScopeId,
    pub symbol: SymbolId,
    /// From where on the name holds the value, in straight-line code: the
    /// end of the assignment statement, of the `def`, the start of an
    /// `except` handler's body, ...
    pub effective: TextSize,
    /// For `except ... as e`: the handler, outside which `e` is deleted.
    pub handler: Option<TextRange>,
    pub value: AssignedValue,
}

/// Why a load surely fails.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnboundReason {
    /// No binding in any visible scope and not a builtin of the profile.
    NoBinding,
    /// A module-level name read in straight-line module code before every
    /// one of its bindings.
    BeforeDefinition,
    /// Only bound by `except ... as` handlers, and read outside them.
    AfterExceptHandler,
}

/// What a name load refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Resolution {
    /// A name bound in a visible scope.
    Symbol(SymbolId),
    /// A builtin of the runtime profile.
    Builtin,
    /// The load raises `NameError` (or `UnboundLocalError`) when it runs.
    Unbound(UnboundReason),
    /// The model cannot tell (a star import, a name that is not evaluated).
    Unknown,
}

/// One name load and what it resolved to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Load {
    pub range: TextRange,
    /// The scope whose code contains the load.
    pub scope: ScopeId,
    pub resolution: Resolution,
    /// Inside a `try` whose handlers may catch `NameError` (in the same
    /// scope): a failure may be intended.
    pub guarded: bool,
    /// The load is the callee of a call: `name(...)`.
    pub is_callee: bool,
}

/// The scope model of one file.
#[derive(Clone, Debug)]
pub struct SemanticModel {
    scopes: Vec<Scope>,
    symbols: Vec<Symbol>,
    bindings: Vec<Binding>,
    /// Name loads by the start of their range.
    loads: FxHashMap<TextSize, Load>,
    /// Scopes by the start of the node that makes them.
    scope_nodes: FxHashMap<TextSize, ScopeId>,
    /// Bindings by the start of the bound identifier.
    binding_at: FxHashMap<TextSize, BindingId>,
}

impl SemanticModel {
    /// Builds the model of a module body; `profile` says which builtins the
    /// runtime has.
    pub fn build(module: &sym_syntax::ast::ModModule, profile: &Profile) -> Self {
        builder::build(module, profile)
    }

    pub fn scopes(&self) -> &[Scope] {
        &self.scopes
    }

    pub fn scope(&self, id: ScopeId) -> &Scope {
        // Ids are only made by the builder and always index their vector.
        &self.scopes[id.index()]
    }

    pub fn symbols(&self) -> &[Symbol] {
        &self.symbols
    }

    pub fn symbol(&self, id: SymbolId) -> &Symbol {
        &self.symbols[id.index()]
    }

    pub fn bindings(&self) -> &[Binding] {
        &self.bindings
    }

    pub fn binding(&self, id: BindingId) -> &Binding {
        &self.bindings[id.index()]
    }

    /// What a name expression refers to: for a load, its [`Resolution`];
    /// for a store or `del`, the symbol it binds. `None` for a name the
    /// model never saw (another file's tree).
    pub fn resolve(&self, name: &ExprName) -> Option<Resolution> {
        if let Some(load) = self.loads.get(&name.range.start()) {
            return Some(load.resolution);
        }
        self.binding_at(name.range.start())
            .map(|binding| Resolution::Symbol(self.binding(binding).symbol))
    }

    /// The load at `name`'s position, with its context.
    pub fn load(&self, name: &ExprName) -> Option<&Load> {
        self.loads.get(&name.range().start())
    }

    /// Every name load, in no particular order.
    pub fn loads(&self) -> impl Iterator<Item = &Load> {
        self.loads.values()
    }

    /// The binding whose identifier starts at `offset` (a `def` name, a
    /// parameter, an assignment target, an import alias, ...).
    pub fn binding_at(&self, offset: TextSize) -> Option<BindingId> {
        self.binding_at.get(&offset).copied()
    }

    /// The scope made by the node (`def`, `class`, `lambda`,
    /// comprehension) whose range starts at `offset`.
    pub fn scope_of_node(&self, offset: TextSize) -> Option<ScopeId> {
        self.scope_nodes.get(&offset).copied()
    }

    /// The innermost scope whose node contains `offset` (the module when
    /// no other does).
    pub fn scope_at(&self, offset: TextSize) -> ScopeId {
        let mut best = ScopeId::MODULE;
        for (index, scope) in self.scopes.iter().enumerate().skip(1) {
            if scope.range.contains_inclusive(offset)
                && self.scope(best).range.contains_range(scope.range)
            {
                best = ScopeId(index as u32);
            }
        }
        best
    }

    /// The definitions a load or store of `name` leads to.
    pub fn definitions(&self, name: &ExprName) -> Vec<&Binding> {
        match self.resolve(name) {
            Some(Resolution::Symbol(symbol)) => self
                .symbol(symbol)
                .bindings
                .iter()
                .map(|binding| self.binding(*binding))
                .filter(|binding| binding.kind.defines())
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Every load that reads `symbol`, in source order (find-references).
    pub fn references(&self, symbol: SymbolId) -> Vec<TextRange> {
        let mut ranges: Vec<TextRange> = self
            .loads
            .values()
            .filter(|load| load.resolution == Resolution::Symbol(symbol))
            .map(|load| load.range)
            .collect();
        ranges.sort_by_key(|range| range.start());
        ranges
    }

    /// The scopes whose names code in `scope` can read, innermost first:
    /// the scope itself, the enclosing functions (class scopes are skipped
    /// above the first), and the module.
    pub fn visible_scopes(&self, scope: ScopeId) -> Vec<ScopeId> {
        let mut chain = vec![scope];
        let mut current = self.scope(scope).parent;
        while let Some(id) = current {
            if self.scope(id).kind != ScopeKind::Class || id == ScopeId::MODULE {
                chain.push(id);
            }
            current = self.scope(id).parent;
        }
        chain
    }

    /// Every name code in `scope` can read, without builtins, innermost
    /// scope's first (for completion and did-you-mean).
    pub fn visible_names(&self, scope: ScopeId) -> Vec<&Name> {
        let mut names: Vec<&Name> = Vec::new();
        for id in self.visible_scopes(scope) {
            let mut here: Vec<&Name> = self
                .scope(id)
                .symbols()
                .filter(|(_, symbol)| {
                    self.symbol(*symbol)
                        .bindings
                        .iter()
                        .any(|binding| self.binding(*binding).kind.defines())
                })
                .map(|(name, _)| name)
                .filter(|name| !names.contains(name))
                .collect();
            here.sort();
            names.extend(here);
        }
        names
    }

    /// The class scope enclosing `scope` (without a function in between
    /// counting) that binds `name`: methods cannot see class attributes.
    pub fn enclosing_class_binding(&self, scope: ScopeId, name: &str) -> Option<ScopeId> {
        let mut current = self.scope(scope).parent;
        while let Some(id) = current {
            let candidate = self.scope(id);
            if candidate.kind == ScopeKind::Class && candidate.symbol(name).is_some() {
                return Some(id);
            }
            current = candidate.parent;
        }
        None
    }
}

#[cfg(test)]
mod tests;
