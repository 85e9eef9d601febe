//! What an impl.py says about Terraform: which prompt fields and flow vars
//! it reads, how it compares them with literals, and which fields it has
//! prefetch reducers for.
//!
//! Accesses are recognised on `<name>.payload.fields` and `<name>.flow.vars`
//! (any handler parameter name), and through local aliases assigned once in
//! a scope: `fields = event.payload.fields`, `fvars = event.flow.vars`,
//! `payload = event.payload`, `urgency = fields.get("urgency")`. A name
//! bound more than once in its scope is not an alias (it could hold
//! anything), and a binding in an inner scope shadows an outer alias.

use std::collections::{HashMap, HashSet};

use sym_syntax::ast::{self, CmpOp, Expr, Stmt};
use sym_syntax::visitor::{self, Visitor};
use sym_syntax::{ParsedModule, Ranged, TextRange};

/// Everything [`extract_impl_facts`] found, in source order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImplFacts {
    pub prefetch_reducers: Vec<PrefetchReducer>,
    pub accesses: Vec<SubjectAccess>,
    pub comparisons: Vec<Comparison>,
}

/// A function decorated with `@prefetch(field_name=...)`.
#[derive(Clone, Debug, PartialEq)]
pub struct PrefetchReducer {
    pub function: String,
    /// `None` when the field name is not a string literal.
    pub field_name: Option<String>,
    /// The field name literal, or the decorator when it is not a literal.
    pub range: TextRange,
}

/// What is read: a prompt field or a flow var, by key.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Subject {
    Field(String),
    Var(String),
}

impl Subject {
    pub fn key(&self) -> &str {
        match self {
            Subject::Field(key) | Subject::Var(key) => key,
        }
    }
}

/// `obj["k"]` raises when `k` is missing; `obj.get("k")` does not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AccessKind {
    Subscript,
    Get,
}

/// One read of `event.payload.fields[...]` or `event.flow.vars[...]`.
#[derive(Clone, Debug, PartialEq)]
pub struct SubjectAccess {
    pub subject: Subject,
    pub kind: AccessKind,
    /// The whole access expression.
    pub range: TextRange,
    /// The key's string literal (quotes included).
    pub key_range: TextRange,
}

/// A Python literal a field or var is compared with.
#[derive(Clone, Debug, PartialEq)]
pub enum Literal {
    Str(String),
    /// The integer as written (may exceed 64 bits).
    Int(String),
    Float(f64),
    Bool(bool),
    None,
}

