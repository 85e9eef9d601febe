//! What a Terraform directory says about its Sym flows.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use indexmap::IndexMap;
use sym_diagnostics::Diagnostic;
use sym_syntax::TextRange;

/// A place in a Terraform file (byte offsets into [`TerraformProject::files`]).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Location {
    pub file: PathBuf,
    pub range: TextRange,
}

/// Everything read from a module directory and the local modules it calls.
#[derive(Clone, Debug, Default)]
pub struct TerraformProject {
    /// The directory given to [`crate::load_module`].
    pub root: PathBuf,
    pub flows: Vec<Flow>,
    /// Terraform-side findings, each with the file it is located in.
    pub diagnostics: Vec<(PathBuf, Diagnostic)>,
    /// The text of every Terraform file read, for rendering diagnostics.
    pub files: BTreeMap<PathBuf, Arc<str>>,
}

impl TerraformProject {
    /// The flows whose `implementation` is the file at `impl_path`.
    ///
    /// Paths are compared after lexical normalisation, and again after
    /// canonicalisation when both exist, so `./impls/a.py` and
    /// `impls/../impls/a.py` name the same file.
    pub fn flows_using(&self, impl_path: &Path) -> Vec<&Flow> {
        let wanted = crate::paths::normalize(impl_path);
        let wanted_canonical = std::fs::canonicalize(impl_path).ok();
        self.flows
            .iter()
            .filter(|flow| match &flow.implementation {
                Implementation::File(path) => {
                    crate::paths::normalize(path) == wanted
                        || (wanted_canonical.is_some()
                            && std::fs::canonicalize(path).ok() == wanted_canonical)
                }
                Implementation::Unresolved(_) => false,
            })
            .collect()
    }

    /// Every implementation file named by a flow, each once, in flow order.
    pub fn implementation_files(&self) -> Vec<&Path> {
        let mut files: Vec<&Path> = Vec::new();
        for flow in &self.flows {
            if let Implementation::File(path) = &flow.implementation
                && !files.contains(&path.as_path())
            {
                files.push(path);
            }
        }
        files
    }

    /// The flow with this `name`, if any.
    pub fn flow(&self, name: &str) -> Option<&Flow> {
        self.flows
            .iter()
            .find(|flow| flow.name.as_deref() == Some(name))
    }
}

/// One `resource "sym_flow"` block.
#[derive(Clone, Debug, PartialEq)]
pub struct Flow {
    /// The `name` attribute; `None` when it is not known statically.
    pub name: Option<String>,
    pub label: Option<String>,
    /// The second label of the resource block: `resource "sym_flow" "<this>"`.
    pub resource_name: String,
    /// Module call names from the root to the module declaring the flow;
    /// empty for the root module.
    pub module_path: Vec<String>,
    pub implementation: Implementation,
    pub vars: Vars,
    /// Set when `params.strategy_id` is given.
    pub strategy: Option<Strategy>,
    pub prompt_fields: Vec<PromptField>,
    /// Why the list of prompt fields may be incomplete (a `dynamic` block,
    /// a field name known only at apply time); `None` when it is complete.
    pub prompt_fields_open: Option<String>,
    /// The resource block's header (`resource "sym_flow" "x"`).
    pub location: Location,
}

impl Flow {
    /// How findings name the flow: its `name`, else its resource address.
    pub fn display_name(&self) -> String {
        match &self.name {
            Some(name) => name.clone(),
            None => self.address(),
        }
    }

    /// `module.a.module.b.sym_flow.x`, as Terraform addresses the resource.
    pub fn address(&self) -> String {
        let mut address = String::new();
        for call in &self.module_path {
            address.push_str("module.");
            address.push_str(call);
            address.push('.');
        }
        address.push_str("sym_flow.");
        address.push_str(&self.resource_name);
        address
    }

    pub fn prompt_field(&self, name: &str) -> Option<&PromptField> {
        self.prompt_fields.iter().find(|field| field.name == name)
    }

    /// Whether `event.payload.fields[name]` exists for this flow: a declared
    /// prompt field, or `target` when the flow has a strategy. `None` when
    /// the field list is not known completely and `name` is not in it.
    pub fn declares_field(&self, name: &str) -> Option<bool> {
        if self.prompt_field(name).is_some() || (name == "target" && self.strategy.is_some()) {
            return Some(true);
        }
        if self.prompt_fields_open.is_some() {
            return None;
        }
        Some(false)
    }

    /// Every name `event.payload.fields` has, `target` included when the
    /// flow has a strategy (for completion and did-you-mean).
    pub fn field_names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self
            .prompt_fields
            .iter()
            .map(|field| field.name.as_str())
            .collect();
        if self.strategy.is_some() && !names.contains(&"target") {
            names.push("target");
        }
        names
    }

    /// The SDK type of `event.payload.fields[name]`, for the type checker.
    pub fn field_value_type(&self, name: &str) -> Option<FieldValueType> {
        if let Some(field) = self.prompt_field(name) {
            return field.field_type.map(FieldType::value_type);
        }
        if name == "target" && self.strategy.is_some() {
            return Some(FieldValueType::AccessTarget);
        }
        None
    }

    /// The vars whose values are known statically (for `symc run` to fill
    /// `event.flow.vars`); unknown ones are left out.
    pub fn known_vars(&self) -> IndexMap<String, String> {
        self.vars
            .entries
            .iter()
            .filter_map(|(key, value)| match value {
                VarValue::Known(text) => Some((key.clone(), text.clone())),
                VarValue::Unknown { .. } => None,
            })
            .collect()
    }

    /// Whether `event.flow.vars[key]` exists: `None` when the vars come from
    /// something that cannot be read statically.
    pub fn declares_var(&self, key: &str) -> Option<bool> {
        if self.vars.entries.contains_key(key) {
            Some(true)
        } else if self.vars.all_unknown.is_some() {
            None
        } else {
            Some(false)
        }
    }
}

