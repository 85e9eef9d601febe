//! What CPython's compile step refuses after parsing.
//!
//! RestrictedPython parses with `ast.parse`, transforms, then calls
//! `compile()`; errors from that last step (symbol table, code generation)
//! make Sym refuse the file, so they are syntax errors here too. Messages
//! are CPython 3.11's, word for word, at the node CPython points at.
//!
//! One walk over the tree, in CPython's symbol-table order, builds the
//! scopes and checks everything local to a node; [`scope::analyse`] then
//! checks `nonlocal` declarations against the finished scopes. The parser
//! (ruff_python_parser 0.0.10) reports none of these itself, so nothing here
//! duplicates its errors.
//!
//! Differences from CPython, on purpose: CPython stops at the first error,
//! this reports every one (but at most one per `case` pattern, as CPython
//! stops compiling a pattern at its first error). Not modelled: recursion
//! limits, and the few mapping-pattern keys listed at [`MappingKey`].

mod scope;

use ruff_python_ast::{
    self as ast, Comprehension, ExceptHandler, Expr, ExprContext, InterpolatedStringElement,
    Parameters, Pattern, Stmt,
};
use ruff_text_size::{Ranged, TextRange};

use crate::{SyntaxError, SyntaxErrorKind};
use scope::{ComprehensionKind, Scope, ScopeKind, Symbol, flag};

pub(crate) fn check(module: &ast::ModModule, source: &str) -> Vec<SyntaxError> {
    let mut checker = Checker::new(module);
    // A read matters to the symbol table only when a `global`/`nonlocal`
    // of the same scope follows it; without either word in the file,
    // recording every read is wasted work.
    checker.record_reads = memchr::memmem::find(source.as_bytes(), b"global").is_some()
        || memchr::memmem::find(source.as_bytes(), b"nonlocal").is_some();
    checker.visit_body(&module.body);
    checker.exit_scope();
    let mut late = Vec::new();
    scope::analyse(&checker.scopes, &mut late);
    for (range, message) in late {
        checker.errors.push(SyntaxError {
            kind: SyntaxErrorKind::Compile,
            range,
            message,
        });
    }
    checker.errors
}

/// CPython's limit on nested blocks in one code unit (`CO_MAXBLOCKS`).
const MAX_BLOCKS: usize = 20;

/// Nesting beyond which the walk stops. CPython 3.11 fails with a
/// `RecursionError` below this (RestrictedPython's transformer near 250).
const MAX_DEPTH: u32 = 1000;

/// Targets before a starred one that `UNPACK_EX` can encode.
const MAX_UNPACK_BEFORE_STAR: usize = 1 << 8;

/// The `__future__` features CPython 3.11 knows.
const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// A block on the code generator's frame-block stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Block {
    Loop,
    ExceptStarHandler,
    Other,
}

/// How an annotation is treated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Annotation {
    /// Evaluated: compiled like any expression.
    Evaluated,
    /// Not evaluated (annotations of locals): only symbol-table checks.
    Skipped,
    /// `from __future__ import annotations`: stored as a string; the symbol
    /// table refuses `yield`, `await` and `:=` in it.
    Postponed,
}

struct Checker<'a> {
    errors: Vec<SyntaxError>,
    scopes: Vec<Scope<'a>>,
    /// Index of the current scope in `scopes`.
    current: usize,
    blocks: Vec<Block>,
    /// False while visiting code CPython does not compile (unevaluated
    /// annotations): only symbol-table errors apply there.
    compiling: bool,
    /// Inside a postponed annotation.
    in_postponed_annotation: bool,
    future_annotations: bool,
    /// The `from __future__` statements at the top of the file, which are
    /// the only ones allowed.
    leading_futures: Vec<TextRange>,
    /// How deep the walk is in nested statements and expressions.
    depth: u32,
    /// The nesting limit was hit (reported once).
    too_deep: bool,
    /// Record name reads (`USE`) in the symbol table.
    record_reads: bool,
}

impl<'a> Checker<'a> {
    fn new(module: &'a ast::ModModule) -> Self {
        let mut checker = Self {
            errors: Vec::new(),
            scopes: vec![Scope::new(ScopeKind::Module, None, 0)],
            current: 0,
            blocks: Vec::new(),
            compiling: true,
            in_postponed_annotation: false,
            future_annotations: false,
            leading_futures: Vec::new(),
            depth: 0,
            too_deep: false,
            record_reads: true,
        };
        checker.scan_futures(&module.body);
        checker
    }

    fn error(&mut self, range: TextRange, message: impl Into<String>) {
        self.errors.push(SyntaxError {
            kind: SyntaxErrorKind::Compile,
            range,
            message: message.into(),
        });
    }

    /// A code-generation error: only raised for code CPython compiles.
    fn compile_error(&mut self, range: TextRange, message: impl Into<String>) {
        if self.compiling {
            self.error(range, message);
        }
    }

