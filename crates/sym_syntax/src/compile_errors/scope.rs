//! The symbol-table half of the compile step: scopes, what each name is in
//! each scope, and the checks CPython runs once every scope is known
//! (`nonlocal` bindings, a name both `global` and `nonlocal`).

use ruff_text_size::TextRange;
use rustc_hash::FxHashMap;

/// What a name is in one scope, as bits (CPython's `DEF_*` flags).
pub(super) mod flag {
    pub const GLOBAL: u16 = 1;
    pub const LOCAL: u16 = 1 << 1;
    pub const PARAM: u16 = 1 << 2;
    pub const NONLOCAL: u16 = 1 << 3;
    pub const USE: u16 = 1 << 4;
    pub const IMPORT: u16 = 1 << 5;
    pub const ANNOT: u16 = 1 << 6;
    pub const COMP_ITER: u16 = 1 << 7;
    /// Any binding that makes the name local unless declared otherwise.
    pub const BOUND: u16 = LOCAL | PARAM | IMPORT;
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

impl ComprehensionKind {
    pub(super) fn yield_message(self) -> &'static str {
        match self {
            Self::List => "'yield' inside list comprehension",
            Self::Set => "'yield' inside set comprehension",
            Self::Dict => "'yield' inside dict comprehension",
            Self::Generator => "'yield' inside generator expression",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ScopeKind {
    Module,
    Class,
    Function { is_async: bool },
    Lambda,
    Comprehension(ComprehensionKind),
}

impl ScopeKind {
    /// CPython's `FunctionBlock`: functions, lambdas and comprehensions.
    pub(super) fn is_function_like(self) -> bool {
        !matches!(self, Self::Module | Self::Class)
    }
}

#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Symbol {
    pub flags: u16,
    /// The first `global`/`nonlocal` statement naming it: where CPython
    /// reports errors found after the whole scope is known.
    pub directive: Option<TextRange>,
}

#[derive(Debug)]
pub(super) struct Scope<'a> {
    pub kind: ScopeKind,
    pub parent: Option<usize>,
    pub symbols: FxHashMap<&'a str, Symbol>,
    /// Inside a comprehension's iterable (inherited by nested scopes, as in
    /// CPython), where assignment expressions are refused.
    pub comp_iter_expr: u32,
    /// Visiting a comprehension's `for` target.
    pub comp_iter_target: bool,
    /// Contains `yield`.
    pub generator: bool,
    /// `async def`, or (comprehensions) contains `await`, `async for` or an
    /// asynchronous non-generator comprehension.
    pub coroutine: bool,
    /// Where this code unit's blocks start on the shared block stack.
    pub block_base: usize,
    /// `return value` statements of an `async def`: errors if it turns out
    /// to be a generator.
    pub async_returns: Vec<TextRange>,
    /// Some symbol is `nonlocal` (or `global` and `nonlocal`): analyse later.
    pub needs_analysis: bool,
}

impl<'a> Scope<'a> {
    pub(super) fn new(kind: ScopeKind, parent: Option<usize>, block_base: usize) -> Self {
        Self {
            kind,
            parent,
            // Handler functions name a dozen or two: room for them at once
            // rather than after three rehashes.
            symbols: FxHashMap::with_capacity_and_hasher(
                if matches!(kind, ScopeKind::Module | ScopeKind::Function { .. }) {
                    16
                } else {
                    0
                },
                Default::default(),
            ),
            comp_iter_expr: 0,
            comp_iter_target: false,
            generator: false,
            coroutine: matches!(kind, ScopeKind::Function { is_async: true }),
            block_base,
            async_returns: Vec::new(),
            needs_analysis: false,
        }
    }

    pub(super) fn flags(&self, name: &str) -> u16 {
        self.symbols.get(name).map_or(0, |symbol| symbol.flags)
    }

    /// Local in CPython's analysis: bound here and not declared away.
    fn is_local(&self, name: &str) -> bool {
        let flags = self.flags(name);
        flags & flag::BOUND != 0 && flags & (flag::GLOBAL | flag::NONLOCAL) == 0
    }
}

/// Whether `name` is bound in a function enclosing `scope` (what a
/// `nonlocal` in `scope` needs). Mirrors the `bound` sets CPython passes
/// down: a class adds only `__class__` for its children and hides nothing;
/// a function adds its locals and hides its explicit globals.
fn bound_for_children(scopes: &[Scope<'_>], scope: usize, name: &str) -> bool {
    let mut current = scope;
    loop {
        let Some(entry) = scopes.get(current) else {
            return false;
        };
        match entry.kind {
            ScopeKind::Module => return false,
            ScopeKind::Class => {
                if name == "__class__" {
                    return true;
                }
            }
            _ => {
                if entry.is_local(name) {
                    return true;
                }
                if entry.flags(name) & flag::GLOBAL != 0 {
                    return false;
                }
            }
        }
        match entry.parent {
            Some(parent) => current = parent,
            None => return false,
        }
    }
}

/// Errors CPython finds when it analyses the finished symbol table.
pub(super) fn analyse(scopes: &[Scope<'_>], errors: &mut Vec<(TextRange, String)>) {
    for scope in scopes.iter().filter(|scope| scope.needs_analysis) {
        // Comprehension-level declarations come from assignment expressions,
        // which are always bound; their conflicts were reported already.
        if matches!(scope.kind, ScopeKind::Comprehension(_)) {
            continue;
        }
        for (name, symbol) in &scope.symbols {
            if symbol.flags & flag::NONLOCAL == 0 {
                continue;
            }
            let Some(range) = symbol.directive else {
                continue;
            };
            if symbol.flags & flag::GLOBAL != 0 {
                errors.push((range, format!("name '{name}' is nonlocal and global")));
                continue;
            }
            match scope.parent {
                None => errors.push((
                    range,
                    "nonlocal declaration not allowed at module level".to_string(),
                )),
                Some(parent) => {
                    if !bound_for_children(scopes, parent, name) {
                        errors.push((range, format!("no binding for nonlocal '{name}' found")));
                    }
                }
            }
        }
    }
}
