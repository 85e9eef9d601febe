declare_tf_rule! {
    /// ## What it does
    /// Reports a `module` block whose local `source` (`./...` or `../...`)
    /// is not a directory, or which would call itself.
    ///
    /// ## Why
    /// `terraform init` fails; the flows the module would declare are not
    /// checked.
    ///
    /// ## Example
    /// ```hcl
    /// module "okta" {
    ///   source = "./modules/okta-flow"
    /// }
    /// ```
    /// where the directory is `./modules/okta_flow`.
    ///
    /// ## Instead
    /// ```hcl
    /// module "okta" {
    ///   source = "./modules/okta_flow"
    /// }
    /// ```
    pub struct ModuleNotFound {
        code: "TF012",
        name: "module-not-found",
        severity: Error,
        summary: "A local module source is not a directory",
    }
}
