//! Builds a [`SemanticModel`]: one walk collects scopes, bindings and
//! loads; then bindings are routed through `global`/`nonlocal` and every
//! load is resolved. Resolving after the walk is what lets a function read
//! a module name defined further down.

use rustc_hash::{FxHashMap, FxHashSet};
use sym_syntax::ast::name::Name;
use sym_syntax::ast::{
    self, Comprehension, ExceptHandler, Expr, ExprContext, Parameters, Pattern, Stmt,
};
use sym_syntax::visitor::{self, Visitor};
use sym_syntax::{Ranged, TextRange, TextSize};

use super::{
    AssignedValue, Binding, BindingId, BindingKind, Load, Resolution, Scope, ScopeId, ScopeKind,
    SemanticModel, Symbol, SymbolId, UnboundReason,
};
use crate::Profile;

pub(super) fn build(module: &ast::ModModule, profile: &Profile) -> SemanticModel {
    // Handler code has about one name read per 8 bytes and one binding per
    // 40: sized so that most files never grow the lists.
    let bytes = module.range.len().to_usize();
    let mut builder = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, None, module.range, None)],
        frames: vec![Frame::new(ScopeId::MODULE)],
        raw_bindings: Vec::with_capacity(bytes / 40 + 8),
        raw_loads: Vec::with_capacity(bytes / 8 + 8),
        scope_nodes: FxHashMap::default(),
        pending: Pending::assignment(TextSize::from(0), AssignedValue::Other),
    };
    builder.visit_body(&module.body);
    builder.finish(profile)
}

/// Per-scope state while walking.
struct Frame {
    scope: ScopeId,
    /// `for`/`while` bodies around the current node, in this scope.
    loop_depth: u32,
    /// `try` bodies whose handlers name `NameError`, in this scope.
    guard_depth: u32,
    /// Inside a local variable's annotation, which Python never evaluates.
    in_unevaluated_annotation: bool,
}

impl Frame {
    fn new(scope: ScopeId) -> Self {
        Self {
            scope,
            loop_depth: 0,
            guard_depth: 0,
            in_unevaluated_annotation: false,
        }
    }
}

/// How the next stored name binds.
#[derive(Clone, Copy)]
struct Pending {
    kind: BindingKind,
    effective: TextSize,
    value: AssignedValue,
}

impl Pending {
    fn assignment(effective: TextSize, value: AssignedValue) -> Self {
        Self {
            kind: BindingKind::Assignment,
            effective,
            value,
        }
    }
}

struct RawBinding {
    name: Name,
    kind: BindingKind,
    range: TextRange,
    /// The scope whose code holds the binding.
    scope: ScopeId,
    /// Where the binding starts looking for its owner (differs from `scope`
    /// for a walrus inside a comprehension).
    start: ScopeId,
    effective: TextSize,
    handler: Option<TextRange>,
    value: AssignedValue,
}

struct RawLoad<'a> {
    name: &'a str,
    range: TextRange,
    scope: ScopeId,
    /// The name is the function of a call (`name(...)`).
    is_callee: bool,
    straight_line: bool,
    guarded: bool,
    evaluated: bool,
}

struct Builder<'a> {
    scopes: Vec<Scope>,
    frames: Vec<Frame>,
    raw_bindings: Vec<RawBinding>,
    raw_loads: Vec<RawLoad<'a>>,
    scope_nodes: FxHashMap<TextSize, ScopeId>,
    pending: Pending,
}

impl<'a> Builder<'a> {
    fn frame(&self) -> &Frame {
        // The module frame is pushed first and never popped.
        self.frames
            .last()
            .unwrap_or_else(|| unreachable!("module frame"))
    }

    fn frame_mut(&mut self) -> &mut Frame {
        self.frames
            .last_mut()
            .unwrap_or_else(|| unreachable!("module frame"))
    }

    fn current_scope(&self) -> ScopeId {
        self.frame().scope
    }

    fn scope_mut(&mut self, id: ScopeId) -> &mut Scope {
        &mut self.scopes[id.index()]
    }

    fn push_scope(&mut self, kind: ScopeKind, range: TextRange, name: Option<Name>) {
        let id = ScopeId(self.scopes.len() as u32);
        self.scopes
            .push(Scope::new(kind, Some(self.current_scope()), range, name));
        self.scope_nodes.insert(range.start(), id);
        self.frames.push(Frame::new(id));
    }