/// The file a flow runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Implementation {
    /// The path as Terraform resolves it (joined onto the directory given to
    /// `load_module`, lexically normalised).
    File(PathBuf),
    /// Why the file cannot be named without running Terraform.
    Unresolved(String),
}

/// `vars` of a flow: `event.flow.vars` at run time.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Vars {
    pub entries: IndexMap<String, VarValue>,
    /// Set when the map comes from something not readable statically (a
    /// module output, a function of unknown values): then any key may exist.
    pub all_unknown: Option<String>,
}

/// One value of `event.flow.vars` (always a string once Terraform applies).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VarValue {
    Known(String),
    /// Known only at apply time (a resource attribute, a variable without a
    /// value); the reason says which.
    Unknown {
        reason: String,
    },
}

/// The strategy named by `params.strategy_id`.
#[derive(Clone, Debug, PartialEq)]
pub struct Strategy {
    /// `sym_strategy.<resource_name>`, when the reference is static.
    pub resource_name: Option<String>,
    /// The strategy's `type` (`aws_sso`, `okta`, ...).
    pub strategy_type: Option<String>,
    pub targets: Vec<Target>,
    /// Why `targets` may be incomplete; `None` when every target was read.
    pub targets_open: Option<String>,
}

/// One `sym_target` of a strategy: what `event.payload.fields["target"]` can be.
#[derive(Clone, Debug, PartialEq)]
pub struct Target {
    pub resource_name: String,
    pub name: Option<String>,
    pub label: Option<String>,
    pub target_type: Option<String>,
    pub settings: IndexMap<String, VarValue>,
}

/// One `prompt_field` block of a flow's `params`.
#[derive(Clone, Debug, PartialEq)]
pub struct PromptField {
    pub name: String,
    pub label: Option<String>,
    /// `None` when the type is missing or not one Sym knows (reported).
    pub field_type: Option<FieldType>,
    /// `true` unless the field says otherwise (the provider's default).
    pub required: bool,
    /// Terraform stores these as strings, whatever the field type.
    pub allowed_values: Option<Vec<String>>,
    pub default: Option<String>,
    pub prefetch: bool,
    pub visible: bool,
    /// The whole `prompt_field` block.
    pub location: Location,
    /// The `name` value, or the block when the name is not a literal.
    pub name_location: Location,
    /// The `prefetch` attribute, when present.
    pub prefetch_location: Option<Location>,
}

/// The `type` of a prompt field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldType {
    String,
    StrList,
    Int,
    IntList,
    Bool,
    Duration,
    SlackUser,
    SlackUserList,
}

impl FieldType {
    pub const ALL: [FieldType; 8] = [
        FieldType::String,
        FieldType::StrList,
        FieldType::Int,
        FieldType::IntList,
        FieldType::Bool,
        FieldType::Duration,
        FieldType::SlackUser,
        FieldType::SlackUserList,
    ];

    pub fn parse(text: &str) -> Option<FieldType> {
        FieldType::ALL
            .into_iter()
            .find(|field_type| field_type.as_str() == text)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            FieldType::String => "string",
            FieldType::StrList => "str_list",
            FieldType::Int => "int",
            FieldType::IntList => "int_list",
            FieldType::Bool => "bool",
            FieldType::Duration => "duration",
            FieldType::SlackUser => "slack_user",
            FieldType::SlackUserList => "slack_user_list",
        }
    }

    /// What the handler receives in `event.payload.fields`.
    pub fn value_type(self) -> FieldValueType {
        match self {
            FieldType::String => FieldValueType::Str,
            FieldType::StrList => FieldValueType::StrList,
            FieldType::Int => FieldValueType::Int,
            FieldType::IntList => FieldValueType::IntList,
            FieldType::Bool => FieldValueType::Bool,
            FieldType::Duration => FieldValueType::Duration,
            FieldType::SlackUser => FieldValueType::User,
            FieldType::SlackUserList => FieldValueType::UserList,
        }
    }
}

/// The Python type of a field value as the SDK hands it to a handler.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldValueType {
    Str,
    StrList,
    Int,
    IntList,
    Bool,
    /// A length of time in seconds (an int).
    Duration,
    /// `sym.sdk.user.User`
    User,
    /// `list[sym.sdk.user.User]`
    UserList,
    /// `sym.sdk.target.AccessTarget` (the `target` field of a strategy flow)
    AccessTarget,
}

impl FieldValueType {
    /// The type as a Python annotation would spell it.
    pub fn python(self) -> &'static str {
        match self {
            FieldValueType::Str => "str",
            FieldValueType::StrList => "list[str]",
            FieldValueType::Int => "int",
            FieldValueType::IntList => "list[int]",
            FieldValueType::Bool => "bool",
            FieldValueType::Duration => "int",
            FieldValueType::User => "User",
            FieldValueType::UserList => "list[User]",
            FieldValueType::AccessTarget => "AccessTarget",
        }
    }
}
