declare_tf_rule! {
    /// ## What it does
    /// Reports a flow whose `implementation` names a file that does not
    /// exist. Paths given to `file()` without `${path.module}` are taken
    /// from the directory Terraform runs in (the root module), as Terraform
    /// does.
    ///
    /// ## Why
    /// `file()` fails at plan time and the flow cannot be deployed.
    ///
    /// ## Example
    /// ```hcl
    /// implementation = file("${path.module}/impls/aproval_impl.py")
    /// ```
    ///
    /// ## Instead
    /// ```hcl
    /// implementation = file("${path.module}/impls/approval_impl.py")
    /// ```
    pub struct ImplementationMissing {
        code: "TF009",
        name: "implementation-missing",
        severity: Error,
        summary: "A flow's implementation file does not exist",
    }
}
