//! Live-value memory accounting: every heap object adds its size when it is
//! made and takes it back when it is dropped. The interpreter compares the
//! total against its limit.

use std::cell::Cell;

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
}

/// Adds `bytes` (negative: frees) to this thread's live total.
#[inline]
pub fn track(bytes: isize) {
    LIVE.with(|l| l.set(l.get().wrapping_add(bytes)));
}

/// Bytes of live values on this thread.
#[inline]
pub fn live() -> isize {
    LIVE.with(|l| l.get())
}
