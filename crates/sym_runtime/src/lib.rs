//! The SDK at run time: events, worlds, effects and host functions, per the
//! run contract (`symc run`). [`run::run`] is the whole command in-process.

pub mod bind;
pub mod datetime;
#[rustfmt::skip]
pub mod descriptor;
pub mod encode;
pub mod enums;
pub mod http;
pub mod input;
pub mod integrations;
pub mod isotime;
pub mod jsonmod;
pub mod models;
pub mod pyjson;
pub mod run;
pub mod sdk;
pub mod served;
pub mod util;

pub use run::{RunOutcome, RunRequest, run, run_on_this_thread};
