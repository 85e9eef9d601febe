//! The SDK descriptor: our own stubs (Python stub syntax) of the public
//! surface of `sym-sdk` 0.61.0, and of the parts of `requests`, `json` and
//! `datetime` that handlers use, embedded in the binary and loaded once into
//! a typed model.
//!
//! The checker, the language server and the runtime all read this one
//! model through [`sdk()`]: look a dotted path up with [`Sdk::resolve`],
//! a module with [`Sdk::module`], a class with [`Sdk::class`] and a member
//! of a class (inherited ones included) with [`Sdk::class_member`].
//!
//! The stub conventions are described in [`load`].

pub mod load;
pub mod model;
mod stubs;

use std::collections::BTreeMap;

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

pub use load::StubError;
pub use model::{
    Attribute, Class, EnumMember, Function, FunctionKind, Item, Module, ParamKind, Parameter, Type,
    Variable,
};

/// The whole descriptor.
#[derive(Debug)]
pub struct Sdk {
    /// Every module, in path order.
    modules: Vec<Module>,
    /// Index into `modules` by dotted path (checks look paths up per node,
    /// so hashing beats an ordered map's string comparisons).
    module_index: FxHashMap<String, usize>,
    /// The public direct submodules of each module (last name part), in
    /// path order.
    submodules: FxHashMap<String, Vec<String>>,
    errors: Vec<StubError>,
    /// Every class by its defining path: (module index, item index).
    classes: FxHashMap<String, (usize, usize)>,
    /// Every class's ancestors (itself first), as defining paths.
    ancestor_paths: FxHashMap<String, Vec<String>>,
    /// Classes with a base outside the descriptor (see [`Sdk::has_external_base`]).
    open_classes: FxHashSet<String>,
}