    fn scope(&self) -> &Scope<'a> {
        // `current` always indexes `scopes`; fall back to the module.
        self.scopes
            .get(self.current)
            .or_else(|| self.scopes.first())
            .unwrap_or_else(|| unreachable_scope())
    }

    fn scope_mut(&mut self) -> Option<&mut Scope<'a>> {
        self.scopes.get_mut(self.current)
    }

    fn kind(&self) -> ScopeKind {
        self.scopes
            .get(self.current)
            .map_or(ScopeKind::Module, |scope| scope.kind)
    }

    // ---- scopes -------------------------------------------------------

    fn enter_scope(&mut self, kind: ScopeKind) {
        let inherited = self
            .scopes
            .get(self.current)
            .map_or(0, |scope| scope.comp_iter_expr);
        let mut scope = Scope::new(kind, Some(self.current), self.blocks.len());
        scope.comp_iter_expr = inherited;
        self.scopes.push(scope);
        self.current = self.scopes.len() - 1;
    }

    /// Leaves the current scope, reporting what needed the whole scope.
    fn exit_scope(&mut self) {
        let Some(scope) = self.scopes.get_mut(self.current) else {
            return;
        };
        let parent = scope.parent;
        let block_base = scope.block_base;
        let async_generator_returns = if scope.generator && scope.coroutine {
            std::mem::take(&mut scope.async_returns)
        } else {
            Vec::new()
        };
        for range in async_generator_returns {
            self.compile_error(range, "'return' with value in async generator");
        }
        self.blocks.truncate(block_base);
        if let Some(parent) = parent {
            self.current = parent;
        }
    }

    fn add_symbol(&mut self, name: &'a str, flags: u16, range: TextRange) {
        let Some(scope) = self.scopes.get_mut(self.current) else {
            return;
        };
        let comp_iter_target = scope.comp_iter_target;
        let symbol = scope.symbols.entry(name).or_default();
        if flags & flag::PARAM != 0 && symbol.flags & flag::PARAM != 0 {
            let message = format!("duplicate argument '{name}' in function definition");
            self.error(range, message);
            return;
        }
        symbol.flags |= flags;
        if comp_iter_target {
            if symbol.flags & (flag::GLOBAL | flag::NONLOCAL) != 0 {
                let message = format!(
                    "comprehension inner loop cannot rebind assignment expression target '{name}'"
                );
                self.error(range, message);
                return;
            }
            symbol.flags |= flag::COMP_ITER;
        }
    }

    /// Records a `global`/`nonlocal` declaration of `name` at `range`.
    fn add_directive(&mut self, name: &'a str, flags: u16, range: TextRange) {
        let Some(scope) = self.scopes.get_mut(self.current) else {
            return;
        };
        if flags & flag::NONLOCAL != 0 {
            scope.needs_analysis = true;
        }
        let symbol = scope.symbols.entry(name).or_insert_with(Symbol::default);
        symbol.flags |= flags;
        if symbol.directive.is_none() {
            symbol.directive = Some(range);
        }
    }

    // ---- blocks -------------------------------------------------------

    fn block_depth(&self) -> usize {
        self.blocks.len().saturating_sub(self.scope().block_base)
    }

    /// Pushes `count` blocks opened by the node at `range`.
    fn push_blocks(&mut self, block: Block, count: usize, range: TextRange) {
        let depth = self.block_depth();
        // Report where the limit is crossed, not again for every deeper block.
        if depth <= MAX_BLOCKS && depth + count > MAX_BLOCKS {
            self.compile_error(range, "too many statically nested blocks");
        }
        for _ in 0..count {
            self.blocks.push(block);
        }
    }

    fn pop_blocks(&mut self, count: usize) {
        let keep = self.blocks.len().saturating_sub(count);
        self.blocks.truncate(keep.max(self.scope().block_base));
    }

    /// The innermost loop or `except*` handler of the current code unit.
    fn innermost_jump_target(&self, stop_at_loop: bool) -> Option<Block> {
        let base = self.scope().block_base;
        let unit = self.blocks.get(base..).unwrap_or(&[]);
        unit.iter().rev().copied().find(|block| {
            *block == Block::ExceptStarHandler || (stop_at_loop && *block == Block::Loop)
        })
    }

    // ---- futures ------------------------------------------------------

    /// Finds the leading `from __future__` imports and checks their
    /// features, as CPython's future parser does before compiling.
    fn scan_futures(&mut self, body: &'a [Stmt]) {
        let mut statements = body.iter().peekable();
        if let Some(Stmt::Expr(first)) = statements.peek()
            && first.value.is_string_literal_expr()
        {
            statements.next();
        }
        for statement in statements {
            let Stmt::ImportFrom(import) = statement else {
                break;
            };
            if !is_future_import(import) {
                break;
            }
            self.leading_futures.push(import.range);
            for alias in &import.names {
                let feature = alias.name.as_str();
                if feature == "annotations" {
                    self.future_annotations = true;
                } else if feature == "braces" {
                    self.error(import.range, "not a chance");
                } else if !FUTURE_FEATURES.contains(&feature) {
                    let message = format!("future feature {feature} is not defined");
                    self.error(import.range, message);
                }
            }
        }
    }

    // ---- statements ---------------------------------------------------

    fn visit_body(&mut self, body: &'a [Stmt]) {
        for statement in body {
            self.visit_stmt(statement);
        }
    }

    /// Enters one level of nesting; false when too deep to go on (CPython
    /// gives up with a `RecursionError` long before this, and the walk must
    /// not exhaust the stack).
    fn descend(&mut self, node: &impl Ranged) -> bool {
        if self.depth >= MAX_DEPTH {
            if !self.too_deep {
                self.too_deep = true;
                self.error(
                    node.range(),
                    "maximum recursion depth exceeded during compilation",
                );
            }
            return false;
        }
        self.depth += 1;
        true
    }

    fn visit_stmt(&mut self, statement: &'a Stmt) {
        if !self.descend(statement) {
            return;
        }
        self.visit_stmt_inner(statement);
        self.depth -= 1;
    }

    fn visit_stmt_inner(&mut self, statement: &'a Stmt) {
        match statement {
            Stmt::FunctionDef(function) => self.visit_function(function),
            Stmt::ClassDef(class) => self.visit_class(class),
            Stmt::Return(ret) => {
                if !self.kind().is_function_like() {
                    self.compile_error(ret.range, "'return' outside function");
                }
                if let Some(value) = &ret.value {
                    self.visit_expr(value);
                    let range = ret.range;
                    if let Some(scope) = self.scope_mut()
                        && matches!(scope.kind, ScopeKind::Function { is_async: true })
                    {
                        scope.async_returns.push(range);
                    }
                }
                if self.innermost_jump_target(false) == Some(Block::ExceptStarHandler) {
                    let range = ret.value.as_ref().map_or(ret.range, |value| value.range());
                    self.compile_error(range, EXCEPT_STAR_JUMP);
                }
            }
            Stmt::Delete(delete) => {
                for target in &delete.targets {
                    self.visit_expr(target);
                }
            }
            Stmt::TypeAlias(alias) => {
                // Python 3.12 syntax, already refused by the parser.
                self.visit_expr(&alias.value);
            }
            Stmt::Assign(assign) => {
                for target in &assign.targets {
                    self.visit_expr(target);
                }
                self.visit_expr(&assign.value);
            }
            Stmt::AugAssign(assign) => {
                self.visit_expr(&assign.target);
                self.visit_expr(&assign.value);
            }
            Stmt::AnnAssign(assign) => self.visit_ann_assign(assign),
            Stmt::For(for_stmt) => {
                if for_stmt.is_async {
                    self.check_async_statement(
                        for_stmt.range,
                        "'async for' outside async function",
                    );
                }
                self.visit_expr(&for_stmt.target);
                self.visit_expr(&for_stmt.iter);
                self.push_blocks(Block::Loop, 1, for_stmt.range);
                self.visit_body(&for_stmt.body);
                self.pop_blocks(1);
                self.visit_body(&for_stmt.orelse);
            }
            Stmt::While(while_stmt) => {
                self.visit_expr(&while_stmt.test);
                self.push_blocks(Block::Loop, 1, while_stmt.range);
                self.visit_body(&while_stmt.body);
                self.pop_blocks(1);
                self.visit_body(&while_stmt.orelse);
            }
            Stmt::If(if_stmt) => {
                self.visit_expr(&if_stmt.test);
                self.visit_body(&if_stmt.body);
                for clause in &if_stmt.elif_else_clauses {
                    if let Some(test) = &clause.test {
                        self.visit_expr(test);
                    }
                    self.visit_body(&clause.body);
                }
            }
            Stmt::With(with) => {
                if with.is_async {
                    self.check_async_statement(with.range, "'async with' outside async function");
                }
                for item in &with.items {
                    self.visit_expr(&item.context_expr);
                    if let Some(target) = &item.optional_vars {
                        self.visit_expr(target);
                    }
                }
                // Each item is its own block.
                let count = with.items.len();
                self.push_blocks(Block::Other, count, with.range);
                self.visit_body(&with.body);
                self.pop_blocks(count);
            }
            Stmt::Match(match_stmt) => {
                self.visit_expr(&match_stmt.subject);
                let cases = match_stmt.cases.len();
                for (index, case) in match_stmt.cases.iter().enumerate() {
                    if self.compiling {
                        // Irrefutable cases must be guarded or last.
                        let allow_irrefutable = case.guard.is_some() || index + 1 == cases;
                        self.check_case_pattern(&case.pattern, allow_irrefutable);
                    }
                    self.visit_pattern(&case.pattern);
                    if let Some(guard) = &case.guard {
                        self.visit_expr(guard);
                    }
                    self.visit_body(&case.body);
                }
            }
            Stmt::Raise(raise) => {
                if let Some(exception) = &raise.exc {
                    self.visit_expr(exception);
                }
                if let Some(cause) = &raise.cause {
                    self.visit_expr(cause);
                }
            }
            Stmt::Try(try_stmt) => self.visit_try(try_stmt),
            Stmt::Assert(assert) => {
                self.visit_expr(&assert.test);
                if let Some(message) = &assert.msg {
                    self.visit_expr(message);
                }
            }
            Stmt::Import(import) => {
                for alias in &import.names {
                    let bound = match &alias.asname {
                        Some(asname) => asname.as_str(),
                        None => {
                            let name = alias.name.as_str();
                            name.split('.').next().unwrap_or(name)
                        }
                    };
                    self.bind_import(bound, import.range);
                }
            }
            Stmt::ImportFrom(import) => self.visit_import_from(import),
            Stmt::Global(global) => {
                for name in &global.names {
                    self.declare(name.as_str(), global.range, true);
                }
            }
            Stmt::Nonlocal(nonlocal) => {
                for name in &nonlocal.names {
                    self.declare(name.as_str(), nonlocal.range, false);
                }
            }
            Stmt::Expr(expr) => self.visit_expr(&expr.value),
            Stmt::Break(brk) => match self.innermost_jump_target(true) {
                Some(Block::ExceptStarHandler) => self.compile_error(brk.range, EXCEPT_STAR_JUMP),
                Some(_) => {}
                None => self.compile_error(brk.range, "'break' outside loop"),
            },
            Stmt::Continue(cont) => match self.innermost_jump_target(true) {
                Some(Block::ExceptStarHandler) => {
                    self.compile_error(cont.range, EXCEPT_STAR_JUMP);
                }
                Some(_) => {}
                None => self.compile_error(cont.range, "'continue' not properly in loop"),
            },
            Stmt::Pass(_) | Stmt::IpyEscapeCommand(_) => {}
        }
    }

    /// `async for` / `async with` need an `async def` (no top-level await
    /// in `exec` mode).
    fn check_async_statement(&mut self, range: TextRange, message: &'static str) {
        if !matches!(self.kind(), ScopeKind::Function { is_async: true }) {
            self.compile_error(range, message);
        }
    }

    fn visit_function(&mut self, function: &'a ast::StmtFunctionDef) {
        let name = function.name.as_str();
        if name == "__debug__" || parameters_bind_debug(&function.parameters) {
            self.compile_error(function.range, ASSIGN_DEBUG);
        }
        self.add_symbol(name, flag::LOCAL, function.name.range);
        self.visit_defaults(&function.parameters);
        let annotation = if self.future_annotations {
            Annotation::Postponed
        } else {
            Annotation::Evaluated
        };
        for parameter in function.parameters.iter() {
            if let Some(expr) = parameter.annotation() {
                self.visit_annotation(expr, annotation);
            }
        }
        if let Some(returns) = &function.returns {
            self.visit_annotation(returns, annotation);
        }
        for decorator in &function.decorator_list {
            self.visit_expr(&decorator.expression);
        }
        self.enter_scope(ScopeKind::Function {
            is_async: function.is_async,
        });
        self.visit_parameters(&function.parameters);
        self.visit_body(&function.body);
        self.exit_scope();
    }

    fn visit_class(&mut self, class: &'a ast::StmtClassDef) {
        if class.name.as_str() == "__debug__" {
            self.compile_error(class.range, ASSIGN_DEBUG);
        }
        self.add_symbol(class.name.as_str(), flag::LOCAL, class.name.range);
        // RestrictedPython replaces a class's keywords with its own
        // `metaclass=` before compiling, so CPython never sees them: nothing
        // in them can be a compile-step error (`class A(x=1, x=2)` is
        // accepted). The bases are kept.
        if let Some(arguments) = &class.arguments {
            self.visit_elements(&arguments.args);
        }
        for decorator in &class.decorator_list {
            self.visit_expr(&decorator.expression);
        }
        self.enter_scope(ScopeKind::Class);
        self.visit_body(&class.body);
        self.exit_scope();
    }

    fn visit_defaults(&mut self, parameters: &'a Parameters) {
        for parameter in parameters
            .posonlyargs
            .iter()
            .chain(&parameters.args)
            .chain(&parameters.kwonlyargs)
        {
            if let Some(default) = &parameter.default {
                self.visit_expr(default);
            }
        }
    }

    /// Binds the parameters in the new function scope, in CPython's order
    /// (which decides which of two duplicates is reported).
    fn visit_parameters(&mut self, parameters: &'a Parameters) {
        for parameter in parameters
            .posonlyargs
            .iter()
            .chain(&parameters.args)
            .chain(&parameters.kwonlyargs)
        {
            self.bind_parameter(&parameter.parameter);
        }
        if let Some(vararg) = &parameters.vararg {
            self.bind_parameter(vararg);
        }
        if let Some(kwarg) = &parameters.kwarg {
            self.bind_parameter(kwarg);
        }
    }

    fn bind_parameter(&mut self, parameter: &'a ast::Parameter) {
        // CPython's `arg` node starts at the name, after any `*`/`**`.
        let range = TextRange::new(parameter.name.range.start(), parameter.range.end());
        self.add_symbol(parameter.name.as_str(), flag::PARAM, range);
    }

    fn visit_annotation(&mut self, annotation: &'a Expr, how: Annotation) {
        let saved = (self.compiling, self.in_postponed_annotation);
        match how {
            Annotation::Evaluated => {}
            Annotation::Skipped => self.compiling = false,
            Annotation::Postponed => {
                self.compiling = false;
                self.in_postponed_annotation = true;
            }
        }
        self.visit_expr(annotation);
        (self.compiling, self.in_postponed_annotation) = saved;
    }

    fn visit_ann_assign(&mut self, assign: &'a ast::StmtAnnAssign) {
        if let Expr::Name(target) = assign.target.as_ref() {
            let name = target.id.as_str();
            if assign.value.is_none() && name == "__debug__" {
                self.compile_error(assign.range, ASSIGN_DEBUG);
            }
            let flags = self.scope().flags(name);
            if assign.simple && self.current != 0 && flags & (flag::GLOBAL | flag::NONLOCAL) != 0 {
                let message = if flags & flag::GLOBAL != 0 {
                    format!("annotated name '{name}' can't be global")
                } else {
                    format!("annotated name '{name}' can't be nonlocal")
                };
                self.error(assign.range, message);
            }
            if assign.simple {
                self.add_symbol(name, flag::ANNOT | flag::LOCAL, target.range);
                if assign.value.is_some() {
                    self.check_store_name(name, target.range);
                }
            } else if assign.value.is_some() {
                self.visit_expr(&assign.target);
            }
        } else {
            // Attribute and subscript targets: evaluated even without a value.
            self.visit_expr(&assign.target);
        }
        let how = if self.future_annotations {
            Annotation::Postponed
        } else if matches!(self.kind(), ScopeKind::Module | ScopeKind::Class) {
            Annotation::Evaluated
        } else {
            Annotation::Skipped
        };
        self.visit_annotation(&assign.annotation, how);
        if let Some(value) = &assign.value {
            self.visit_expr(value);
        }
    }

    fn visit_try(&mut self, try_stmt: &'a ast::StmtTry) {
        let has_finally = !try_stmt.finalbody.is_empty();
        let has_handlers = !try_stmt.handlers.is_empty();
        if has_finally {
            self.push_blocks(Block::Other, 1, try_stmt.range);
        }
        if has_handlers {
            self.push_blocks(Block::Other, 1, try_stmt.range);
        }
        self.visit_body(&try_stmt.body);
        if has_handlers {
            self.pop_blocks(1);
            // The runtime's handler block, then one for the handler body.
            let handler_block = if try_stmt.is_star {
                Block::ExceptStarHandler
            } else {
                Block::Other
            };
            self.push_blocks(handler_block, 1, try_stmt.range);
            let last = try_stmt.handlers.len().saturating_sub(1);
            for (index, handler) in try_stmt.handlers.iter().enumerate() {
                let ExceptHandler::ExceptHandler(handler) = handler;
                if handler.type_.is_none() && index < last {
                    self.compile_error(handler.range, "default 'except:' must be last");
                }
                if let Some(type_) = &handler.type_ {
                    self.visit_expr(type_);
                }
                if let Some(name) = &handler.name {
                    if name.as_str() == "__debug__" {
                        self.compile_error(handler.range, ASSIGN_DEBUG);
                    }
                    self.add_symbol(name.as_str(), flag::LOCAL, name.range);
                }
                self.push_blocks(Block::Other, 1, handler.range);
                self.visit_body(&handler.body);
                self.pop_blocks(1);
            }
            self.pop_blocks(1);
        }
        self.visit_body(&try_stmt.orelse);
        if has_finally {
            self.pop_blocks(1);
            self.push_blocks(Block::Other, 1, try_stmt.range);
            self.visit_body(&try_stmt.finalbody);
            self.pop_blocks(1);
        }
    }

    fn visit_import_from(&mut self, import: &'a ast::StmtImportFrom) {
        if is_future_import(import) && !self.leading_futures.contains(&import.range) {
            self.compile_error(
                import.range,
                "from __future__ imports must occur at the beginning of the file",
            );
        }
        for alias in &import.names {
            let name = alias.name.as_str();
            if name == "*" {
                if self.kind() != ScopeKind::Module {
                    self.error(alias.range, "import * only allowed at module level");
                }
                continue;
            }
            let bound = alias.asname.as_ref().map_or(name, |asname| asname.as_str());
            self.bind_import(bound, import.range);
        }
    }

    fn bind_import(&mut self, name: &'a str, statement: TextRange) {
        if name == "__debug__" {
            self.compile_error(statement, ASSIGN_DEBUG);
        }
        self.add_symbol(name, flag::IMPORT, statement);
    }

    /// `global` (`is_global`) or `nonlocal` for one name.
    fn declare(&mut self, name: &'a str, statement: TextRange, is_global: bool) {
        let flags = self.scope().flags(name);
        let what = if is_global { "global" } else { "nonlocal" };
        let message = if flags & flag::PARAM != 0 {
            Some(format!("name '{name}' is parameter and {what}"))
        } else if flags & flag::USE != 0 {
            Some(format!("name '{name}' is used prior to {what} declaration"))
        } else if flags & flag::ANNOT != 0 {
            Some(format!("annotated name '{name}' can't be {what}"))
        } else if flags & flag::LOCAL != 0 {
            Some(format!(
                "name '{name}' is assigned to before {what} declaration"
            ))
        } else {
            None
        };
        if let Some(message) = message {
            self.error(statement, message);
            return;
        }
        let flag = if is_global {
            flag::GLOBAL
        } else {
            flag::NONLOCAL
        };
        self.add_directive(name, flag, statement);
    }

    // ---- expressions --------------------------------------------------

    fn visit_exprs(&mut self, exprs: &'a [Expr]) {
        for expr in exprs {
            self.visit_expr(expr);
        }
    }

    /// Elements of a list, tuple or set display, where `*x` is allowed.
    fn visit_elements(&mut self, elements: &'a [Expr]) {
        for element in elements {
            match element {
                Expr::Starred(starred) => self.visit_expr(&starred.value),
                _ => self.visit_expr(element),
            }
        }
    }

    /// A list or tuple: for targets, at most one `*x`, and few enough
    /// targets before it.
    fn visit_sequence(&mut self, elements: &'a [Expr], ctx: ExprContext, range: TextRange) {
        if ctx == ExprContext::Store {
            let mut starred = elements
                .iter()
                .enumerate()
                .filter(|(_, element)| element.is_starred_expr());
            if let Some((index, _)) = starred.next() {
                if starred.next().is_some() {
                    self.compile_error(range, "multiple starred expressions in assignment");
                } else if index >= MAX_UNPACK_BEFORE_STAR {
                    self.compile_error(range, "too many expressions in star-unpacking assignment");
                }
            }
        }
        self.visit_elements(elements);
    }

    fn visit_arguments(&mut self, arguments: &'a ast::Arguments, call: TextRange) {
        self.visit_elements(&arguments.args);
        for (index, keyword) in arguments.keywords.iter().enumerate() {
            if let Some(arg) = &keyword.arg {
                let name = arg.as_str();
                if name == "__debug__" {
                    self.compile_error(call, ASSIGN_DEBUG);
                }
                let earlier = arguments.keywords.get(..index).unwrap_or(&[]);
                if earlier
                    .iter()
                    .any(|other| other.arg.as_ref().is_some_and(|o| o.as_str() == name))
                {
                    self.compile_error(keyword.range, format!("keyword argument repeated: {name}"));
                }
            }
            self.visit_expr(&keyword.value);
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if !self.descend(expr) {
            return;
        }
        self.visit_expr_inner(expr);
        self.depth -= 1;
    }

    fn visit_expr_inner(&mut self, expr: &'a Expr) {
        match expr {
            Expr::BoolOp(op) => self.visit_exprs(&op.values),
            Expr::Named(named) => self.visit_named(named),
            Expr::BinOp(op) => {
                self.visit_expr(&op.left);
                self.visit_expr(&op.right);
            }
            Expr::UnaryOp(op) => self.visit_expr(&op.operand),
            Expr::Lambda(lambda) => {
                if let Some(parameters) = &lambda.parameters {
                    if parameters_bind_debug(parameters) {
                        self.compile_error(lambda.range, ASSIGN_DEBUG);
                    }
                    self.visit_defaults(parameters);
                }
                self.enter_scope(ScopeKind::Lambda);
                if let Some(parameters) = &lambda.parameters {
                    self.visit_parameters(parameters);
                }
                self.visit_expr(&lambda.body);
                self.exit_scope();
            }
            Expr::If(if_expr) => {
                self.visit_expr(&if_expr.test);
                self.visit_expr(&if_expr.body);
                self.visit_expr(&if_expr.orelse);
            }
            Expr::Dict(dict) => {
                for item in &dict.items {
                    if let Some(key) = &item.key {
                        self.visit_expr(key);
                    }
                    self.visit_expr(&item.value);
                }
            }
            Expr::Set(set) => self.visit_elements(&set.elts),
            Expr::ListComp(comp) => self.visit_comprehension(
                ComprehensionKind::List,
                comp.range,
                &comp.generators,
                &comp.elt,
                None,
            ),
            Expr::SetComp(comp) => self.visit_comprehension(
                ComprehensionKind::Set,
                comp.range,
                &comp.generators,
                &comp.elt,
                None,
            ),
            Expr::DictComp(comp) => match &comp.key {
                Some(key) => self.visit_comprehension(
                    ComprehensionKind::Dict,
                    comp.range,
                    &comp.generators,
                    key,
                    Some(&comp.value),
                ),
                None => self.visit_comprehension(
                    ComprehensionKind::Dict,
                    comp.range,
                    &comp.generators,
                    &comp.value,
                    None,
                ),
            },
            Expr::Generator(comp) => self.visit_comprehension(
                ComprehensionKind::Generator,
                comp.range,
                &comp.generators,
                &comp.elt,
                None,
            ),
            Expr::Await(await_expr) => {
                if self.in_postponed_annotation {
                    self.error(
                        await_expr.range,
                        "'await expression' can not be used within an annotation",
                    );
                }
                match self.kind() {
                    ScopeKind::Module | ScopeKind::Class => {
                        self.compile_error(await_expr.range, "'await' outside function");
                    }
                    ScopeKind::Function { is_async: false } | ScopeKind::Lambda => {
                        self.compile_error(await_expr.range, "'await' outside async function");
                    }
                    ScopeKind::Function { is_async: true } => {}
                    ScopeKind::Comprehension(_) => {
                        if let Some(scope) = self.scope_mut() {
                            scope.coroutine = true;
                        }
                    }
                }
                self.visit_expr(&await_expr.value);
            }
            Expr::Yield(yield_expr) => {
                self.check_yield(yield_expr.range, false);
                if let Some(value) = &yield_expr.value {
                    self.visit_expr(value);
                }
            }
            Expr::YieldFrom(yield_from) => {
                self.check_yield(yield_from.range, true);
                self.visit_expr(&yield_from.value);
            }
            Expr::Compare(compare) => {
                self.visit_expr(&compare.left);
                self.visit_exprs(&compare.comparators);
            }
            Expr::Call(call) => {
                self.visit_expr(&call.func);
                self.visit_arguments(&call.arguments, call.range());
            }
            Expr::FString(fstring) => {
                for element in fstring.value.elements() {
                    self.visit_interpolation(element, 0);
                }
            }
            Expr::TString(_)
            | Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::IpyEscapeCommand(_) => {}
            Expr::Attribute(attribute) => {
                // CPython 3.11 lets `del x.__debug__` through.
                if attribute.ctx == ExprContext::Store && attribute.attr.as_str() == "__debug__" {
                    self.compile_error(attribute.range, ASSIGN_DEBUG);
                }
                self.visit_expr(&attribute.value);
            }
            Expr::Subscript(subscript) => {
                self.visit_expr(&subscript.value);
                self.visit_expr(&subscript.slice);
            }
            Expr::Starred(starred) => {
                // Allowed only where a display, call or target handles it.
                match starred.ctx {
                    ExprContext::Store => self.compile_error(
                        starred.range,
                        "starred assignment target must be in a list or tuple",
                    ),
                    _ => self.compile_error(starred.range, "can't use starred expression here"),
                }
                self.visit_expr(&starred.value);
            }
            Expr::Name(name) => self.visit_name(name),
            Expr::List(list) => self.visit_sequence(&list.elts, list.ctx, list.range),
            Expr::Tuple(tuple) => self.visit_sequence(&tuple.elts, tuple.ctx, tuple.range),
            Expr::Slice(slice) => {
                for part in [&slice.lower, &slice.upper, &slice.step]
                    .into_iter()
                    .flatten()
                {
                    self.visit_expr(part);
                }
            }
        }
    }

    /// A replacement field of an f-string; `depth` counts the format specs
    /// around it. Python 3.11 refuses a field inside a spec inside a spec
    /// (`f'{a:{b:{c}}}'`), though 3.12 allows it.
    fn visit_interpolation(&mut self, element: &'a InterpolatedStringElement, depth: usize) {
        if let InterpolatedStringElement::Interpolation(interpolation) = element {
            if depth >= 2 {
                self.compile_error(
                    interpolation.range,
                    "f-string: expressions nested too deeply",
                );
            }
            self.visit_expr(&interpolation.expression);
            if let Some(spec) = &interpolation.format_spec {
                for nested in spec.elements.iter() {
                    self.visit_interpolation(nested, depth + 1);
                }
            }
        }
    }

    fn visit_name(&mut self, name: &'a ast::ExprName) {
        let id = name.id.as_str();
        match name.ctx {
            ExprContext::Load | ExprContext::Invalid => {
                // CPython's AST optimiser turns a read of `__debug__` into a
                // constant before the symbol table sees it, and RestrictedPython
                // rewrites reads of `print` and `printed` into uses of its
                // print collector, so the compiler never sees those names.
                if self.record_reads && !matches!(id, "__debug__" | "print" | "printed") {
                    self.add_symbol(id, flag::USE, name.range);
                }
            }
            ExprContext::Store => {
                self.add_symbol(id, flag::LOCAL, name.range);
                self.check_store_name(id, name.range);
            }
            ExprContext::Del => {
                self.add_symbol(id, flag::LOCAL, name.range);
                if id == "__debug__" {
                    self.compile_error(name.range, DELETE_DEBUG);
                }
            }
        }
    }

    fn check_store_name(&mut self, name: &str, range: TextRange) {
        if name == "__debug__" {
            self.compile_error(range, ASSIGN_DEBUG);
        }
    }

    fn check_yield(&mut self, range: TextRange, is_from: bool) {
        if self.in_postponed_annotation {
            self.error(
                range,
                "'yield expression' can not be used within an annotation",
            );
        }
        let kind = self.kind();
        if let ScopeKind::Comprehension(comprehension) = kind {
            self.error(range, comprehension.yield_message());
        }
        if !kind.is_function_like() {
            self.compile_error(range, "'yield' outside function");
        }
        if is_from && kind == (ScopeKind::Function { is_async: true }) {
            self.compile_error(range, "'yield from' inside async function");
        }
        if let Some(scope) = self.scope_mut() {
            scope.generator = true;
        }
    }

    fn visit_named(&mut self, named: &'a ast::ExprNamed) {
        if self.in_postponed_annotation {
            self.error(
                named.range,
                "'named expression' can not be used within an annotation",
            );
        }
        let in_iterable = self.scope().comp_iter_expr > 0;
        if in_iterable {
            self.error(
                named.range,
                "assignment expression cannot be used in a comprehension iterable expression",
            );
        }
        self.visit_expr(&named.value);
        let Expr::Name(target) = named.target.as_ref() else {
            // The parser refuses other targets.
            self.visit_expr(&named.target);
            return;
        };
        if !in_iterable && matches!(self.kind(), ScopeKind::Comprehension(_)) {
            self.bind_comprehension_target(target);
        }
        self.visit_name(target);
    }

    /// An assignment expression in a comprehension binds in the enclosing
    /// function or module; CPython refuses some of those bindings.
    fn bind_comprehension_target(&mut self, target: &'a ast::ExprName) {
        let name = target.id.as_str();
        let mut index = self.current;
        loop {
            let Some(scope) = self.scopes.get(index) else {
                return;
            };
            match scope.kind {
                ScopeKind::Comprehension(_) => {
                    if scope.flags(name) & flag::COMP_ITER != 0 {
                        let message = format!(
                            "assignment expression cannot rebind comprehension iteration variable '{name}'"
                        );
                        self.error(target.range, message);
                        return;
                    }
                }
                ScopeKind::Function { .. } | ScopeKind::Lambda => {
                    let declared = if scope.flags(name) & flag::GLOBAL != 0 {
                        flag::GLOBAL
                    } else {
                        flag::NONLOCAL
                    };
                    self.add_directive(name, declared, target.range);
                    if let Some(owner) = self.scopes.get_mut(index) {
                        owner.symbols.entry(name).or_default().flags |= flag::LOCAL;
                    }
                    return;
                }
                ScopeKind::Module => {
                    self.add_directive(name, flag::GLOBAL, target.range);
                    if let Some(owner) = self.scopes.get_mut(index) {
                        owner.symbols.entry(name).or_default().flags |= flag::GLOBAL;
                    }
                    return;
                }
                ScopeKind::Class => {
                    self.error(
                        target.range,
                        "assignment expression within a comprehension cannot be used in a class body",
                    );
                    return;
                }
            }
            match scope.parent {
                Some(parent) => index = parent,
                None => return,
            }
        }
    }

    /// Comprehensions, in CPython's order: the first iterable in the
    /// enclosing scope, then targets, conditions, later loops, element.
    fn visit_comprehension(
        &mut self,
        kind: ComprehensionKind,
        range: TextRange,
        generators: &'a [Comprehension],
        element: &'a Expr,
        value: Option<&'a Expr>,
    ) {
        let Some((first, rest)) = generators.split_first() else {
            return;
        };
        self.visit_iterable(&first.iter);
        let enclosing = self.kind();
        self.enter_scope(ScopeKind::Comprehension(kind));
        self.visit_comprehension_target(first);
        self.visit_exprs(&first.ifs);
        for generator in rest {
            self.visit_comprehension_target(generator);
            self.visit_iterable(&generator.iter);
            self.visit_exprs(&generator.ifs);
        }
        self.visit_expr(element);
        if let Some(value) = value {
            self.visit_expr(value);
        }
        let is_async = self.scope().coroutine;
        self.exit_scope();
        if is_async && kind != ComprehensionKind::Generator {
            match enclosing {
                ScopeKind::Function { is_async: true } | ScopeKind::Comprehension(_) => {
                    // An async comprehension makes the comprehension around
                    // it async too.
                    if let Some(scope) = self.scope_mut() {
                        scope.coroutine = true;
                    }
                }
                _ => self.compile_error(
                    range,
                    "asynchronous comprehension outside of an asynchronous function",
                ),
            }
        }
    }

    fn visit_iterable(&mut self, iterable: &'a Expr) {
        if let Some(scope) = self.scope_mut() {
            scope.comp_iter_expr += 1;
        }
        self.visit_expr(iterable);
        if let Some(scope) = self.scope_mut() {
            scope.comp_iter_expr = scope.comp_iter_expr.saturating_sub(1);
        }
    }

    fn visit_comprehension_target(&mut self, generator: &'a Comprehension) {
        if let Some(scope) = self.scope_mut() {
            scope.comp_iter_target = true;
            if generator.is_async {
                scope.coroutine = true;
            }
        }
        self.visit_expr(&generator.target);
        if let Some(scope) = self.scope_mut() {
            scope.comp_iter_target = false;
        }
    }

    fn visit_pattern(&mut self, pattern: &'a Pattern) {
        if !self.descend(pattern) {
            return;
        }
        self.visit_pattern_inner(pattern);
        self.depth -= 1;
    }

    fn visit_pattern_inner(&mut self, pattern: &'a Pattern) {
        match pattern {
            Pattern::MatchValue(value) => self.visit_expr(&value.value),
            Pattern::MatchSingleton(_) => {}
            Pattern::MatchSequence(sequence) => {
                for pattern in &sequence.patterns {
                    self.visit_pattern(pattern);
                }
            }
            Pattern::MatchMapping(mapping) => {
                self.visit_exprs(&mapping.keys);
                for pattern in &mapping.patterns {
                    self.visit_pattern(pattern);
                }
                if let Some(rest) = &mapping.rest {
                    self.bind_capture(rest);
                }
            }
            Pattern::MatchClass(class) => {
                self.visit_expr(&class.cls);
                for pattern in &class.arguments.patterns {
                    self.visit_pattern(pattern);
                }
                for keyword in &class.arguments.keywords {
                    self.visit_pattern(&keyword.pattern);
                }
            }
            Pattern::MatchStar(star) => {
                if let Some(name) = &star.name {
                    self.bind_capture(name);
                }
            }
            Pattern::MatchAs(capture) => {
                if let Some(pattern) = &capture.pattern {
                    self.visit_pattern(pattern);
                }
                if let Some(name) = &capture.name {
                    self.bind_capture(name);
                }
            }
            Pattern::MatchOr(or) => {
                for pattern in &or.patterns {
                    self.visit_pattern(pattern);
                }
            }
        }
    }

    fn bind_capture(&mut self, name: &'a ast::Identifier) {
        self.add_symbol(name.as_str(), flag::LOCAL, name.range);
    }

    /// The code generator's checks on one `case` pattern; like CPython,
    /// stops at the pattern's first error.
    fn check_case_pattern(&mut self, pattern: &'a Pattern, allow_irrefutable: bool) {
        let mut state = PatternState {
            stores: Vec::new(),
            allow_irrefutable,
            last: pattern.range(),
            depth: 0,
        };
        if let Err((range, message)) = check_pattern(pattern, &mut state) {
            self.error(range, message);
        }
    }
}

