use sym_syntax::ast::Expr;

use crate::declare_rule;
use crate::rule::{Context, ExprKinds, Rule, RuleInfo};

use crate::profile::INSPECT_ATTRIBUTES;

declare_rule! {
    /// ## What it does
    /// Reports the attributes that lead from a traceback, frame, code
    /// object, generator or coroutine to interpreter internals:
    /// `tb_frame`, `tb_next`, `f_back`, `f_builtins`, `f_code`,
    /// `f_generator`, `f_globals`, `f_locals`, `f_trace`, `co_code`,
    /// `gi_frame`, `gi_code`, `gi_yieldfrom`, `cr_await`, `cr_frame`,
    /// `cr_code`, `cr_origin`, `ag_await`, `ag_frame` and `ag_code`, on any
    /// object, whether read, assigned or deleted.
    ///
    /// Harmless neighbours such as `tb_lineno`, `f_lineno` or `co_name`
    /// are allowed.
    ///
    /// ## Why
    /// From a frame one reaches the globals and builtins of code outside
    /// the sandbox. RestrictedPython refuses these names on every object,
    /// so Sym refuses the file even when the object is your own.
    ///
    /// ## Example
    /// ```python
    /// def step(gen):
    ///     return gen.gi_frame
    /// ```
    ///
    /// ## Instead
    /// Rename your own attribute (for example `frame_info`); there is no
    /// way to inspect interpreter frames in Sym.
    pub struct InspectAttribute {
        code: "RP203",
        name: "inspect-attribute",
        severity: Error,
        summary: "An attribute that reaches interpreter frames or code objects",
    }
}

impl Rule for InspectAttribute {
    fn info(&self) -> &'static RuleInfo {
        &Self::INFO
    }

    fn expr_kinds(&self) -> ExprKinds {
        ExprKinds::ATTRIBUTE
    }

    fn check_expr(&self, expr: &Expr, cx: &mut Context<'_>) {
        let Expr::Attribute(attribute) = expr else {
            return;
        };
        let name = attribute.attr.id.as_str();
        // All of them are `xx_...`: cheap pre-filter before the list scan.
        if name.as_bytes().get(2) != Some(&b'_') && name.as_bytes().get(1) != Some(&b'_') {
            return;
        }
        if !INSPECT_ATTRIBUTES.contains(&name) {
            return;
        }
        cx.report(
            attribute.attr.range,
            format!("attribute `{name}` reaches interpreter internals and is not allowed"),
        )
        .help = Some(
            "frames, tracebacks and code objects cannot be inspected in Sym; if this is your own \
             object, rename the attribute"
                .to_string(),
        );
    }
}