    fn pop_scope(&mut self) {
        if self.frames.len() > 1 {
            self.frames.pop();
        }
    }

    fn bind(&mut self, name: &Name, range: TextRange, kind: BindingKind, effective: TextSize) {
        self.bind_full(name, range, kind, effective, None, AssignedValue::Other);
    }

    fn bind_full(
        &mut self,
        name: &Name,
        range: TextRange,
        kind: BindingKind,
        effective: TextSize,
        handler: Option<TextRange>,
        value: AssignedValue,
    ) {
        let scope = self.current_scope();
        self.raw_bindings.push(RawBinding {
            name: name.clone(),
            kind,
            range,
            scope,
            start: scope,
            effective,
            handler,
            value,
        });
    }

    fn record_load(&mut self, name: &'a Name, range: TextRange, is_callee: bool) {
        let frame = self.frame();
        let load = RawLoad {
            name: name.as_str(),
            range,
            scope: frame.scope,
            is_callee,
            straight_line: frame.loop_depth == 0,
            guarded: frame.guard_depth > 0,
            evaluated: !frame.in_unevaluated_annotation,
        };
        self.raw_loads.push(load);
    }

    /// Visits assignment targets with `pending` describing their bindings.
    fn visit_target(&mut self, target: &'a Expr, pending: Pending) {
        let saved = std::mem::replace(&mut self.pending, pending);
        self.visit_expr(target);
        self.pending = saved;
    }

    /// Defaults and annotations: evaluated where the `def`/`lambda` is.
    fn visit_parameter_defaults(&mut self, parameters: &'a Parameters) {
        for parameter in parameters.iter_non_variadic_params() {
            if let Some(annotation) = &parameter.parameter.annotation {
                self.visit_annotation(annotation);
            }
            if let Some(default) = &parameter.default {
                self.visit_expr(default);
            }
        }
        for variadic in [&parameters.vararg, &parameters.kwarg]
            .into_iter()
            .flatten()
        {
            if let Some(annotation) = &variadic.annotation {
                self.visit_annotation(annotation);
            }
        }
    }

    fn bind_parameters(&mut self, parameters: &Parameters, effective: TextSize) {
        for parameter in parameters.iter() {
            let name = parameter.name();
            self.bind(&name.id, name.range, BindingKind::Parameter, effective);
        }
    }

