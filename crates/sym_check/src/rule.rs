//! The rule trait, rule metadata and what a rule sees of the file.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::rc::Rc;

use sym_diagnostics::Diagnostic;
use sym_syntax::ast::{Expr, ExprLambda, Stmt, StmtClassDef, StmtFunctionDef};
use sym_syntax::{ParsedModule, TextRange};
use unicode_normalization::UnicodeNormalization;

use crate::Profile;
use crate::semantic::SemanticModel;

pub use sym_diagnostics::RuleInfo;

/// A check. The walker calls `check_file` once, then `check_stmt` and
/// `check_expr` for every statement and expression of the file, in source
/// order, with the [`Context`] describing where the node is.
pub trait Rule: Send + Sync {
    fn info(&self) -> &'static RuleInfo;

    /// Called once per file, before the walk.
    fn check_file(&self, _cx: &mut Context<'_>) {}

    /// Called for every statement, before its children.
    fn check_stmt(&self, _stmt: &Stmt, _cx: &mut Context<'_>) {}

    /// Called for every expression, before its children.
    fn check_expr(&self, _expr: &Expr, _cx: &mut Context<'_>) {}

    /// Called once per file, after the walk (when [`Context::max_nesting`]
    /// is known).
    fn check_file_after_walk(&self, _cx: &mut Context<'_>) {}

    /// Whether the walk should call `check_stmt` (false skips the call on
    /// every statement, for rules that do not look at statements).
    fn checks_stmts(&self) -> bool {
        true
    }

    /// Whether the walk should call `check_expr` (false skips the call on
    /// every expression, for rules that do not look at expressions).
    fn checks_exprs(&self) -> bool {
        true
    }

    /// The kinds of expression `check_expr` looks at: the walk calls it
    /// only for those (most rules look at one kind, and a call per rule
    /// and node was a large part of the walk). None by default: a rule that
    /// implements `check_expr` names its kinds (the walk's tests fail when
    /// one is missing), and one that doesn't costs nothing per expression.
    fn expr_kinds(&self) -> ExprKinds {
        ExprKinds::NONE
    }
}

/// A set of expression kinds (see [`Rule::expr_kinds`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExprKinds(u64);

impl ExprKinds {
    pub const ALL: Self = Self(u64::MAX);
    pub const NONE: Self = Self(0);
    pub const NAME: Self = Self::of(ExprKind::Name);
    pub const ATTRIBUTE: Self = Self::of(ExprKind::Attribute);
    pub const SUBSCRIPT: Self = Self::of(ExprKind::Subscript);
    pub const CALL: Self = Self::of(ExprKind::Call);
    pub const LAMBDA: Self = Self::of(ExprKind::Lambda);
    pub const AWAIT: Self = Self::of(ExprKind::Await);
    pub const BIN_OP: Self = Self::of(ExprKind::BinOp);

    const fn of(kind: ExprKind) -> Self {
        Self(1 << kind as u32)
    }

    /// Both sets.
    pub const fn or(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }

    /// Whether the set holds `kind`.
    pub(crate) const fn contains(self, kind: ExprKind) -> bool {
        self.0 & (1 << kind as u32) != 0
    }
}

/// The kind of an expression node, one per `Expr` variant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ExprKind {
    BoolOp,
    Named,
    BinOp,
    UnaryOp,
    Lambda,
    If,
    Dict,
    Set,
    ListComp,
    SetComp,
    DictComp,
    Generator,
    Await,
    Yield,
    YieldFrom,
    Compare,
    Call,
    FString,
    TString,
    StringLiteral,
    BytesLiteral,
    NumberLiteral,
    BooleanLiteral,
    NoneLiteral,
    EllipsisLiteral,
    Attribute,
    Subscript,
    Starred,
    Name,
    List,
    Tuple,
    Slice,
    IpyEscapeCommand,
}

impl ExprKind {
    /// How many kinds there are.
    pub(crate) const COUNT: usize = ExprKind::IpyEscapeCommand as usize + 1;

    /// Every kind, in declaration order.
    pub(crate) const EVERY: [ExprKind; Self::COUNT] = [
        ExprKind::BoolOp,
        ExprKind::Named,
        ExprKind::BinOp,
        ExprKind::UnaryOp,
        ExprKind::Lambda,
        ExprKind::If,
        ExprKind::Dict,
        ExprKind::Set,
        ExprKind::ListComp,
        ExprKind::SetComp,
        ExprKind::DictComp,
        ExprKind::Generator,
        ExprKind::Await,
        ExprKind::Yield,
        ExprKind::YieldFrom,
        ExprKind::Compare,
        ExprKind::Call,
        ExprKind::FString,
        ExprKind::TString,
        ExprKind::StringLiteral,
        ExprKind::BytesLiteral,
        ExprKind::NumberLiteral,
        ExprKind::BooleanLiteral,
        ExprKind::NoneLiteral,
        ExprKind::EllipsisLiteral,
        ExprKind::Attribute,
        ExprKind::Subscript,
        ExprKind::Starred,
        ExprKind::Name,
        ExprKind::List,
        ExprKind::Tuple,
        ExprKind::Slice,
        ExprKind::IpyEscapeCommand,
    ];

    pub(crate) fn of(expr: &Expr) -> Self {
        match expr {
            Expr::BoolOp(_) => Self::BoolOp,
            Expr::Named(_) => Self::Named,
            Expr::BinOp(_) => Self::BinOp,
            Expr::UnaryOp(_) => Self::UnaryOp,
            Expr::Lambda(_) => Self::Lambda,
            Expr::If(_) => Self::If,
            Expr::Dict(_) => Self::Dict,
            Expr::Set(_) => Self::Set,
            Expr::ListComp(_) => Self::ListComp,
            Expr::SetComp(_) => Self::SetComp,
            Expr::DictComp(_) => Self::DictComp,
            Expr::Generator(_) => Self::Generator,
            Expr::Await(_) => Self::Await,
            Expr::Yield(_) => Self::Yield,
            Expr::YieldFrom(_) => Self::YieldFrom,
            Expr::Compare(_) => Self::Compare,
            Expr::Call(_) => Self::Call,
            Expr::FString(_) => Self::FString,
            Expr::TString(_) => Self::TString,
            Expr::StringLiteral(_) => Self::StringLiteral,
            Expr::BytesLiteral(_) => Self::BytesLiteral,
            Expr::NumberLiteral(_) => Self::NumberLiteral,
            Expr::BooleanLiteral(_) => Self::BooleanLiteral,
            Expr::NoneLiteral(_) => Self::NoneLiteral,
            Expr::EllipsisLiteral(_) => Self::EllipsisLiteral,
            Expr::Attribute(_) => Self::Attribute,
            Expr::Subscript(_) => Self::Subscript,
            Expr::Starred(_) => Self::Starred,
            Expr::Name(_) => Self::Name,
            Expr::List(_) => Self::List,
            Expr::Tuple(_) => Self::Tuple,
            Expr::Slice(_) => Self::Slice,
            Expr::IpyEscapeCommand(_) => Self::IpyEscapeCommand,
        }
    }
}

/// A scope-introducing node that encloses the one being checked.
#[derive(Clone, Copy, Debug)]
pub enum Enclosing<'a> {
    Function(&'a StmtFunctionDef),
    Class(&'a StmtClassDef),
    Lambda(&'a ExprLambda),
    /// A list/set/dict comprehension or a generator expression.
    Comprehension(&'a Expr),
}

/// What a rule sees while checking one node.
pub struct Context<'a> {
    pub parsed: &'a ParsedModule,
    pub profile: &'a Profile,
    pub(crate) enclosing: Vec<Enclosing<'a>>,
    pub(crate) loop_depth: usize,
    /// Statements and expressions around the node the walk is at, an
    /// `elif` counting as nested in the branch before it (as in Python's
    /// own tree), and the most seen in the file.
    pub(crate) nesting: u32,
    pub(crate) max_nesting: u32,
    pub(crate) current: &'static RuleInfo,
    pub(crate) diagnostics: Vec<Diagnostic>,
    /// Built on first use, then shared by every rule for the whole walk.
    semantic: OnceCell<Rc<SemanticModel>>,
    /// The file's inferred types, computed on first use by any rule.
    types: std::cell::OnceCell<std::rc::Rc<crate::types::FileTypes>>,
    /// The prompt fields of the flows running the file, when checked with them.
    prompt_fields: Option<&'a crate::types::PromptFields>,
}

impl<'a> Context<'a> {
    pub(crate) fn new(parsed: &'a ParsedModule, profile: &'a Profile) -> Self {
        Self {
            parsed,
            profile,
            enclosing: Vec::new(),
            loop_depth: 0,
            nesting: 0,
            max_nesting: 0,
            current: &crate::rules::syn::ParseError::INFO,
            diagnostics: Vec::new(),
            semantic: OnceCell::new(),
            types: std::cell::OnceCell::new(),
            prompt_fields: None,
        }
    }

    /// Types `event.payload.fields` with the prompt fields of the flows
    /// running the file.
    pub(crate) fn with_prompt_fields(
        mut self,
        prompt_fields: Option<&'a crate::types::PromptFields>,
    ) -> Self {
        self.prompt_fields = prompt_fields;
        self
    }

    /// The file's inferred types (see [`crate::types`]), shared by every
    /// rule; with the flows' prompt fields when the file is checked with them.
    pub fn types(&self) -> std::rc::Rc<crate::types::FileTypes> {
        self.types
            .get_or_init(|| {
                std::rc::Rc::new(crate::types::analyze_with_fields(
                    self.parsed,
                    self.prompt_fields,
                ))
            })
            .clone()
    }

    /// The file's scope model (scopes, bindings, what each name refers
    /// to), built once per file on first use. A shared handle, so a rule
    /// can hold it while it reports.
    pub fn semantic(&self) -> Rc<SemanticModel> {
        self.semantic
            .get_or_init(|| Rc::new(SemanticModel::build(self.parsed.module(), self.profile)))
            .clone()
    }

    /// Reports a finding of the rule being run, with its code and severity.
    pub fn report(&mut self, range: TextRange, message: impl Into<String>) -> &mut Diagnostic {
        let diagnostic = Diagnostic::new(self.current.code, self.current.severity, range, message);
        self.diagnostics.push(diagnostic);
        let last = self.diagnostics.len() - 1;
        &mut self.diagnostics[last]
    }

    /// The scopes around the current node, outermost first.
    pub fn enclosing(&self) -> &[Enclosing<'a>] {
        &self.enclosing
    }

    /// The innermost enclosing scope, if any (None at module level).
    pub fn innermost(&self) -> Option<Enclosing<'a>> {
        self.enclosing.last().copied()
    }

    /// True inside a `def` or `lambda` body (at any depth).
    pub fn in_function(&self) -> bool {
        self.enclosing
            .iter()
            .any(|e| matches!(e, Enclosing::Function(_) | Enclosing::Lambda(_)))
    }

    /// True when the current node sits in a `for`/`while` body of the
    /// innermost function or module.
    pub fn in_loop(&self) -> bool {
        self.loop_depth > 0
    }

    /// The source text of `range`.
    pub fn text(&self, range: TextRange) -> &'a str {
        self.parsed.text(range)
    }
}

/// An identifier as Python sees it: NFKC-normalised (PEP 3131), so that
/// `ｐrint` is `print` and `＿x` is `_x`.
pub fn normalized(name: &str) -> Cow<'_, str> {
    if name.is_ascii() {
        Cow::Borrowed(name)
    } else {
        Cow::Owned(name.nfkc().collect())
    }
}