/// What a dotted path names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolved<'a> {
    Module(&'a Module),
    Class(&'a Class),
    Function(&'a Function),
    Variable(&'a Variable),
    /// A member of a class (its path is the class's path + the name).
    Member(&'a Class, Member<'a>),
    /// A name the stubs import from outside the descriptor (e.g. `uuid.UUID`).
    External(&'a str),
}

/// A member of a class: attribute, method or enum member.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Member<'a> {
    Attribute(&'a Attribute),
    Method(&'a Function),
    EnumMember(&'a EnumMember),
}

/// The descriptor, loaded on first use.
pub fn sdk() -> &'static Sdk {
    static SDK: OnceLock<Sdk> = OnceLock::new();
    SDK.get_or_init(|| Sdk::from_stubs(stubs::STUBS))
}

/// The functions one module of the descriptor defines, read from that
/// module's stub alone (no other module is loaded). For callers that need
/// one module's signatures when a short process starts (the runtime binds
/// integration calls through them); lookups across modules need [`sdk`].
pub fn module_functions(path: &str) -> Vec<Function> {
    let Some(stub) = stubs::STUBS.iter().find(|(module, _)| *module == path) else {
        return Vec::new();
    };
    let alone = Sdk::from_stubs(std::slice::from_ref(stub));
    let Some(module) = alone.module(path) else {
        return Vec::new();
    };
    module
        .items
        .iter()
        .filter_map(|(_, item)| match item {
            Item::Function(f) => Some(f.clone()),
            _ => None,
        })
        .collect()
}

/// How many re-exports a lookup follows before giving up (a cycle guard).
const MAX_HOPS: usize = 16;

impl Sdk {
    fn from_stubs(stubs: &[(&str, &str)]) -> Self {
        let loaded = load::load(stubs);
        let mut modules: BTreeMap<String, Module> = loaded
            .modules
            .into_iter()
            .map(|module| (module.path.clone(), module))
            .collect();
        // `from x import *`: every public name of x, later ones winning.
        for (into, from) in loaded.stars {
            let names: Vec<String> = modules
                .get(&from)
                .map(|m| {
                    m.items
                        .iter()
                        .map(|(name, _)| name.clone())
                        .filter(|name| !name.starts_with('_'))
                        .collect()
                })
                .unwrap_or_default();
            if let Some(module) = modules.get_mut(&into) {
                for name in names {
                    let target = Item::Reexport(format!("{from}.{name}"));
                    if let Some(slot) = module.items.iter_mut().find(|(n, _)| *n == name) {
                        slot.1 = target;
                    } else {
                        module.items.push((name, target));
                    }
                }
            }
        }
        let modules: Vec<Module> = modules.into_values().collect();
        let mut module_index = FxHashMap::default();
        let mut submodules: FxHashMap<String, Vec<String>> = FxHashMap::default();
        let mut classes = FxHashMap::default();
        for (module_at, module) in modules.iter().enumerate() {
            module_index.insert(module.path.clone(), module_at);
            if let Some((parent, name)) = module.path.rsplit_once('.')
                && !name.starts_with('_')
            {
                submodules
                    .entry(parent.to_string())
                    .or_default()
                    .push(name.to_string());
            }
            for (index, (_, item)) in module.items.iter().enumerate() {
                if let Item::Class(class) = item {
                    classes.insert(class.path.clone(), (module_at, index));
                }
            }
        }
        let mut sdk = Sdk {
            modules,
            module_index,
            submodules,
            errors: loaded.errors,
            classes,
            ancestor_paths: FxHashMap::default(),
            open_classes: Default::default(),
        };
        let paths: Vec<String> = sdk.classes.keys().cloned().collect();
        let ancestor_paths = paths
            .into_iter()
            .map(|path| {
                let chain = sdk
                    .compute_ancestors(&path)
                    .iter()
                    .map(|class| class.path.clone())
                    .collect();
                (path, chain)
            })
            .collect();
        sdk.ancestor_paths = ancestor_paths;
        let open = sdk
            .classes
            .keys()
            .filter(|path| sdk.compute_has_external_base(path))
            .cloned()
            .collect();
        sdk.open_classes = open;
        sdk
    }

    /// A class by its defining path, without following re-exports.
    fn defined_class(&self, path: &str) -> Option<&Class> {
        let (module, index) = self.classes.get(path)?;
        match self.modules.get(*module)?.items.get(*index) {
            Some((_, Item::Class(class))) => Some(class),
            _ => None,
        }
    }

    /// Problems found while loading the stubs (empty unless a stub is wrong).
    pub fn load_errors(&self) -> &[StubError] {
        &self.errors
    }

    /// Every module, by dotted path, in path order.
    pub fn modules(&self) -> impl Iterator<Item = &Module> {
        self.modules.iter()
    }

    /// The module with this exact dotted path.
    pub fn module(&self, path: &str) -> Option<&Module> {
        self.modules.get(*self.module_index.get(path)?)
    }

    /// The direct submodules of a module (their last name part).
    pub fn submodules<'a>(&'a self, path: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.submodules
            .get(path)
            .into_iter()
            .flatten()
            .map(String::as_str)
    }

    /// Whether `from path import name` works: an item or a submodule.
    pub fn module_has(&self, path: &str, name: &str) -> bool {
        if name.starts_with('_') {
            return false;
        }
        if self.module(path).is_some_and(|m| m.item(name).is_some()) {
            return true;
        }
        self.submodules(path).any(|sub| sub == name)
    }

    /// Every name `from path import NAME` accepts: items and submodules.
    pub fn module_names<'a>(&'a self, path: &'a str) -> Vec<&'a str> {
        let mut names: Vec<&str> = self
            .module(path)
            .map(|m| {
                m.items
                    .iter()
                    .map(|(name, _)| name.as_str())
                    .filter(|name| !name.starts_with('_'))
                    .collect()
            })
            .unwrap_or_default();
        for sub in self.submodules(path) {
            if !names.contains(&sub) {
                names.push(sub);
            }
        }
        names
    }

    /// What a dotted path names, following re-exports: a module, a name in
    /// a module, or a member of a class.
    pub fn resolve(&self, path: &str) -> Option<Resolved<'_>> {
        self.resolve_hops(path, 0)
    }

    fn resolve_hops(&self, path: &str, hops: usize) -> Option<Resolved<'_>> {
        if hops > MAX_HOPS {
            return None;
        }
        if let Some(module) = self.module(path) {
            return Some(Resolved::Module(module));
        }
        let (parent, name) = path.rsplit_once('.')?;
        match self.resolve_hops(parent, hops + 1)? {
            Resolved::Module(module) => match module.item(name) {
                Some(Item::Class(class)) => Some(Resolved::Class(class)),
                Some(Item::Function(function)) => Some(Resolved::Function(function)),
                Some(Item::Variable(variable)) => Some(Resolved::Variable(variable)),
                Some(Item::Reexport(target)) => self
                    .resolve_hops(target, hops + 1)
                    .or(Some(Resolved::External(target))),
                None => None,
            },
            Resolved::Class(class) => self
                .class_member(&class.path, name)
                .map(|member| Resolved::Member(class, member)),
            _ => None,
        }
    }

    /// The class a dotted path names (following re-exports).
    pub fn class(&self, path: &str) -> Option<&Class> {
        if let Some(class) = self.defined_class(path) {
            return Some(class);
        }
        match self.resolve(path)? {
            Resolved::Class(class) => Some(class),
            _ => None,
        }
    }

    /// The function a dotted path names (following re-exports).
    pub fn function(&self, path: &str) -> Option<&Function> {
        match self.resolve(path)? {
            Resolved::Function(function) => Some(function),
            Resolved::Member(_, Member::Method(function)) => Some(function),
            _ => None,
        }
    }

    /// The class and its bases, nearest first (each once; bases outside the
    /// descriptor are skipped).
    pub fn ancestors(&self, class_path: &str) -> Vec<&Class> {
        let canonical = match self.class(class_path) {
            Some(class) => class.path.as_str(),
            None => return Vec::new(),
        };
        match self.precomputed_ancestors(canonical) {
            Some(chain) => chain.collect(),
            None => self.compute_ancestors(class_path),
        }
    }

    /// The ancestors of a class by its defining path (itself first), from
    /// the chains computed at load; `None` for a path without one.
    fn precomputed_ancestors<'s>(
        &'s self,
        defining_path: &str,
    ) -> Option<impl Iterator<Item = &'s Class> + 's> {
        let chain = self.ancestor_paths.get(defining_path)?;
        Some(chain.iter().filter_map(|path| self.defined_class(path)))
    }

    fn compute_ancestors(&self, class_path: &str) -> Vec<&Class> {
        let mut out: Vec<&Class> = Vec::new();
        let mut stack = vec![class_path.to_string()];
        while let Some(path) = stack.pop() {
            if out.len() > 64 {
                break;
            }
            if let Some(class) = self.class(&path) {
                if out.iter().any(|c| c.path == class.path) {
                    continue;
                }
                out.push(class);
                for base in class.bases.iter().rev() {
                    stack.push(base.clone());
                }
            }
        }
        out
    }

    /// Whether any base of the class lies outside the descriptor (other than
    /// plain `object`): such a class may have members the stubs do not list.
    pub fn has_external_base(&self, class_path: &str) -> bool {
        match self.class(class_path) {
            Some(class) => self.open_classes.contains(&class.path),
            None => false,
        }
    }

    fn compute_has_external_base(&self, class_path: &str) -> bool {
        self.ancestors(class_path).iter().any(|class| {
            class
                .bases
                .iter()
                .any(|base| self.class(base).is_none() && base != "builtins.object")
        })
    }

    /// A member of a class or of one of its bases.
    pub fn class_member<'s>(&'s self, class_path: &str, name: &str) -> Option<Member<'s>> {
        let find = |class: &'s Class| member_of(class, name);
        match self.precomputed_ancestors(class_path) {
            Some(mut chain) => chain.find_map(find),
            None => self.ancestors(class_path).into_iter().find_map(find),
        }
    }

    /// Every public member name of a class, its bases' included.
    pub fn class_member_names(&self, class_path: &str) -> Vec<&str> {
        let mut names: Vec<&str> = Vec::new();
        for class in self.ancestors(class_path) {
            let own = class
                .members
                .iter()
                .map(|m| m.name.as_str())
                .chain(class.attributes.iter().map(|a| a.name.as_str()))
                .chain(class.methods.iter().map(|m| m.name.as_str()));
            for name in own {
                if !name.starts_with('_') && !names.contains(&name) {
                    names.push(name);
                }
            }
        }
        names
    }

    /// Whether `class_path` is `base_path` or derives from it.
    pub fn is_subclass(&self, class_path: &str, base_path: &str) -> bool {
        let Some(base) = self.class(base_path) else {
            return false;
        };
        let Some(class) = self.class(class_path) else {
            return false;
        };
        // The precomputed chain when there is one (no list is built).
        match self.precomputed_ancestors(&class.path) {
            Some(mut chain) => chain.any(|ancestor| ancestor.path == base.path),
            None => self
                .ancestors(class_path)
                .iter()
                .any(|ancestor| ancestor.path == base.path),
        }
    }

    /// The one-line description of what a dotted path names, for hover.
    pub fn description(&self, path: &str) -> Option<&str> {
        match self.resolve(path)? {
            Resolved::Module(m) => m.doc.as_deref(),
            Resolved::Class(c) => c.doc.as_deref(),
            Resolved::Function(f) => f.doc.as_deref(),
            Resolved::Variable(v) => v.doc.as_deref(),
            Resolved::Member(_, Member::Attribute(a)) => a.doc.as_deref(),
            Resolved::Member(_, Member::Method(f)) => f.doc.as_deref(),
            Resolved::Member(_, Member::EnumMember(e)) => e.doc.as_deref(),
            Resolved::External(_) => None,
        }
    }
}

