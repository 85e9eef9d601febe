//! The restricted subset Sym runs, as data.

/// What a Sym runtime allows: imports, builtins and the RestrictedPython
/// rules. The default is Sym's production runtime (RestrictedPython 9.0).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Profile {
    /// Top-level modules that may be imported (with their submodules).
    pub allowed_modules: Vec<String>,
    /// Names the runtime's builtins provide, sorted (looked up for every
    /// name a file reads that it does not bind).
    builtins: Vec<String>,
}

/// RestrictedPython 9.0's `safe_builtins` and `limited_builtins`, minus the
/// internal `_getattr_` and `__build_class__` (names starting with `_` are
/// refused anyway), plus `print` and `printed`, which RestrictedPython
/// rewrites to its print collector.
pub const RESTRICTED_BUILTINS: &[&str] = &[
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BaseException",
    "BufferError",
    "BytesWarning",
    "DeprecationWarning",
    "EOFError",
    "Ellipsis",
    "EnvironmentError",
    "Exception",
    "False",
    "FloatingPointError",
    "FutureWarning",
    "GeneratorExit",
    "IOError",
    "ImportError",
    "ImportWarning",
    "IndentationError",
    "IndexError",
    "KeyError",
    "KeyboardInterrupt",
    "LookupError",
    "MemoryError",
    "NameError",
    "None",
    "NotImplementedError",
    "OSError",
    "OverflowError",
    "PendingDeprecationWarning",
    "ReferenceError",
    "RuntimeError",
    "RuntimeWarning",
    "StopIteration",
    "SyntaxError",
    "SyntaxWarning",
    "SystemError",
    "SystemExit",
    "TabError",
    "True",
    "TypeError",
    "UnboundLocalError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeError",
    "UnicodeTranslateError",
    "UnicodeWarning",
    "UserWarning",
    "ValueError",
    "Warning",
    "ZeroDivisionError",
    "abs",
    "bool",
    "callable",
    "chr",
    "complex",
    "delattr",
    "divmod",
    "float",
    "hash",
    "hex",
    "id",
    "int",
    "isinstance",
    "issubclass",
    "len",
    "list",
    "oct",
    "ord",
    "pow",
    "range",
    "repr",
    "round",
    "setattr",
    "slice",
    "str",
    "tuple",
    "print",
    "printed",
];

/// The modules Sym's import allowlist accepts.
pub const ALLOWED_MODULES: &[&str] = &["sym.sdk", "requests", "json", "datetime"];

impl Default for Profile {
    fn default() -> Self {
        Self {
            allowed_modules: ALLOWED_MODULES.iter().map(|s| s.to_string()).collect(),
            builtins: {
                let mut names: Vec<String> =
                    RESTRICTED_BUILTINS.iter().map(|s| s.to_string()).collect();
                names.sort();
                names.dedup();
                names
            },
        }
    }
}

impl Profile {
    /// Whether `name` is a builtin of this runtime.
    pub fn is_builtin(&self, name: &str) -> bool {
        self.builtin_position(name).is_ok()
    }

    /// Where `name` is, or would go, in the sorted builtins.
    fn builtin_position(&self, name: &str) -> Result<usize, usize> {
        self.builtins
            .binary_search_by(|builtin| builtin.as_str().cmp(name))
    }

    /// The names the runtime's builtins provide, sorted.
    pub fn builtins(&self) -> &[String] {
        &self.builtins
    }

    /// Adds builtins a laxer runtime provides (from configuration).
    pub fn with_extra_builtins<I: IntoIterator<Item = String>>(mut self, extra: I) -> Self {
        for name in extra {
            if let Err(at) = self.builtin_position(&name) {
                self.builtins.insert(at, name);
            }
        }
        self
    }
}

/// Attributes of frames, tracebacks, code objects, generators and
/// coroutines that lead to interpreter internals: RestrictedPython refuses
/// them when compiling (`RP203`) and its `safer_getattr` refuses them at
/// run time (the interpreter).
pub const INSPECT_ATTRIBUTES: &[&str] = &[
    "tb_frame",
    "tb_next",
    "f_back",
    "f_builtins",
    "f_code",
    "f_generator",
    "f_globals",
    "f_locals",
    "f_trace",
    "co_code",
    "gi_frame",
    "gi_code",
    "gi_yieldfrom",
    "cr_await",
    "cr_frame",
    "cr_code",
    "cr_origin",
    "ag_await",
    "ag_frame",
    "ag_code",
];
