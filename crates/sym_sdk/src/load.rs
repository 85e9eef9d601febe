//! Reading the stubs into the model.
//!
//! Conventions of the stubs (our own): a module's, class's or function's
//! description is the string literal that opens its body; an attribute's or
//! enum member's description is the string literal right after it. A class
//! with `Enum` among its bases is an enum, and its `NAME = value`
//! assignments are its members. `name: T` in a class body is an attribute
//! (properties are written this way too). `from x import y` re-exports `y`;
//! `from x import *` re-exports every public name of `x`. Names imported
//! from `typing` only serve to write types.

use std::collections::HashMap;

use sym_syntax::ast::{self, Expr, Stmt};

use crate::model::{
    Attribute, Class, EnumMember, Function, FunctionKind, Item, Module, ParamKind, Parameter, Type,
    Variable,
};

/// A problem in a stub (a bug of ours; a unit test keeps the list empty).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StubError {
    pub module: String,
    pub message: String,
}

pub(crate) struct Loaded {
    pub modules: Vec<Module>,
    pub stars: Vec<(String, String)>,
    pub errors: Vec<StubError>,
}

const TYPING: &[&str] = &[
    "Any", "Callable", "Dict", "Iterable", "List", "Literal", "Optional", "Sequence", "Set",
    "Tuple", "Union",
];

pub(crate) fn load(stubs: &[(&str, &str)]) -> Loaded {
    let mut loaded = Loaded {
        modules: Vec::new(),
        stars: Vec::new(),
        errors: Vec::new(),
    };
    for (path, source) in stubs {
        let parsed = sym_syntax::parse(source);
        for error in parsed.errors() {
            loaded.errors.push(StubError {
                module: path.to_string(),
                message: error.message.clone(),
            });
        }
        let mut loader = ModuleLoader {
            path,
            names: HashMap::new(),
            errors: &mut loaded.errors,
        };
        let module = loader.module(parsed.body(), &mut loaded.stars);
        loaded.modules.push(module);
    }
    loaded
}

struct ModuleLoader<'a> {
    path: &'a str,
    /// Name in the stub -> dotted path it stands for.
    names: HashMap<String, String>,
    errors: &'a mut Vec<StubError>,
}

fn docstring(stmt: Option<&Stmt>) -> Option<String> {
    match stmt {
        Some(Stmt::Expr(ast::StmtExpr { value, .. })) => match value.as_ref() {
            Expr::StringLiteral(literal) => Some(literal.value.to_str().to_string()),
            _ => None,
        },
        _ => None,
    }
}