const ASSIGN_DEBUG: &str = "cannot assign to __debug__";
const DELETE_DEBUG: &str = "cannot delete __debug__";
const EXCEPT_STAR_JUMP: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

fn is_future_import(import: &ast::StmtImportFrom) -> bool {
    import
        .module
        .as_ref()
        .is_some_and(|module| module.as_str() == "__future__")
}

fn parameters_bind_debug(parameters: &Parameters) -> bool {
    parameters
        .iter()
        .any(|parameter| parameter.name().as_str() == "__debug__")
}

#[cold]
fn unreachable_scope() -> &'static Scope<'static> {
    // The module scope is created first and never removed.
    static EMPTY: std::sync::OnceLock<Scope<'static>> = std::sync::OnceLock::new();
    EMPTY.get_or_init(|| Scope::new(ScopeKind::Module, None, 0))
}

#[cfg(test)]
mod tests;

/// What the code generator tracks while compiling one `case` pattern.
struct PatternState<'a> {
    /// Names captured so far.
    stores: Vec<&'a str>,
    /// Whether an irrefutable pattern is allowed here.
    allow_irrefutable: bool,
    /// The last pattern compiled: where CPython reports some errors.
    last: TextRange,
    /// Nesting, bounded like the main walk.
    depth: u32,
}

