//! sym_terraform
