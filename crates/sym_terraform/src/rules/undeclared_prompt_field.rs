declare_tf_rule! {
    /// ## What it does
    /// Reports `event.payload.fields["f"]` (also through an alias such as
    /// `fields = event.payload.fields`) where a flow running this file
    /// declares no `prompt_field` named `f`. `target` counts as declared
    /// when the flow has a `strategy_id`. A read that tolerates a missing
    /// key (`.get("f")`, `["f"]` under `if "f" in ...` or inside a `try`
    /// that catches `KeyError`) is not reported. Suggests the closest
    /// declared name.
    ///
    /// ## Why
    /// `fields` holds the answers to the flow's prompt: `["f"]` raises
    /// `KeyError` at run time and the handler fails.
    ///
    /// ## Example
    /// ```python
    /// if event.payload.fields["urgncy"] == "Emergency":
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// if event.payload.fields["urgency"] == "Emergency":
    /// ```
    pub struct UndeclaredPromptField {
        code: "TF102",
        name: "undeclared-prompt-field",
        severity: Error,
        summary: "An impl.py reads a prompt field its flow does not declare",
    }
}
