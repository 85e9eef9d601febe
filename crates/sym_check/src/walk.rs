//! The single walk over a file that asks each enabled rule about each node.

use sym_syntax::ParsedModule;
use sym_syntax::ast::{self, Expr, Stmt};
use sym_syntax::visitor::{self, Visitor};

use crate::rule::{Context, Enclosing, ExprKind, Rule, RuleInfo};
use crate::settings::Settings;
use crate::types::PromptFields;

/// Runs every rule `settings` enables over `parsed`; returns the raw
/// diagnostics (before `# noqa` and sorting).
pub fn run_rules(parsed: &ParsedModule, settings: &Settings) -> Vec<sym_diagnostics::Diagnostic> {
    run_rules_with_fields(parsed, settings, None)
}

/// [`run_rules`] with `event.payload.fields` typed by the prompt fields of
/// the flows running the file.
pub fn run_rules_with_fields(
    parsed: &ParsedModule,
    settings: &Settings,
    prompt_fields: Option<&PromptFields>,
) -> Vec<sym_diagnostics::Diagnostic> {
    run_enabled(parsed, settings, prompt_fields, &enabled_rules(settings))
}

fn run_enabled(
    parsed: &ParsedModule,
    settings: &Settings,
    prompt_fields: Option<&PromptFields>,
    rules: &EnabledRules,
) -> Vec<sym_diagnostics::Diagnostic> {
    let mut walker = Walker {
        stmt_rules: &rules.stmt,
        expr_rules: &rules.expr_by_kind,
        cx: Context::new(parsed, &settings.profile).with_prompt_fields(prompt_fields),
    };
    for rule in &rules.all {
        walker.cx.current = rule.info();
        rule.check_file(&mut walker.cx);
    }
    walker.visit_body(parsed.body());
    for rule in &rules.all {
        walker.cx.current = rule.info();
        rule.check_file_after_walk(&mut walker.cx);
    }
    walker.cx.diagnostics
}

/// The rules a selection enables, and those of them the walk asks about
/// statements and expressions.
struct EnabledRules {
    all: Vec<&'static dyn Rule>,
    stmt: Vec<RuleWithInfo>,
    /// By [`ExprKind`]: the rules interested in that kind.
    expr_by_kind: Vec<Vec<RuleWithInfo>>,
}

/// A rule with its info fetched once, not by a dynamic call per node.
type RuleWithInfo = (&'static dyn Rule, &'static RuleInfo);

/// The selectors a rule set depends on.
type SelectionKey = (Vec<String>, Vec<String>, Vec<String>);

/// [`EnabledRules`] of `settings`, computed once per selection and thread:
/// matching every rule code against the selectors cost more than some
/// whole checks of a small file.
fn enabled_rules(settings: &Settings) -> std::rc::Rc<EnabledRules> {
    use std::cell::RefCell;
    use std::rc::Rc;
    /// Selections remembered per thread (a run uses one or a few).
    const REMEMBERED: usize = 8;
    thread_local! {
        static CACHE: RefCell<Vec<(SelectionKey, Rc<EnabledRules>)>> = const { RefCell::new(Vec::new()) };
    }
    let matches = |key: &SelectionKey| {
        key.0 == settings.select && key.1 == settings.extend_select && key.2 == settings.ignore
    };
    if let Some(found) = CACHE.with_borrow(|cache| {
        cache
            .iter()
            .find(|(key, _)| matches(key))
            .map(|(_, rules)| rules.clone())
    }) {
        return found;
    }
    let all: Vec<&'static dyn Rule> = crate::rules::all()
        .iter()
        .copied()
        .filter(|rule| settings.is_enabled(rule.info().code))
        .collect();
    let stmt = all
        .iter()
        .filter(|r| r.checks_stmts())
        .map(|r| (*r, r.info()))
        .collect();
    let expr_by_kind = ExprKind::EVERY
        .iter()
        .map(|kind| {
            all.iter()
                .filter(|r| r.checks_exprs() && r.expr_kinds().contains(*kind))
                .map(|r| (*r, r.info()))
                .collect()
        })
        .collect();
    let rules = Rc::new(EnabledRules {
        all,
        stmt,
        expr_by_kind,
    });
    CACHE.with_borrow_mut(|cache| {
        if cache.len() >= REMEMBERED {
            cache.remove(0);
        }
        let key = (
            settings.select.clone(),
            settings.extend_select.clone(),
            settings.ignore.clone(),
        );
        cache.push((key, rules.clone()));
    });
    rules
}

struct Walker<'a, 'r> {
    stmt_rules: &'r [RuleWithInfo],
    expr_rules: &'r [Vec<RuleWithInfo>],
    cx: Context<'a>,
}

