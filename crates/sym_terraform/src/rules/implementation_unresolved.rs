declare_tf_rule! {
    /// ## What it does
    /// Reports a flow whose `implementation` cannot be traced to a file
    /// without running Terraform: `templatefile(...)`, a variable without a
    /// value, a module output, a path computed at apply time.
    ///
    /// ## Why
    /// symlint then cannot check the flow's impl.py against its prompt
    /// fields and vars; the flow is linted without Terraform context.
    ///
    /// ## Example
    /// ```hcl
    /// implementation = templatefile("${path.module}/impl.tpl", {})
    /// ```
    ///
    /// ## Instead
    /// ```hcl
    /// implementation = file("${path.module}/impls/approval_impl.py")
    /// ```
    pub struct ImplementationUnresolved {
        code: "TF008",
        name: "implementation-unresolved",
        severity: Warning,
        summary: "A flow's implementation file cannot be determined statically",
    }
}
