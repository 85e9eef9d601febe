declare_tf_rule! {
    /// ## What it does
    /// Reports a `sym_flow` whose `name` another flow of the configuration
    /// (this module or a module it calls) already has.
    ///
    /// ## Why
    /// Flow names identify flows in Sym; the second apply replaces or
    /// conflicts with the first.
    ///
    /// ## Example
    /// ```hcl
    /// resource "sym_flow" "prod" { name = "approval" }
    /// resource "sym_flow" "staging" { name = "approval" }
    /// ```
    ///
    /// ## Instead
    /// ```hcl
    /// resource "sym_flow" "prod" { name = "approval" }
    /// resource "sym_flow" "staging" { name = "approval-staging" }
    /// ```
    pub struct DuplicateFlowName {
        code: "TF007",
        name: "duplicate-flow-name",
        severity: Error,
        summary: "Two flows have the same name",
    }
}
