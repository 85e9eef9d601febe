//! sym_cli
