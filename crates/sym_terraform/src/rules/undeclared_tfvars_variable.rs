declare_tf_rule! {
    /// ## What it does
    /// Reports a value in `terraform.tfvars` or `*.auto.tfvars` for a
    /// variable the module does not declare.
    ///
    /// ## Why
    /// Terraform ignores it (with a warning); usually the variable's name
    /// is misspelt, and the flow gets the default instead of this value.
    ///
    /// ## Example
    /// ```hcl
    /// flow_variable = { request_channel = "#sym-requests" }
    /// ```
    /// with `variable "flow_variables"` declared.
    ///
    /// ## Instead
    /// ```hcl
    /// flow_variables = { request_channel = "#sym-requests" }
    /// ```
    pub struct UndeclaredTfvarsVariable {
        code: "TF016",
        name: "undeclared-tfvars-variable",
        severity: Warning,
        summary: "A variables file sets a variable that is not declared",
    }
}
