declare_tf_rule! {
    /// ## What it does
    /// Reports a `prompt_field` attribute that Sym's provider does not apply
    /// to the field's type: `allowed_values` or `prefetch` on a
    /// `slack_user` or `slack_user_list` field, and `default` on a
    /// `slack_user`, `slack_user_list`, `str_list` or `int_list` field.
    ///
    /// ## Why
    /// Slack renders its own user picker for user fields, and list fields
    /// have no single fallback value: the attribute has no effect, and the
    /// handler written for it (a prefetch reducer, a check against the
    /// allowed values) never sees what the configuration suggests.
    ///
    /// ## Example
    /// ```hcl
    /// prompt_field {
    ///   name     = "reviewer"
    ///   type     = "slack_user"
    ///   prefetch = true
    /// }
    /// ```
    ///
    /// ## Instead
    /// ```hcl
    /// prompt_field {
    ///   name = "reviewer"
    ///   type = "slack_user"
    /// }
    /// ```
    pub struct NotApplicableAttribute {
        code: "TF017",
        name: "not-applicable-attribute",
        severity: Warning,
        summary: "A prompt field attribute does not apply to the field's type",
    }
}
