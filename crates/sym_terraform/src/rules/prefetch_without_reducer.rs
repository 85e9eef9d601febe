declare_tf_rule! {
    /// ## What it does
    /// Reports a `prompt_field` with `prefetch = true` when the flow's
    /// impl.py has no `@prefetch(field_name="...")` reducer for it. Located
    /// at the field in the `.tf` file, naming the flow.
    ///
    /// ## Why
    /// Sym asks the prefetch reducer for the field's options; without one,
    /// the request form cannot offer any.
    ///
    /// ## Example
    /// ```hcl
    /// prompt_field {
    ///   name     = "group"
    ///   type     = "string"
    ///   prefetch = true
    /// }
    /// ```
    /// with no prefetch reducer in the implementation.
    ///
    /// ## Instead
    /// ```python
    /// @prefetch(field_name="group")
    /// def get_groups(event):
    ///     return [FieldOption(value="admins", label="Admins")]
    /// ```
    pub struct PrefetchWithoutReducer {
        code: "TF105",
        name: "prefetch-without-reducer",
        severity: Error,
        summary: "A prefetch prompt field has no prefetch reducer",
    }
}
