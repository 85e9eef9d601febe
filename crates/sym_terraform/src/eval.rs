//! Static evaluation of the part of Terraform's expression language Sym
//! configurations use: literals, templates, `var.`, `local.`, `path.`,
//! resource references, `file()` and a few pure functions. Anything else
//! becomes [`Value::Unknown`] with the reason, never an error.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use hcl::edit::Span;
use hcl::edit::expr::{Expression, ObjectKey, TraversalOperator};
use hcl::edit::structure::Block;
use hcl::edit::template::{Element, Template};
use indexmap::IndexMap;
use sym_diagnostics::Diagnostic;
use sym_syntax::TextRange;

use crate::hclfile::{TfFile, span_range};
use crate::paths;
use crate::rules::UndeclaredReference;

/// How deep locals may refer to locals before we give up (cycles).
const MAX_DEPTH: u32 = 64;

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Value {
    Null,
    Bool(bool),
    /// The number as Terraform would print it.
    Number(String),
    String(String),
    List(Vec<Value>),
    Object(IndexMap<String, Value>),
    /// `type.name.attr...`: a resource of module instance `instance`.
    Ref(ResourceRef),
    /// `file(path)`: the contents of the file at `path`.
    File(PathBuf),
    /// Known only at apply time, or not evaluated statically: why.
    Unknown(String),
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ResourceRef {
    pub instance: usize,
    pub resource_type: String,
    pub name: String,
    pub attrs: Vec<String>,
}

impl ResourceRef {
    pub fn address(&self) -> String {
        let mut address = format!("{}.{}", self.resource_type, self.name);
        for attr in &self.attrs {
            address.push('.');
            address.push_str(attr);
        }
        address
    }
}

impl Value {
    /// The value as a string, the way Terraform converts primitives.
    pub fn as_text(&self) -> Option<String> {
        match self {
            Value::String(text) | Value::Number(text) => Some(text.clone()),
            Value::Bool(flag) => Some(flag.to_string()),
            _ => None,
        }
    }

    /// Why the value is not a plain known value, for messages.
    pub fn unknown_reason(&self) -> String {
        match self {
            Value::Unknown(reason) => reason.clone(),
            Value::Ref(reference) => {
                format!("known only at apply time ({})", reference.address())
            }
            Value::File(path) => format!("the contents of {}", path.display()),
            Value::Null => "null".to_string(),
            Value::List(_) => "a list".to_string(),
            Value::Object(_) => "a map".to_string(),
            Value::Bool(_) | Value::Number(_) | Value::String(_) => "a known value".to_string(),
        }
    }

    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a bool",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::List(_) => "a list",
            Value::Object(_) => "a map",
            Value::Ref(_) => "a resource attribute",
            Value::File(_) => "file contents",
            Value::Unknown(_) => "an unknown value",
        }
    }
}

/// Where a node comes from: the file (index into the loader's files) and
/// the offset its spans are relative to.
#[derive(Clone, Copy, Debug)]
pub(crate) struct At {
    pub file: usize,
    pub base: usize,
}

pub(crate) struct Src<'a, T> {
    pub node: &'a T,
    pub at: At,
}

// Derived impls would require `T: Copy`; a reference is always copyable.
impl<T> Clone for Src<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Src<'_, T> {}

/// One use of a module directory: the root, or a `module` block's call.
pub(crate) struct Instance<'a> {
    /// The module's directory as given (joined onto the root directory).
    pub dir: PathBuf,
    /// `path.module`: the directory relative to the root module.
    pub path_module: String,
    pub module_path: Vec<String>,
    pub declared_vars: HashSet<String>,
    pub variables: HashMap<String, Value>,
    pub locals: HashMap<String, Src<'a, Expression>>,
    pub module_calls: HashSet<String>,
    pub resources: HashMap<(String, String), Src<'a, Block>>,
    /// The `resource "sym_flow"` blocks, in source order.
    pub flow_blocks: Vec<Src<'a, Block>>,
}

