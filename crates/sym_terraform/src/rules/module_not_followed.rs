declare_tf_rule! {
    /// ## What it does
    /// Notes a `module` block whose `source` is not a local path (a registry
    /// address, a git URL): symlint does not download modules, so flows it
    /// declares are not checked.
    ///
    /// ## Why
    /// Knowing that a part of the configuration was skipped keeps a clean
    /// result from being read as "everything was checked".
    ///
    /// ## Example
    /// ```hcl
    /// module "flows" {
    ///   source = "git::https://example.com/flows.git"
    /// }
    /// ```
    ///
    /// ## Instead
    /// Nothing is wrong; to have the flows checked, lint the module's own
    /// directory as well.
    pub struct ModuleNotFollowed {
        code: "TF013",
        name: "module-not-followed",
        severity: Info,
        summary: "A module with a non-local source is not read",
    }
}
