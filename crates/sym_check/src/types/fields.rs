//! What `event.payload.fields` holds, from the Terraform flows running a file.
//!
//! Without flows the engine types `event.payload.fields` as the SDK
//! declares it (`Dict[str, Any]`): every value unknown. With them, it is
//! [`Ty::PromptFields`] and a read of a declared field, `fields["f"]` or
//! `fields.get("f")`, has the field's type: `int` and `duration` an int,
//! `bool` a bool, `string` a str, `str_list` / `int_list` lists,
//! `slack_user` a `User`, `slack_user_list` a list of `User`, and `target`
//! (in a flow with a strategy) an `AccessTarget`.
//!
//! Several flows may run one file. Flows that lack a field are left out
//! of its type (reading it there is `TF102`'s business, and `.get` of a key
//! only some flows have is how shared files are written). Flows that
//! declare it must agree on its kind: the same Python type, or numbers
//! (`int`/`duration` and `bool`), or lists; their types are then joined,
//! otherwise the field is unknown. A flow whose field list cannot be read
//! completely, or whose field has no known type, makes the field unknown.

use std::collections::BTreeMap;
use std::sync::Arc;

use sym_terraform::{FieldValueType, Flow};

use super::Ty;

/// The prompt fields of the flows running one file, by name.
///
/// The summary is plain data (comparable and hashable) so that it can be a
/// salsa input of the file ([`crate::db::SourceFile::prompt_fields`]): the
/// checks re-run when the flows' fields change, and only then.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct PromptFields {
    fields: BTreeMap<String, PromptFieldType>,
}

/// What one field is, across the flows that declare it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PromptFieldType {
    /// The value's type when the field is there (may be [`Ty::Unknown`]).
    pub ty: Ty,
    /// Whether every flow declaring it requires it: then `.get` cannot give
    /// `None` (or its default).
    pub required: bool,
}

impl PromptFields {
    /// The fields of `flows` (see the module documentation for how several
    /// flows combine).
    pub fn from_flows(flows: &[&Flow]) -> PromptFields {
        let mut names: Vec<&str> = Vec::new();
        for flow in flows {
            for name in flow.field_names() {
                if !names.contains(&name) {
                    names.push(name);
                }
            }
        }
        let mut fields = BTreeMap::new();
        for name in names {
            if let Some(field) = field_across(flows, name) {
                fields.insert(name.to_string(), field);
            }
        }
        PromptFields { fields }
    }

    /// Builds the summary from explicit entries (for tests and callers that
    /// know the fields without Terraform).
    pub fn from_entries(entries: impl IntoIterator<Item = (String, PromptFieldType)>) -> Self {
        PromptFields {
            fields: entries.into_iter().collect(),
        }
    }

    /// The field with this name, if a flow declares it.
    pub fn get(&self, name: &str) -> Option<&PromptFieldType> {
        self.fields.get(name)
    }

    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }

    /// The same fields without `names` (whose values the file overwrites).
    pub(crate) fn without(&self, names: &[String]) -> PromptFields {
        let mut fields = self.fields.clone();
        for name in names {
            fields.remove(name);
        }
        PromptFields { fields }
    }
}

/// The type of a field value as the SDK hands it to a handler.
pub fn value_type(value: FieldValueType) -> Ty {
    let user = || Ty::Instance("sym.sdk.user.User");
    match value {
        FieldValueType::Str => Ty::Str,
        FieldValueType::StrList => Ty::List(Arc::new(Ty::Str)),
        FieldValueType::Int | FieldValueType::Duration => Ty::Int,
        FieldValueType::IntList => Ty::List(Arc::new(Ty::Int)),
        FieldValueType::Bool => Ty::Bool,
        FieldValueType::User => user(),
        FieldValueType::UserList => Ty::List(Arc::new(user())),
        FieldValueType::AccessTarget => Ty::Instance("sym.sdk.target.AccessTarget"),
    }
}

/// The kinds whose types may be joined when flows disagree.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Number,
    Str,
    List,
    Instance,
}

fn kind(ty: &Ty) -> Option<Kind> {
    match ty {
        Ty::Int | Ty::Bool => Some(Kind::Number),
        Ty::Str => Some(Kind::Str),
        Ty::List(_) => Some(Kind::List),
        Ty::Instance(_) => Some(Kind::Instance),
        _ => None,
    }
}

