declare_tf_rule! {
    /// ## What it does
    /// Reports a Terraform file (or a `.tfvars.json` file) that cannot be
    /// read: not UTF-8, not valid JSON, or refused by the operating system.
    ///
    /// ## Why
    /// Terraform cannot read it either; whatever it declares is missing
    /// from every check that follows.
    ///
    /// ## Example
    /// A `terraform.tfvars.json` holding `{"flow_variables": }`.
    ///
    /// ## Instead
    /// ```json
    /// {"flow_variables": {"request_channel": "#sym-requests"}}
    /// ```
    pub struct UnreadableFile {
        code: "TF002",
        name: "unreadable-file",
        severity: Error,
        summary: "A Terraform file cannot be read",
    }
}
