declare_tf_rule! {
    /// ## What it does
    /// Reports a `.tf` or `.tfvars` file that is not valid HCL, at the
    /// position where the parser stopped. The other top-level blocks of the
    /// file, and the other files of the module, are still read.
    ///
    /// ## Why
    /// `terraform plan` refuses the whole configuration, so none of its
    /// flows can be deployed, and symlint cannot know what a broken block
    /// declares.
    ///
    /// ## Example
    /// ```hcl
    /// resource "sym_flow" "this" {
    ///   name = "approval
    /// }
    /// ```
    ///
    /// ## Instead
    /// ```hcl
    /// resource "sym_flow" "this" {
    ///   name = "approval"
    /// }
    /// ```
    pub struct HclSyntaxError {
        code: "TF001",
        name: "hcl-syntax-error",
        severity: Error,
        summary: "The Terraform file is not valid HCL",
    }
}
