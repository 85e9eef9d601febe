declare_tf_rule! {
    /// ## What it does
    /// Reports a `@prefetch(field_name="f")` reducer that no flow running
    /// the file calls: none declares a prompt field `f` with
    /// `prefetch = true`. Names the flow(s) concerned.
    ///
    /// ## Why
    /// Sym calls a prefetch reducer only for fields marked `prefetch = true`:
    /// this one never runs, and the field it was meant for gets no options.
    ///
    /// ## Example
    /// ```python
    /// @prefetch(field_name="groups")
    /// def get_groups(event): ...
    /// ```
    /// with the field declared as `name = "group"`.
    ///
    /// ## Instead
    /// ```python
    /// @prefetch(field_name="group")
    /// def get_groups(event): ...
    /// ```
    pub struct ReducerForUnknownField {
        code: "TF106",
        name: "reducer-for-unknown-field",
        severity: Warning,
        summary: "A prefetch reducer names a field that is not a prefetch field",
    }
}
