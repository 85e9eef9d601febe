declare_tf_rule! {
    /// ## What it does
    /// Reports a comparison of a prompt field or flow var with a literal of
    /// another type: an `int` or `bool` field with a string, a `string`
    /// field with a number, a `slack_user` field or `target` with a string,
    /// a list field with a single value, a var (always a string) with a
    /// number or a bool. Only when the types clash in every flow running
    /// the file that declares the field.
    ///
    /// ## Why
    /// `==` across these types is always false and `!=` always true; `<`
    /// and `>` raise `TypeError`.
    ///
    /// ## Example
    /// ```python
    /// if event.payload.fields["hours"] == "4":
    /// ```
    /// with `type = "int"`.
    ///
    /// ## Instead
    /// ```python
    /// if event.payload.fields["hours"] == 4:
    /// ```
    pub struct CrossTypeComparison {
        code: "TF104",
        name: "cross-type-comparison",
        severity: Error,
        summary: "A prompt field or flow var is compared with a literal of another type",
    }
}
