//! sym_sdk
