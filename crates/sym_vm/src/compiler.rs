//! Lowering: the checked AST to the IR.
//!
//! A first pass per scope finds what each name is (local slot, cell, free
//! variable, global, class-namespace name); the second pass emits code.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use sym_syntax::ast::{self, Expr, Stmt};
use sym_syntax::{LineIndex, Ranged, TextRange};

use crate::ir::{BinOp, CmpOp, Code, CodeKind, Const, Op, Program};

/// A construct the compiler cannot lower (the checker refuses most of them
/// before; this is the backstop).
#[derive(Debug, Clone, PartialEq)]
pub struct CompileError {
    pub message: String,
    pub range: TextRange,
}

type CResult<T> = Result<T, CompileError>;

fn err<T>(range: TextRange, message: impl Into<String>) -> CResult<T> {
    Err(CompileError {
        message: message.into(),
        range,
    })
}

// ------------------------------------------------------------------ scopes

#[derive(Default, Debug)]
struct ScopeInfo {
    /// Assigned (or parameter) names, in first-seen order.
    locals: Vec<String>,
    local_set: HashSet<String>,
    globals: HashSet<String>,
    /// Names read or written here or in nested scopes that are not local
    /// here.
    unresolved: HashSet<String>,
    /// Names nested scopes need from this scope.
    child_needs: HashSet<String>,
    has_yield: bool,
    /// Walrus targets inside a comprehension: they bind in the enclosing
    /// scope.
    walrus: Vec<String>,
    pending_walrus: Vec<String>,
    walrus_set: HashSet<String>,
}

impl ScopeInfo {
    fn add_local(&mut self, name: &str) {
        if self.local_set.insert(name.to_string()) {
            self.locals.push(name.to_string());
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ScopeKind {
    Module,
    Function,
    Class,
    Comprehension,
}

/// Collects the names of one scope; nested scopes are analysed recursively
/// and stored by their range.
struct Analyzer<'a> {
    infos: &'a mut HashMap<(u32, u32), ScopeInfo>,
}

fn key(range: TextRange) -> (u32, u32) {
    (range.start().to_u32(), range.end().to_u32())
}

impl Analyzer<'_> {
    fn scope_stmts(&mut self, info: &mut ScopeInfo, kind: ScopeKind, body: &[Stmt]) {
        for stmt in body {
            self.stmt(info, kind, stmt);
        }
    }

    fn bind(&mut self, info: &mut ScopeInfo, name: &str) {
        if !info.globals.contains(name) {
            info.add_local(name);
        }
    }

    fn target(&mut self, info: &mut ScopeInfo, kind: ScopeKind, target: &Expr) {
        match target {
            Expr::Name(n) => self.bind(info, n.id.as_str()),
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.target(info, kind, e)),
            Expr::List(t) => t.elts.iter().for_each(|e| self.target(info, kind, e)),
            Expr::Starred(s) => self.target(info, kind, &s.value),
            other => self.expr(info, kind, other),
        }
    }

    fn stmt(&mut self, info: &mut ScopeInfo, kind: ScopeKind, stmt: &Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(info, kind, &d.expression);
                }
                self.parameters_defaults(info, kind, &f.parameters);
                self.bind(info, f.name.id.as_str());
                self.function(
                    f.range,
                    Some(&f.parameters),
                    FunctionBody::Stmts(&f.body),
                    info,
                );
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(info, kind, &d.expression);
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.expr(info, kind, a);
                    }
                    for k in args.keywords.iter() {
                        self.expr(info, kind, &k.value);
                    }
                }
                self.bind(info, c.name.id.as_str());
                let mut child = ScopeInfo::default();
                self.scope_stmts(&mut child, ScopeKind::Class, &c.body);
                finalize(&mut child);
                // Class-body names are not visible to nested scopes, so
                // everything unresolved inside passes through to us.
                let unresolved: Vec<String> = child.unresolved.iter().cloned().collect();
                self.merge_child(info, kind, &unresolved);
                self.infos.insert(key(c.range), child);
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(info, kind, v)
                }
            }
            Stmt::Delete(d) => d.targets.iter().for_each(|t| self.target(info, kind, t)),
            Stmt::Assign(a) => {
                self.expr(info, kind, &a.value);
                a.targets.iter().for_each(|t| self.target(info, kind, t));
            }
            Stmt::AugAssign(a) => {
                self.expr(info, kind, &a.value);
                self.expr(info, kind, &a.target);
                self.target(info, kind, &a.target);
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(info, kind, v);
                    self.target(info, kind, &a.target);
                }
            }
            Stmt::For(f) => {
                self.expr(info, kind, &f.iter);
                self.target(info, kind, &f.target);
                self.scope_stmts(info, kind, &f.body);
                self.scope_stmts(info, kind, &f.orelse);
            }
            Stmt::While(w) => {
                self.expr(info, kind, &w.test);
                self.scope_stmts(info, kind, &w.body);
                self.scope_stmts(info, kind, &w.orelse);
            }
            Stmt::If(i) => {
                self.expr(info, kind, &i.test);
                self.scope_stmts(info, kind, &i.body);
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(info, kind, t);
                    }
                    self.scope_stmts(info, kind, &c.body);
                }
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(info, kind, &item.context_expr);
                    if let Some(v) = &item.optional_vars {
                        self.target(info, kind, v);
                    }
                }
                self.scope_stmts(info, kind, &w.body);
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(info, kind, e);
                }
                if let Some(e) = &r.cause {
                    self.expr(info, kind, e);
                }
            }
            Stmt::Try(t) => {
                self.scope_stmts(info, kind, &t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(info, kind, ty);
                    }
                    if let Some(n) = &h.name {
                        self.bind(info, n.id.as_str());
                    }
                    self.scope_stmts(info, kind, &h.body);
                }
                self.scope_stmts(info, kind, &t.orelse);
                self.scope_stmts(info, kind, &t.finalbody);
            }
            Stmt::Assert(a) => {
                self.expr(info, kind, &a.test);
                if let Some(m) = &a.msg {
                    self.expr(info, kind, m);
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let name = match &alias.asname {
                        Some(a) => a.id.to_string(),
                        None => alias.name.id.split('.').next().unwrap_or("").to_string(),
                    };
                    self.bind(info, &name);
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    let name = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.bind(info, name.id.as_str());
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    info.globals.insert(n.id.to_string());
                }
            }
            Stmt::Expr(e) => self.expr(info, kind, &e.value),
            _ => {}
        }
    }

    fn parameters_defaults(&mut self, info: &mut ScopeInfo, kind: ScopeKind, p: &ast::Parameters) {
        for a in p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
        {
            if let Some(d) = &a.default {
                self.expr(info, kind, d);
            }
        }
    }

    fn merge_child(&mut self, info: &mut ScopeInfo, kind: ScopeKind, unresolved: &[String]) {
        for name in unresolved {
            if kind == ScopeKind::Function || kind == ScopeKind::Comprehension {
                info.child_needs.insert(name.clone());
            }
            info.unresolved.insert(name.clone());
        }
    }

    fn function(
        &mut self,
        range: TextRange,
        params: Option<&ast::Parameters>,
        body: FunctionBody<'_>,
        parent: &mut ScopeInfo,
    ) {
        let mut child = ScopeInfo::default();
        if let Some(p) = params {
            for a in p.posonlyargs.iter().chain(p.args.iter()) {
                child.add_local(a.parameter.name.id.as_str());
            }
            for a in p.kwonlyargs.iter() {
                child.add_local(a.parameter.name.id.as_str());
            }
            if let Some(v) = &p.vararg {
                child.add_local(v.name.id.as_str());
            }
            if let Some(v) = &p.kwarg {
                child.add_local(v.name.id.as_str());
            }
        }
        match body {
            FunctionBody::Stmts(stmts) => self.scope_stmts(&mut child, ScopeKind::Function, stmts),
            FunctionBody::Expr(e) => self.expr(&mut child, ScopeKind::Function, e),
        }
        finalize(&mut child);
        let unresolved: Vec<String> = child.unresolved.iter().cloned().collect();
        self.infos.insert(key(range), child);
        self.merge_child(parent, ScopeKind::Function, &unresolved);
    }

    fn comprehension(
        &mut self,
        range: TextRange,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
        parent: &mut ScopeInfo,
        parent_kind: ScopeKind,
    ) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.expr(parent, parent_kind, &first.iter);
        }
        let mut child = ScopeInfo::default();
        child.add_local(".0");
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&mut child, ScopeKind::Comprehension, &g.iter);
            }
            self.target(&mut child, ScopeKind::Comprehension, &g.target);
            for cond in &g.ifs {
                self.expr(&mut child, ScopeKind::Comprehension, cond);
            }
        }
        for e in elts {
            self.expr(&mut child, ScopeKind::Comprehension, e);
        }
        finalize(&mut child);
        parent.pending_walrus.extend(child.walrus.iter().cloned());
        let unresolved: Vec<String> = child.unresolved.iter().cloned().collect();
        self.infos.insert(key(range), child);
        self.merge_child(parent, parent_kind, &unresolved);
    }

    fn name_load(&mut self, info: &mut ScopeInfo, name: &str) {
        info.unresolved.insert(name.to_string());
    }

    fn expr(&mut self, info: &mut ScopeInfo, kind: ScopeKind, expr: &Expr) {
        match expr {
            Expr::Name(n) => {
                if n.ctx == ast::ExprContext::Load {
                    self.name_load(info, n.id.as_str());
                } else {
                    self.bind(info, n.id.as_str());
                }
            }
            Expr::Named(n) => {
                self.expr(info, kind, &n.value);
                if let Expr::Name(name) = &*n.target {
                    if kind == ScopeKind::Comprehension {
                        // Binds in the enclosing scope: resolved as free/global.
                        info.unresolved.insert(name.id.to_string());
                        info.walrus.push(name.id.to_string());
                        info.walrus_set.insert(name.id.to_string());
                    } else {
                        self.bind(info, name.id.as_str());
                    }
                }
            }
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.parameters_defaults(info, kind, p);
                }
                self.function(
                    l.range,
                    l.parameters.as_deref(),
                    FunctionBody::Expr(&l.body),
                    info,
                );
                self.after_child(info, kind);
            }
            Expr::ListComp(c) => {
                self.comprehension(c.range, &c.generators, &[&c.elt], info, kind);
                self.after_child(info, kind);
            }
            Expr::SetComp(c) => {
                self.comprehension(c.range, &c.generators, &[&c.elt], info, kind);
                self.after_child(info, kind);
            }
            Expr::Generator(c) => {
                self.comprehension(c.range, &c.generators, &[&c.elt], info, kind);
                self.after_child(info, kind);
            }
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = vec![&c.value];
                if let Some(k) = &c.key {
                    elts.insert(0, k);
                }
                self.comprehension(c.range, &c.generators, &elts, info, kind);
                self.after_child(info, kind);
            }
            Expr::Yield(y) => {
                info.has_yield = true;
                if let Some(v) = &y.value {
                    self.expr(info, kind, v);
                }
            }
            Expr::YieldFrom(y) => {
                info.has_yield = true;
                self.expr(info, kind, &y.value);
            }
            _ => {
                sym_syntax::visitor::walk_expr(
                    &mut SubExprs {
                        a: self,
                        info,
                        kind,
                    },
                    expr,
                );
            }
        }
    }

    /// Walrus targets of a child comprehension bind here.
    fn after_child(&mut self, info: &mut ScopeInfo, kind: ScopeKind) {
        let pending: Vec<String> = std::mem::take(&mut info.pending_walrus);
        for name in pending {
            if kind == ScopeKind::Comprehension {
                info.walrus.push(name.clone());
                info.unresolved.insert(name);
            } else {
                self.bind(info, &name);
                if kind != ScopeKind::Module && kind != ScopeKind::Class {
                    info.unresolved.remove(&name);
                }
            }
        }
    }
}