impl<'a> Visitor<'a> for Walker<'a, '_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        self.enter_node();
        self.visit_stmt_nested(stmt);
        self.cx.nesting -= 1;
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        self.enter_node();
        self.visit_expr_nested(expr);
        self.cx.nesting -= 1;
    }
}

impl<'a> Walker<'a, '_> {
    fn enter_node(&mut self) {
        self.cx.nesting += 1;
        self.cx.max_nesting = self.cx.max_nesting.max(self.cx.nesting);
    }

    fn visit_stmt_nested(&mut self, stmt: &'a Stmt) {
        for &(rule, info) in self.stmt_rules {
            self.cx.current = info;
            rule.check_stmt(stmt, &mut self.cx);
        }
        match stmt {
            Stmt::FunctionDef(function) => {
                for decorator in &function.decorator_list {
                    self.visit_decorator(decorator);
                }
                if let Some(type_params) = &function.type_params {
                    self.visit_type_params(type_params);
                }
                self.visit_parameters(&function.parameters);
                if let Some(returns) = &function.returns {
                    self.visit_annotation(returns);
                }
                self.in_scope(Enclosing::Function(function), |walker| {
                    walker.visit_body(&function.body);
                });
            }
            Stmt::ClassDef(class) => {
                for decorator in &class.decorator_list {
                    self.visit_decorator(decorator);
                }
                if let Some(arguments) = &class.arguments {
                    self.visit_arguments(arguments);
                }
                self.in_scope(Enclosing::Class(class), |walker| {
                    walker.visit_body(&class.body);
                });
            }
            Stmt::For(ast::StmtFor {
                target,
                iter,
                body,
                orelse,
                ..
            }) => {
                self.visit_expr(iter);
                self.visit_expr(target);
                self.cx.loop_depth += 1;
                self.visit_body(body);
                self.cx.loop_depth -= 1;
                self.visit_body(orelse);
            }
            Stmt::While(ast::StmtWhile {
                test, body, orelse, ..
            }) => {
                self.visit_expr(test);
                self.cx.loop_depth += 1;
                self.visit_body(body);
                self.cx.loop_depth -= 1;
                self.visit_body(orelse);
            }
            // As `walk_stmt` does, with each `elif` one level deeper.
            Stmt::If(ast::StmtIf {
                test,
                body,
                elif_else_clauses,
                ..
            }) => {
                self.visit_expr(test);
                self.visit_body(body);
                let outer = self.cx.nesting;
                for clause in elif_else_clauses {
                    if clause.test.is_some() {
                        self.enter_node();
                    }
                    self.visit_elif_else_clause(clause);
                }
                self.cx.nesting = outer;
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr_nested(&mut self, expr: &'a Expr) {
        let interested = self.expr_rules.get(ExprKind::of(expr) as usize);
        for &(rule, info) in interested.into_iter().flatten() {
            self.cx.current = info;
            rule.check_expr(expr, &mut self.cx);
        }
        match expr {
            Expr::Lambda(lambda) => {
                if let Some(parameters) = &lambda.parameters {
                    self.visit_parameters(parameters);
                }
                self.in_scope(Enclosing::Lambda(lambda), |walker| {
                    walker.visit_expr(&lambda.body);
                });
            }
            Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_) => {
                self.in_scope(Enclosing::Comprehension(expr), |walker| {
                    visitor::walk_expr(walker, expr);
                });
            }
            _ => visitor::walk_expr(self, expr),
        }
    }

    fn in_scope(&mut self, scope: Enclosing<'a>, body: impl FnOnce(&mut Self)) {
        let is_comprehension = matches!(scope, Enclosing::Comprehension(_));
        let saved_loops = self.cx.loop_depth;
        if !is_comprehension {
            self.cx.loop_depth = 0;
        }
        self.cx.enclosing.push(scope);
        body(self);
        self.cx.enclosing.pop();
        self.cx.loop_depth = saved_loops;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every rule asked about every expression, whatever its `expr_kinds`.
    fn every_rule_on_every_kind(settings: &Settings) -> EnabledRules {
        let filtered = enabled_rules(settings);
        let expr: Vec<RuleWithInfo> = filtered
            .all
            .iter()
            .filter(|r| r.checks_exprs())
            .map(|r| (*r, r.info()))
            .collect();
        EnabledRules {
            all: filtered.all.clone(),
            stmt: filtered.stmt.clone(),
            expr_by_kind: vec![expr; ExprKind::COUNT],
        }
    }

    fn python_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                python_files(&path, out);
            } else if path.extension().is_some_and(|ext| ext == "py") {
                out.push(path);
            }
        }
    }

    /// The walk's nesting of `parsed`, asking no rule.
    fn walk_nesting(parsed: &ParsedModule) -> u32 {
        let profile = crate::Profile::default();
        let mut walker = Walker {
            stmt_rules: &[],
            expr_rules: &[],
            cx: Context::new(parsed, &profile),
        };
        walker.visit_body(parsed.body());
        walker.cx.max_nesting
    }

    /// Files nesting each construct `depth` levels deep.
    fn deep_files(depth: usize) -> Vec<String> {
        let mut files = Vec::new();
        let repeat = |text: &str| text.repeat(depth);
        files.push(format!("x = {}1", repeat("1 + ")));
        files.push(format!("x = {}", repeat("not ")) + "y");
        files.push(format!("x = {}y{}", repeat("f(k="), repeat(")")));
        files.push(format!("x = {}y{}", repeat("[["), repeat("]]")));
        files.push(format!("x = {}0{}", repeat("{'a': "), repeat("}")));
        files.push(format!("x = a{}", repeat(".b")));
        files.push(format!("x = a{}", repeat("[1:2][0]")));
        files.push(format!("x = {}1", repeat("lambda a=1: ")));
        files.push(format!("x = {}y{}", repeat("[z for z in "), repeat("]")));
        files.push(format!("x = {}y{}", repeat("(1 if "), repeat(" else 2)")));
        files.push(format!("x = f\"{{a:{{b:{{c}}}}}}\"\n{}", "y = 1"));
        let mut ladder = String::from("if a:\n    pass\n");
        for _ in 0..depth {
            ladder.push_str("elif a:\n    pass\n");
        }
        ladder.push_str("else:\n    pass\n");
        files.push(ladder);
        let mut blocks = String::new();
        for level in 0..depth.min(90) {
            let indent = " ".repeat(level);
            let opener = match level % 5 {
                0 => "def f(a: int = 1, *b: str, c: list = [], **d: dict) -> int:",
                1 => "for i in range(3):",
                2 => "with a as b:",
                3 => "try:",
                _ => "while x:",
            };
            blocks.push_str(&format!("{indent}{opener}\n"));
            if level % 5 == 3 {
                blocks.push_str(&format!("{indent} pass\n{indent}except E as e:\n"));
            }
        }
        blocks.push_str(&format!(
            "{}y = f(k=[z for z in q])\n",
            " ".repeat(depth.min(90))
        ));
        files.push(blocks);
        files
    }

    /// RP404's probe runs only past `SAFE_NESTING` levels of the walk: no
    /// file may use more than 58 + 25 frames per level of the walk.
    #[test]
    fn nesting_bound_holds_for_the_depth_probe() {
        use crate::rules::rp::nesting_too_deep::probe_frames;
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../grammar-tests");
        let mut files = Vec::new();
        python_files(&corpus, &mut files);
        let mut texts: Vec<String> = files
            .iter()
            .filter_map(|path| std::fs::read_to_string(path).ok())
            .collect();
        for depth in [1, 5, 20, 36, 37, 38, 60, 120, 300] {
            texts.extend(deep_files(depth));
        }
        let mut deep = 0;
        for text in &texts {
            let parsed = sym_syntax::parse(text);
            let nesting = walk_nesting(&parsed);
            let (too_deep, frames) = probe_frames(parsed.body());
            assert!(
                frames <= 58 + 25 * nesting as usize,
                "{frames} frames at nesting {nesting}:\n{text}"
            );
            if too_deep.is_some() {
                assert!(nesting > crate::rules::rp::nesting_too_deep::SAFE_NESTING);
                deep += 1;
            }
        }
        assert!(deep >= 10, "only {deep} files too deep");
    }

    /// A rule's `expr_kinds` must name every kind it reports on: skipping
    /// the others changes no diagnostic of the grammar-tests corpus.
    #[test]
    fn expr_kinds_skip_only_silent_calls() {
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../grammar-tests");
        let mut files = Vec::new();
        python_files(&corpus, &mut files);
        files.sort();
        assert!(
            files.len() > 500,
            "grammar-tests corpus not found at {corpus:?}"
        );
        let settings = Settings::default();
        let every = every_rule_on_every_kind(&settings);
        let mut diagnostics = 0;
        for path in &files {
            let Ok(text) = std::fs::read_to_string(path) else {
                continue;
            };
            let parsed = sym_syntax::parse(&text);
            let filtered = run_rules(&parsed, &settings);
            let unfiltered = run_enabled(&parsed, &settings, None, &every);
            assert_eq!(filtered, unfiltered, "{}", path.display());
            diagnostics += filtered.len();
        }
        assert!(
            diagnostics > 500,
            "only {diagnostics} diagnostics in the corpus"
        );
    }
}
