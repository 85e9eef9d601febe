//! sym_vm
