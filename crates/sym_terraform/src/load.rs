//! Reading a module directory and the local modules it calls.
//!
//! Two phases: first every directory reachable through local `module`
//! sources is read and parsed once; then module instances are built from
//! the root down (a directory called twice is two instances, each with its
//! own variable values), and the flows of every instance are extracted.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use hcl::edit::Span;
use hcl::edit::expr::Expression;
use hcl::edit::structure::{Block, Structure};
use indexmap::IndexMap;
use sym_diagnostics::Diagnostic;
use sym_syntax::{TextRange, TextSize};

use crate::eval::{At, Evaluator, Instance, Src, Value};
use crate::flows::extract_flow;
use crate::hclfile::{TfFile, parse_file, span_range};
use crate::model::{Flow, TerraformProject};
use crate::paths;
use crate::rules::{
    ChildTfvarsIgnored, DuplicateFlowName, ModuleNotFollowed, ModuleNotFound,
    UndeclaredTfvarsVariable, UnreadableFile,
};

/// How deep module calls may nest before we stop following them.
const MAX_MODULE_DEPTH: usize = 16;

/// `module` block arguments that are not inputs of the called module.
const MODULE_META_ARGUMENTS: [&str; 6] = [
    "source",
    "version",
    "providers",
    "count",
    "for_each",
    "depends_on",
];

/// Reads every `*.tf` file of `dir`, its variable files and the local
/// modules it calls, and extracts the `sym_flow` resources.
///
/// Never fails: unreadable files, syntax errors and unexpected shapes are
/// diagnostics of the returned project, and whatever could be read is kept.
pub fn load_module(dir: impl AsRef<Path>) -> TerraformProject {
    let root = paths::normalize(dir.as_ref());
    let mut reader = Reader {
        files: Vec::new(),
        dirs: Vec::new(),
        dir_ids: HashMap::new(),
        diagnostics: Vec::new(),
    };
    let root_id = reader.read_dir(&root);
    let Reader {
        files,
        dirs,
        dir_ids,
        mut diagnostics,
    } = reader;

    let mut flows = Vec::new();
    if let Some(root_id) = root_id {
        let mut linker = Linker {
            root: &root,
            files: &files,
            dirs: &dirs,
            dir_ids: &dir_ids,
            instances: Vec::new(),
            diagnostics: &mut diagnostics,
        };
        linker.instantiate(root_id, Vec::new(), None, &mut Vec::new());
        let instances = std::mem::take(&mut linker.instances);
        let mut evaluator = Evaluator {
            root_dir: &root,
            files: &files,
            instances: &instances,
            diagnostics: &mut diagnostics,
        };
        for (index, instance) in instances.iter().enumerate() {
            for block in &instance.flow_blocks {
                flows.push(extract_flow(&mut evaluator, index, *block));
            }
        }
    }
    report_duplicate_flow_names(&flows, &mut diagnostics);

    let mut seen = HashSet::new();
    diagnostics.retain(|entry| seen.insert(entry.clone()));
    diagnostics.sort_by(|a, b| {
        (&a.0, a.1.range.start(), a.1.code).cmp(&(&b.0, b.1.range.start(), b.1.code))
    });

    TerraformProject {
        root,
        flows,
        diagnostics,
        files: files
            .into_iter()
            .map(|file| (file.path, file.text))
            .collect(),
    }
}

fn report_duplicate_flow_names(flows: &[Flow], diagnostics: &mut Vec<(PathBuf, Diagnostic)>) {
    let mut first: HashMap<&str, &Flow> = HashMap::new();
    for flow in flows {
        let Some(name) = flow.name.as_deref() else {
            continue;
        };
        match first.get(name) {
            Some(earlier) => {
                let mut diagnostic = DuplicateFlowName::INFO.diagnostic(
                    flow.location.range,
                    format!(
                        "flow name `{name}` is already used by {}",
                        earlier.address()
                    ),
                );
                if earlier.location.file == flow.location.file {
                    diagnostic =
                        diagnostic.with_label(earlier.location.range, "first flow with this name");
                }
                diagnostics.push((flow.location.file.clone(), diagnostic));
            }
            None => {
                first.insert(name, flow);
            }
        }
    }
}

