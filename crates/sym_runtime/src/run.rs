//! `symc run`: one handler of an impl.py (or a compiled flow) against an
//! event and a world, printed as the run contract's output object.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use sym_syntax::Ranged;
use sym_syntax::ast::{self, Expr, Stmt};
use sym_vm::{Limits, Program, RunError, Value, Vm};

use crate::datetime::DateTimeObj;
use crate::encode::{Out, dumps_indented, encode};
use crate::input::{EventSpec, StartError, World, py_str_repr};
use crate::sdk::{self, State};

/// What `symc run` was asked.
#[derive(Clone, Debug)]
pub struct RunRequest {
    pub impl_path: PathBuf,
    pub handler: String,
    pub event_path: PathBuf,
    pub world_path: Option<PathBuf>,
    pub limits: Limits,
    /// `event.flow.vars` and targets from Terraform (`--tf DIR --flow NAME`),
    /// as JSON to merge under the event's `flow` (the event's own win).
    pub flow_overlay: Option<serde_json::Value>,
}

impl RunRequest {
    pub fn new(
        impl_path: impl Into<PathBuf>,
        handler: &str,
        event_path: impl Into<PathBuf>,
        world_path: Option<PathBuf>,
    ) -> Self {
        RunRequest {
            impl_path: impl_path.into(),
            handler: handler.to_string(),
            event_path: event_path.into(),
            world_path,
            limits: Limits::default(),
            flow_overlay: None,
        }
    }
}

/// What a run printed and how it ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunOutcome {
    pub stdout: String,
    pub stderr: String,
    pub exit_code: i32,
}

/// Runs on a thread with a deep enough stack for the interpreter.
pub fn run(request: &RunRequest) -> RunOutcome {
    let req = request.clone();
    let handle = std::thread::Builder::new()
        .stack_size(64 * 1024 * 1024)
        .spawn(move || run_here(&req));
    match handle.map(|h| h.join()) {
        Ok(Ok(outcome)) => outcome,
        _ => RunOutcome {
            stdout: String::new(),
            stderr: "symc: the run failed unexpectedly\n".into(),
            exit_code: 2,
        },
    }
}

fn start_error(e: StartError) -> RunOutcome {
    RunOutcome {
        stdout: String::new(),
        stderr: format!("symc: {e}\n"),
        exit_code: 2,
    }
}

fn load_json(path: &Path, what: &str) -> Result<serde_json::Value, StartError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| StartError(format!("cannot read {what} {}: {e}", path.display())))?;
    serde_json::from_str(&text)
        .map_err(|e| StartError(format!("cannot read {what} {}: {e}", path.display())))
}

/// The program and, for source files, the names the module body binds.
fn load_program(
    path: &Path,
    bytes: &[u8],
) -> Result<(Program, Option<HashSet<String>>), StartError> {
    if sym_vm::flow::is_compiled_flow(bytes) {
        let program = sym_vm::flow::decode(bytes)
            .map_err(|e| StartError(format!("{}: {}", path.display(), e.0)))?;
        return Ok((program, None));
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|_| StartError(format!("cannot read {}: not UTF-8", path.display())))?;
    match sym_vm::compile(text) {
        Ok(program) => {
            let parsed = sym_syntax::parse(text);
            let mut names = HashSet::new();
            top_level_names(parsed.body(), &mut names);
            Ok((program, Some(names)))
        }
        Err(sym_vm::CompileFailure::Rejected(diags)) => {
            let parsed = sym_syntax::parse(text);
            let lines: Vec<String> = diags
                .iter()
                .map(|d| {
                    let lc = parsed.line_index().line_col(d.range.start());
                    format!(
                        "  {}:{}:{}: {} {}",
                        path.display(),
                        lc.line,
                        lc.column,
                        d.code,
                        d.message
                    )
                })
                .collect();
            Err(StartError(format!(
                "{} is not accepted:\n{}",
                path.display(),
                lines.join("\n")
            )))
        }
        Err(sym_vm::CompileFailure::Unsupported(e)) => {
            let parsed = sym_syntax::parse(text);
            let lc = parsed.line_index().line_col(e.range.start());
            Err(StartError(format!(
                "{}:{}:{}: {}",
                path.display(),
                lc.line,
                lc.column,
                e.message
            )))
        }
    }
}

