declare_tf_rule! {
    /// ## What it does
    /// Reports a `prompt_field` whose `type` is missing or is not one of
    /// `string`, `str_list`, `int`, `int_list`, `bool`, `duration`,
    /// `slack_user`, `slack_user_list`.
    ///
    /// ## Why
    /// Sym does not know how to prompt for it or what value to give the
    /// handlers, so the flow cannot be deployed.
    ///
    /// ## Example
    /// ```hcl
    /// prompt_field {
    ///   name = "count"
    ///   type = "integer"
    /// }
    /// ```
    ///
    /// ## Instead
    /// ```hcl
    /// prompt_field {
    ///   name = "count"
    ///   type = "int"
    /// }
    /// ```
    pub struct UnknownFieldType {
        code: "TF004",
        name: "unknown-field-type",
        severity: Error,
        summary: "A prompt field's type is missing or unknown",
    }
}