/// A member defined by the class itself.
fn member_of<'c>(class: &'c Class, name: &str) -> Option<Member<'c>> {
    if let Some(member) = class.member(name) {
        return Some(Member::EnumMember(member));
    }
    if let Some(attribute) = class.attributes.iter().find(|a| a.name == name) {
        return Some(Member::Attribute(attribute));
    }
    class
        .methods
        .iter()
        .find(|m| m.name == name)
        .map(Member::Method)
}

/// The closest candidate to `name` (for "did you mean"), when close enough.
pub fn did_you_mean<'a, I: IntoIterator<Item = &'a str>>(
    name: &str,
    candidates: I,
) -> Option<&'a str> {
    let mut best: Option<(usize, &str)> = None;
    let lower = name.to_lowercase();
    for candidate in candidates {
        if candidate == name {
            continue;
        }
        let distance = levenshtein(&lower, &candidate.to_lowercase());
        let limit = (name.chars().count().max(candidate.chars().count()) / 3).max(1);
        if distance <= limit && best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}

/// Edit distance where swapping two neighbouring letters counts as one edit
/// (optimal string alignment), so `emial` is one edit from `email`.
fn levenshtein(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let width = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * width];
    let at = |i: usize, j: usize| i * width + j;
    for i in 0..=a.len() {
        if let Some(cell) = d.get_mut(at(i, 0)) {
            *cell = i;
        }
    }
    for j in 0..=b.len() {
        if let Some(cell) = d.get_mut(at(0, j)) {
            *cell = j;
        }
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let (ca, cb) = (a.get(i - 1), b.get(j - 1));
            let cost = usize::from(ca != cb);
            let get = |d: &Vec<usize>, i: usize, j: usize| d.get(at(i, j)).copied().unwrap_or(0);
            let mut best = (get(&d, i - 1, j) + 1)
                .min(get(&d, i, j - 1) + 1)
                .min(get(&d, i - 1, j - 1) + cost);
            if i > 1 && j > 1 && ca == b.get(j - 2) && a.get(i - 2) == cb {
                best = best.min(get(&d, i - 2, j - 2) + 1);
            }
            if let Some(cell) = d.get_mut(at(i, j)) {
                *cell = best;
            }
        }
    }
    d.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests;