fn target_names(e: &Expr, out: &mut HashSet<String>) {
    match e {
        Expr::Name(n) => {
            out.insert(n.id.to_string());
        }
        Expr::Tuple(t) => t.elts.iter().for_each(|x| target_names(x, out)),
        Expr::List(l) => l.elts.iter().for_each(|x| target_names(x, out)),
        Expr::Starred(s) => target_names(&s.value, out),
        Expr::Attribute(a) => target_names(&a.value, out),
        Expr::Subscript(s) => {
            target_names(&s.value, out);
            target_names(&s.slice, out);
        }
        _ => {}
    }
}

/// Names the module body binds outside any function or class (as the
/// oracle decides whether a handler exists before running).
fn top_level_names(body: &[Stmt], out: &mut HashSet<String>) {
    for s in body {
        match s {
            Stmt::FunctionDef(f) => {
                out.insert(f.name.to_string());
            }
            Stmt::ClassDef(c) => {
                out.insert(c.name.to_string());
            }
            Stmt::Assign(a) => a.targets.iter().for_each(|t| target_names(t, out)),
            Stmt::AnnAssign(a) => target_names(&a.target, out),
            Stmt::AugAssign(a) => target_names(&a.target, out),
            Stmt::Import(i) => {
                for alias in &i.names {
                    let name = alias.asname.as_ref().unwrap_or(&alias.name).to_string();
                    out.insert(name.split('.').next().unwrap_or("").to_string());
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    out.insert(alias.asname.as_ref().unwrap_or(&alias.name).to_string());
                }
            }
            Stmt::If(i) => {
                top_level_names(&i.body, out);
                for clause in &i.elif_else_clauses {
                    top_level_names(&clause.body, out);
                }
            }
            Stmt::For(f) => {
                top_level_names(&f.body, out);
                top_level_names(&f.orelse, out);
            }
            Stmt::While(w) => {
                top_level_names(&w.body, out);
                top_level_names(&w.orelse, out);
            }
            Stmt::With(w) => top_level_names(&w.body, out),
            Stmt::Try(t) => {
                top_level_names(&t.body, out);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    top_level_names(&h.body, out);
                }
                top_level_names(&t.orelse, out);
                top_level_names(&t.finalbody, out);
            }
            _ => {}
        }
        let _ = s.range();
    }
}

fn merge_flow(event: &mut serde_json::Value, overlay: &serde_json::Value) {
    let (Some(ev), Some(over)) = (event.as_object_mut(), overlay.as_object()) else {
        return;
    };
    let flow = ev
        .entry("flow")
        .or_insert_with(|| serde_json::Value::Object(Default::default()));
    let Some(flow) = flow.as_object_mut() else {
        return;
    };
    for (k, v) in over {
        match (flow.get_mut(k), v) {
            (Some(serde_json::Value::Object(mine)), serde_json::Value::Object(theirs)) => {
                for (kk, vv) in theirs {
                    mine.entry(kk.clone()).or_insert_with(|| vv.clone());
                }
            }
            (Some(_), _) => {}
            (None, _) => {
                flow.insert(k.clone(), v.clone());
            }
        }
    }
}

/// Runs on the calling thread, which must have a deep stack (64 MiB or
/// more: the interpreter recurses per Python call). Saves the thread that
/// [`run`] starts, for a caller that already runs on such a thread (`symc`).
/// A panic is reported as [`run`] reports it.
pub fn run_on_this_thread(request: &RunRequest) -> RunOutcome {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_here(request))) {
        Ok(outcome) => outcome,
        Err(_) => RunOutcome {
            stdout: String::new(),
            stderr: "symc: the run failed unexpectedly\n".into(),
            exit_code: 2,
        },
    }
}

