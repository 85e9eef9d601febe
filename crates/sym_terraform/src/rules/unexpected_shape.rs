declare_tf_rule! {
    /// ## What it does
    /// Reports a part of a `sym_flow`, `sym_strategy`, `sym_target`,
    /// `variable` or `module` block that does not have the shape Sym's
    /// provider expects: a `name` that is a list, `vars` that is not a map,
    /// a `prompt_field` attribute of the wrong kind, a flow without `name`.
    ///
    /// ## Why
    /// The provider rejects such a configuration at plan time; symlint
    /// ignores the part and cannot check the flow against it.
    ///
    /// ## Example
    /// ```hcl
    /// resource "sym_flow" "this" {
    ///   name = "approval"
    ///   vars = ["#sym-requests"]
    /// }
    /// ```
    ///
    /// ## Instead
    /// ```hcl
    /// resource "sym_flow" "this" {
    ///   name = "approval"
    ///   vars = { request_channel = "#sym-requests" }
    /// }
    /// ```
    pub struct UnexpectedShape {
        code: "TF003",
        name: "unexpected-shape",
        severity: Warning,
        summary: "A Sym resource has a part of an unexpected shape",
    }
}
