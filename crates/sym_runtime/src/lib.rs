//! The SDK at run time: events, worlds, effects and host functions, per the
//! run contract (`symc run`).

pub mod input;
pub mod isotime;
pub mod pyjson;