/// One field across the flows; `None` when no flow declares it.
fn field_across(flows: &[&Flow], name: &str) -> Option<PromptFieldType> {
    let mut ty: Option<Ty> = None;
    let mut required = true;
    let mut unknown = false;
    for flow in flows {
        match flow.declares_field(name) {
            Some(true) => {}
            // The flow lacks it: its reads there are TF102's.
            Some(false) => continue,
            // The flow's list is open: it may have the field, of any type.
            None => {
                unknown = true;
                continue;
            }
        }
        let Some(value) = flow.field_value_type(name) else {
            unknown = true;
            continue;
        };
        if let Some(field) = flow.prompt_field(name) {
            required &= field.required;
        }
        let this = value_type(value);
        ty = Some(match ty {
            None => this,
            Some(previous) if previous == this => previous,
            Some(previous) => {
                let same_kind = previous
                    .members()
                    .iter()
                    .all(|member| kind(member).is_some() && kind(member) == kind(&this));
                if !same_kind {
                    unknown = true;
                }
                previous.join(this)
            }
        });
    }
    match ty {
        Some(ty) if !unknown => Some(PromptFieldType { ty, required }),
        // Declared, but of a type not known in some flow.
        _ if unknown => Some(PromptFieldType {
            ty: Ty::Unknown,
            required,
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;
    use sym_syntax::TextRange;
    use sym_terraform::{FieldType, Implementation, Location, PromptField, Strategy, Vars};

    fn location() -> Location {
        Location {
            file: PathBuf::from("flow.tf"),
            range: TextRange::default(),
        }
    }

    fn field(name: &str, field_type: Option<FieldType>, required: bool) -> PromptField {
        PromptField {
            name: name.to_string(),
            label: None,
            field_type,
            required,
            allowed_values: None,
            default: None,
            prefetch: false,
            visible: true,
            location: location(),
            name_location: location(),
            prefetch_location: None,
        }
    }

    fn flow(name: &str, fields: Vec<PromptField>, strategy: bool) -> Flow {
        Flow {
            name: Some(name.to_string()),
            label: None,
            resource_name: name.to_string(),
            module_path: Vec::new(),
            implementation: Implementation::File(PathBuf::from("impl.py")),
            vars: Vars::default(),
            strategy: strategy.then(|| Strategy {
                resource_name: None,
                strategy_type: Some("okta".into()),
                targets: Vec::new(),
                targets_open: None,
            }),
            prompt_fields: fields,
            prompt_fields_open: None,
            location: location(),
        }
    }

    #[test]
    fn every_field_type_has_its_python_type() {
        let f = flow(
            "a",
            vec![
                field("reason", Some(FieldType::String), true),
                field("tags", Some(FieldType::StrList), true),
                field("count", Some(FieldType::Int), true),
                field("sizes", Some(FieldType::IntList), true),
                field("urgent", Some(FieldType::Bool), true),
                field("hours", Some(FieldType::Duration), true),
                field("approver", Some(FieldType::SlackUser), false),
                field("reviewers", Some(FieldType::SlackUserList), true),
                field("mystery", None, true),
            ],
            true,
        );
        let fields = PromptFields::from_flows(&[&f]);
        let ty = |name: &str| fields.get(name).map(|field| field.ty.clone());
        let user = Ty::Instance("sym.sdk.user.User");
        assert_eq!(ty("reason"), Some(Ty::Str));
        assert_eq!(ty("tags"), Some(Ty::List(Arc::new(Ty::Str))));
        assert_eq!(ty("count"), Some(Ty::Int));
        assert_eq!(ty("sizes"), Some(Ty::List(Arc::new(Ty::Int))));
        assert_eq!(ty("urgent"), Some(Ty::Bool));
        assert_eq!(ty("hours"), Some(Ty::Int));
        assert_eq!(ty("approver"), Some(user.clone()));
        assert_eq!(ty("reviewers"), Some(Ty::List(Arc::new(user))));
        assert_eq!(
            ty("target"),
            Some(Ty::Instance("sym.sdk.target.AccessTarget"))
        );
        assert_eq!(ty("mystery"), Some(Ty::Unknown));
        assert_eq!(ty("nope"), None);
        assert_eq!(fields.get("approver").map(|f| f.required), Some(false));
        assert_eq!(fields.get("target").map(|f| f.required), Some(true));
    }

    #[test]
    fn flows_join_within_a_kind_and_give_up_across_kinds() {
        let a = flow(
            "a",
            vec![
                field("n", Some(FieldType::Int), true),
                field("list", Some(FieldType::StrList), true),
                field("mixed", Some(FieldType::String), true),
                field("only_a", Some(FieldType::Int), true),
                field("same", Some(FieldType::Duration), true),
            ],
            false,
        );
        let b = flow(
            "b",
            vec![
                field("n", Some(FieldType::Bool), false),
                field("list", Some(FieldType::IntList), true),
                field("mixed", Some(FieldType::Int), true),
                field("same", Some(FieldType::Int), true),
            ],
            false,
        );
        let fields = PromptFields::from_flows(&[&a, &b]);
        let ty = |name: &str| fields.get(name).map(|field| field.ty.clone());
        assert_eq!(ty("n"), Some(Ty::Union(vec![Ty::Int, Ty::Bool].into())));
        assert_eq!(fields.get("n").map(|f| f.required), Some(false));
        assert_eq!(
            ty("list"),
            Some(Ty::Union(
                vec![Ty::List(Arc::new(Ty::Str)), Ty::List(Arc::new(Ty::Int))].into()
            ))
        );
        assert_eq!(ty("mixed"), Some(Ty::Unknown));
        assert_eq!(ty("only_a"), Some(Ty::Int));
        assert_eq!(ty("same"), Some(Ty::Int));
        // `target` only where a strategy is: neither flow has one.
        assert_eq!(ty("target"), None);
    }

    #[test]
    fn an_open_field_list_makes_its_fields_unknown() {
        let a = flow("a", vec![field("n", Some(FieldType::Int), true)], false);
        let mut b = flow("b", Vec::new(), false);
        b.prompt_fields_open = Some("a dynamic block".into());
        let fields = PromptFields::from_flows(&[&a, &b]);
        assert_eq!(fields.get("n").map(|f| f.ty.clone()), Some(Ty::Unknown));
    }
}
