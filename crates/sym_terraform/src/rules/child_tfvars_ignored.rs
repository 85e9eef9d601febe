declare_tf_rule! {
    /// ## What it does
    /// Notes a `terraform.tfvars` or `*.auto.tfvars` file in the directory
    /// of a module that is called from another module.
    ///
    /// ## Why
    /// Terraform reads variable files of the root module only: the values
    /// in this file never reach the called module, whose variables take
    /// the `module` block's arguments or their defaults.
    ///
    /// ## Example
    /// `modules/okta/terraform.tfvars` setting `flow_variables`, with the
    /// module called as `module "okta" { source = "./modules/okta" }`.
    ///
    /// ## Instead
    /// ```hcl
    /// module "okta" {
    ///   source         = "./modules/okta"
    ///   flow_variables = { request_channel = "#sym-requests" }
    /// }
    /// ```
    pub struct ChildTfvarsIgnored {
        code: "TF014",
        name: "child-tfvars-ignored",
        severity: Info,
        summary: "A variables file in a called module is ignored by Terraform",
    }
}