    fn visit_comprehension_scope(
        &mut self,
        range: TextRange,
        generators: &'a [Comprehension],
        elements: &[&'a Expr],
    ) {
        let Some((first, rest)) = generators.split_first() else {
            for element in elements {
                self.visit_expr(element);
            }
            return;
        };
        // The first iterable is evaluated outside, where the comprehension is.
        self.visit_expr(&first.iter);
        self.push_scope(ScopeKind::Comprehension, range, None);
        let effective = range.start();
        let target = Pending {
            kind: BindingKind::ComprehensionTarget,
            effective,
            value: AssignedValue::Other,
        };
        self.visit_target(&first.target, target);
        for condition in &first.ifs {
            self.visit_expr(condition);
        }
        for generator in rest {
            self.visit_expr(&generator.iter);
            self.visit_target(&generator.target, target);
            for condition in &generator.ifs {
                self.visit_expr(condition);
            }
        }
        for element in elements {
            self.visit_expr(element);
        }
        self.pop_scope();
    }

    fn bind_pattern_captures(&mut self, pattern: &Pattern, effective: TextSize) {
        let captured = match pattern {
            Pattern::MatchAs(ast::PatternMatchAs { name, .. })
            | Pattern::MatchStar(ast::PatternMatchStar { name, .. }) => name.as_ref(),
            Pattern::MatchMapping(ast::PatternMatchMapping { rest, .. }) => rest.as_ref(),
            _ => None,
        };
        if let Some(name) = captured {
            self.bind(&name.id, name.range, BindingKind::MatchCapture, effective);
        }
    }

    /// The scope a walrus binds in: the nearest that is not a comprehension.
    fn walrus_scope(&self) -> ScopeId {
        for frame in self.frames.iter().rev() {
            if self.scopes[frame.scope.index()].kind != ScopeKind::Comprehension {
                return frame.scope;
            }
        }
        ScopeId::MODULE
    }

    fn finish(self, profile: &Profile) -> SemanticModel {
        let Builder {
            mut scopes,
            raw_bindings,
            raw_loads,
            scope_nodes,
            ..
        } = self;

        // Names each scope's own code binds (before routing), for `nonlocal`.
        let mut bound_in: FxHashSet<(ScopeId, Name)> = FxHashSet::default();
        if scopes.iter().any(|scope| !scope.nonlocals.is_empty()) {
            for raw in &raw_bindings {
                bound_in.insert((raw.start, raw.name.clone()));
            }
        }

        let mut symbols: Vec<Symbol> = Vec::new();
        let mut bindings: Vec<Binding> = Vec::with_capacity(raw_bindings.len());
        let mut binding_at: FxHashMap<TextSize, BindingId> = FxHashMap::default();
        binding_at.reserve(raw_bindings.len());
        for raw in raw_bindings {
            let owner = owner_scope(&scopes, &bound_in, raw.start, &raw.name);
            let owner_scope = &mut scopes[owner.index()];
            let symbol = match owner_scope.symbols.get(&raw.name) {
                Some(symbol) => *symbol,
                None => {
                    let symbol = SymbolId(symbols.len() as u32);
                    symbols.push(Symbol {
                        name: raw.name.clone(),
                        scope: owner,
                        bindings: Vec::new(),
                    });
                    owner_scope.symbols.insert(raw.name.clone(), symbol);
                    symbol
                }
            };
            let id = BindingId(bindings.len() as u32);
            symbols[symbol.index()].bindings.push(id);
            binding_at.insert(raw.range.start(), id);
            bindings.push(Binding {
                name: raw.name,
                kind: raw.kind,
                range: raw.range,
                scope: raw.scope,
                symbol,
                effective: raw.effective,
                handler: raw.handler,
                value: raw.value,
            });
        }

        let mut model = SemanticModel {
            scopes,
            symbols,
            bindings,
            loads: FxHashMap::default(),
            scope_nodes,
            binding_at,
        };
        let mut loads = FxHashMap::default();
        loads.reserve(raw_loads.len());
        for raw in &raw_loads {
            let resolution = resolve_load(&model, profile, raw);
            loads.insert(
                raw.range.start(),
                Load {
                    range: raw.range,
                    scope: raw.scope,
                    resolution,
                    guarded: raw.guarded,
                    is_callee: raw.is_callee,
                },
            );
        }
        model.loads = loads;
        model
    }
}

/// Which scope owns a binding made by code in `start`.
fn owner_scope(
    scopes: &[Scope],
    bound_in: &FxHashSet<(ScopeId, Name)>,
    start: ScopeId,
    name: &Name,
) -> ScopeId {
    let Some(scope) = scopes.get(start.index()) else {
        return ScopeId::MODULE;
    };
    if scope.declares_global(name) {
        return ScopeId::MODULE;
    }
    if scope.declares_nonlocal(name) {
        let mut current = scope.parent;
        while let Some(id) = current {
            let Some(candidate) = scopes.get(id.index()) else {
                break;
            };
            if candidate.is_function_like()
                && !candidate.declares_global(name)
                && (candidate.declares_nonlocal(name) || bound_in.contains(&(id, name.clone())))
            {
                return owner_scope(scopes, bound_in, id, name);
            }
            current = candidate.parent;
        }
    }
    start
}

fn resolve_load(model: &SemanticModel, profile: &Profile, raw: &RawLoad<'_>) -> Resolution {
    let resolution = lookup(model, profile, raw.scope, raw.name);
    let resolution = match resolution {
        Resolution::Symbol(symbol) => refine(model, profile, raw, symbol),
        other => other,
    };
    if !raw.evaluated && matches!(resolution, Resolution::Unbound(_)) {
        return Resolution::Unknown;
    }
    resolution
}

/// Python's lookup of a free or local name from code in `scope`.
fn lookup(model: &SemanticModel, profile: &Profile, scope: ScopeId, name: &str) -> Resolution {
    let mut current = Some(scope);
    let mut first = true;
    while let Some(id) = current {
        let candidate = model.scope(id);
        if candidate.declares_global(name) {
            return lookup_global(model, profile, name);
        }
        // A class body's names are seen only by the class body itself.
        if first || candidate.kind != ScopeKind::Class {
            if candidate.has_star_import {
                return Resolution::Unknown;
            }
            if let Some(symbol) = candidate.symbol(name) {
                return Resolution::Symbol(symbol);
            }
        }
        first = false;
        current = candidate.parent;
    }
    lookup_builtin(profile, name)
}

fn lookup_global(model: &SemanticModel, profile: &Profile, name: &str) -> Resolution {
    let module = model.scope(ScopeId::MODULE);
    if module.has_star_import {
        return Resolution::Unknown;
    }
    match module.symbol(name) {
        Some(symbol) => Resolution::Symbol(symbol),
        None => lookup_builtin(profile, name),
    }
}

fn lookup_builtin(profile: &Profile, name: &str) -> Resolution {
    if profile.is_builtin(name) {
        Resolution::Builtin
    } else {
        Resolution::Unbound(UnboundReason::NoBinding)
    }
}

/// Turns a symbol resolution into `Unbound` where the name surely holds no
/// value at the load.
fn refine(
    model: &SemanticModel,
    profile: &Profile,
    raw: &RawLoad<'_>,
    symbol: SymbolId,
) -> Resolution {
    let found = Resolution::Symbol(symbol);
    let entry = model.symbol(symbol);
    // Module and class names fall back to the builtins while unbound;
    // function locals do not.
    let unbound = |reason| {
        let falls_back = !model.scope(entry.scope).is_function_like()
            && model.scope(entry.scope).kind != ScopeKind::Comprehension;
        if falls_back && profile.is_builtin(raw.name) {
            Resolution::Builtin
        } else {
            Resolution::Unbound(reason)
        }
    };
    let bindings = || entry.bindings.iter().map(|binding| model.binding(*binding));
    let defining = || bindings().filter(|binding| binding.kind.defines());

    // `except ... as e` deletes `e` when the handler ends.
    let only_handlers = bindings().all(|binding| {
        matches!(
            binding.kind,
            BindingKind::ExceptHandler | BindingKind::Deletion
        )
    }) && bindings().any(|binding| binding.kind == BindingKind::ExceptHandler);
    if only_handlers
        && entry.scope == raw.scope
        && bindings().all(|binding| {
            binding
                .handler
                .is_none_or(|handler| !handler.contains_range(raw.range))
        })
    {
        return unbound(UnboundReason::AfterExceptHandler);
    }

    // Straight-line module code runs top to bottom: a name read before any
    // of its bindings has run holds nothing yet.
    if raw.scope == ScopeId::MODULE
        && entry.scope == ScopeId::MODULE
        && raw.straight_line
        && defining().next().is_some()
        && defining().all(|binding| binding.effective > raw.range.start())
    {
        return unbound(UnboundReason::BeforeDefinition);
    }
    found
}

/// What a binding's value looks like, for rules that care.
fn assigned_value(value: &Expr) -> AssignedValue {
    match value {
        Expr::StringLiteral(_) | Expr::FString(_) => AssignedValue::Str,
        Expr::Call(call) => AssignedValue::Call(call.func.range()),
        _ => AssignedValue::Other,
    }
}

/// Whether an `except` clause names `NameError` (or its subclass
/// `UnboundLocalError`): the code in its `try` may expect a `NameError`.
fn handler_names_name_error(handler: &ExceptHandler) -> bool {
    let ExceptHandler::ExceptHandler(handler) = handler;
    let Some(type_) = &handler.type_ else {
        return false;
    };
    let is_name_error = |expr: &Expr| matches!(expr, Expr::Name(name) if matches!(name.id.as_str(), "NameError" | "UnboundLocalError"));
    match type_.as_ref() {
        Expr::Tuple(tuple) => tuple.elts.iter().any(is_name_error),
        other => is_name_error(other),
    }
}

impl<'a> Visitor<'a> for Builder<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(function) => {
                for decorator in &function.decorator_list {
                    self.visit_decorator(decorator);
                }
                self.visit_parameter_defaults(&function.parameters);
                if let Some(returns) = &function.returns {
                    self.visit_annotation(returns);
                }
                self.bind(
                    &function.name.id,
                    function.name.range,
                    BindingKind::FunctionDef,
                    function.range.end(),
                );
                self.push_scope(
                    ScopeKind::Function,
                    function.range,
                    Some(function.name.id.clone()),
                );
                self.bind_parameters(&function.parameters, function.range.start());
                self.visit_body(&function.body);
                self.pop_scope();
            }
            Stmt::ClassDef(class) => {
                for decorator in &class.decorator_list {
                    self.visit_decorator(decorator);
                }
                if let Some(arguments) = &class.arguments {
                    self.visit_arguments(arguments);
                }
                self.bind(
                    &class.name.id,
                    class.name.range,
                    BindingKind::ClassDef,
                    class.range.end(),
                );
                self.push_scope(ScopeKind::Class, class.range, Some(class.name.id.clone()));
                self.visit_body(&class.body);
                self.pop_scope();
            }
            Stmt::Assign(assign) => {
                self.visit_expr(&assign.value);
                let value = match assign.targets.as_slice() {
                    [Expr::Name(_)] => assigned_value(&assign.value),
                    _ => AssignedValue::Other,
                };
                for target in &assign.targets {
                    self.visit_target(target, Pending::assignment(assign.range.end(), value));
                }
            }
            Stmt::AugAssign(assign) => {
                self.visit_expr(&assign.value);
                match assign.target.as_ref() {
                    Expr::Name(name) => {
                        self.record_load(&name.id, name.range, false);
                        self.bind(
                            &name.id,
                            name.range,
                            BindingKind::AugmentedAssignment,
                            assign.range.end(),
                        );
                    }
                    other => self.visit_expr(other),
                }
            }
            Stmt::AnnAssign(assign) => {
                if let Some(value) = &assign.value {
                    self.visit_expr(value);
                }
                let local = self.scopes[self.current_scope().index()].is_function_like();
                let saved = self.frame().in_unevaluated_annotation;
                self.frame_mut().in_unevaluated_annotation =
                    saved || (local && matches!(assign.target.as_ref(), Expr::Name(_)));
                self.visit_annotation(&assign.annotation);
                self.frame_mut().in_unevaluated_annotation = saved;
                let pending = match &assign.value {
                    Some(value) => Pending {
                        kind: BindingKind::AnnotatedAssignment,
                        effective: assign.range.end(),
                        value: assigned_value(value),
                    },
                    None => Pending {
                        kind: BindingKind::Annotation,
                        effective: assign.range.end(),
                        value: AssignedValue::Other,
                    },
                };
                self.visit_target(&assign.target, pending);
            }
            Stmt::For(for_stmt) => {
                self.visit_expr(&for_stmt.iter);
                let pending = Pending {
                    kind: BindingKind::ForTarget,
                    effective: for_stmt.iter.end(),
                    value: AssignedValue::Other,
                };
                self.visit_target(&for_stmt.target, pending);
                self.frame_mut().loop_depth += 1;
                self.visit_body(&for_stmt.body);
                self.frame_mut().loop_depth -= 1;
                self.visit_body(&for_stmt.orelse);
            }
            Stmt::While(while_stmt) => {
                self.visit_expr(&while_stmt.test);
                self.frame_mut().loop_depth += 1;
                self.visit_body(&while_stmt.body);
                self.frame_mut().loop_depth -= 1;
                self.visit_body(&while_stmt.orelse);
            }
            Stmt::With(with) => {
                for item in &with.items {
                    self.visit_expr(&item.context_expr);
                    if let Some(vars) = &item.optional_vars {
                        let value = match vars.as_ref() {
                            Expr::Name(_) => assigned_value(&item.context_expr),
                            _ => AssignedValue::Other,
                        };
                        let pending = Pending {
                            kind: BindingKind::WithTarget,
                            effective: vars.end(),
                            value,
                        };
                        self.visit_target(vars, pending);
                    }
                }
                self.visit_body(&with.body);
            }
            Stmt::Try(try_stmt) => {
                let guarded = try_stmt.handlers.iter().any(handler_names_name_error);
                if guarded {
                    self.frame_mut().guard_depth += 1;
                }
                self.visit_body(&try_stmt.body);
                if guarded {
                    self.frame_mut().guard_depth -= 1;
                }
                for handler in &try_stmt.handlers {
                    let ExceptHandler::ExceptHandler(handler) = handler;
                    if let Some(type_) = &handler.type_ {
                        self.visit_expr(type_);
                    }
                    if let Some(name) = &handler.name {
                        self.bind_full(
                            &name.id,
                            name.range,
                            BindingKind::ExceptHandler,
                            name.range.end(),
                            Some(handler.range),
                            AssignedValue::Other,
                        );
                    }
                    self.visit_body(&handler.body);
                }
                self.visit_body(&try_stmt.orelse);
                self.visit_body(&try_stmt.finalbody);
            }
            Stmt::Import(import) => {
                for alias in &import.names {
                    let (name, range) = match &alias.asname {
                        Some(asname) => (asname.id.clone(), asname.range),
                        None => {
                            // `import a.b` binds `a`.
                            let first = alias.name.id.split('.').next().unwrap_or_default();
                            (Name::new(first), alias.name.range)
                        }
                    };
                    self.bind(&name, range, BindingKind::Import, import.range.end());
                }
            }
            Stmt::ImportFrom(import) => {
                for alias in &import.names {
                    if alias.name.id.as_str() == "*" {
                        let scope = self.current_scope();
                        self.scope_mut(scope).has_star_import = true;
                        continue;
                    }
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.bind(
                        &bound.id,
                        bound.range,
                        BindingKind::FromImport,
                        import.range.end(),
                    );
                }
            }
            Stmt::Global(global) => {
                let scope = self.current_scope();
                let names: Vec<Name> = global.names.iter().map(|name| name.id.clone()).collect();
                self.scope_mut(scope).globals.extend(names);
            }
            Stmt::Nonlocal(nonlocal) => {
                let scope = self.current_scope();
                let names: Vec<Name> = nonlocal.names.iter().map(|name| name.id.clone()).collect();
                self.scope_mut(scope).nonlocals.extend(names);
            }
            Stmt::Match(match_stmt) => {
                self.visit_expr(&match_stmt.subject);
                for case in &match_stmt.cases {
                    self.visit_pattern(&case.pattern);
                    if let Some(guard) = &case.guard {
                        self.visit_expr(guard);
                    }
                    self.visit_body(&case.body);
                }
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_pattern(&mut self, pattern: &'a Pattern) {
        self.bind_pattern_captures(pattern, pattern.end());
        visitor::walk_pattern(self, pattern);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(name) => match name.ctx {
                ExprContext::Load => self.record_load(&name.id, name.range, false),
                ExprContext::Store => {
                    let pending = self.pending;
                    self.bind_full(
                        &name.id,
                        name.range,
                        pending.kind,
                        pending.effective,
                        None,
                        pending.value,
                    );
                }
                ExprContext::Del => {
                    self.bind(
                        &name.id,
                        name.range,
                        BindingKind::Deletion,
                        name.range.end(),
                    );
                }
                ExprContext::Invalid => {}
            },
            Expr::Named(named) => {
                self.visit_expr(&named.value);
                match named.target.as_ref() {
                    Expr::Name(target) => {
                        let start = self.walrus_scope();
                        self.raw_bindings.push(RawBinding {
                            name: target.id.clone(),
                            kind: BindingKind::NamedExpr,
                            range: target.range,
                            scope: self.current_scope(),
                            start,
                            effective: named.range.end(),
                            handler: None,
                            value: assigned_value(&named.value),
                        });
                    }
                    other => self.visit_expr(other),
                }
            }
            Expr::Lambda(lambda) => {
                if let Some(parameters) = &lambda.parameters {
                    self.visit_parameter_defaults(parameters);
                }
                self.push_scope(ScopeKind::Lambda, lambda.range, None);
                if let Some(parameters) = &lambda.parameters {
                    self.bind_parameters(parameters, lambda.range.start());
                }
                self.visit_expr(&lambda.body);
                self.pop_scope();
            }
            Expr::ListComp(comp) => {
                self.visit_comprehension_scope(comp.range, &comp.generators, &[&comp.elt]);
            }
            Expr::SetComp(comp) => {
                self.visit_comprehension_scope(comp.range, &comp.generators, &[&comp.elt]);
            }
            Expr::Generator(comp) => {
                self.visit_comprehension_scope(comp.range, &comp.generators, &[&comp.elt]);
            }
            Expr::DictComp(comp) => {
                let mut elements: Vec<&Expr> = Vec::with_capacity(2);
                if let Some(key) = &comp.key {
                    elements.push(key);
                }
                elements.push(&comp.value);
                self.visit_comprehension_scope(comp.range, &comp.generators, &elements);
            }
            Expr::Call(call) => match call.func.as_ref() {
                Expr::Name(callee) if callee.ctx == ExprContext::Load => {
                    self.record_load(&callee.id, callee.range, true);
                    self.visit_arguments(&call.arguments);
                }
                _ => visitor::walk_expr(self, expr),
            },
            _ => visitor::walk_expr(self, expr),
        }
    }
}
