declare_tf_rule! {
    /// ## What it does
    /// Reports `event.flow.vars["k"]` (also through an alias such as
    /// `fvars = event.flow.vars`) where a flow running this file declares no
    /// var `k`. A read that tolerates a missing key is not reported:
    /// `.get("k")`, or `["k"]` under `if "k" in ...` or inside a `try`
    /// that catches `KeyError`. The finding names the flow(s) lacking the
    /// var.
    ///
    /// ## Why
    /// `vars` holds exactly the keys of the flow's `vars` map in Terraform:
    /// `["k"]` raises `KeyError` at run time and the handler fails.
    ///
    /// ## Example
    /// ```python
    /// channel = event.flow.vars["request_chanel"]
    /// ```
    /// with `vars = { request_channel = "#sym-requests" }`.
    ///
    /// ## Instead
    /// ```python
    /// channel = event.flow.vars["request_channel"]
    /// ```
    pub struct UndeclaredFlowVar {
        code: "TF101",
        name: "undeclared-flow-var",
        severity: Error,
        summary: "An impl.py reads a flow var its flow does not declare",
    }
}