/// Drops from `unresolved` what the scope binds itself.
fn finalize(info: &mut ScopeInfo) {
    let locals = &info.local_set;
    let globals = &info.globals;
    info.unresolved
        .retain(|n| !locals.contains(n) || globals.contains(n));
}

enum FunctionBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
}

struct SubExprs<'x, 'a> {
    a: &'x mut Analyzer<'a>,
    info: &'x mut ScopeInfo,
    kind: ScopeKind,
}

impl<'b> sym_syntax::visitor::Visitor<'b> for SubExprs<'_, '_> {
    fn visit_expr(&mut self, expr: &'b Expr) {
        self.a.expr(self.info, self.kind, expr);
    }
}

// ------------------------------------------------------------------ codegen

enum FBlock {
    /// A loop: `continue` jumps to `start`; `break` patches go to the end.
    /// `for` loops keep their iterator on the stack.
    Loop {
        start: u32,
        breaks: Vec<usize>,
        is_for: bool,
    },
    /// A `try` with a handler block set up (and maybe a `finally`).
    Try { finalbody: Option<Rc<Vec<Stmt>>> },
    /// Inside an `except` body: leaving pops the handled exception.
    Handler,
    /// Inside a `with` body: leaving calls the exit.
    With,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum NameOp {
    Fast(u32),
    Deref(u32),
    Global(u32),
    Name(u32),
}

struct Unit {
    name: Rc<str>,
    kind: CodeKind,
    scope: ScopeKind,
    varnames: Vec<Rc<str>>,
    slot_of: HashMap<String, u32>,
    cells: HashSet<u32>,
    globals_decl: HashSet<String>,
    class_locals: HashSet<String>,
    names: Vec<Rc<str>>,
    name_idx: HashMap<Rc<str>, u32>,
    consts: Vec<Const>,
    codes: Vec<Rc<Code>>,
    ops: Vec<Op>,
    lines: Vec<u32>,
    fblocks: Vec<FBlock>,
    line: u32,
    first_line: u32,
    nfree: u32,
    argcount: u32,
    posonly: u32,
    kwonly: u32,
    has_varargs: bool,
    has_varkw: bool,
    is_generator: bool,
    /// Local slot used to carry a return value through cleanups.
    return_slot: Option<u32>,
}

impl Unit {
    fn new(name: &str, kind: CodeKind, scope: ScopeKind, line: u32) -> Unit {
        Unit {
            name: Rc::from(name),
            kind,
            scope,
            varnames: Vec::new(),
            slot_of: HashMap::new(),
            cells: HashSet::new(),
            globals_decl: HashSet::new(),
            class_locals: HashSet::new(),
            names: Vec::new(),
            name_idx: HashMap::new(),
            consts: Vec::new(),
            codes: Vec::new(),
            ops: Vec::new(),
            lines: Vec::new(),
            fblocks: Vec::new(),
            line,
            first_line: line,
            nfree: 0,
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            has_varargs: false,
            has_varkw: false,
            is_generator: false,
            return_slot: None,
        }
    }

    fn add_slot(&mut self, name: &str) -> u32 {
        if let Some(s) = self.slot_of.get(name) {
            return *s;
        }
        let slot = self.varnames.len() as u32;
        self.varnames.push(Rc::from(name));
        self.slot_of.insert(name.to_string(), slot);
        slot
    }