/// One variables file of a directory, in Terraform's reading order.
enum VarFile {
    Hcl(usize),
    Json {
        file: usize,
        values: IndexMap<String, Value>,
    },
}

struct DirInfo {
    dir: PathBuf,
    tf_files: Vec<usize>,
    var_files: Vec<VarFile>,
}

struct Reader {
    files: Vec<TfFile>,
    dirs: Vec<DirInfo>,
    dir_ids: HashMap<PathBuf, usize>,
    diagnostics: Vec<(PathBuf, Diagnostic)>,
}

impl Reader {
    fn read_dir(&mut self, dir: &Path) -> Option<usize> {
        if let Some(id) = self.dir_ids.get(dir) {
            return Some(*id);
        }
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(error) => {
                self.diagnostics.push((
                    dir.to_path_buf(),
                    UnreadableFile::INFO.diagnostic(
                        TextRange::default(),
                        format!("cannot read the directory {}: {error}", dir.display()),
                    ),
                ));
                return None;
            }
        };
        let mut names: Vec<String> = entries
            .filter_map(Result::ok)
            .filter(|entry| entry.file_type().is_ok_and(|kind| kind.is_file()))
            .filter_map(|entry| entry.file_name().to_str().map(str::to_string))
            .collect();
        names.sort();

        let id = self.dirs.len();
        self.dir_ids.insert(dir.to_path_buf(), id);
        self.dirs.push(DirInfo {
            dir: dir.to_path_buf(),
            tf_files: Vec::new(),
            var_files: Vec::new(),
        });

        let mut tf_files = Vec::new();
        for name in names.iter().filter(|name| name.ends_with(".tf")) {
            if let Some(file) = self.read_hcl(&dir.join(name)) {
                tf_files.push(file);
            }
        }
        // Terraform's order: terraform.tfvars, terraform.tfvars.json, then
        // *.auto.tfvars(.json) by name; later files override earlier ones.
        let mut var_names: Vec<&String> = Vec::new();
        for fixed in ["terraform.tfvars", "terraform.tfvars.json"] {
            var_names.extend(names.iter().filter(|name| *name == fixed));
        }
        var_names.extend(
            names.iter().filter(|name| {
                name.ends_with(".auto.tfvars") || name.ends_with(".auto.tfvars.json")
            }),
        );
        let mut var_files = Vec::new();
        for name in var_names {
            let path = dir.join(name);
            if name.ends_with(".json") {
                if let Some(var_file) = self.read_json_vars(&path) {
                    var_files.push(var_file);
                }
            } else if let Some(file) = self.read_hcl(&path) {
                var_files.push(VarFile::Hcl(file));
            }
        }

