use crate::declare_rule;
use crate::noqa::{self, NoqaCodes};
use crate::rule::{Context, Rule, RuleInfo};

declare_rule! {
    /// ## What it does
    /// Reports a code in a `# noqa: ...` comment that looks like one of
    /// symlint's (its letters name a symlint family such as `SYN`, `RT` or
    /// `SDK`) but that no rule has: a typo, or a prefix such as `RP`
    /// instead of a full code. Also reports a `# noqa:` that lists nothing.
    /// Codes of other linters (`E501`, `F401`, `D103`, `PLR0913`, ...) are
    /// theirs to check: files often carry them for flake8 or ruff.
    ///
    /// ## Why
    /// Such a comment suppresses nothing, so the diagnostic it was meant to
    /// silence still fails the build, or the comment hides nothing and only
    /// misleads the next reader.
    ///
    /// ## Example
    /// ```python
    /// def get_approvers(event)  # noqa: SYN01
    ///     return None
    /// ```
    ///
    /// ## Instead
    /// Use the full code that `symlint` printed (`symlint rule --all`
    /// lists them), or a bare `# noqa` to suppress everything on the line:
    /// ```python
    /// def get_approvers(event)  # noqa: SYN001
    ///     return None
    /// ```
    pub struct UnknownNoqaCode {
        code: "NQA001",
        name: "unknown-noqa-code",
        severity: Warning,
        summary: "A `# noqa` comment names a code that no rule has",
    }
}

impl Rule for UnknownNoqaCode {
    fn info(&self) -> &'static RuleInfo {
        &Self::INFO
    }

    fn check_file(&self, cx: &mut Context<'_>) {
        for (_, directive) in noqa::directives(cx.parsed) {
            let NoqaCodes::Codes(codes) = &directive.codes else {
                continue;
            };
            if codes.is_empty() {
                cx.report(
                    directive.range,
                    "`# noqa:` lists no codes and suppresses nothing",
                )
                .help = Some(
                    "List the codes to suppress, or write a bare `# noqa` to suppress every \
                     diagnostic on the line"
                        .to_string(),
                );
                continue;
            }
            for listed in codes {
                if crate::rules::info_by_code(&listed.code).is_some()
                    || !is_symlint_family(&listed.code)
                {
                    continue;
                }
                let is_prefix =
                    crate::rules::all_infos().any(|info| info.code.starts_with(&listed.code));
                let diagnostic = if is_prefix {
                    let diagnostic = cx.report(
                        listed.range,
                        format!(
                            "`{}` is a code prefix; `# noqa` takes full codes",
                            listed.code
                        ),
                    );
                    let example = crate::rules::all_infos()
                        .find(|info| info.code.starts_with(&listed.code))
                        .map_or("", |info| info.code);
                    diagnostic.help = Some(format!("Write the full code, e.g. `{example}`"));
                    diagnostic
                } else {
                    cx.report(
                        listed.range,
                        format!("Unknown rule code `{}` in `# noqa`", listed.code),
                    )
                };
                if diagnostic.help.is_none()
                    && let Some(close) = closest_code(&listed.code)
                {
                    diagnostic.help = Some(format!("Did you mean `{close}`?"));
                }
            }
        }
    }
}

/// The letters a code starts with (`SYN` of `SYN001`), upper-cased.
fn family(code: &str) -> String {
    code.chars()
        .take_while(char::is_ascii_alphabetic)
        .map(|letter| letter.to_ascii_uppercase())
        .collect()
}

/// Whether `code` is written as one of ours: its letters are the letters of
/// some rule's code. Another linter's code (`E501`, `F401`) is not.
fn is_symlint_family(code: &str) -> bool {
    let letters = family(code);
    !letters.is_empty() && crate::rules::all_infos().any(|info| family(info.code) == letters)
}

/// The known code nearest to `code` by edit distance, when it is close.
fn closest_code(code: &str) -> Option<&'static str> {
    crate::rules::all_infos()
        .map(|info| (crate::suggest::edit_distance(code, info.code), info.code))
        .filter(|(distance, _)| *distance <= 2)
        .min()
        .map(|(_, code)| code)
}