    fn finish(self) -> Code {
        let mut cellslots: Vec<u32> = self.cells.into_iter().collect();
        cellslots.sort_unstable();
        Code {
            name: self.name,
            kind: self.kind,
            argcount: self.argcount,
            posonly: self.posonly,
            kwonly: self.kwonly,
            has_varargs: self.has_varargs,
            has_varkw: self.has_varkw,
            is_generator: self.is_generator,
            varnames: self.varnames,
            cellslots,
            nfree: self.nfree,
            names: self.names,
            consts: self.consts,
            codes: self.codes,
            ops: self.ops,
            lines: self.lines,
            first_line: self.first_line,
            const_cache: Default::default(),
            name_cache: Default::default(),
            quick: Default::default(),
        }
    }
}

/// Lowers a parsed module. The caller has already refused files with
/// `SYN`/`RP`/`IMP` diagnostics.
pub fn compile_module(parsed: &sym_syntax::ParsedModule) -> CResult<Program> {
    let mut infos = HashMap::new();
    let mut module_info = ScopeInfo::default();
    {
        let mut analyzer = Analyzer { infos: &mut infos };
        analyzer.scope_stmts(&mut module_info, ScopeKind::Module, parsed.body());
        analyzer.after_child(&mut module_info, ScopeKind::Module);
    }
    let mut compiler = Compiler {
        infos,
        line_index: parsed.line_index(),
        globals: Vec::new(),
        global_idx: HashMap::new(),
        units: Vec::new(),
    };
    compiler.units.push(Unit::new(
        "<module>",
        CodeKind::Module,
        ScopeKind::Module,
        1,
    ));
    compiler.stmts(parsed.body())?;
    compiler.emit(Op::LoadNone);
    compiler.emit(Op::Return);
    let unit = compiler.units.pop().ok_or_else(|| CompileError {
        message: "internal: no module unit".into(),
        range: TextRange::default(),
    })?;
    let source_hash = crate::flow::hash_source(parsed.source());
    Ok(Program {
        module: Rc::new(unit.finish()),
        globals: compiler.globals,
        source_hash,
    })
}

struct Compiler<'a> {
    infos: HashMap<(u32, u32), ScopeInfo>,
    line_index: &'a LineIndex,
    globals: Vec<Rc<str>>,
    global_idx: HashMap<String, u32>,
    units: Vec<Unit>,
}

const INTERNAL: &str = "internal: no code unit";