impl ModuleLoader<'_> {
    fn error(&mut self, message: String) {
        self.errors.push(StubError {
            module: self.path.to_string(),
            message,
        });
    }

    fn module(&mut self, body: &[Stmt], stars: &mut Vec<(String, String)>) -> Module {
        let mut module = Module {
            path: self.path.to_string(),
            doc: docstring(body.first()),
            items: Vec::new(),
        };
        // Classes may be named before they are defined.
        for stmt in body {
            if let Stmt::ClassDef(class) = stmt {
                self.names.insert(
                    class.name.to_string(),
                    format!("{}.{}", self.path, class.name),
                );
            }
        }
        let mut index = 0;
        while let Some(stmt) = body.get(index) {
            let next = body.get(index + 1);
            match stmt {
                Stmt::ImportFrom(import) => {
                    let Some(from) = import.module.as_ref().map(|m| m.to_string()) else {
                        self.error("relative import in a stub".into());
                        index += 1;
                        continue;
                    };
                    for alias in &import.names {
                        let name = alias.name.to_string();
                        let local = alias
                            .asname
                            .as_ref()
                            .map_or_else(|| name.clone(), |a| a.to_string());
                        if name == "*" {
                            stars.push((self.path.to_string(), from.clone()));
                        } else if from == "typing" {
                            if !TYPING.contains(&name.as_str()) {
                                self.error(format!("unknown typing name {name}"));
                            }
                        } else {
                            let target = format!("{from}.{name}");
                            self.names.insert(local.clone(), target.clone());
                            if from != "enum" && from != "uuid" {
                                module.items.push((local, Item::Reexport(target)));
                            }
                        }
                    }
                }
                Stmt::ClassDef(class) => {
                    let class = self.class(class);
                    module.items.push((class.name.clone(), Item::Class(class)));
                }
                Stmt::FunctionDef(function) => {
                    let function = self.function(function, self.path.to_string(), false);
                    module
                        .items
                        .push((function.name.clone(), Item::Function(function)));
                }
                Stmt::AnnAssign(assign) => {
                    if let Expr::Name(name) = assign.target.as_ref() {
                        let variable = Variable {
                            name: name.id.to_string(),
                            path: format!("{}.{}", self.path, name.id),
                            ty: self.ty(&assign.annotation),
                            doc: docstring(next),
                        };
                        module
                            .items
                            .push((variable.name.clone(), Item::Variable(variable)));
                    }
                }
                Stmt::Expr(_) | Stmt::Pass(_) => {}
                _ => self.error("unsupported statement in a stub".into()),
            }
            index += 1;
        }
        module
    }

    fn class(&mut self, def: &ast::StmtClassDef) -> Class {
        let path = format!("{}.{}", self.path, def.name);
        let mut bases = Vec::new();
        let mut is_enum = false;
        if let Some(arguments) = &def.arguments {
            for base in arguments.args.iter() {
                if let Expr::Name(name) = base {
                    let resolved = self.resolve_name(name.id.as_str());
                    if resolved == "enum.Enum" {
                        is_enum = true;
                    }
                    bases.push(resolved);
                }
            }
        }
        let mut class = Class {
            name: def.name.to_string(),
            path: path.clone(),
            bases,
            doc: docstring(def.body.first()),
            attributes: Vec::new(),
            methods: Vec::new(),
            members: Vec::new(),
            is_enum,
        };
        for (index, stmt) in def.body.iter().enumerate() {
            let next = def.body.get(index + 1);
            match stmt {
                Stmt::AnnAssign(assign) => {
                    if let Expr::Name(name) = assign.target.as_ref() {
                        class.attributes.push(Attribute {
                            name: name.id.to_string(),
                            ty: self.ty(&assign.annotation),
                            doc: docstring(next),
                        });
                    }
                }
                Stmt::Assign(assign) if is_enum => {
                    if let [Expr::Name(name)] = assign.targets.as_slice() {
                        let value = match assign.value.as_ref() {
                            Expr::StringLiteral(s) => format!("'{}'", s.value.to_str()),
                            Expr::NumberLiteral(n) => match &n.value {
                                ast::Number::Int(i) => i.to_string(),
                                _ => "...".to_string(),
                            },
                            _ => "...".to_string(),
                        };
                        class.members.push(EnumMember {
                            name: name.id.to_string(),
                            value,
                            doc: docstring(next),
                        });
                    }
                }
                Stmt::FunctionDef(function) => {
                    let method = self.function(function, path.clone(), true);
                    class.methods.push(method);
                }
                Stmt::Expr(_) | Stmt::Pass(_) => {}
                _ => self.error(format!("unsupported statement in class {}", def.name)),
            }
        }
        class
    }

    fn function(&mut self, def: &ast::StmtFunctionDef, owner: String, in_class: bool) -> Function {
        let mut kind = if in_class {
            FunctionKind::Method
        } else {
            FunctionKind::Function
        };
        for decorator in &def.decorator_list {
            if let Expr::Name(name) = &decorator.expression {
                match name.id.as_str() {
                    "classmethod" => kind = FunctionKind::ClassMethod,
                    "staticmethod" => kind = FunctionKind::StaticMethod,
                    other => self.error(format!("unknown decorator {other}")),
                }
            }
        }
        let p = &def.parameters;
        let mut params = Vec::new();
        let mut push = |loader: &mut Self, param: &ast::Parameter, kind, default: Option<&Expr>| {
            params.push(Parameter {
                name: param.name.to_string(),
                kind,
                default: default.map(source_of),
                ty: param
                    .annotation
                    .as_deref()
                    .map_or(Type::Any, |a| loader.ty(a)),
            });
        };
        for param in &p.posonlyargs {
            push(
                self,
                &param.parameter,
                ParamKind::PositionalOnly,
                param.default.as_deref(),
            );
        }
        for param in &p.args {
            push(
                self,
                &param.parameter,
                ParamKind::PositionalOrKeyword,
                param.default.as_deref(),
            );
        }
        if let Some(param) = &p.vararg {
            push(self, param, ParamKind::VarPositional, None);
        }
        for param in &p.kwonlyargs {
            push(
                self,
                &param.parameter,
                ParamKind::KeywordOnly,
                param.default.as_deref(),
            );
        }
        if let Some(param) = &p.kwarg {
            push(self, param, ParamKind::VarKeyword, None);
        }
        if kind != FunctionKind::Function
            && kind != FunctionKind::StaticMethod
            && !params.is_empty()
        {
            params.remove(0);
        }
        Function {
            name: def.name.to_string(),
            path: format!("{owner}.{}", def.name),
            kind,
            params,
            returns: def.returns.as_deref().map_or(Type::Any, |r| self.ty(r)),
            doc: docstring(def.body.first()),
        }
    }

    fn resolve_name(&mut self, name: &str) -> String {
        if let Some(path) = self.names.get(name) {
            return path.clone();
        }
        match name {
            "str" | "int" | "float" | "bool" | "bytes" | "dict" | "list" | "set" | "tuple"
            | "object" | "Exception" | "ValueError" | "OSError" => format!("builtins.{name}"),
            _ => {
                self.error(format!("unknown name {name}"));
                format!("builtins.{name}")
            }
        }
    }

    fn ty(&mut self, expr: &Expr) -> Type {
        match expr {
            Expr::NoneLiteral(_) => Type::None,
            Expr::EllipsisLiteral(_) => Type::Any,
            Expr::StringLiteral(s) => {
                let parsed = sym_syntax::parse(s.value.to_str());
                match parsed.body().first() {
                    Some(Stmt::Expr(e)) => self.ty(&e.value),
                    _ => Type::Any,
                }
            }
            Expr::Name(name) => match name.id.as_str() {
                "Any" | "object" => Type::Any,
                "str" => Type::Str,
                "int" => Type::Int,
                "float" => Type::Float,
                "bool" => Type::Bool,
                "bytes" => Type::Bytes,
                "dict" => Type::Dict(Box::new(Type::Any), Box::new(Type::Any)),
                "list" => Type::List(Box::new(Type::Any)),
                "Callable" => Type::Callable,
                other => match self.resolve_name(other).as_str() {
                    "uuid.UUID" => Type::Class("uuid.UUID".into()),
                    "enum.Enum" => Type::Any,
                    path => Type::Class(path.to_string()),
                },
            },
            Expr::BinOp(binop) if binop.op == ast::Operator::BitOr => {
                Type::Union(vec![self.ty(&binop.left), self.ty(&binop.right)])
            }
            Expr::Subscript(subscript) => {
                let Expr::Name(head) = subscript.value.as_ref() else {
                    self.error("unsupported generic type".into());
                    return Type::Any;
                };
                let args: Vec<&Expr> = match subscript.slice.as_ref() {
                    Expr::Tuple(tuple) => tuple.elts.iter().collect(),
                    other => vec![other],
                };
                let arg =
                    |loader: &mut Self, i: usize| args.get(i).map_or(Type::Any, |a| loader.ty(a));
                match head.id.as_str() {
                    "List" => Type::List(Box::new(arg(self, 0))),
                    "Set" => Type::Set(Box::new(arg(self, 0))),
                    "Sequence" | "Iterable" => Type::Iterable(Box::new(arg(self, 0))),
                    "Dict" => Type::Dict(Box::new(arg(self, 0)), Box::new(arg(self, 1))),
                    "Optional" => Type::Optional(Box::new(arg(self, 0))),
                    "Union" => Type::Union((0..args.len()).map(|i| arg(self, i)).collect()),
                    "Tuple" => Type::Tuple((0..args.len()).map(|i| arg(self, i)).collect()),
                    "Literal" => Type::Literal(args.iter().map(|a| source_of(a)).collect()),
                    other => {
                        self.error(format!("unsupported generic {other}"));
                        Type::Any
                    }
                }
            }
            _ => {
                self.error("unsupported type expression".into());
                Type::Any
            }
        }
    }
}

/// A default or literal as Python source (the stubs only use simple ones).
fn source_of(expr: &Expr) -> String {
    match expr {
        Expr::NoneLiteral(_) => "None".into(),
        Expr::BooleanLiteral(b) => if b.value { "True" } else { "False" }.into(),
        Expr::EllipsisLiteral(_) => "...".into(),
        Expr::StringLiteral(s) => format!("'{}'", s.value.to_str()),
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => i.to_string(),
            ast::Number::Float(f) => f.to_string(),
            ast::Number::Complex { .. } => "...".into(),
        },
        _ => "...".into(),
    }
}