        let calls = self.local_module_sources(&tf_files, dir);
        if let Some(info) = self.dirs.get_mut(id) {
            info.tf_files = tf_files;
            info.var_files = var_files;
        }
        for child in calls {
            self.read_dir(&child);
        }
        Some(id)
    }

    fn read_text(&mut self, path: &Path) -> Option<Arc<str>> {
        match std::fs::read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => Some(Arc::from(text)),
                Err(_) => {
                    self.diagnostics.push((
                        path.to_path_buf(),
                        UnreadableFile::INFO
                            .diagnostic(TextRange::default(), "the file is not valid UTF-8"),
                    ));
                    None
                }
            },
            Err(error) => {
                self.diagnostics.push((
                    path.to_path_buf(),
                    UnreadableFile::INFO.diagnostic(
                        TextRange::default(),
                        format!("cannot read the file: {error}"),
                    ),
                ));
                None
            }
        }
    }

    fn read_hcl(&mut self, path: &Path) -> Option<usize> {
        let text = self.read_text(path)?;
        let file = parse_file(path.to_path_buf(), text, &mut self.diagnostics);
        self.files.push(file);
        Some(self.files.len() - 1)
    }

    fn read_json_vars(&mut self, path: &Path) -> Option<VarFile> {
        let text = self.read_text(path)?;
        let values = match serde_json::from_str::<serde_json::Value>(&text) {
            Ok(serde_json::Value::Object(map)) => map
                .into_iter()
                .map(|(key, value)| (key, json_value(value)))
                .collect(),
            Ok(_) => {
                self.diagnostics.push((
                    path.to_path_buf(),
                    UnreadableFile::INFO.diagnostic(
                        TextRange::default(),
                        "a variables file must hold a JSON object",
                    ),
                ));
                IndexMap::new()
            }
            Err(error) => {
                let offset = line_col_offset(&text, error.line(), error.column());
                self.diagnostics.push((
                    path.to_path_buf(),
                    UnreadableFile::INFO.diagnostic(
                        TextRange::empty(TextSize::new(offset)),
                        format!("invalid JSON: {error}"),
                    ),
                ));
                IndexMap::new()
            }
        };
        self.files.push(TfFile {
            path: path.to_path_buf(),
            text,
            chunks: Vec::new(),
        });
        Some(VarFile::Json {
            file: self.files.len() - 1,
            values,
        })
    }

    /// The directories of the `module` blocks with a local source; other
    /// sources get TF012/TF013 here, once per directory.
    fn local_module_sources(&mut self, tf_files: &[usize], dir: &Path) -> Vec<PathBuf> {
        let mut found = Vec::new();
        let mut diagnostics = Vec::new();
        for &file_index in tf_files {
            let Some(file) = self.files.get(file_index) else {
                continue;
            };
            for chunk in &file.chunks {
                for block in chunk
                    .body
                    .blocks()
                    .filter(|block| block.has_ident("module"))
                {
                    let call = block.labels.first().map_or("?", |label| label.as_str());
                    let Some(source) = block.body.get_attribute("source") else {
                        continue;
                    };
                    let range = span_range(chunk.base, source.value.span());
                    match module_source(&source.value) {
                        ModuleSource::Local(relative) => {
                            let child = paths::join(dir, &relative);
                            if child.is_dir() {
                                found.push(child);
                            } else {
                                diagnostics.push((
                                    file.path.clone(),
                                    ModuleNotFound::INFO.diagnostic(
                                        range,
                                        format!(
                                            "module `{call}`: {} is not a directory",
                                            child.display()
                                        ),
                                    ),
                                ));
                            }
                        }
                        ModuleSource::Remote(source) => diagnostics.push((
                            file.path.clone(),
                            ModuleNotFollowed::INFO.diagnostic(
                                range,
                                format!(
                                    "module `{call}` comes from `{source}`, which is not read; its flows are not checked"
                                ),
                            ),
                        )),
                        ModuleSource::NotLiteral => diagnostics.push((
                            file.path.clone(),
                            ModuleNotFollowed::INFO.diagnostic(
                                range,
                                format!("module `{call}` has a source that is not a literal string; it is not read"),
                            ),
                        )),
                    }
                }
            }
        }
        self.diagnostics.extend(diagnostics);
        found
    }
}

enum ModuleSource {
    Local(String),
    Remote(String),
    NotLiteral,
}

fn module_source(expr: &Expression) -> ModuleSource {
    match expr.as_str() {
        Some(source) if source.starts_with("./") || source.starts_with("../") => {
            ModuleSource::Local(source.to_string())
        }
        Some(source) => ModuleSource::Remote(source.to_string()),
        None => ModuleSource::NotLiteral,
    }
}

fn json_value(value: serde_json::Value) -> Value {
    match value {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(flag) => Value::Bool(flag),
        serde_json::Value::Number(number) => Value::Number(number.to_string()),
        serde_json::Value::String(text) => Value::String(text),
        serde_json::Value::Array(items) => Value::List(items.into_iter().map(json_value).collect()),
        serde_json::Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(key, value)| (key, json_value(value)))
                .collect(),
        ),
    }
}

