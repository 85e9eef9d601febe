use sym_syntax::ast::{Expr, ExprContext};

use crate::declare_rule;
use crate::rule::{Context, ExprKinds, Rule, RuleInfo};
use crate::semantic::python_builtins::is_python_builtin;
use crate::semantic::{Resolution, UnboundReason};

declare_rule! {
    /// ## What it does
    /// Reports a Python builtin that Sym's runtime does not provide, such as
    /// `sorted`, `any`, `dict`, `enumerate`, `zip`, `min`, `getattr` or
    /// `type`, when the file does not define that name itself.
    ///
    /// ## Why
    /// Sym runs impl.py with RestrictedPython's reduced set of builtins.
    /// RestrictedPython compiles the file without complaint, but the name is
    /// missing when the code runs, so the handler fails with `NameError`.
    /// A runtime configured with more builtins (`extra-builtins` in the
    /// configuration) makes the rule accept those names.
    ///
    /// ## Example
    /// ```python
    /// def get_approvers(event):
    ///     names = sorted(event.payload.fields["approvers"])
    ///     return [slack.user(name) for name in names]
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// def get_approvers(event):
    ///     names = list(event.payload.fields["approvers"])
    ///     names.sort()
    ///     return [slack.user(name) for name in names]
    /// ```
    pub struct MissingBuiltin {
        code: "RT001",
        name: "missing-builtin",
        severity: Error,
        summary: "A Python builtin that Sym's runtime does not provide",
    }
}

impl Rule for MissingBuiltin {
    fn info(&self) -> &'static RuleInfo {
        &Self::INFO
    }

    fn expr_kinds(&self) -> ExprKinds {
        ExprKinds::NAME
    }

    fn check_expr(&self, expr: &Expr, cx: &mut Context<'_>) {
        let Expr::Name(name) = expr else {
            return;
        };
        // Loads, and the target of `x += ...` (a store that reads first).
        if name.ctx == ExprContext::Del {
            return;
        }
        let id = name.id.as_str();
        if !is_python_builtin(id) || super::refused_by_restricted_python(id) {
            return;
        }
        let semantic = cx.semantic();
        let Some(load) = semantic.load(name) else {
            return;
        };
        if load.guarded || load.resolution != Resolution::Unbound(UnboundReason::NoBinding) {
            return;
        }
        // RestrictedPython refuses these itself: `breakpoint` is a reserved
        // name and `exec(...)`/`eval(...)` calls are forbidden.
        if id == "breakpoint" || (load.is_callee && matches!(id, "exec" | "eval")) {
            return;
        }
        let message = format!("`{id}` is not a builtin in Sym's runtime: this raises NameError");
        let help = replacement(id);
        cx.report(name.range, message).help = Some(help.to_string());
    }
}

/// What to write instead of a missing builtin.
fn replacement(name: &str) -> &'static str {
    match name {
        "all" => {
            "use a `for` loop that clears a flag, or `len([x for x in xs if not cond(x)]) == 0`"
        }
        "any" => "use a `for` loop that sets a flag, or `len([x for x in xs if cond(x)]) > 0`",
        "next" => {
            "index the sequence (`xs[0]`), or take the first match in a `for` loop and `break`"
        }
        "iter" => "loop over the value directly with `for`",
        "sorted" => "copy and sort in place: `xs_copy = list(xs)` then `xs_copy.sort()`",
        "reversed" => "slice the sequence: `xs[::-1]`",
        "min" => "keep the smallest value so far in a `for` loop",
        "max" => "keep the largest value so far in a `for` loop",
        "sum" => "add up in a `for` loop: `total = 0` then `total += x` for each item",
        "dict" => "write a literal (`{\"a\": 1}`) or a comprehension (`{k: v for k, v in pairs}`)",
        "set" | "frozenset" => "use a set comprehension: `{x for x in xs}`",
        "enumerate" => "loop over the indexes: `for i in range(len(xs)):` and use `xs[i]`",
        "zip" => "loop over the indexes: `for i in range(len(xs)):` and use `xs[i]`, `ys[i]`",
        "map" => "use a list comprehension: `[f(x) for x in xs]`",
        "filter" => "use a list comprehension: `[x for x in xs if cond(x)]`",
        "getattr" => "read the attribute directly: `o.x`",
        "hasattr" => "read the attribute in a `try` block that catches `AttributeError`",
        "type" => "test the type with `isinstance(x, T)`",
        "format" | "ascii" => "use an f-string: `f\"{value:>10}\"`, or `repr(value)`",
        "bin" => "use an f-string: `f\"{n:b}\"`",
        "open" | "input" => {
            "impl.py runs without files or a console: get data from the event, an integration or `requests`"
        }
        "vars" | "dir" | "globals" | "locals" => {
            "name the attributes or variables you need directly"
        }
        "bytes" | "bytearray" | "memoryview" => "work with `str`; `text.encode()` gives bytes",
        "object" => "define the class without a base: `class Thing:`",
        "super" => "call the base class's method by name: `Base.method(self, ...)`",
        "property" | "staticmethod" | "classmethod" => "use a plain function or a plain method",
        "exit" | "quit" => "return from the handler, or raise an exception",
        "NotImplemented" => "raise `NotImplementedError`, or return a value",
        "RecursionError" => "catch `RuntimeError`, its base class",
        "ModuleNotFoundError" => "catch `ImportError`, its base class",
        "ExceptionGroup" | "BaseExceptionGroup" | "StopAsyncIteration" | "EncodingWarning"
        | "ResourceWarning" => "catch `Exception`, or a class the runtime has",
        "ConnectionError" | "TimeoutError" => {
            "for HTTP errors catch `requests.exceptions.ConnectionError` or `requests.exceptions.Timeout`; otherwise `OSError`"
        }
        _ if name.ends_with("Error") => "catch `OSError`, its base class",
        _ => "write it with the builtins Sym provides",
    }
}