fn run_here(req: &RunRequest) -> RunOutcome {
    let bytes = match std::fs::read(&req.impl_path) {
        Ok(b) => b,
        Err(e) => {
            return start_error(StartError(format!(
                "cannot read {}: {e}",
                req.impl_path.display()
            )));
        }
    };
    let world = match &req.world_path {
        Some(p) => match load_json(p, "world").and_then(|w| World::from_json(&w)) {
            Ok(w) => w,
            Err(e) => return start_error(e),
        },
        None => World::empty(),
    };
    let mut raw_event = match load_json(&req.event_path, "event") {
        Ok(e) => e,
        Err(e) => return start_error(e),
    };
    if let Some(overlay) = &req.flow_overlay {
        merge_flow(&mut raw_event, overlay);
    }
    let (program, names) = match load_program(&req.impl_path, &bytes) {
        Ok(p) => p,
        Err(e) => return start_error(e),
    };
    if let Some(names) = &names
        && !names.contains(&req.handler)
    {
        return start_error(StartError(format!(
            "unknown handler {}: {} does not define it",
            py_str_repr(&req.handler),
            req.impl_path.display()
        )));
    }
    let event_spec = match EventSpec::from_json(&raw_event, &world) {
        Ok(e) => e,
        Err(e) => return start_error(e),
    };
    execute(program, world, event_spec, req)
}

fn error_out(e: &RunError) -> Out {
    Out::Obj(vec![
        ("type".into(), Out::str(e.type_name.as_str())),
        ("message".into(), Out::str(e.message.as_str())),
        (
            "line".into(),
            e.line.map(|l| Out::Int(l.to_string())).unwrap_or(Out::Null),
        ),
    ])
}

fn output_lines(text: &str) -> Out {
    if text.is_empty() {
        return Out::Arr(Vec::new());
    }
    let text = text.strip_suffix('\n').unwrap_or(text);
    Out::Arr(text.split('\n').map(Out::str).collect())
}

fn execute(program: Program, world: World, event_spec: EventSpec, req: &RunRequest) -> RunOutcome {
    let now = DateTimeObj::from_iso(&world.now);
    let state = Rc::new(RefCell::new(State {
        world,
        effects: Vec::new(),
        event_name: event_spec.name.clone(),
        validation_error: None,
    }));
    let mut vm = sym_vm::vm_for(program);
    vm.set_limits(req.limits.clone());
    if let Some(value_error) = vm.exception_class("ValueError") {
        state.borrow_mut().validation_error =
            Some(vm.new_exception_class("ValidationError", &value_error));
    }
    let mut modules: HashMap<String, Value> = sdk::build_modules(&mut vm, &state);
    for (name, module) in crate::http::modules(&mut vm, &state) {
        modules.insert(name, module);
    }
    modules.insert("json".into(), crate::jsonmod::module(&mut vm));
    modules.insert("datetime".into(), crate::datetime::module(&mut vm, now));
    let modules = Rc::new(modules);
    vm.set_import_hook(Rc::new(move |_vm: &mut Vm, name: &str| {
        Ok(modules.get(name).cloned())
    }));

    let event = match sdk::event_value(&mut vm, &event_spec) {
        Ok(e) => e,
        Err(_) => return start_error(StartError("the event could not be built".into())),
    };
    let outcome = match vm.run_module() {
        Err(e) => Err(e),
        Ok(()) => {
            let Some(handler) = vm.global(&req.handler).filter(is_callable) else {
                return start_error(StartError(format!(
                    "unknown handler {}: not a function once the module ran",
                    py_str_repr(&req.handler)
                )));
            };
            vm.call_value(&handler, &[event])
        }
    };
    let (outcome_name, result, error) = match outcome {
        Ok(value) => match encode(&mut vm, &value) {
            Ok(out) => ("ok", out, Out::Null),
            Err(_) => ("ok", Out::typed("object"), Out::Null),
        },
        Err(e) => ("error", Out::Null, error_out(&e)),
    };
    let effects = std::mem::take(&mut state.borrow_mut().effects);
    let doc = Out::Obj(vec![
        ("contract".into(), Out::Int("1".into())),
        ("handler".into(), Out::str(req.handler.as_str())),
        ("outcome".into(), Out::str(outcome_name)),
        ("result".into(), result),
        ("effects".into(), Out::Arr(effects)),
        ("output".into(), output_lines(&vm.output)),
        ("error".into(), error),
    ]);
    RunOutcome {
        stdout: format!("{}\n", dumps_indented(&doc)),
        stderr: String::new(),
        exit_code: if outcome_name == "ok" { 0 } else { 1 },
    }
}

fn is_callable(v: &Value) -> bool {
    matches!(
        v,
        Value::Function(_)
            | Value::Builtin(_)
            | Value::BoundMethod(_)
            | Value::Class(_)
            | Value::Host(_)
    )
}
