declare_tf_rule! {
    /// ## What it does
    /// Reports a second `prompt_field` with a name the flow already uses.
    ///
    /// ## Why
    /// Both answers would go to the same key of `event.payload.fields`;
    /// Sym refuses the flow.
    ///
    /// ## Example
    /// ```hcl
    /// prompt_field {
    ///   name = "reason"
    ///   type = "string"
    /// }
    /// prompt_field {
    ///   name = "reason"
    ///   type = "string"
    /// }
    /// ```
    ///
    /// ## Instead
    /// Give each field its own name, or remove the copy.
    pub struct DuplicatePromptField {
        code: "TF006",
        name: "duplicate-prompt-field",
        severity: Error,
        summary: "Two prompt fields of a flow have the same name",
    }
}