impl Literal {
    /// The literal as Python would print it.
    pub fn python(&self) -> String {
        match self {
            Literal::Str(text) => format!("{text:?}"),
            Literal::Int(text) => text.clone(),
            Literal::Float(value) => format!("{value:?}"),
            Literal::Bool(true) => "True".to_string(),
            Literal::Bool(false) => "False".to_string(),
            Literal::None => "None".to_string(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ComparisonOp {
    Eq,
    NotEq,
    /// `<`, `<=`, `>`, `>=`
    Order,
    In,
    NotIn,
    /// `is`, `is not`
    Identity,
}

/// `subject op literal` (or `literal op subject` for `==`, `!=` and
/// orderings); for `in`/`not in`, every element of a literal tuple, list or
/// set.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub subject: Subject,
    pub subject_range: TextRange,
    pub op: ComparisonOp,
    pub literals: Vec<(Literal, TextRange)>,
    /// The two operands and the operator.
    pub range: TextRange,
}

/// Reads the facts of one parsed impl.py (what parsed of it, if it has
/// syntax errors).
pub fn extract_impl_facts(parsed: &ParsedModule) -> ImplFacts {
    let mut collector = Collector {
        scopes: Vec::new(),
        facts: ImplFacts::default(),
        key_error_handled: 0,
        membership_tested: HashSet::new(),
    };
    let module_scope = Scope::new(parsed.body(), &[], &collector.scopes, false);
    collector.scopes.push(module_scope);
    for stmt in parsed.body() {
        collector.visit_stmt(stmt);
    }
    // `if "k" in fields: fields["k"]`: the file checks before it reads.
    let Collector {
        mut facts,
        membership_tested,
        ..
    } = collector;
    for access in &mut facts.accesses {
        if membership_tested.contains(&access.subject) {
            access.kind = AccessKind::Get;
        }
    }
    facts
}

/// Whether a `try`'s handlers catch a missing key (`KeyError`, its base
/// `LookupError`, `Exception`, `BaseException`, or everything).
fn catches_key_error(try_stmt: &ast::StmtTry) -> bool {
    try_stmt.handlers.iter().any(|handler| {
        let ast::ExceptHandler::ExceptHandler(handler) = handler;
        let Some(caught) = &handler.type_ else {
            return true;
        };
        let names_key_error = |expr: &Expr| {
            let name = match expr {
                Expr::Name(name) => name.id.as_str(),
                Expr::Attribute(attribute) => attribute.attr.as_str(),
                _ => return false,
            };
            matches!(
                name,
                "KeyError" | "LookupError" | "Exception" | "BaseException"
            )
        };
        match caught.as_ref() {
            Expr::Tuple(tuple) => tuple.elts.iter().any(names_key_error),
            other => names_key_error(other),
        }
    })
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Alias {
    Payload,
    Flow,
    Fields,
    Vars,
    Value(Subject),
}

struct Scope {
    aliases: HashMap<String, Alias>,
    /// Every name bound in the scope (aliases included).
    bound: HashSet<String>,
    /// Class bodies are not visible from the methods inside them.
    is_class: bool,
}

impl Scope {
    fn new(body: &[Stmt], parameters: &[String], outer: &[Scope], is_class: bool) -> Scope {
        let mut bindings = Bindings::default();
        for stmt in body {
            bindings.visit_stmt(stmt);
        }
        let mut bound: HashSet<String> = bindings.counts.keys().cloned().collect();
        bound.extend(parameters.iter().cloned());
        let mut scope = Scope {
            aliases: HashMap::new(),
            bound,
            is_class,
        };
        let candidates: Vec<(&String, &Expr)> = bindings
            .candidates
            .iter()
            .filter(|(name, _)| {
                bindings.counts.get(name.as_str()) == Some(&1) && !parameters.contains(name)
            })
            .map(|(name, value)| (name, *value))
            .collect();
        // An alias may be defined through another (`fields = payload.fields`).
        for _ in 0..=candidates.len() {
            let mut changed = false;
            for (name, value) in &candidates {
                if scope.aliases.contains_key(*name) {
                    continue;
                }
                let mut chain: Vec<&Scope> = visible(outer).collect();
                chain.insert(0, &scope);
                if let Some(alias) = classify(value, &chain) {
                    scope.aliases.insert((*name).clone(), alias);
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        scope
    }
}

/// The scopes a name lookup sees from the innermost scope outwards.
fn visible(scopes: &[Scope]) -> impl Iterator<Item = &Scope> {
    let innermost = scopes.len().saturating_sub(1);
    scopes
        .iter()
        .enumerate()
        .rev()
        .filter(move |(index, scope)| *index == innermost || !scope.is_class)
        .map(|(_, scope)| scope)
}

fn lookup(name: &str, chain: &[&Scope]) -> Option<Alias> {
    for scope in chain {
        if let Some(alias) = scope.aliases.get(name) {
            return Some(alias.clone());
        }
        if scope.bound.contains(name) {
            return None;
        }
    }
    None
}

fn string_literal(expr: &Expr) -> Option<(&str, TextRange)> {
    match expr {
        Expr::StringLiteral(literal) => Some((literal.value.to_str(), literal.range)),
        _ => None,
    }
}

/// The `obj` and key literal of `obj["k"]` / `obj.get("k", ...)`.
fn keyed_access(expr: &Expr) -> Option<(&Expr, &str, TextRange, AccessKind)> {
    match expr {
        Expr::Subscript(subscript) if subscript.ctx == ast::ExprContext::Load => {
            let (key, range) = string_literal(&subscript.slice)?;
            Some((&subscript.value, key, range, AccessKind::Subscript))
        }
        Expr::Call(call) => {
            let Expr::Attribute(attribute) = call.func.as_ref() else {
                return None;
            };
            if attribute.attr.as_str() != "get" || !call.arguments.keywords.is_empty() {
                return None;
            }
            let (key, range) = string_literal(call.arguments.args.first()?)?;
            Some((&attribute.value, key, range, AccessKind::Get))
        }
        _ => None,
    }
}

fn classify(expr: &Expr, chain: &[&Scope]) -> Option<Alias> {
    match expr {
        Expr::Name(name) => lookup(name.id.as_str(), chain),
        Expr::Attribute(attribute) => {
            let base = attribute.value.as_ref();
            match attribute.attr.as_str() {
                "payload" if matches!(base, Expr::Name(_)) => Some(Alias::Payload),
                "flow" if matches!(base, Expr::Name(_)) => Some(Alias::Flow),
                "fields" if classify(base, chain) == Some(Alias::Payload) => Some(Alias::Fields),
                "vars" if classify(base, chain) == Some(Alias::Flow) => Some(Alias::Vars),
                _ => None,
            }
        }
        _ => {
            let (object, key, _, _) = keyed_access(expr)?;
            match classify(object, chain)? {
                Alias::Fields => Some(Alias::Value(Subject::Field(key.to_string()))),
                Alias::Vars => Some(Alias::Value(Subject::Var(key.to_string()))),
                _ => None,
            }
        }
    }
}

fn literal(expr: &Expr) -> Option<Literal> {
    match expr {
        Expr::StringLiteral(literal) => Some(Literal::Str(literal.value.to_str().to_string())),
        Expr::NumberLiteral(number) => match &number.value {
            ast::Number::Int(value) => Some(Literal::Int(value.to_string())),
            ast::Number::Float(value) => Some(Literal::Float(*value)),
            ast::Number::Complex { .. } => None,
        },
        Expr::BooleanLiteral(flag) => Some(Literal::Bool(flag.value)),
        Expr::NoneLiteral(_) => Some(Literal::None),
        Expr::UnaryOp(unary) if unary.op == ast::UnaryOp::USub => match literal(&unary.operand)? {
            Literal::Int(text) => Some(Literal::Int(format!("-{text}"))),
            Literal::Float(value) => Some(Literal::Float(-value)),
            _ => None,
        },
        _ => None,
    }
}

fn literal_elements(expr: &Expr) -> Option<Vec<(Literal, TextRange)>> {
    let elements = match expr {
        Expr::Tuple(tuple) => &tuple.elts,
        Expr::List(list) => &list.elts,
        Expr::Set(set) => &set.elts,
        _ => return None,
    };
    elements
        .iter()
        .map(|element| literal(element).map(|value| (value, element.range())))
        .collect()
}

fn comparison_op(op: CmpOp) -> ComparisonOp {
    match op {
        CmpOp::Eq => ComparisonOp::Eq,
        CmpOp::NotEq => ComparisonOp::NotEq,
        CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE => ComparisonOp::Order,
        CmpOp::In => ComparisonOp::In,
        CmpOp::NotIn => ComparisonOp::NotIn,
        CmpOp::Is | CmpOp::IsNot => ComparisonOp::Identity,
    }
}

struct Collector {
    scopes: Vec<Scope>,
    facts: ImplFacts,
    /// How many enclosing `try` bodies catch a missing key: a subscript
    /// there tolerates the key's absence.
    key_error_handled: usize,
    /// Keys the file tests with `"k" in fields` / `"k" in vars`.
    membership_tested: HashSet<Subject>,
}

impl Collector {
    fn classify(&self, expr: &Expr) -> Option<Alias> {
        let chain: Vec<&Scope> = visible(&self.scopes).collect();
        classify(expr, &chain)
    }

    fn subject(&self, expr: &Expr) -> Option<Subject> {
        match self.classify(expr)? {
            Alias::Value(subject) => Some(subject),
            _ => None,
        }
    }

    fn record_prefetch(&mut self, function: &ast::StmtFunctionDef) {
        for decorator in &function.decorator_list {
            let Expr::Call(call) = &decorator.expression else {
                continue;
            };
            let callee = match call.func.as_ref() {
                Expr::Name(name) => name.id.as_str(),
                Expr::Attribute(attribute) => attribute.attr.as_str(),
                _ => continue,
            };
            if callee != "prefetch" {
                continue;
            }
            let argument = call
                .arguments
                .keywords
                .iter()
                .find(|keyword| {
                    keyword
                        .arg
                        .as_ref()
                        .is_some_and(|arg| arg.as_str() == "field_name")
                })
                .map(|keyword| &keyword.value)
                .or_else(|| call.arguments.args.first());
            let (field_name, range) = match argument.and_then(string_literal) {
                Some((name, range)) => (Some(name.to_string()), range),
                None => (None, decorator.range),
            };
            self.facts.prefetch_reducers.push(PrefetchReducer {
                function: function.name.as_str().to_string(),
                field_name,
                range,
            });
        }
    }

    /// `"k" in fields` (or `not in`) on the prompt fields or flow vars.
    fn record_membership_tests(&mut self, compare: &ast::ExprCompare) {
        let mut left: &Expr = &compare.left;
        for (op, right) in compare.ops.iter().zip(compare.comparators.iter()) {
            if matches!(op, CmpOp::In | CmpOp::NotIn)
                && let Some((key, _)) = string_literal(left)
            {
                match self.classify(right) {
                    Some(Alias::Fields) => {
                        self.membership_tested
                            .insert(Subject::Field(key.to_string()));
                    }
                    Some(Alias::Vars) => {
                        self.membership_tested.insert(Subject::Var(key.to_string()));
                    }
                    _ => {}
                }
            }
            left = right;
        }
    }

    fn record_comparison(&mut self, compare: &ast::ExprCompare) {
        let mut operands: Vec<&Expr> = vec![&compare.left];
        operands.extend(compare.comparators.iter());
        for (index, op) in compare.ops.iter().enumerate() {
            let (Some(left), Some(right)) = (operands.get(index), operands.get(index + 1)) else {
                continue;
            };
            let op = comparison_op(*op);
            let range = left.range().cover(right.range());
            let found = match op {
                ComparisonOp::In | ComparisonOp::NotIn => self
                    .subject(left)
                    .zip(literal_elements(right))
                    .map(|(subject, literals)| (subject, left.range(), literals)),
                _ => {
                    if let (Some(subject), Some(value)) = (self.subject(left), literal(right)) {
                        Some((subject, left.range(), vec![(value, right.range())]))
                    } else if let (Some(subject), Some(value)) =
                        (self.subject(right), literal(left))
                    {
                        Some((subject, right.range(), vec![(value, left.range())]))
                    } else {
                        None
                    }
                }
            };
            if let Some((subject, subject_range, literals)) = found {
                self.facts.comparisons.push(Comparison {
                    subject,
                    subject_range,
                    op,
                    literals,
                    range,
                });
            }
        }
    }
}

impl<'a> Visitor<'a> for Collector {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(function) => {
                self.record_prefetch(function);
                for decorator in &function.decorator_list {
                    self.visit_decorator(decorator);
                }
                let parameters: Vec<String> = function
                    .parameters
                    .iter()
                    .map(|parameter| parameter.name().as_str().to_string())
                    .collect();
                let scope = Scope::new(&function.body, &parameters, &self.scopes, false);
                self.scopes.push(scope);
                for stmt in &function.body {
                    self.visit_stmt(stmt);
                }
                self.scopes.pop();
            }
            Stmt::ClassDef(class) => {
                for decorator in &class.decorator_list {
                    self.visit_decorator(decorator);
                }
                let scope = Scope::new(&class.body, &[], &self.scopes, true);
                self.scopes.push(scope);
                for stmt in &class.body {
                    self.visit_stmt(stmt);
                }
                self.scopes.pop();
            }
            Stmt::Try(try_stmt) if catches_key_error(try_stmt) => {
                self.key_error_handled += 1;
                for stmt in &try_stmt.body {
                    self.visit_stmt(stmt);
                }
                self.key_error_handled -= 1;
                for handler in &try_stmt.handlers {
                    self.visit_except_handler(handler);
                }
                for stmt in try_stmt.orelse.iter().chain(&try_stmt.finalbody) {
                    self.visit_stmt(stmt);
                }
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Compare(compare) = expr {
            self.record_membership_tests(compare);
        }
        if let Some((object, key, key_range, kind)) = keyed_access(expr) {
            let kind = if self.key_error_handled > 0 {
                AccessKind::Get
            } else {
                kind
            };
            let subject = match self.classify(object) {
                Some(Alias::Fields) => Some(Subject::Field(key.to_string())),
                Some(Alias::Vars) => Some(Subject::Var(key.to_string())),
                _ => None,
            };
            if let Some(subject) = subject {
                self.facts.accesses.push(SubjectAccess {
                    subject,
                    kind,
                    range: expr.range(),
                    key_range,
                });
            }
        }
        if let Expr::Compare(compare) = expr {
            self.record_comparison(compare);
        }
        visitor::walk_expr(self, expr);
    }
}

/// The names a scope binds, how often, and the single-name assignments
/// that may be aliases. Does not look into nested function or class bodies.
#[derive(Default)]
struct Bindings<'a> {
    counts: HashMap<String, usize>,
    candidates: Vec<(String, &'a Expr)>,
}

impl<'a> Bindings<'a> {
    fn bind(&mut self, name: &str) {
        *self.counts.entry(name.to_string()).or_insert(0) += 1;
    }

    fn bind_target(&mut self, target: &Expr) {
        match target {
            Expr::Name(name) => self.bind(name.id.as_str()),
            Expr::Tuple(tuple) => tuple.elts.iter().for_each(|e| self.bind_target(e)),
            Expr::List(list) => list.elts.iter().for_each(|e| self.bind_target(e)),
            Expr::Starred(starred) => self.bind_target(&starred.value),
            _ => {}
        }
    }
}

impl<'a> Visitor<'a> for Bindings<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(function) => {
                self.bind(function.name.as_str());
                return;
            }
            Stmt::ClassDef(class) => {
                self.bind(class.name.as_str());
                return;
            }
            Stmt::Assign(assign) => {
                for target in &assign.targets {
                    self.bind_target(target);
                }
                if let [Expr::Name(name)] = assign.targets.as_slice() {
                    self.candidates
                        .push((name.id.as_str().to_string(), &assign.value));
                }
            }
            Stmt::AnnAssign(assign) => {
                self.bind_target(&assign.target);
                if let (Expr::Name(name), Some(value)) = (assign.target.as_ref(), &assign.value) {
                    self.candidates.push((name.id.as_str().to_string(), value));
                }
            }
            Stmt::AugAssign(assign) => self.bind_target(&assign.target),
            Stmt::For(for_stmt) => self.bind_target(&for_stmt.target),
            Stmt::With(with) => {
                for item in &with.items {
                    if let Some(target) = &item.optional_vars {
                        self.bind_target(target);
                    }
                }
            }
            Stmt::Import(import) => {
                for alias in &import.names {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    let first = bound.as_str().split('.').next().unwrap_or("");
                    self.bind(first);
                }
            }
            Stmt::ImportFrom(import) => {
                for alias in &import.names {
                    self.bind(alias.asname.as_ref().unwrap_or(&alias.name).as_str());
                }
            }
            Stmt::Global(global) => global.names.iter().for_each(|n| {
                // Rebound elsewhere: never an alias.
                self.bind(n.as_str());
                self.bind(n.as_str());
            }),
            Stmt::Nonlocal(nonlocal) => nonlocal.names.iter().for_each(|n| {
                self.bind(n.as_str());
                self.bind(n.as_str());
            }),
            Stmt::Try(try_stmt) => {
                for handler in &try_stmt.handlers {
                    let ast::ExceptHandler::ExceptHandler(handler) = handler;
                    if let Some(name) = &handler.name {
                        self.bind(name.as_str());
                    }
                }
            }
            _ => {}
        }
        visitor::walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Named(named) => {
                self.bind_target(&named.target);
                if let Expr::Name(name) = named.target.as_ref() {
                    self.candidates
                        .push((name.id.as_str().to_string(), &named.value));
                }
            }
            // Their own scopes.
            Expr::Lambda(_) => return,
            _ => {}
        }
        visitor::walk_expr(self, expr);
    }
}
