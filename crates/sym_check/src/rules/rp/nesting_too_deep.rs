use sym_syntax::ast::{
    self, Alias, Comprehension, ExceptHandler, Expr, ExprContext, InterpolatedStringElement,
    Keyword, Operator, Parameter, Parameters, Stmt, UnaryOp, WithItem,
};
use sym_syntax::visitor::{self, Visitor};
use sym_syntax::{Ranged, TextRange};

use crate::declare_rule;
use crate::rule::{Context, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Reports an expression or statement nested so deeply that
    /// RestrictedPython's checker, which walks the tree recursively in
    /// Python, goes past Python's recursion limit while checking the file.
    /// That happens at about 245 levels: a chain of 246 `+`, an `elif`
    /// ladder of 246 branches, an attribute chain of 245 names.
    ///
    /// ## Why
    /// RestrictedPython then fails with `RecursionError` instead of
    /// compiling the file, and Sym refuses it. Each syntax node costs the
    /// checker four Python frames (`for` loops and comprehensions one more),
    /// and the limit is 1,000 frames.
    ///
    /// ## Example
    /// ```python
    /// total = a1 + a2 + a3 + ...  # 300 terms
    /// ```
    ///
    /// ## Instead
    /// Build the value in steps, or loop over a list:
    /// ```python
    /// total = 0
    /// for value in values:
    ///     total += value
    /// ```
    pub struct NestingTooDeep {
        code: "RP404",
        name: "nesting-too-deep",
        severity: Error,
        summary: "Nesting deep enough to exhaust RestrictedPython's recursion",
    }
}

/// Frames RestrictedPython's transformer may use below its caller's before
/// Python's recursion limit (1,000) stops it, as measured with the oracle.
const FRAME_BUDGET: usize = 993;

/// The transformer spends `visit`, `visit_<Kind>`, `node_contents_visit`
/// and `generic_visit` on every node.
const FRAMES_PER_NODE: usize = 4;

/// The walk's nesting (statements and expressions, `elif` nested) below
/// which no file can reach [`FRAME_BUDGET`], so the probe is skipped. Each
/// level costs the transformer at most 25 frames: the node's own 5 and
/// up to four of Python's nodes that are neither statement nor expression
/// before the next level (a `FormattedValue`, the `JoinedStr` of its
/// format spec and the `FormattedValue` inside, or `arguments` then `arg`
/// then an annotation); the module and the last leaf add 8, nested format
/// specs at most 50 more: 58 + 25 x 37 = 983 < 993. A test holds the probe
/// to this bound over the grammar tests and deep generated files.
pub(crate) const SAFE_NESTING: u32 = 37;

impl Rule for NestingTooDeep {
    fn info(&self) -> &'static RuleInfo {
        &Self::INFO
    }

    fn check_file_after_walk(&self, cx: &mut Context<'_>) {
        if cx.max_nesting <= SAFE_NESTING {
            return;
        }
        let (Some(range), _) = probe_frames(cx.parsed.body()) else {
            return;
        };
        cx.report(
            range,
            "this nests too deeply for RestrictedPython: its checker goes past Python's \
             recursion limit here, and Sym refuses the file",
        )
        .help = Some(
            "split the expression into steps with intermediate variables, or loop over a list"
                .to_string(),
        );
    }
}

/// The statement where RestrictedPython's transformer would exhaust its
/// recursion, if any; and the most frames it would use.
pub(crate) fn probe_frames(body: &[Stmt]) -> (Option<TextRange>, usize) {
    let mut probe = DepthProbe {
        // The module node itself.
        frames: FRAMES_PER_NODE,
        max_frames: FRAMES_PER_NODE,
        too_deep: None,
        statement: None,
    };
    for stmt in body {
        probe.visit_stmt(stmt);
        if probe.too_deep.is_some() {
            break;
        }
    }
    (probe.too_deep, probe.max_frames)
}

/// Follows RestrictedPython's recursion over Python's own AST shape (which
/// differs from ours: `elif` is an `if` nested in `else`, keywords,
/// comprehensions, parameters, `with` items and handlers are nodes, and so
/// are expression contexts and operators).
struct DepthProbe {
    frames: usize,
    max_frames: usize,
    /// The statement where the budget ran out.
    too_deep: Option<TextRange>,
    statement: Option<TextRange>,
}

impl DepthProbe {
    /// Enters a node costing `cost` frames; false once over budget (the
    /// walk stops there, so it never recurses much past the limit).
    /// Always pair with [`Self::leave`] of the same cost.
    fn enter(&mut self, cost: usize) -> bool {
        self.frames += cost;
        self.max_frames = self.max_frames.max(self.frames);
        if self.too_deep.is_some() {
            return false;
        }
        if self.frames > FRAME_BUDGET {
            self.too_deep = self.statement.or(Some(TextRange::default()));
            return false;
        }
        true
    }

