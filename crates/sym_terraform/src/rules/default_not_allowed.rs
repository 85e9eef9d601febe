declare_tf_rule! {
    /// ## What it does
    /// Reports a `prompt_field` whose `default` is not one of its
    /// `allowed_values`, or is not a value of its type (an `int` field with
    /// a default that is not a whole number, a `bool` field with a default
    /// other than `true`/`false`).
    ///
    /// ## Why
    /// The request form starts with a value the user can never submit, or
    /// the handler receives a value of an unexpected type.
    ///
    /// ## Example
    /// ```hcl
    /// prompt_field {
    ///   name           = "urgency"
    ///   type           = "string"
    ///   allowed_values = ["Normal", "Emergency"]
    ///   default        = "normal"
    /// }
    /// ```
    ///
    /// ## Instead
    /// ```hcl
    ///   default        = "Normal"
    /// ```
    pub struct DefaultNotAllowed {
        code: "TF015",
        name: "default-not-allowed",
        severity: Warning,
        summary: "A prompt field's default is not an allowed value of its type",
    }
}
