declare_tf_rule! {
    /// ## What it does
    /// Reports a comparison (`==`, `!=`, `in`, `not in`) of a prompt field
    /// with a literal that is not among the field's `allowed_values`, in
    /// any flow running the file (a shared file may test a value that only
    /// one of its flows offers).
    ///
    /// ## Why
    /// The user can only pick an allowed value, so the comparison always has
    /// the same outcome: usually a misspelling or a value renamed in
    /// Terraform but not in Python.
    ///
    /// ## Example
    /// ```python
    /// if event.payload.fields["urgency"] == "emergency":
    /// ```
    /// with `allowed_values = ["Normal", "Emergency"]`.
    ///
    /// ## Instead
    /// ```python
    /// if event.payload.fields["urgency"] == "Emergency":
    /// ```
    pub struct ValueNotAllowed {
        code: "TF103",
        name: "value-not-allowed",
        severity: Warning,
        summary: "A prompt field is compared with a value outside its allowed_values",
    }
}
