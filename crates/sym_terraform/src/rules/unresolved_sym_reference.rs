declare_tf_rule! {
    /// ## What it does
    /// Reports a `strategy_id` that does not refer to a `sym_strategy` of the
    /// configuration, or a strategy `targets` entry that does not refer to a
    /// `sym_target`.
    ///
    /// ## Why
    /// Terraform refuses a reference to an undeclared resource; a reference
    /// to a resource of another type gives Sym an id it cannot use.
    ///
    /// ## Example
    /// ```hcl
    /// params {
    ///   strategy_id = sym_strategy.sso.id
    /// }
    /// ```
    /// where only `sym_strategy.aws_sso` is declared.
    ///
    /// ## Instead
    /// ```hcl
    /// params {
    ///   strategy_id = sym_strategy.aws_sso.id
    /// }
    /// ```
    pub struct UnresolvedSymReference {
        code: "TF011",
        name: "unresolved-sym-reference",
        severity: Error,
        summary: "A strategy or target reference does not name a Sym resource",
    }
}