type PatternResult = Result<(), (TextRange, String)>;

fn store_capture<'a>(name: &'a str, state: &mut PatternState<'a>) -> PatternResult {
    if name == "__debug__" {
        return Err((state.last, ASSIGN_DEBUG.to_string()));
    }
    if state.stores.contains(&name) {
        return Err((
            state.last,
            format!("multiple assignments to name '{name}' in pattern"),
        ));
    }
    state.stores.push(name);
    Ok(())
}

/// A sub-pattern: irrefutable ones are fine inside a larger pattern.
fn check_subpattern<'a>(pattern: &'a Pattern, state: &mut PatternState<'a>) -> PatternResult {
    let saved = std::mem::replace(&mut state.allow_irrefutable, true);
    let result = check_pattern(pattern, state);
    state.allow_irrefutable = saved;
    result
}

fn check_pattern<'a>(pattern: &'a Pattern, state: &mut PatternState<'a>) -> PatternResult {
    if state.depth >= MAX_DEPTH {
        // The main walk reports the nesting itself.
        return Ok(());
    }
    state.depth += 1;
    let result = check_pattern_inner(pattern, state);
    state.depth -= 1;
    result
}

fn check_pattern_inner<'a>(pattern: &'a Pattern, state: &mut PatternState<'a>) -> PatternResult {
    state.last = pattern.range();
    match pattern {
        Pattern::MatchValue(_) | Pattern::MatchSingleton(_) => Ok(()),
        Pattern::MatchAs(capture) => match &capture.pattern {
            None => {
                if !state.allow_irrefutable {
                    let message = match &capture.name {
                        Some(name) => format!(
                            "name capture '{}' makes remaining patterns unreachable",
                            name.as_str()
                        ),
                        None => "wildcard makes remaining patterns unreachable".to_string(),
                    };
                    return Err((capture.range, message));
                }
                match &capture.name {
                    Some(name) => store_capture(name.as_str(), state),
                    None => Ok(()),
                }
            }
            Some(inner) => {
                check_pattern(inner, state)?;
                state.last = capture.range;
                match &capture.name {
                    Some(name) => store_capture(name.as_str(), state),
                    None => Ok(()),
                }
            }
        },
        Pattern::MatchStar(star) => match &star.name {
            Some(name) => store_capture(name.as_str(), state),
            None => Ok(()),
        },
        Pattern::MatchSequence(sequence) => {
            let stars = sequence
                .patterns
                .iter()
                .filter(|pattern| pattern.is_match_star())
                .count();
            if stars > 1 {
                return Err((
                    sequence.range,
                    "multiple starred names in sequence pattern".to_string(),
                ));
            }
            for pattern in &sequence.patterns {
                check_subpattern(pattern, state)?;
            }
            Ok(())
        }
        Pattern::MatchMapping(mapping) => {
            let mut seen: Vec<MappingKey<'_>> = Vec::new();
            for key in &mapping.keys {
                let Some(constant) = MappingKey::of(key) else {
                    continue;
                };
                if seen.contains(&constant) {
                    return Err((
                        mapping.range,
                        format!("mapping pattern checks duplicate key ({})", constant.repr()),
                    ));
                }
                seen.push(constant);
            }
            for pattern in &mapping.patterns {
                check_subpattern(pattern, state)?;
            }
            if let Some(rest) = &mapping.rest {
                store_capture(rest.as_str(), state)?;
            }
            Ok(())
        }
        Pattern::MatchClass(class) => {
            let keywords = &class.arguments.keywords;
            for (index, keyword) in keywords.iter().enumerate() {
                let attr = keyword.attr.as_str();
                if attr == "__debug__" {
                    return Err((keyword.pattern.range(), ASSIGN_DEBUG.to_string()));
                }
                let later = keywords.get(index + 1..).unwrap_or(&[]);
                if let Some(repeat) = later.iter().find(|other| other.attr.as_str() == attr) {
                    return Err((
                        repeat.pattern.range(),
                        format!("attribute name repeated in class pattern: {attr}"),
                    ));
                }
            }
            for pattern in &class.arguments.patterns {
                check_subpattern(pattern, state)?;
            }
            for keyword in keywords {
                check_subpattern(&keyword.pattern, state)?;
            }
            Ok(())
        }
        Pattern::MatchOr(or) => {
            let outer_allow = state.allow_irrefutable;
            let outer_stores = std::mem::take(&mut state.stores);
            let mut control: Option<Vec<&'a str>> = None;
            let last_index = or.patterns.len().saturating_sub(1);
            for (index, alternative) in or.patterns.iter().enumerate() {
                state.stores.clear();
                state.allow_irrefutable = index == last_index && outer_allow;
                check_pattern(alternative, state)?;
                match &control {
                    None => control = Some(std::mem::take(&mut state.stores)),
                    Some(control) => {
                        let same = control.len() == state.stores.len()
                            && control.iter().all(|name| state.stores.contains(name));
                        if !same {
                            return Err((
                                state.last,
                                "alternative patterns bind different names".to_string(),
                            ));
                        }
                    }
                }
            }
            state.allow_irrefutable = outer_allow;
            state.stores = outer_stores;
            for name in control.unwrap_or_default() {
                store_capture(name, state)?;
            }
            Ok(())
        }
    }
}

