//! Reads a Sym Terraform module directory into the flows it declares, and
//! checks an impl.py against the flows that run it.
//!
//! [`load_module`] reads every `*.tf` file of a directory, its
//! `terraform.tfvars` / `*.auto.tfvars` (and `.json`) files and the local
//! modules it calls, and returns a [`TerraformProject`]: the flows (name,
//! label, implementation file, vars, strategy and targets, prompt fields)
//! and the Terraform-side diagnostics (`TF0xx`), each located in its file.
//!
//! [`extract_impl_facts`] reads from an impl.py what Terraform decides:
//! prompt field and var accesses, comparisons of them with literals and
//! prefetch reducers. [`check_impl_against_flows`] and
//! [`check_flows_against_impl`] compare those facts with the flows (`TF1xx`).
//!
//! [`find_flow_context`] starts from an impl.py instead: it finds the
//! Terraform root above it and returns the flows running it, for `symc run`
//! (`event.flow` name and vars) and the language server (field and var
//! names for completion).

mod context;
mod cross;
pub mod dump;
mod eval;
mod facts;
mod flows;
mod hclfile;
mod load;
mod model;
pub mod paths;
pub mod rules;
mod suggest;

pub use context::{FlowContext, find_flow_context, has_tf_files};
pub use cross::{CrossCheck, check_flows_against_impl, check_impl_against_flows, cross_check};
pub use facts::{
    AccessKind, Comparison, ComparisonOp, ImplFacts, Literal, PrefetchReducer, Subject,
    SubjectAccess, extract_impl_facts,
};
pub use load::load_module;
pub use model::{
    FieldType, FieldValueType, Flow, Implementation, Location, PromptField, Strategy, Target,
    TerraformProject, VarValue, Vars,
};
pub use suggest::did_you_mean;
