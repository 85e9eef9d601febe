declare_tf_rule! {
    /// ## What it does
    /// Reports a `prompt_field` block without a `name`.
    ///
    /// ## Why
    /// The name is the key of the answer in `event.payload.fields`; the
    /// provider requires it.
    ///
    /// ## Example
    /// ```hcl
    /// prompt_field {
    ///   label = "Why do you need access?"
    ///   type  = "string"
    /// }
    /// ```
    ///
    /// ## Instead
    /// ```hcl
    /// prompt_field {
    ///   name  = "reason"
    ///   label = "Why do you need access?"
    ///   type  = "string"
    /// }
    /// ```
    pub struct PromptFieldWithoutName {
        code: "TF005",
        name: "prompt-field-without-name",
        severity: Error,
        summary: "A prompt field has no name",
    }
}