impl Compiler<'_> {
    fn unit(&mut self) -> &mut Unit {
        // There is always at least the module unit while compiling.
        let len = self.units.len();
        &mut self.units[len.saturating_sub(1)]
    }

    /// Python's `__qualname__` for a scope defined in the current one.
    fn qualname(&self, name: &str) -> String {
        match self.units.last() {
            Some(u) if u.scope == ScopeKind::Class => format!("{}.{}", u.name, name),
            Some(u) if u.scope == ScopeKind::Function || u.scope == ScopeKind::Comprehension => {
                format!("{}.<locals>.{}", u.name, name)
            }
            _ => name.to_string(),
        }
    }

    fn set_line(&mut self, range: TextRange) {
        let line = self.line_index.line_col(range.start()).line;
        self.unit().line = line;
    }

    fn emit(&mut self, op: Op) -> usize {
        let unit = self.unit();
        unit.ops.push(op);
        let line = unit.line;
        unit.lines.push(line);
        unit.ops.len() - 1
    }

    fn here(&mut self) -> u32 {
        self.unit().ops.len() as u32
    }

    fn patch(&mut self, at: usize, target: u32) {
        if let Some(op) = self.unit().ops.get_mut(at) {
            *op = match *op {
                Op::Jump(_) => Op::Jump(target),
                Op::PopJumpIfFalse(_) => Op::PopJumpIfFalse(target),
                Op::PopJumpIfTrue(_) => Op::PopJumpIfTrue(target),
                Op::JumpIfFalseOrPop(_) => Op::JumpIfFalseOrPop(target),
                Op::JumpIfTrueOrPop(_) => Op::JumpIfTrueOrPop(target),
                Op::ForIter(_) => Op::ForIter(target),
                Op::SetupExcept(_) => Op::SetupExcept(target),
                other => other,
            };
        }
    }

    fn patch_here(&mut self, at: usize) {
        let here = self.here();
        self.patch(at, here);
    }

    fn const_idx(&mut self, c: Const) -> u32 {
        let unit = self.unit();
        if let Some(i) = unit.consts.iter().position(|x| match (x, &c) {
            (Const::Float(a), Const::Float(b)) => a.to_bits() == b.to_bits(),
            (a, b) => a == b,
        }) {
            return i as u32;
        }
        unit.consts.push(c);
        (unit.consts.len() - 1) as u32
    }

    fn name_idx(&mut self, name: &str) -> u32 {
        let unit = self.unit();
        if let Some(i) = unit.name_idx.get(name) {
            return *i;
        }
        let rc: Rc<str> = Rc::from(name);
        unit.names.push(rc.clone());
        let i = (unit.names.len() - 1) as u32;
        unit.name_idx.insert(rc, i);
        i
    }

    fn global_idx(&mut self, name: &str) -> u32 {
        if let Some(i) = self.global_idx.get(name) {
            return *i;
        }
        self.globals.push(Rc::from(name));
        let i = (self.globals.len() - 1) as u32;
        self.global_idx.insert(name.to_string(), i);
        i
    }

    fn resolve(&mut self, name: &str) -> NameOp {
        let unit = self.unit();
        match unit.scope {
            ScopeKind::Module => {}
            ScopeKind::Class => {
                if unit.class_locals.contains(name) {
                    let i = self.name_idx(name);
                    return NameOp::Name(i);
                }
                if let Some(slot) = unit.slot_of.get(name) {
                    return NameOp::Deref(*slot);
                }
            }
            ScopeKind::Function | ScopeKind::Comprehension => {
                if !unit.globals_decl.contains(name) {
                    if let Some(slot) = unit.slot_of.get(name).copied() {
                        return if unit.cells.contains(&slot) {
                            NameOp::Deref(slot)
                        } else {
                            NameOp::Fast(slot)
                        };
                    }
                }
            }
        }
        NameOp::Global(self.global_idx(name))
    }

    fn load_name(&mut self, name: &str) {
        if name == "printed" {
            self.emit(Op::LoadPrinted);
            return;
        }
        let op = match self.resolve(name) {
            NameOp::Fast(s) => Op::LoadFast(s),
            NameOp::Deref(s) => Op::LoadDeref(s),
            NameOp::Global(i) => Op::LoadGlobal(i),
            NameOp::Name(i) => Op::LoadName(i),
        };
        self.emit(op);
    }

    fn store_name(&mut self, name: &str) {
        let op = match self.resolve(name) {
            NameOp::Fast(s) => Op::StoreFast(s),
            NameOp::Deref(s) => Op::StoreDeref(s),
            NameOp::Global(i) => Op::StoreGlobal(i),
            NameOp::Name(i) => Op::StoreName(i),
        };
        self.emit(op);
    }

    fn delete_name(&mut self, name: &str) {
        let op = match self.resolve(name) {
            NameOp::Fast(s) => Op::DeleteFast(s),
            NameOp::Deref(s) => Op::DeleteDeref(s),
            NameOp::Global(i) => Op::DeleteGlobal(i),
            NameOp::Name(i) => Op::DeleteName(i),
        };
        self.emit(op);
    }

    // -------------------------------------------------------------- statements

    fn stmts(&mut self, body: &[Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, stmt: &Stmt) -> CResult<()> {
        self.set_line(stmt.range());
        match stmt {
            Stmt::Expr(e) => {
                self.expr(&e.value)?;
                self.emit(Op::Pop);
            }
            Stmt::Pass(_) => {}
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Op::Dup);
                    }
                    self.store_target(t)?;
                }
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.store_target(&a.target)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::If(i) => {
                let mut ends = Vec::new();
                self.expr(&i.test)?;
                let mut jf = self.emit(Op::PopJumpIfFalse(0));
                self.stmts(&i.body)?;
                for clause in &i.elif_else_clauses {
                    ends.push(self.emit(Op::Jump(0)));
                    self.patch_here(jf);
                    match &clause.test {
                        Some(t) => {
                            self.set_line(t.range());
                            self.expr(t)?;
                            jf = self.emit(Op::PopJumpIfFalse(0));
                            self.stmts(&clause.body)?;
                        }
                        None => {
                            jf = usize::MAX;
                            self.stmts(&clause.body)?;
                        }
                    }
                }
                if jf != usize::MAX {
                    self.patch_here(jf);
                }
                for e in ends {
                    self.patch_here(e);
                }
            }
            Stmt::While(w) => {
                let start = self.here();
                self.expr(&w.test)?;
                let exit = self.emit(Op::PopJumpIfFalse(0));
                self.unit().fblocks.push(FBlock::Loop {
                    start,
                    breaks: Vec::new(),
                    is_for: false,
                });
                self.stmts(&w.body)?;
                self.set_line(w.range());
                self.emit(Op::Jump(start));
                let breaks = self.pop_loop();
                self.patch_here(exit);
                self.stmts(&w.orelse)?;
                for b in breaks {
                    self.patch_here(b);
                }
            }
            Stmt::For(f) => {
                self.expr(&f.iter)?;
                self.emit(Op::GetIter);
                let start = self.here();
                let exit = self.emit(Op::ForIter(0));
                self.unit().fblocks.push(FBlock::Loop {
                    start,
                    breaks: Vec::new(),
                    is_for: true,
                });
                self.store_target(&f.target)?;
                self.stmts(&f.body)?;
                self.set_line(f.range());
                self.emit(Op::Jump(start));
                let breaks = self.pop_loop();
                self.patch_here(exit);
                self.stmts(&f.orelse)?;
                for b in breaks {
                    self.patch_here(b);
                }
            }
            Stmt::Break(b) => self.break_continue(true, b.range)?,
            Stmt::Continue(c) => self.break_continue(false, c.range)?,
            Stmt::Return(r) => {
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => {
                        self.emit(Op::LoadNone);
                    }
                }
                self.set_line(r.range);
                self.emit_return()?;
            }
            Stmt::FunctionDef(f) => {
                if f.is_async {
                    return err(f.range, "async functions are not supported");
                }
                for d in &f.decorator_list {
                    self.expr(&d.expression)?;
                }
                self.set_line(f.range);
                self.make_function(
                    f.range,
                    f.name.id.as_str(),
                    Some(&f.parameters),
                    FunctionBody::Stmts(&f.body),
                    CodeKind::Function,
                )?;
                for _ in &f.decorator_list {
                    self.emit(Op::Call(1));
                }
                self.store_name(f.name.id.as_str());
            }
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            Stmt::Raise(r) => match (&r.exc, &r.cause) {
                (None, _) => {
                    self.emit(Op::Raise(0));
                }
                (Some(e), None) => {
                    self.expr(e)?;
                    self.set_line(r.range);
                    self.emit(Op::Raise(1));
                }
                (Some(e), Some(c)) => {
                    self.expr(e)?;
                    self.expr(c)?;
                    self.set_line(r.range);
                    self.emit(Op::Raise(2));
                }
            },
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                let ok = self.emit(Op::PopJumpIfTrue(0));
                match &a.msg {
                    Some(m) => {
                        self.expr(m)?;
                        self.set_line(a.range);
                        self.emit(Op::AssertFail);
                    }
                    None => {
                        // No message: raise the AssertionError class.
                        let g = self.global_idx("AssertionError");
                        self.emit(Op::LoadGlobal(g));
                        self.set_line(a.range);
                        self.emit(Op::Raise(1));
                    }
                }
                self.patch_here(ok);
            }
            Stmt::Try(t) => self.try_stmt(t)?,
            Stmt::With(w) => {
                if w.is_async {
                    return err(w.range, "async with is not supported");
                }
                self.with_items(&w.items, &w.body)?;
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let full = alias.name.id.as_str();
                    let idx = self.name_idx(full);
                    match &alias.asname {
                        Some(a) => {
                            self.emit(Op::ImportName(idx, 1));
                            self.store_name(a.id.as_str());
                        }
                        None => {
                            self.emit(Op::ImportName(idx, 0));
                            let top = full.split('.').next().unwrap_or(full);
                            self.store_name(top);
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                if i.level > 0 {
                    return err(i.range, "relative imports are not supported");
                }
                let module = i.module.as_ref().map(|m| m.id.as_str()).unwrap_or("");
                let idx = self.name_idx(module);
                self.emit(Op::ImportName(idx, 1));
                for alias in &i.names {
                    if alias.name.id.as_str() == "*" {
                        return err(i.range, "\"*\" imports are not allowed.");
                    }
                    let n = self.name_idx(alias.name.id.as_str());
                    self.emit(Op::ImportFrom(n));
                    let bind = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.store_name(bind.id.as_str());
                }
                self.emit(Op::Pop);
            }
            Stmt::Global(_) => {}
            Stmt::Nonlocal(n) => return err(n.range, "Nonlocal statements are not allowed."),
            Stmt::Match(m) => return err(m.range, "match statements are not supported"),
            Stmt::TypeAlias(t) => return err(t.range, "type statements are not supported"),
            Stmt::IpyEscapeCommand(c) => return err(c.range, "invalid syntax"),
        }
        Ok(())
    }

    fn pop_loop(&mut self) -> Vec<usize> {
        match self.unit().fblocks.pop() {
            Some(FBlock::Loop { breaks, .. }) => breaks,
            _ => Vec::new(),
        }
    }

    /// Emits the cleanups of every block between here and the innermost
    /// loop (or all of them for `return`), innermost first.
    fn unwind_blocks(&mut self, to_loop: bool) -> CResult<Option<usize>> {
        let mut depth = self.unit().fblocks.len();
        while depth > 0 {
            depth -= 1;
            let block = match self.unit().fblocks.get(depth) {
                Some(FBlock::Loop { .. }) if to_loop => return Ok(Some(depth)),
                Some(FBlock::Loop { is_for, .. }) => Some((0u8, *is_for, None)),
                Some(FBlock::Try { finalbody }) => Some((1, false, finalbody.clone())),
                Some(FBlock::Handler) => Some((2, false, None)),
                Some(FBlock::With) => Some((3, false, None)),
                None => None,
            };
            match block {
                Some((0, true, _)) => {
                    // Returning from inside a for loop: drop its iterator.
                    self.emit(Op::Pop);
                }
                Some((1, _, finalbody)) => {
                    self.emit(Op::PopBlock);
                    if let Some(body) = finalbody {
                        // Compile the finally body with the blocks outside it.
                        let saved: Vec<FBlock> = self.unit().fblocks.drain(depth..).collect();
                        let result = self.stmts(&body);
                        self.unit().fblocks.extend(saved);
                        result?;
                    }
                }
                Some((2, _, _)) => {
                    self.emit(Op::PopExcept);
                }
                Some((3, _, _)) => {
                    self.emit(Op::PopBlock);
                    self.emit(Op::WithExit);
                }
                _ => {}
            }
        }
        Ok(None)
    }

    fn break_continue(&mut self, is_break: bool, range: TextRange) -> CResult<()> {
        let Some(depth) = self.unwind_blocks(true)? else {
            return err(range, "'break' outside loop");
        };
        if is_break {
            let is_for = matches!(
                self.unit().fblocks.get(depth),
                Some(FBlock::Loop { is_for: true, .. })
            );
            if is_for {
                self.emit(Op::Pop);
            }
            let at = self.emit(Op::Jump(0));
            if let Some(FBlock::Loop { breaks, .. }) = self.unit().fblocks.get_mut(depth) {
                breaks.push(at);
            }
        } else {
            let start = match self.unit().fblocks.get(depth) {
                Some(FBlock::Loop { start, .. }) => *start,
                _ => 0,
            };
            self.emit(Op::Jump(start));
        }
        Ok(())
    }

    fn emit_return(&mut self) -> CResult<()> {
        let needs_cleanup = self
            .unit()
            .fblocks
            .iter()
            .any(|b| !matches!(b, FBlock::Loop { .. }));
        if needs_cleanup {
            let slot = match self.unit().return_slot {
                Some(s) => s,
                None => {
                    let s = self.unit().add_slot(".return");
                    self.unit().return_slot = Some(s);
                    s
                }
            };
            self.emit(Op::StoreFast(slot));
            self.unwind_blocks(false)?;
            self.emit(Op::LoadFast(slot));
        }
        self.emit(Op::Return);
        Ok(())
    }

    fn try_stmt(&mut self, t: &ast::StmtTry) -> CResult<()> {
        if t.is_star {
            return err(t.range, "try/except* is not allowed");
        }
        let has_finally = !t.finalbody.is_empty();
        let mut finally_setup = None;
        if has_finally {
            finally_setup = Some(self.emit(Op::SetupExcept(0)));
            let fb = Rc::new(t.finalbody.to_vec());
            self.unit().fblocks.push(FBlock::Try {
                finalbody: Some(fb),
            });
        }
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
            self.stmts(&t.orelse)?;
        } else {
            let setup = self.emit(Op::SetupExcept(0));
            self.unit().fblocks.push(FBlock::Try { finalbody: None });
            self.stmts(&t.body)?;
            self.unit().fblocks.pop();
            self.emit(Op::PopBlock);
            self.stmts(&t.orelse)?;
            let mut ends = vec![self.emit(Op::Jump(0))];
            self.patch_here(setup);
            // Stack: [exc]
            self.emit(Op::EnterHandler);
            for h in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                self.set_line(h.range);
                let mut next = None;
                if let Some(ty) = &h.type_ {
                    self.emit(Op::Dup);
                    self.expr(ty)?;
                    self.emit(Op::ExcMatch);
                    next = Some(self.emit(Op::PopJumpIfFalse(0)));
                }
                match &h.name {
                    Some(n) => self.store_name(n.id.as_str()),
                    None => {
                        self.emit(Op::Pop);
                    }
                }
                self.unit().fblocks.push(FBlock::Handler);
                self.stmts(&h.body)?;
                self.unit().fblocks.pop();
                self.emit(Op::PopExcept);
                if let Some(n) = &h.name {
                    self.delete_name_silently(n.id.as_str());
                }
                ends.push(self.emit(Op::Jump(0)));
                match next {
                    Some(n) => self.patch_here(n),
                    None => break,
                }
            }
            // No handler matched: the exception goes on.
            self.emit(Op::Reraise);
            for e in ends {
                self.patch_here(e);
            }
        }
        if let Some(setup) = finally_setup {
            self.unit().fblocks.pop();
            self.emit(Op::PopBlock);
            self.stmts(&t.finalbody)?;
            let end = self.emit(Op::Jump(0));
            self.patch_here(setup);
            self.emit(Op::EnterHandler);
            self.stmts(&t.finalbody)?;
            self.emit(Op::Reraise);
            self.patch_here(end);
        }
        Ok(())
    }

    /// `except E as e:` unbinds `e` at the end of the handler.
    fn delete_name_silently(&mut self, name: &str) {
        self.emit(Op::LoadNone);
        self.store_name(name);
        self.delete_name(name);
    }

    fn with_items(&mut self, items: &[ast::WithItem], body: &[Stmt]) -> CResult<()> {
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        self.expr(&first.context_expr)?;
        self.emit(Op::WithEnter);
        match &first.optional_vars {
            Some(v) => self.store_target(v)?,
            None => {
                self.emit(Op::Pop);
            }
        }
        let setup = self.emit(Op::SetupExcept(0));
        self.unit().fblocks.push(FBlock::With);
        self.with_items(rest, body)?;
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.emit(Op::WithExit);
        let end = self.emit(Op::Jump(0));
        self.patch_here(setup);
        self.emit(Op::WithExitExc);
        self.patch_here(end);
        Ok(())
    }

    fn aug_assign(&mut self, a: &ast::StmtAugAssign) -> CResult<()> {
        let op = binop(a.op);
        match &*a.target {
            Expr::Name(n) => {
                self.load_name(n.id.as_str());
                self.expr(&a.value)?;
                self.set_line(a.range);
                self.emit(Op::Inplace(op));
                self.store_name(n.id.as_str());
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::Dup2);
                self.emit(Op::GetItem);
                self.expr(&a.value)?;
                self.set_line(a.range);
                self.emit(Op::Inplace(op));
                self.emit(Op::Rot3);
                self.emit(Op::StoreItem);
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Op::Dup);
                let n = self.name_idx(at.attr.id.as_str());
                self.emit(Op::LoadAttr(n));
                self.expr(&a.value)?;
                self.set_line(a.range);
                self.emit(Op::Inplace(op));
                self.emit(Op::Rot2);
                self.emit(Op::StoreAttr(n));
            }
            other => return err(other.range(), "invalid augmented assignment target"),
        }
        Ok(())
    }

    fn store_target(&mut self, target: &Expr) -> CResult<()> {
        match target {
            Expr::Name(n) => self.store_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let n = self.name_idx(a.attr.id.as_str());
                self.set_line(a.range);
                self.emit(Op::StoreAttr(n));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.set_line(s.range);
                self.emit(Op::StoreItem);
            }
            Expr::Tuple(t) => self.unpack(&t.elts, t.range)?,
            Expr::List(t) => self.unpack(&t.elts, t.range)?,
            other => return err(other.range(), "cannot assign to expression"),
        }
        Ok(())
    }

    fn unpack(&mut self, elts: &[Expr], range: TextRange) -> CResult<()> {
        self.set_line(range);
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        match star {
            None => {
                self.emit(Op::UnpackSequence(elts.len() as u32));
            }
            Some(i) => {
                let after = elts.len() - i - 1;
                self.emit(Op::UnpackEx(i as u32, after as u32));
            }
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.store_target(&s.value)?,
                other => self.store_target(other)?,
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, target: &Expr) -> CResult<()> {
        match target {
            Expr::Name(n) => self.delete_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let n = self.name_idx(a.attr.id.as_str());
                self.emit(Op::DeleteAttr(n));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.set_line(s.range);
                self.emit(Op::DeleteItem);
            }
            Expr::Tuple(t) => {
                for e in &t.elts {
                    self.delete_target(e)?;
                }
            }
            Expr::List(t) => {
                for e in &t.elts {
                    self.delete_target(e)?;
                }
            }
            other => return err(other.range(), "cannot delete expression"),
        }
        Ok(())
    }

    fn class_def(&mut self, c: &ast::StmtClassDef) -> CResult<()> {
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
        }
        self.set_line(c.range);
        let line = self.unit().line;
        let info = self.infos.remove(&key(c.range)).unwrap_or_default();
        let qualname = self.qualname(c.name.id.as_str());
        let mut unit = Unit::new(&qualname, CodeKind::ClassBody, ScopeKind::Class, line);
        unit.class_locals = info.local_set.clone();
        let free = self.free_vars_for(&info);
        for name in &free {
            unit.add_slot(name);
        }
        unit.nfree = free.len() as u32;
        self.units.push(unit);
        self.stmts(&c.body)?;
        self.emit(Op::LoadNone);
        self.emit(Op::Return);
        let unit = self.units.pop().ok_or_else(|| CompileError {
            message: INTERNAL.into(),
            range: c.range,
        })?;
        let code = Rc::new(unit.finish());
        self.push_code_with_closure(code, &free, 0)?;
        let name = self.const_idx(Const::Str(Rc::from(c.name.id.as_str())));
        self.emit(Op::LoadConst(name));
        let mut nbases = 0;
        // Keywords are not evaluated: RestrictedPython replaces them with its
        // own `metaclass=` (and refuses a user's `metaclass=`) before Python
        // compiles the class.
        if let Some(args) = &c.arguments {
            for b in args.args.iter() {
                self.expr(b)?;
                nbases += 1;
            }
        }
        self.set_line(c.range);
        self.emit(Op::BuildClass(nbases));
        for _ in &c.decorator_list {
            self.emit(Op::Call(1));
        }
        self.store_name(c.name.id.as_str());
        Ok(())
    }

    /// The names a nested scope takes from enclosing function scopes.
    fn free_vars_for(&self, info: &ScopeInfo) -> Vec<String> {
        let mut free: Vec<String> = info
            .unresolved
            .iter()
            .filter(|name| self.enclosing_has(name))
            .cloned()
            .collect();
        free.sort();
        free
    }

    fn enclosing_has(&self, name: &str) -> bool {
        for unit in self.units.iter().rev() {
            match unit.scope {
                ScopeKind::Module => return false,
                ScopeKind::Class => {
                    // Class-body names are invisible, but its free
                    // variables pass through.
                    if unit.slot_of.contains_key(name) {
                        return true;
                    }
                }
                ScopeKind::Function | ScopeKind::Comprehension => {
                    if unit.globals_decl.contains(name) {
                        return false;
                    }
                    if unit.slot_of.contains_key(name) {
                        return true;
                    }
                }
            }
        }
        false
    }

    /// Pushes a code object onto the current unit, with its closure cells
    /// (flag 4) and emits MAKE_FUNCTION.
    fn push_code_with_closure(
        &mut self,
        code: Rc<Code>,
        free: &[String],
        mut flags: u32,
    ) -> CResult<()> {
        if !free.is_empty() {
            for name in free {
                let slot = match self.unit().slot_of.get(name.as_str()) {
                    Some(s) => *s,
                    None => {
                        return err(
                            TextRange::default(),
                            format!("internal: free variable {name} not found"),
                        );
                    }
                };
                self.emit(Op::LoadClosure(slot));
            }
            self.emit(Op::BuildTuple(free.len() as u32));
            flags |= 4;
        }
        let unit = self.unit();
        unit.codes.push(code);
        let idx = (unit.codes.len() - 1) as u32;
        self.emit(Op::MakeFunction(idx, flags));
        Ok(())
    }

    fn make_function(
        &mut self,
        range: TextRange,
        name: &str,
        params: Option<&ast::Parameters>,
        body: FunctionBody<'_>,
        kind: CodeKind,
    ) -> CResult<()> {
        let mut flags = 0;
        // Defaults are evaluated where the function is defined.
        if let Some(p) = params {
            let defaults: Vec<&Expr> = p
                .posonlyargs
                .iter()
                .chain(p.args.iter())
                .filter_map(|a| a.default.as_deref())
                .collect();
            if !defaults.is_empty() {
                for d in &defaults {
                    self.expr(d)?;
                }
                self.emit(Op::BuildTuple(defaults.len() as u32));
                flags |= 1;
            }
            let kwdefaults: Vec<(&str, &Expr)> = p
                .kwonlyargs
                .iter()
                .filter_map(|a| {
                    a.default
                        .as_deref()
                        .map(|d| (a.parameter.name.id.as_str(), d))
                })
                .collect();
            if !kwdefaults.is_empty() {
                for (n, d) in &kwdefaults {
                    let c = self.const_idx(Const::Str(Rc::from(*n)));
                    self.emit(Op::LoadConst(c));
                    self.expr(d)?;
                }
                self.emit(Op::BuildDict(kwdefaults.len() as u32));
                flags |= 2;
            }
        }
        let line = self.unit().line;
        let info = self.infos.remove(&key(range)).unwrap_or_default();
        let qualname = self.qualname(name);
        let mut unit = Unit::new(&qualname, kind, ScopeKind::Function, line);
        if let Some(p) = params {
            for a in p.posonlyargs.iter().chain(p.args.iter()) {
                unit.add_slot(a.parameter.name.id.as_str());
            }
            unit.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
            unit.posonly = p.posonlyargs.len() as u32;
            for a in p.kwonlyargs.iter() {
                unit.add_slot(a.parameter.name.id.as_str());
            }
            unit.kwonly = p.kwonlyargs.len() as u32;
            if let Some(v) = &p.vararg {
                unit.add_slot(v.name.id.as_str());
                unit.has_varargs = true;
            }
            if let Some(v) = &p.kwarg {
                unit.add_slot(v.name.id.as_str());
                unit.has_varkw = true;
            }
        }
        unit.globals_decl = info.globals.clone();
        for l in &info.locals {
            unit.add_slot(l);
        }
        for need in &info.child_needs {
            if let Some(slot) = unit.slot_of.get(need.as_str()) {
                if !info.globals.contains(need) {
                    unit.cells.insert(*slot);
                }
            }
        }
        let free = self.free_vars_for(&info);
        for name in &free {
            let slot = unit.add_slot(name);
            unit.cells.insert(slot);
        }
        unit.nfree = free.len() as u32;
        unit.is_generator = info.has_yield;
        if info.has_yield {
            unit.kind = CodeKind::Generator;
        }
        self.units.push(unit);
        match body {
            FunctionBody::Stmts(stmts) => {
                self.stmts(stmts)?;
                self.emit(Op::LoadNone);
                self.emit(Op::Return);
            }
            FunctionBody::Expr(e) => {
                self.expr(e)?;
                self.emit(Op::Return);
            }
        }
        let unit = self.units.pop().ok_or_else(|| CompileError {
            message: INTERNAL.into(),
            range,
        })?;
        let code = Rc::new(unit.finish());
        self.push_code_with_closure(code, &free, flags)
    }

    // -------------------------------------------------------------- expressions

    fn expr(&mut self, expr: &Expr) -> CResult<()> {
        let saved = self.unit().line;
        self.set_line(expr.range());
        let result = self.expr_inner(expr);
        self.unit().line = saved;
        result
    }

    fn expr_inner(&mut self, expr: &Expr) -> CResult<()> {
        match expr {
            Expr::NoneLiteral(_) => {
                self.emit(Op::LoadNone);
            }
            Expr::BooleanLiteral(b) => {
                self.emit(if b.value { Op::LoadTrue } else { Op::LoadFalse });
            }
            Expr::EllipsisLiteral(_) => {
                let c = self.name_idx("Ellipsis");
                let _ = c;
                let g = self.global_idx("Ellipsis");
                self.emit(Op::LoadGlobal(g));
            }
            Expr::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => match i.as_i64() {
                    Some(v) if v >= i32::MIN as i64 && v <= i32::MAX as i64 => {
                        self.emit(Op::LoadInt(v as i32));
                    }
                    Some(v) => {
                        let c = self.const_idx(Const::Int(v));
                        self.emit(Op::LoadConst(c));
                    }
                    None => {
                        let text = i.to_string();
                        let Some(big) = parse_int_literal(&text) else {
                            return err(n.range, "invalid integer literal");
                        };
                        let c = self.const_idx(Const::BigInt(big.to_string()));
                        self.emit(Op::LoadConst(c));
                    }
                },
                ast::Number::Float(f) => {
                    let c = self.const_idx(Const::Float(*f));
                    self.emit(Op::LoadConst(c));
                }
                ast::Number::Complex { .. } => {
                    return err(n.range, "complex numbers are not supported");
                }
            },
            Expr::StringLiteral(s) => {
                let c = self.const_idx(Const::Str(Rc::from(s.value.to_str())));
                self.emit(Op::LoadConst(c));
            }
            Expr::BytesLiteral(b) => {
                let data: Vec<u8> = b.value.bytes().collect();
                let c = self.const_idx(Const::Bytes(Rc::from(data)));
                self.emit(Op::LoadConst(c));
            }
            Expr::FString(f) => self.fstring(f)?,
            Expr::TString(t) => return err(t.range, "template strings are not supported"),
            Expr::Name(n) => self.load_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let n = self.name_idx(a.attr.id.as_str());
                self.emit(Op::LoadAttr(n));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::GetItem);
            }
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(e) => self.expr(e)?,
                        None => {
                            self.emit(Op::LoadNone);
                        }
                    }
                }
                match &s.step {
                    Some(e) => {
                        self.expr(e)?;
                        self.emit(Op::BuildSlice(3));
                    }
                    None => {
                        self.emit(Op::BuildSlice(2));
                    }
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Op::Binary(binop(b.op)));
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                self.emit(match u.op {
                    ast::UnaryOp::Not => Op::Not,
                    ast::UnaryOp::USub => Op::Neg,
                    ast::UnaryOp::UAdd => Op::Pos,
                    ast::UnaryOp::Invert => Op::Invert,
                });
            }
            Expr::BoolOp(b) => {
                let mut jumps = Vec::new();
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        jumps.push(self.emit(match b.op {
                            ast::BoolOp::And => Op::JumpIfFalseOrPop(0),
                            ast::BoolOp::Or => Op::JumpIfTrueOrPop(0),
                        }));
                    }
                }
                for j in jumps {
                    self.patch_here(j);
                }
            }
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                let n = c.ops.len();
                if n == 1 {
                    if let (Some(op), Some(right)) = (c.ops.first(), c.comparators.first()) {
                        self.expr(right)?;
                        self.emit(Op::Compare(cmpop(*op)));
                    }
                } else {
                    let mut cleanups = Vec::new();
                    for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
                        self.expr(right)?;
                        if i + 1 < n {
                            self.emit(Op::Dup);
                            self.emit(Op::Rot3);
                            self.emit(Op::Compare(cmpop(*op)));
                            cleanups.push(self.emit(Op::JumpIfFalseOrPop(0)));
                        } else {
                            self.emit(Op::Compare(cmpop(*op)));
                        }
                    }
                    let end = self.emit(Op::Jump(0));
                    for c in cleanups {
                        self.patch_here(c);
                    }
                    // Failed early: [left-over, False] -> [False]
                    self.emit(Op::Rot2);
                    self.emit(Op::Pop);
                    self.patch_here(end);
                }
            }
            Expr::If(i) => {
                self.expr(&i.test)?;
                let jf = self.emit(Op::PopJumpIfFalse(0));
                self.expr(&i.body)?;
                let end = self.emit(Op::Jump(0));
                self.patch_here(jf);
                self.expr(&i.orelse)?;
                self.patch_here(end);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Op::Dup);
                self.store_target(&n.target)?;
            }
            Expr::Tuple(t) => self.sequence(&t.elts, SeqKind::Tuple)?,
            Expr::List(l) => self.sequence(&l.elts, SeqKind::List)?,
            Expr::Set(s) => self.sequence(&s.elts, SeqKind::Set)?,
            Expr::Dict(d) => {
                let simple = d.items.iter().all(|i| i.key.is_some());
                if simple {
                    for item in &d.items {
                        if let Some(k) = &item.key {
                            self.expr(k)?;
                        }
                        self.expr(&item.value)?;
                    }
                    self.emit(Op::BuildDict(d.items.len() as u32));
                } else {
                    self.emit(Op::BuildDict(0));
                    for item in &d.items {
                        match &item.key {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(&item.value)?;
                                self.emit(Op::MapAdd(1));
                            }
                            None => {
                                self.expr(&item.value)?;
                                self.emit(Op::DictUpdate(1));
                            }
                        }
                    }
                }
            }
            Expr::Call(c) => self.call(c)?,
            Expr::Lambda(l) => {
                self.make_function(
                    l.range,
                    "<lambda>",
                    l.parameters.as_deref(),
                    FunctionBody::Expr(&l.body),
                    CodeKind::Lambda,
                )?;
            }
            Expr::ListComp(c) => {
                self.comprehension(c.range, "<listcomp>", &c.generators, CompKind::List(&c.elt))?
            }
            Expr::SetComp(c) => {
                self.comprehension(c.range, "<setcomp>", &c.generators, CompKind::Set(&c.elt))?
            }
            Expr::DictComp(c) => {
                let Some(k) = &c.key else {
                    return err(c.range, "dict unpacking in comprehensions is not supported");
                };
                self.comprehension(
                    c.range,
                    "<dictcomp>",
                    &c.generators,
                    CompKind::Dict(k, &c.value),
                )?
            }
            Expr::Generator(c) => {
                self.comprehension(c.range, "<genexpr>", &c.generators, CompKind::Gen(&c.elt))?
            }
            Expr::Yield(y) => {
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => {
                        self.emit(Op::LoadNone);
                    }
                }
                self.emit(Op::Yield);
            }
            Expr::YieldFrom(y) => {
                // for x in it: yield x  (the value sent back is always None)
                self.expr(&y.value)?;
                self.emit(Op::GetIter);
                let start = self.here();
                let exit = self.emit(Op::ForIter(0));
                self.emit(Op::Yield);
                self.emit(Op::Pop);
                self.emit(Op::Jump(start));
                self.patch_here(exit);
                self.emit(Op::LoadNone);
            }
            Expr::Starred(s) => return err(s.range, "can't use starred expression here"),
            Expr::Await(a) => return err(a.range, "await is not supported"),
            Expr::IpyEscapeCommand(c) => return err(c.range, "invalid syntax"),
        }
        Ok(())
    }

    fn sequence(&mut self, elts: &[Expr], kind: SeqKind) -> CResult<()> {
        let has_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !has_star {
            for e in elts {
                self.expr(e)?;
            }
            let n = elts.len() as u32;
            self.emit(match kind {
                SeqKind::Tuple => Op::BuildTuple(n),
                SeqKind::List => Op::BuildList(n),
                // CPython folds a display of more than two constants into a
                // frozenset and copies it into the new set.
                SeqKind::Set if n > 2 && elts.iter().all(is_folded_constant) => {
                    Op::BuildConstSet(n)
                }
                SeqKind::Set => Op::BuildSet(n),
            });
            return Ok(());
        }
        match kind {
            SeqKind::Set => {
                self.emit(Op::BuildSet(0));
                for e in elts {
                    match e {
                        Expr::Starred(s) => {
                            self.expr(&s.value)?;
                            self.emit(Op::ListExtend(1));
                        }
                        other => {
                            self.expr(other)?;
                            self.emit(Op::SetAdd(1));
                        }
                    }
                }
            }
            _ => {
                self.emit(Op::BuildList(0));
                for e in elts {
                    match e {
                        Expr::Starred(s) => {
                            self.expr(&s.value)?;
                            self.emit(Op::ListExtend(1));
                        }
                        other => {
                            self.expr(other)?;
                            self.emit(Op::ListAppend(1));
                        }
                    }
                }
                if kind == SeqKind::Tuple {
                    self.emit(Op::ListToTuple);
                }
            }
        }
        Ok(())
    }

    fn call(&mut self, c: &ast::ExprCall) -> CResult<()> {
        let args = &c.arguments;
        let has_star = args.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || args.keywords.iter().any(|k| k.arg.is_none());
        if has_star {
            self.expr(&c.func)?;
            self.sequence(&args.args, SeqKind::Tuple)?;
            self.emit(Op::BuildDict(0));
            for k in args.keywords.iter() {
                match &k.arg {
                    Some(name) => {
                        let i = self.const_idx(Const::Str(Rc::from(name.id.as_str())));
                        self.emit(Op::LoadConst(i));
                        self.expr(&k.value)?;
                        self.emit(Op::MapAdd(1));
                    }
                    None => {
                        self.expr(&k.value)?;
                        self.emit(Op::DictUpdate(1));
                    }
                }
            }
            self.set_line(c.range());
            self.emit(Op::CallEx);
            return Ok(());
        }
        let method = match &*c.func {
            Expr::Attribute(a) if args.keywords.is_empty() => Some(a),
            _ => None,
        };
        if let Some(a) = method {
            self.expr(&a.value)?;
            let n = self.name_idx(a.attr.id.as_str());
            self.emit(Op::LoadMethod(n));
            for arg in args.args.iter() {
                self.expr(arg)?;
            }
            self.set_line(c.range());
            self.emit(Op::CallMethod(args.args.len() as u32));
            return Ok(());
        }
        self.expr(&c.func)?;
        for arg in args.args.iter() {
            self.expr(arg)?;
        }
        for k in args.keywords.iter() {
            self.expr(&k.value)?;
        }
        self.set_line(c.range());
        let total = (args.args.len() + args.keywords.len()) as u32;
        if args.keywords.is_empty() {
            self.emit(Op::Call(total));
        } else {
            let names: Vec<Rc<str>> = args
                .keywords
                .iter()
                .map(|k| Rc::from(k.arg.as_ref().map(|a| a.id.as_str()).unwrap_or("")))
                .collect();
            let c = self.const_idx(Const::Names(names));
            self.emit(Op::CallKw(total, c));
        }
        Ok(())
    }

    fn fstring(&mut self, f: &ast::ExprFString) -> CResult<()> {
        let mut count = 0u32;
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => {
                    let c = self.const_idx(Const::Str(Rc::from(&*l.value)));
                    self.emit(Op::LoadConst(c));
                    count += 1;
                }
                ast::FStringPart::FString(fs) => {
                    count += self.fstring_elements(&fs.elements)?;
                }
            }
        }
        if count != 1 {
            self.emit(Op::BuildString(count));
        } else {
            // A lone interpolation still has to be a str.
            self.emit(Op::BuildString(1));
        }
        Ok(())
    }

    fn fstring_elements(&mut self, elements: &ast::InterpolatedStringElements) -> CResult<u32> {
        let mut count = 0;
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    let c = self.const_idx(Const::Str(Rc::from(&*l.value)));
                    self.emit(Op::LoadConst(c));
                    count += 1;
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conversion = match i.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    if let Some(debug) = &i.debug_text {
                        let c = self.const_idx(Const::Str(Rc::from(debug.as_str())));
                        self.emit(Op::LoadConst(c));
                        count += 1;
                        if conversion == 0 && i.format_spec.is_none() {
                            conversion = 2;
                        }
                    }
                    self.expr(&i.expression)?;
                    let mut flags = conversion;
                    if let Some(spec) = &i.format_spec {
                        let n = self.fstring_elements(&spec.elements)?;
                        self.emit(Op::BuildString(n));
                        flags |= 4;
                    }
                    self.emit(Op::FormatValue(flags));
                    count += 1;
                }
            }
        }
        Ok(count)
    }

    fn comprehension(
        &mut self,
        range: TextRange,
        name: &str,
        generators: &[ast::Comprehension],
        kind: CompKind<'_>,
    ) -> CResult<()> {
        let Some(first) = generators.first() else {
            return err(range, "comprehension without a for clause");
        };
        if generators.iter().any(|g| g.is_async) {
            return err(range, "async comprehensions are not supported");
        }
        self.expr(&first.iter)?;
        self.emit(Op::GetIter);
        let line = self.unit().line;
        let info = self.infos.remove(&key(range)).unwrap_or_default();
        let code_kind = if matches!(kind, CompKind::Gen(_)) {
            CodeKind::Generator
        } else {
            CodeKind::Comprehension
        };
        let qualname = self.qualname(name);
        let mut unit = Unit::new(&qualname, code_kind, ScopeKind::Comprehension, line);
        unit.add_slot(".0");
        unit.argcount = 1;
        for l in &info.locals {
            unit.add_slot(l);
        }
        for need in &info.child_needs {
            if let Some(slot) = unit.slot_of.get(need.as_str()) {
                unit.cells.insert(*slot);
            }
        }
        let free = self.free_vars_for(&info);
        for n in &free {
            let slot = unit.add_slot(n);
            unit.cells.insert(slot);
        }
        unit.nfree = free.len() as u32;
        unit.is_generator = matches!(kind, CompKind::Gen(_));
        self.units.push(unit);
        match kind {
            CompKind::List(_) => {
                self.emit(Op::BuildList(0));
            }
            CompKind::Set(_) => {
                self.emit(Op::BuildSet(0));
            }
            CompKind::Dict(_, _) => {
                self.emit(Op::BuildDict(0));
            }
            CompKind::Gen(_) => {}
        }
        self.emit(Op::LoadFast(0));
        self.comp_loop(generators, 0, &kind, 1)?;
        if matches!(kind, CompKind::Gen(_)) {
            self.emit(Op::LoadNone);
        }
        self.emit(Op::Return);
        let unit = self.units.pop().ok_or_else(|| CompileError {
            message: INTERNAL.into(),
            range,
        })?;
        let code = Rc::new(unit.finish());
        self.push_code_with_closure(code, &free, 0)?;
        self.emit(Op::Rot2);
        self.emit(Op::Call(1));
        Ok(())
    }

    /// Stack on entry: [result?, iterator]. `depth` counts the iterators
    /// above the result.
    fn comp_loop(
        &mut self,
        generators: &[ast::Comprehension],
        index: usize,
        kind: &CompKind<'_>,
        depth: u32,
    ) -> CResult<()> {
        let Some(g) = generators.get(index) else {
            return Ok(());
        };
        if index > 0 {
            self.expr(&g.iter)?;
            self.emit(Op::GetIter);
        }
        let start = self.here();
        let exit = self.emit(Op::ForIter(0));
        self.store_target(&g.target)?;
        let mut skips = Vec::new();
        for cond in &g.ifs {
            self.expr(cond)?;
            skips.push(self.emit(Op::PopJumpIfFalse(0)));
        }
        if index + 1 < generators.len() {
            self.comp_loop(generators, index + 1, kind, depth + 1)?;
        } else {
            match kind {
                CompKind::List(e) => {
                    self.expr(e)?;
                    self.emit(Op::ListAppend(depth + 1));
                }
                CompKind::Set(e) => {
                    self.expr(e)?;
                    self.emit(Op::SetAdd(depth + 1));
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MapAdd(depth + 1));
                }
                CompKind::Gen(e) => {
                    self.expr(e)?;
                    self.emit(Op::Yield);
                    self.emit(Op::Pop);
                }
            }
        }
        for s in skips {
            self.patch(s, start);
        }
        self.emit(Op::Jump(start));
        self.patch_here(exit);
        Ok(())
    }
}

enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SeqKind {
    Tuple,
    List,
    Set,
}

fn binop(op: ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::MatMult => BinOp::MatMul,
        ast::Operator::Div => BinOp::Div,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitOr => BinOp::BitOr,
        ast::Operator::BitXor => BinOp::BitXor,
        ast::Operator::BitAnd => BinOp::BitAnd,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
    }
}

fn cmpop(op: ast::CmpOp) -> CmpOp {
    match op {
        ast::CmpOp::Eq => CmpOp::Eq,
        ast::CmpOp::NotEq => CmpOp::Ne,
        ast::CmpOp::Lt => CmpOp::Lt,
        ast::CmpOp::LtE => CmpOp::Le,
        ast::CmpOp::Gt => CmpOp::Gt,
        ast::CmpOp::GtE => CmpOp::Ge,
        ast::CmpOp::Is => CmpOp::Is,
        ast::CmpOp::IsNot => CmpOp::IsNot,
        ast::CmpOp::In => CmpOp::In,
        ast::CmpOp::NotIn => CmpOp::NotIn,
    }
}

/// Parses an integer literal as written (prefixes and underscores).
pub fn parse_int_literal(text: &str) -> Option<num_bigint::BigInt> {
    let clean: String = text.chars().filter(|c| *c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = lower.strip_prefix("0x") {
        (r.to_string(), 16)
    } else if let Some(r) = lower.strip_prefix("0o") {
        (r.to_string(), 8)
    } else if let Some(r) = lower.strip_prefix("0b") {
        (r.to_string(), 2)
    } else {
        (lower, 10)
    };
    num_bigint::BigInt::parse_bytes(digits.as_bytes(), radix)
}

/// Whether CPython's AST optimiser turns `e` into a constant: literals,
/// signs and `~` on numbers, and tuples of constants.
fn is_folded_constant(e: &Expr) -> bool {
    match e {
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::EllipsisLiteral(_) => true,
        Expr::UnaryOp(u) => {
            !matches!(u.op, ast::UnaryOp::Not) && matches!(&*u.operand, Expr::NumberLiteral(_))
        }
        Expr::Tuple(t) => t.elts.iter().all(is_folded_constant),
        _ => false,
    }
}
