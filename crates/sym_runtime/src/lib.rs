//! sym_runtime
