declare_tf_rule! {
    /// ## What it does
    /// Reports `var.x`, `local.x` or `module.x` where the module declares no
    /// such variable, local value or module call.
    ///
    /// ## Why
    /// Terraform refuses the reference at plan time; symlint treats the
    /// value as unknown.
    ///
    /// ## Example
    /// ```hcl
    /// variable "flow_variables" { type = map(string) }
    /// resource "sym_flow" "this" {
    ///   vars = var.flow_vars
    /// }
    /// ```
    ///
    /// ## Instead
    /// ```hcl
    /// resource "sym_flow" "this" {
    ///   vars = var.flow_variables
    /// }
    /// ```
    pub struct UndeclaredReference {
        code: "TF010",
        name: "undeclared-reference",
        severity: Error,
        summary: "A reference to an undeclared variable, local value or module",
    }
}