pub(crate) struct Evaluator<'a, 'b> {
    pub root_dir: &'b PathBuf,
    pub files: &'a [TfFile],
    pub instances: &'b [Instance<'a>],
    pub diagnostics: &'b mut Vec<(PathBuf, Diagnostic)>,
}

impl<'a> Evaluator<'a, '_> {
    pub fn range(&self, at: At, span: Option<std::ops::Range<usize>>) -> TextRange {
        span_range(at.base, span)
    }

    pub fn file_path(&self, at: At) -> PathBuf {
        self.files
            .get(at.file)
            .map(|file| file.path.clone())
            .unwrap_or_default()
    }

    pub fn report(&mut self, at: At, diagnostic: Diagnostic) {
        let path = self.file_path(at);
        self.diagnostics.push((path, diagnostic));
    }

    pub fn eval(&mut self, instance: usize, expr: &Expression, at: At) -> Value {
        self.eval_depth(instance, expr, at, 0)
    }

    fn eval_depth(&mut self, instance: usize, expr: &Expression, at: At, depth: u32) -> Value {
        if depth > MAX_DEPTH {
            return Value::Unknown("the expression is nested too deeply or cyclic".to_string());
        }
        let depth = depth + 1;
        match expr {
            Expression::Null(_) => Value::Null,
            Expression::Bool(flag) => Value::Bool(*flag.value()),
            Expression::Number(number) => Value::Number(number.value().to_string()),
            Expression::String(text) => Value::String(text.value().clone()),
            Expression::Array(array) => Value::List(
                array
                    .iter()
                    .map(|item| self.eval_depth(instance, item, at, depth))
                    .collect(),
            ),
            Expression::Object(object) => {
                let mut entries = IndexMap::new();
                for (key, value) in object.iter() {
                    let key = match key {
                        ObjectKey::Ident(ident) => ident.as_str().to_string(),
                        ObjectKey::Expression(key_expr) => {
                            match self.eval_depth(instance, key_expr, at, depth).as_text() {
                                Some(key) => key,
                                None => {
                                    return Value::Unknown(
                                        "a map key is computed at apply time".to_string(),
                                    );
                                }
                            }
                        }
                    };
                    let value = self.eval_depth(instance, value.expr(), at, depth);
                    entries.insert(key, value);
                }
                Value::Object(entries)
            }
            Expression::StringTemplate(template) => {
                self.eval_template(instance, template, at, depth)
            }
            Expression::HeredocTemplate(heredoc) => {
                self.eval_template(instance, &heredoc.template, at, depth)
            }
            Expression::Parenthesis(inner) => self.eval_depth(instance, inner.inner(), at, depth),
            Expression::Variable(name) => {
                Value::Unknown(format!("`{}` alone is not a value", name.as_str()))
            }
            Expression::Conditional(conditional) => {
                match self.eval_depth(instance, &conditional.cond_expr, at, depth) {
                    Value::Bool(true) => {
                        self.eval_depth(instance, &conditional.true_expr, at, depth)
                    }
                    Value::Bool(false) => {
                        self.eval_depth(instance, &conditional.false_expr, at, depth)
                    }
                    _ => Value::Unknown("a condition known only at apply time".to_string()),
                }
            }
            Expression::FuncCall(call) => {
                let name = call.name.name.as_str();
                if call.name.is_namespaced() {
                    return Value::Unknown(format!(
                        "the provider function {name}() is not evaluated statically"
                    ));
                }
                let args: Vec<Value> = call
                    .args
                    .iter()
                    .map(|arg| self.eval_depth(instance, arg, at, depth))
                    .collect();
                self.call(name, args)
            }
            Expression::Traversal(traversal) => {
                let operators: Vec<&TraversalOperator> =
                    traversal.operators.iter().map(|op| op.value()).collect();
                let (value, rest) = match &traversal.expr {
                    Expression::Variable(root) => {
                        self.eval_root(instance, root.as_str(), &operators, expr, at, depth)
                    }
                    other => (self.eval_depth(instance, other, at, depth), &operators[..]),
                };
                self.apply_operators(instance, value, rest, at, depth)
            }
            Expression::UnaryOp(_) | Expression::BinaryOp(_) => {
                Value::Unknown("an operator expression is not evaluated statically".to_string())
            }
            Expression::ForExpr(_) => {
                Value::Unknown("a `for` expression is not evaluated statically".to_string())
            }
        }
    }

    fn eval_template(&mut self, instance: usize, template: &Template, at: At, depth: u32) -> Value {
        let mut text = String::new();
        for element in template.iter() {
            match element {
                Element::Literal(literal) => text.push_str(literal.value()),
                Element::Interpolation(interpolation) => {
                    let value = self.eval_depth(instance, &interpolation.expr, at, depth);
                    match value.as_text() {
                        Some(part) => text.push_str(&part),
                        None => return Value::Unknown(value.unknown_reason()),
                    }
                }
                Element::Directive(_) => {
                    return Value::Unknown(
                        "a template directive is not evaluated statically".to_string(),
                    );
                }
            }
        }
        Value::String(text)
    }

    /// Evaluates `root.x...`, returning the value and the operators left.
    fn eval_root<'o>(
        &mut self,
        instance: usize,
        root: &str,
        operators: &'o [&'o TraversalOperator],
        expr: &Expression,
        at: At,
        depth: u32,
    ) -> (Value, &'o [&'o TraversalOperator]) {
        let (first, rest) = match operators.split_first() {
            Some((TraversalOperator::GetAttr(name), rest)) => (name.as_str(), rest),
            _ => {
                return (
                    Value::Unknown(format!("`{root}[...]` is not evaluated")),
                    &[],
                );
            }
        };
        let Some(module) = self.instances.get(instance) else {
            return (Value::Unknown("no module".to_string()), &[]);
        };
        match root {
            "var" => {
                if !module.declared_vars.contains(first) {
                    let range = self.range(at, expr.span());
                    self.report(
                        at,
                        UndeclaredReference::INFO
                            .diagnostic(range, format!("`var.{first}` is not declared"))
                            .with_help(format!(
                                "declare it: variable \"{first}\" {{ type = ... }}"
                            )),
                    );
                    return (Value::Unknown(format!("var.{first} is not declared")), rest);
                }
                let value = module
                    .variables
                    .get(first)
                    .cloned()
                    .unwrap_or_else(|| Value::Unknown(format!("var.{first} has no value")));
                (value, rest)
            }
            "local" => match module.locals.get(first).copied() {
                Some(local) => (self.eval_depth(instance, local.node, local.at, depth), rest),
                None => {
                    let range = self.range(at, expr.span());
                    self.report(
                        at,
                        UndeclaredReference::INFO
                            .diagnostic(range, format!("`local.{first}` is not declared")),
                    );
                    (
                        Value::Unknown(format!("local.{first} is not declared")),
                        rest,
                    )
                }
            },
            "path" => match first {
                "module" => (Value::String(module.path_module.clone()), rest),
                "root" | "cwd" => (Value::String(".".to_string()), rest),
                _ => (Value::Unknown(format!("path.{first} is not known")), rest),
            },
            "module" => {
                if !module.module_calls.contains(first) {
                    let range = self.range(at, expr.span());
                    self.report(
                        at,
                        UndeclaredReference::INFO
                            .diagnostic(range, format!("`module.{first}` is not declared")),
                    );
                }
                (
                    Value::Unknown(format!(
                        "an output of module.{first}, not evaluated statically"
                    )),
                    &[],
                )
            }
            "data" => {
                let name = match rest.first() {
                    Some(TraversalOperator::GetAttr(name)) => format!(".{}", name.as_str()),
                    _ => String::new(),
                };
                (
                    Value::Unknown(format!(
                        "data source data.{first}{name}, read at apply time"
                    )),
                    &[],
                )
            }
            "each" | "count" | "self" | "terraform" => (
                Value::Unknown(format!("{root}.{first}, known only at apply time")),
                &[],
            ),
            resource_type => {
                let mut attrs = Vec::new();
                let mut index = 0;
                for operator in rest {
                    match operator {
                        TraversalOperator::GetAttr(attr) => attrs.push(attr.as_str().to_string()),
                        _ => break,
                    }
                    index += 1;
                }
                let reference = ResourceRef {
                    instance,
                    resource_type: resource_type.to_string(),
                    name: first.to_string(),
                    attrs,
                };
                (Value::Ref(reference), rest.get(index..).unwrap_or(&[]))
            }
        }
    }

    fn apply_operators(
        &mut self,
        instance: usize,
        mut value: Value,
        operators: &[&TraversalOperator],
        at: At,
        depth: u32,
    ) -> Value {
        for operator in operators {
            value = match operator {
                TraversalOperator::GetAttr(name) => lookup(value, &Value::String(name.to_string())),
                TraversalOperator::Index(key) => {
                    let key = self.eval_depth(instance, key, at, depth);
                    lookup(value, &key)
                }
                TraversalOperator::LegacyIndex(index) => {
                    lookup(value, &Value::Number(index.value().to_string()))
                }
                TraversalOperator::AttrSplat(_) | TraversalOperator::FullSplat(_) => {
                    Value::Unknown("a splat expression is not evaluated statically".to_string())
                }
            };
        }
        value
    }

    fn call(&mut self, name: &str, args: Vec<Value>) -> Value {
        match (name, args.as_slice()) {
            ("file", [Value::String(path)]) => Value::File(paths::join(self.root_dir, path)),
            ("file", [other]) => Value::Unknown(format!(
                "file() of a path that is {}",
                describe_unknown(other)
            )),
            ("tostring", [value]) => value.as_text().map_or_else(|| value.clone(), Value::String),
            ("tomap" | "tolist", [value]) => value.clone(),
            ("lower", [Value::String(text)]) => Value::String(text.to_lowercase()),
            ("upper", [Value::String(text)]) => Value::String(text.to_uppercase()),
            ("trimspace", [Value::String(text)]) => Value::String(text.trim().to_string()),
            ("merge", _) => {
                let mut merged = IndexMap::new();
                for arg in args {
                    match arg {
                        Value::Object(entries) => merged.extend(entries),
                        Value::Null => {}
                        other => {
                            return Value::Unknown(format!(
                                "merge() of {}",
                                describe_unknown(&other)
                            ));
                        }
                    }
                }
                Value::Object(merged)
            }
            _ => Value::Unknown(format!("the function {name}() is not evaluated statically")),
        }
    }
}

fn describe_unknown(value: &Value) -> String {
    match value {
        Value::Unknown(reason) => reason.clone(),
        Value::Ref(reference) => format!("known only at apply time ({})", reference.address()),
        other => other.kind().to_string(),
    }
}

fn lookup(value: Value, key: &Value) -> Value {
    match value {
        Value::Object(mut entries) => match key.as_text() {
            Some(key) => entries
                .swap_remove(&key)
                .unwrap_or_else(|| Value::Unknown(format!("the map has no key `{key}`"))),
            None => Value::Unknown("a map key known only at apply time".to_string()),
        },
        Value::List(items) => match key.as_text().and_then(|key| key.parse::<usize>().ok()) {
            Some(index) => items
                .into_iter()
                .nth(index)
                .unwrap_or_else(|| Value::Unknown(format!("the list has no element {index}"))),
            None => Value::Unknown("a list index known only at apply time".to_string()),
        },
        Value::Ref(mut reference) => {
            if let Some(key) = key.as_text() {
                reference.attrs.push(key);
            }
            Value::Ref(reference)
        }
        Value::Unknown(reason) => Value::Unknown(reason),
        other => Value::Unknown(format!("an attribute of {}", other.kind())),
    }
}