/// A literal mapping-pattern key, compared as Python compares dict keys
/// (`1`, `1.0` and `True` are the same key), with its `repr` for the
/// message. Keys this does not model (huge or complex numbers, bytes,
/// strings needing escapes) are skipped.
#[derive(Clone, Debug)]
enum MappingKey<'a> {
    Number(f64, String),
    Str(&'a str),
    None,
}

impl PartialEq for MappingKey<'_> {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::Number(left, _), Self::Number(right, _)) => left == right,
            (Self::Str(left), Self::Str(right)) => left == right,
            (Self::None, Self::None) => true,
            _ => false,
        }
    }
}

impl<'a> MappingKey<'a> {
    fn of(key: &'a Expr) -> Option<Self> {
        match key {
            Expr::NumberLiteral(number) => match &number.value {
                ast::Number::Int(int) => {
                    let value = int.as_u64()?;
                    // Beyond 2^53 floats stop being exact.
                    (value < (1 << 53)).then(|| Self::Number(value as f64, value.to_string()))
                }
                ast::Number::Float(value) => {
                    let value = *value;
                    let magnitude = value.abs();
                    if value.fract() == 0.0 && magnitude < 1e16 {
                        Some(Self::Number(value, format!("{value:.1}")))
                    } else if (1e-4..1e16).contains(&magnitude) {
                        // Both languages print the shortest round-trip form here.
                        Some(Self::Number(value, format!("{value}")))
                    } else {
                        None
                    }
                }
                ast::Number::Complex { .. } => None,
            },
            Expr::BooleanLiteral(boolean) => Some(if boolean.value {
                Self::Number(1.0, "True".to_string())
            } else {
                Self::Number(0.0, "False".to_string())
            }),
            Expr::NoneLiteral(_) => Some(Self::None),
            Expr::StringLiteral(string) => {
                let value = string.value.to_str();
                value
                    .chars()
                    .all(|c| c != '\'' && c != '\\' && !c.is_control())
                    .then_some(Self::Str(value))
            }
            _ => None,
        }
    }

    /// Python's `repr` of the key.
    fn repr(&self) -> String {
        match self {
            Self::Number(_, repr) => repr.clone(),
            Self::Str(value) => format!("'{value}'"),
            Self::None => "None".to_string(),
        }
    }
}