/// The byte offset of a 1-based line and column (as serde_json reports them).
fn line_col_offset(text: &str, line: usize, column: usize) -> u32 {
    let mut offset = 0;
    for (index, content) in text.split_inclusive('\n').enumerate() {
        if index + 1 == line {
            let in_line: usize = content
                .chars()
                .take(column.saturating_sub(1))
                .map(char::len_utf8)
                .sum();
            offset += in_line;
            break;
        }
        offset += content.len();
    }
    u32::try_from(offset.min(text.len())).unwrap_or(u32::MAX)
}

struct Linker<'a, 'b> {
    root: &'b PathBuf,
    files: &'a [TfFile],
    dirs: &'a [DirInfo],
    dir_ids: &'a HashMap<PathBuf, usize>,
    instances: Vec<Instance<'a>>,
    diagnostics: &'b mut Vec<(PathBuf, Diagnostic)>,
}

impl<'a> Linker<'a, '_> {
    fn evaluator(&mut self) -> Evaluator<'a, '_> {
        Evaluator {
            root_dir: self.root,
            files: self.files,
            instances: &self.instances,
            diagnostics: self.diagnostics,
        }
    }

    /// Builds the instance of `dir_id` called as `module_path`, with the
    /// caller's arguments (`None` for the root, which reads its tfvars).
    fn instantiate(
        &mut self,
        dir_id: usize,
        module_path: Vec<String>,
        inputs: Option<HashMap<String, Value>>,
        stack: &mut Vec<usize>,
    ) {
        let Some(dir) = self.dirs.get(dir_id) else {
            return;
        };
        let files = self.files;
        let mut instance = Instance {
            dir: dir.dir.clone(),
            path_module: paths::relative_to(&dir.dir, self.root),
            module_path: module_path.clone(),
            declared_vars: HashSet::new(),
            variables: HashMap::new(),
            locals: HashMap::new(),
            module_calls: HashSet::new(),
            resources: HashMap::new(),
            flow_blocks: Vec::new(),
        };
        let mut variable_blocks: Vec<(String, Src<'a, Block>)> = Vec::new();
        let mut module_blocks: Vec<(String, Src<'a, Block>)> = Vec::new();
        for &file_index in &dir.tf_files {
            let Some(file) = files.get(file_index) else {
                continue;
            };
            for chunk in &file.chunks {
                let at = At {
                    file: file_index,
                    base: chunk.base,
                };
                for structure in chunk.body.iter() {
                    let Structure::Block(block) = structure else {
                        continue;
                    };
                    let labels: Vec<&str> = block.labels.iter().map(|l| l.as_str()).collect();
                    let src = Src { node: block, at };
                    match (block.ident.as_str(), labels.as_slice()) {
                        ("variable", [name]) => {
                            instance.declared_vars.insert((*name).to_string());
                            variable_blocks.push(((*name).to_string(), src));
                        }
                        ("locals", []) => {
                            for attribute in block.body.attributes() {
                                instance.locals.insert(
                                    attribute.key.as_str().to_string(),
                                    Src {
                                        node: &attribute.value,
                                        at,
                                    },
                                );
                            }
                        }
                        ("module", [name]) => {
                            instance.module_calls.insert((*name).to_string());
                            module_blocks.push(((*name).to_string(), src));
                        }
                        ("resource", [resource_type, name]) => {
                            instance
                                .resources
                                .insert(((*resource_type).to_string(), (*name).to_string()), src);
                            if *resource_type == "sym_flow" {
                                instance.flow_blocks.push(src);
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
        let index = self.instances.len();
        self.instances.push(instance);

        let values = self.variable_values(index, dir, &variable_blocks, inputs);
        if let Some(instance) = self.instances.get_mut(index) {
            instance.variables = values;
        }

        if module_path.len() >= MAX_MODULE_DEPTH {
            return;
        }
        stack.push(dir_id);
        for (call, src) in module_blocks {
            let Some(source) = src.node.body.get_attribute("source") else {
                continue;
            };
            let ModuleSource::Local(relative) = module_source(&source.value) else {
                continue;
            };
            let child_dir = paths::join(&dir.dir, &relative);
            let Some(&child_id) = self.dir_ids.get(&child_dir) else {
                continue;
            };
            if stack.contains(&child_id) {
                let range = span_range(src.at.base, source.value.span());
                let path = self.evaluator().file_path(src.at);
                self.diagnostics.push((
                    path,
                    ModuleNotFound::INFO.diagnostic(
                        range,
                        format!("module `{call}` calls a module that is already being called: the calls form a cycle"),
                    ),
                ));
                continue;
            }
            let mut arguments = HashMap::new();
            let mut evaluator = self.evaluator();
            for attribute in src.node.body.attributes() {
                let key = attribute.key.as_str();
                if MODULE_META_ARGUMENTS.contains(&key) {
                    continue;
                }
                let value = evaluator.eval(index, &attribute.value, src.at);
                arguments.insert(key.to_string(), value);
            }
            let mut child_path = module_path.clone();
            child_path.push(call);
            self.instantiate(child_id, child_path, Some(arguments), stack);
        }
        stack.pop();
    }

    /// Every declared variable's value: default, then tfvars (root) or the
    /// caller's arguments (called module).
    fn variable_values(
        &mut self,
        index: usize,
        dir: &'a DirInfo,
        variable_blocks: &[(String, Src<'a, Block>)],
        inputs: Option<HashMap<String, Value>>,
    ) -> HashMap<String, Value> {
        let mut values = HashMap::new();
        let is_root = inputs.is_none();
        let files = self.files;
        let mut evaluator = self.evaluator();
        for (name, src) in variable_blocks {
            if let Some(default) = src.node.body.get_attribute("default") {
                values.insert(name.clone(), evaluator.eval(index, &default.value, src.at));
            }
        }
        let declared: HashSet<&str> = variable_blocks
            .iter()
            .map(|(name, _)| name.as_str())
            .collect();
        match inputs {
            None => {
                for var_file in &dir.var_files {
                    match var_file {
                        VarFile::Hcl(file_index) => {
                            let Some(file) = files.get(*file_index) else {
                                continue;
                            };
                            for chunk in &file.chunks {
                                let at = At {
                                    file: *file_index,
                                    base: chunk.base,
                                };
                                for attribute in chunk.body.attributes() {
                                    let key = attribute.key.as_str();
                                    if !declared.contains(key) {
                                        let range = span_range(chunk.base, attribute.key.span());
                                        evaluator.report(
                                            at,
                                            UndeclaredTfvarsVariable::INFO.diagnostic(
                                                range,
                                                format!("`{key}` is set here but no variable \"{key}\" is declared; Terraform ignores it"),
                                            ),
                                        );
                                        continue;
                                    }
                                    let value = evaluator.eval(index, &attribute.value, at);
                                    values.insert(key.to_string(), value);
                                }
                            }
                        }
                        VarFile::Json {
                            file,
                            values: file_values,
                        } => {
                            for (key, value) in file_values {
                                if !declared.contains(key.as_str()) {
                                    evaluator.report(
                                        At {
                                            file: *file,
                                            base: 0,
                                        },
                                        UndeclaredTfvarsVariable::INFO.diagnostic(
                                            TextRange::default(),
                                            format!("`{key}` is set here but no variable \"{key}\" is declared; Terraform ignores it"),
                                        ),
                                    );
                                    continue;
                                }
                                values.insert(key.clone(), value.clone());
                            }
                        }
                    }
                }
            }
            Some(inputs) => {
                for var_file in &dir.var_files {
                    let file = match var_file {
                        VarFile::Hcl(file) | VarFile::Json { file, .. } => *file,
                    };
                    evaluator.report(
                        At { file, base: 0 },
                        ChildTfvarsIgnored::INFO.diagnostic(
                            TextRange::default(),
                            "this module is called from another module, and Terraform reads variable files of the root module only: these values are ignored",
                        ),
                    );
                }
                for (key, value) in inputs {
                    values.insert(key, value);
                }
            }
        }
        for (name, _) in variable_blocks {
            values.entry(name.clone()).or_insert_with(|| {
                Value::Unknown(if is_root {
                    format!("var.{name} has no default and is not set in terraform.tfvars or *.auto.tfvars; it is given at apply time")
                } else {
                    format!("var.{name} has no default and the module call does not set it")
                })
            });
        }
        values
    }
}