    fn leave(&mut self, cost: usize) {
        self.frames = self.frames.saturating_sub(cost);
    }

    /// A leaf node (a context, an operator, a constant).
    fn leaf(&mut self) {
        self.enter(FRAMES_PER_NODE);
        self.leave(FRAMES_PER_NODE);
    }

    fn nested(&mut self, cost: usize, inside: impl FnOnce(&mut Self)) {
        if self.enter(cost) {
            inside(self);
        }
        self.leave(cost);
    }

    fn elif_chain(&mut self, if_stmt: &ast::StmtIf, clause: usize) {
        let Some(clause_node) = if_stmt.elif_else_clauses.get(clause) else {
            return;
        };
        match &clause_node.test {
            // `elif` is an `if` in the previous one's `else`.
            Some(test) => self.nested(FRAMES_PER_NODE, |probe| {
                probe.visit_expr(test);
                probe.visit_body(&clause_node.body);
                probe.elif_chain(if_stmt, clause + 1);
            }),
            None => self.visit_body(&clause_node.body),
        }
    }
}

impl<'a> Visitor<'a> for DepthProbe {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        let outer = self.statement;
        if outer.is_none() {
            self.statement = Some(stmt.range());
        }
        // `for` goes through `guard_iter` on its way to the children.
        let cost = FRAMES_PER_NODE + usize::from(matches!(stmt, Stmt::For(_)));
        self.nested(cost, |probe| match stmt {
            Stmt::If(if_stmt) => {
                probe.visit_expr(&if_stmt.test);
                probe.visit_body(&if_stmt.body);
                probe.elif_chain(if_stmt, 0);
            }
            _ => visitor::walk_stmt(probe, stmt),
        });
        self.statement = outer;
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            // A string or bytes literal is one `Constant` whatever its parts.
            Expr::StringLiteral(_) | Expr::BytesLiteral(_) => self.leaf(),
            _ => self.nested(FRAMES_PER_NODE, |probe| visitor::walk_expr(probe, expr)),
        }
    }

    fn visit_expr_context(&mut self, _context: &'a ExprContext) {
        self.leaf();
    }

    fn visit_operator(&mut self, _operator: &'a Operator) {
        self.leaf();
    }

    fn visit_unary_op(&mut self, _operator: &'a UnaryOp) {
        self.leaf();
    }

    fn visit_bool_op(&mut self, _operator: &'a ast::BoolOp) {
        self.leaf();
    }

    fn visit_cmp_op(&mut self, _operator: &'a ast::CmpOp) {
        self.leaf();
    }

    fn visit_comprehension(&mut self, comprehension: &'a Comprehension) {
        // Comprehensions go through `guard_iter` too.
        self.nested(FRAMES_PER_NODE + 1, |probe| {
            visitor::walk_comprehension(probe, comprehension)
        });
    }

    fn visit_keyword(&mut self, keyword: &'a Keyword) {
        self.nested(FRAMES_PER_NODE, |probe| {
            visitor::walk_keyword(probe, keyword)
        });
    }

    fn visit_parameters(&mut self, parameters: &'a Parameters) {
        // Python's `arguments` node.
        self.nested(FRAMES_PER_NODE, |probe| {
            visitor::walk_parameters(probe, parameters)
        });
    }

    fn visit_parameter(&mut self, parameter: &'a Parameter) {
        self.nested(FRAMES_PER_NODE, |probe| {
            visitor::walk_parameter(probe, parameter)
        });
    }

    fn visit_alias(&mut self, _alias: &'a Alias) {
        self.leaf();
    }

    fn visit_with_item(&mut self, with_item: &'a WithItem) {
        self.nested(FRAMES_PER_NODE, |probe| {
            visitor::walk_with_item(probe, with_item)
        });
    }

    fn visit_except_handler(&mut self, handler: &'a ExceptHandler) {
        self.nested(FRAMES_PER_NODE, |probe| {
            visitor::walk_except_handler(probe, handler)
        });
    }

    fn visit_interpolated_string_element(&mut self, element: &'a InterpolatedStringElement) {
        match element {
            InterpolatedStringElement::Literal(_) => self.leaf(),
            // A `FormattedValue`, whose format spec is a nested `JoinedStr`.
            InterpolatedStringElement::Interpolation(interpolation) => {
                self.nested(FRAMES_PER_NODE, |probe| {
                    probe.visit_expr(&interpolation.expression);
                    if let Some(spec) = &interpolation.format_spec {
                        probe.nested(FRAMES_PER_NODE, |probe| {
                            for element in &spec.elements {
                                probe.visit_interpolated_string_element(element);
                            }
                        });
                    }
                });
            }
        }
    }
}
