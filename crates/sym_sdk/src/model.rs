//! The typed model of the descriptor: modules, classes, functions, enums.

/// A type as the stubs write it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    /// Anything: the checker never complains about it.
    Any,
    None,
    Bool,
    Int,
    Float,
    Str,
    Bytes,
    /// A class of the descriptor (or of Python) by dotted path, e.g.
    /// `sym.sdk.user.User`. The path may name a re-export.
    Class(String),
    List(Box<Type>),
    Dict(Box<Type>, Box<Type>),
    Set(Box<Type>),
    Tuple(Vec<Type>),
    /// A `Sequence`/`Iterable` of the element type.
    Iterable(Box<Type>),
    Optional(Box<Type>),
    Union(Vec<Type>),
    /// `Literal[...]`, each value as Python source (e.g. `'flow'`).
    Literal(Vec<String>),
    Callable,
}

/// How a parameter may be passed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ParamKind {
    PositionalOnly,
    PositionalOrKeyword,
    /// `*args`
    VarPositional,
    KeywordOnly,
    /// `**kwargs`
    VarKeyword,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parameter {
    pub name: String,
    pub kind: ParamKind,
    /// The default as Python source, when the parameter has one.
    pub default: Option<String>,
    pub ty: Type,
}

impl Parameter {
    /// Whether a call must pass this parameter.
    pub fn is_required(&self) -> bool {
        self.default.is_none()
            && matches!(
                self.kind,
                ParamKind::PositionalOnly | ParamKind::PositionalOrKeyword | ParamKind::KeywordOnly
            )
    }
}

/// Whether a function is a plain function or which kind of method.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FunctionKind {
    Function,
    Method,
    ClassMethod,
    StaticMethod,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Function {
    pub name: String,
    /// Dotted path, e.g. `sym.sdk.integrations.slack.channel` or
    /// `sym.sdk.templates.approval.ApprovalTemplate.approve`.
    pub path: String,
    pub kind: FunctionKind,
    /// The parameters a caller passes (`self`/`cls` left out).
    pub params: Vec<Parameter>,
    pub returns: Type,
    pub doc: Option<String>,
}

impl Function {
    /// The parameters a call can fill by position, in order.
    pub fn positional_params(&self) -> Vec<&Parameter> {
        self.params
            .iter()
            .filter(|p| {
                matches!(
                    p.kind,
                    ParamKind::PositionalOnly | ParamKind::PositionalOrKeyword
                )
            })
            .collect()
    }

    /// The keyword-only parameters, in order.
    pub fn keyword_only_params(&self) -> Vec<&Parameter> {
        self.params
            .iter()
            .filter(|p| p.kind == ParamKind::KeywordOnly)
            .collect()
    }

    pub fn param(&self, name: &str) -> Option<&Parameter> {
        self.params.iter().find(|param| param.name == name)
    }

    /// Whether the function takes `**kwargs`.
    pub fn has_var_keyword(&self) -> bool {
        self.params.iter().any(|p| p.kind == ParamKind::VarKeyword)
    }

    /// Whether the function takes `*args`.
    pub fn has_var_positional(&self) -> bool {
        self.params
            .iter()
            .any(|p| p.kind == ParamKind::VarPositional)
    }

    /// `name(param: type = default, ...) -> type`, for hover.
    pub fn signature(&self) -> String {
        let mut parts = Vec::new();
        let mut star_written = false;
        for (index, param) in self.params.iter().enumerate() {
            let mut text = match param.kind {
                ParamKind::VarPositional => {
                    star_written = true;
                    format!("*{}", param.name)
                }
                ParamKind::VarKeyword => format!("**{}", param.name),
                ParamKind::KeywordOnly if !star_written => {
                    star_written = true;
                    format!("*, {}", param.name)
                }
                _ => param.name.clone(),
            };
            if param.ty != Type::Any || !matches!(param.kind, ParamKind::VarKeyword) {
                text.push_str(": ");
                text.push_str(&param.ty.to_string());
            }
            if let Some(default) = &param.default {
                text.push_str(" = ");
                text.push_str(default);
            }
            parts.push(text);
            let next_is_keyword = self.params.get(index + 1).map(|p| p.kind);
            if param.kind == ParamKind::PositionalOnly
                && next_is_keyword != Some(ParamKind::PositionalOnly)
            {
                parts.push("/".to_string());
            }
        }
        format!("{}({}) -> {}", self.name, parts.join(", "), self.returns)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribute {
    pub name: String,
    pub ty: Type,
    pub doc: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EnumMember {
    pub name: String,
    /// The member's value as Python source, e.g. `'admin'`.
    pub value: String,
    pub doc: Option<String>,
}

impl EnumMember {
    /// The value when it is a string.
    pub fn str_value(&self) -> Option<&str> {
        let value = self.value.as_str();
        value
            .strip_prefix('\'')
            .and_then(|v| v.strip_suffix('\''))
            .or_else(|| value.strip_prefix('"').and_then(|v| v.strip_suffix('"')))
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Class {
    pub name: String,
    pub path: String,
    /// Base classes as dotted paths (possibly re-exports, possibly
    /// Python's own, e.g. `builtins.str`).
    pub bases: Vec<String>,
    pub doc: Option<String>,
    pub attributes: Vec<Attribute>,
    pub methods: Vec<Function>,
    /// Members, for an enum.
    pub members: Vec<EnumMember>,
    pub is_enum: bool,
}

impl Class {
    pub fn constructor(&self) -> Option<&Function> {
        self.methods.iter().find(|m| m.name == "__init__")
    }
    pub fn member(&self, name: &str) -> Option<&EnumMember> {
        self.members.iter().find(|m| m.name == name)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Variable {
    pub name: String,
    pub path: String,
    pub ty: Type,
    pub doc: Option<String>,
}

/// One name a module defines or re-exports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    Class(Class),
    Function(Function),
    Variable(Variable),
    /// `from x import y`: the name stands for the dotted path `x.y`.
    Reexport(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Module {
    pub path: String,
    pub doc: Option<String>,
    pub items: Vec<(String, Item)>,
}

impl Module {
    pub fn item(&self, name: &str) -> Option<&Item> {
        self.items
            .iter()
            .find(|(item_name, _)| item_name == name)
            .map(|(_, item)| item)
    }

    /// Whether the module is SDK-internal (a `_private` part).
    pub fn is_private(&self) -> bool {
        self.path.split('.').any(|part| part.starts_with('_'))
    }
}

impl std::fmt::Display for Type {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let join = |types: &[Type]| {
            types
                .iter()
                .map(|t| t.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        };
        match self {
            Type::Any => write!(f, "Any"),
            Type::None => write!(f, "None"),
            Type::Bool => write!(f, "bool"),
            Type::Int => write!(f, "int"),
            Type::Float => write!(f, "float"),
            Type::Str => write!(f, "str"),
            Type::Bytes => write!(f, "bytes"),
            Type::Class(path) => write!(f, "{}", path.rsplit('.').next().unwrap_or(path)),
            Type::List(t) => write!(f, "List[{t}]"),
            Type::Dict(k, v) => write!(f, "Dict[{k}, {v}]"),
            Type::Set(t) => write!(f, "Set[{t}]"),
            Type::Tuple(ts) => write!(f, "Tuple[{}]", join(ts)),
            Type::Iterable(t) => write!(f, "Sequence[{t}]"),
            Type::Optional(t) => write!(f, "Optional[{t}]"),
            Type::Union(ts) => write!(f, "Union[{}]", join(ts)),
            Type::Literal(vs) => write!(f, "Literal[{}]", vs.join(", ")),
            Type::Callable => write!(f, "Callable"),
        }
    }
}
