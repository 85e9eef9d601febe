//! [`SmallBlockCache`]: the system allocator with a per-thread cache of
//! freed small blocks in front of it, for binaries that run the
//! interpreter (`symc`, the handler benchmarks).
//!
//! Why: a handler makes and drops many small objects in bulk (a list of
//! a thousand dicts, replaced on the next round). glibc keeps only seven
//! freed blocks of a size in its fast per-thread cache; past that, frees
//! and allocations go through its general bins, and a larger request
//! first merges every pending small free block. That cost sorting with a
//! key a fifth of its instructions. Keeping freed blocks per size class
//! here (up to [`BYTES_PER_CLASS`] of them) serves the next allocation of
//! that class from a list, and everything else goes to the system
//! allocator as before. (mimalloc does this too, but doubled a run's peak
//! memory and slowed a short `symc run` down; see `symc.rs`.)
//!
//! A request of up to [`LARGEST`] bytes is rounded up to its size class:
//! 24, 40, 56, ... bytes, the sizes glibc's 16-byte chunks hold exactly,
//! so rounding costs no memory there. Blocks of a class always come from,
//! and go back to, the system allocator with the class's size, so a cached
//! block fits any request of its class. A thread's cached blocks are not
//! given back when the thread ends: at most `BYTES_PER_CLASS` for each of
//! the 31 classes, a bounded amount.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::ptr;

/// Step between size classes, and the alignment every block has.
const GRAIN: usize = 16;
/// The largest request served from the cache (a class size).
pub const LARGEST: usize = 504;
const CLASSES: usize = (LARGEST + 8) / GRAIN - 1;
/// Bytes of freed blocks kept per size class and thread.
pub const BYTES_PER_CLASS: usize = 256 * 1024;
/// How many freed blocks each class keeps.
const KEPT: [u32; CLASSES] = {
    let mut kept = [0; CLASSES];
    let mut class = 0;
    while class < CLASSES {
        kept[class] = (BYTES_PER_CLASS / class_size(class)) as u32;
        class += 1;
    }
    kept
};

/// A freed block's first word points at the next freed block of its class.
struct FreeList {
    head: Cell<*mut u8>,
    len: Cell<u32>,
}

#[allow(clippy::declare_interior_mutable_const)]
const EMPTY: FreeList = FreeList {
    head: Cell::new(ptr::null_mut()),
    len: Cell::new(0),
};

thread_local! {
    // Const-initialised and without drop glue: reading it never allocates
    // and never fails, which an allocator needs.
    static FREE: [FreeList; CLASSES] = const { [EMPTY; CLASSES] };
}

/// The global allocator for interpreter binaries (see the module docs):
/// `#[global_allocator] static A: SmallBlockCache = SmallBlockCache;`.
pub struct SmallBlockCache;

/// The size class of a request the cache serves, or None.
#[inline(always)]
fn class_of(layout: Layout) -> Option<usize> {
    if layout.size() <= LARGEST && layout.align() <= GRAIN {
        // 1..=24 bytes: class 0; 25..=40: class 1; and so on.
        Some((layout.size().max(24) + 7) / GRAIN - 1)
    } else {
        None
    }
}

/// The size of every block of `class`: 24, 40, 56, ...
const fn class_size(class: usize) -> usize {
    (class + 1) * GRAIN + 8
}

/// The layout every block of `class` is made and freed with.
#[inline(always)]
fn class_layout(class: usize) -> Layout {
    // SAFETY: the size is non-zero and small, and the alignment a power
    // of two, so the layout is valid.
    unsafe { Layout::from_size_align_unchecked(class_size(class), GRAIN) }
}

unsafe impl GlobalAlloc for SmallBlockCache {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(class) = class_of(layout) else {
            // SAFETY: the caller's layout goes through unchanged.
            return unsafe { System.alloc(layout) };
        };
        let cached = FREE.with(|lists| {
            let list = lists.get(class)?;
            let head = list.head.get();
            if head.is_null() {
                return None;
            }
            // SAFETY: a listed block is a freed block of this class whose
            // first word (it is at least 16 bytes, 16-aligned) holds the
            // next one.
            list.head.set(unsafe { head.cast::<*mut u8>().read() });
            list.len.set(list.len.get() - 1);
            Some(head)
        });
        match cached {
            Some(block) => block,
            // SAFETY: a valid, non-zero-sized layout.
            None => unsafe { System.alloc(class_layout(class)) },
        }
    }

    #[inline]
    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        let Some(class) = class_of(layout) else {
            // SAFETY: the block came from `System.alloc(layout)`.
            return unsafe { System.dealloc(block, layout) };
        };
        let kept = FREE.with(|lists| {
            let (Some(list), Some(&keep)) = (lists.get(class), KEPT.get(class)) else {
                return false;
            };
            if list.len.get() >= keep {
                return false;
            }
            // SAFETY: the block is ours again and at least a word long.
            unsafe { block.cast::<*mut u8>().write(list.head.get()) };
            list.head.set(block);
            list.len.set(list.len.get() + 1);
            true
        });
        if !kept {
            // SAFETY: blocks of a class come from the system allocator
            // with the class's layout.
            unsafe { System.dealloc(block, class_layout(class)) };
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if class_of(layout).is_none() {
            // SAFETY: the caller's layout goes through unchanged.
            return unsafe { System.alloc_zeroed(layout) };
        }
        // SAFETY: as for `alloc`; the block has `layout.size()` bytes.
        unsafe {
            let block = self.alloc(layout);
            if !block.is_null() {
                ptr::write_bytes(block, 0, layout.size());
            }
            block
        }
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY (both layouts): `new_size` is non-zero and, rounded up to
        // the alignment, fits an isize, as `realloc`'s contract says.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        match (class_of(layout), class_of(new_layout)) {
            // Both beyond the cache: the system allocator may grow in place.
            // SAFETY: the block came from `System.alloc(layout)`.
            (None, None) => unsafe { System.realloc(block, layout, new_size) },
            // The same class: the block already has room.
            (Some(old), Some(new)) if old == new => block,
            // Another class: the system allocator may grow or shrink the
            // block in place, and hands back a block of the new class.
            // SAFETY: the block came from the system allocator with its
            // class's layout; the result has the new class's layout.
            (Some(old), Some(new)) => unsafe {
                System.realloc(block, class_layout(old), class_layout(new).size())
            },
            _ => {
                // SAFETY: a fresh block of the new size, the old contents
                // (as much as fits) copied over, then the old block freed.
                unsafe {
                    let moved = self.alloc(new_layout);
                    if !moved.is_null() {
                        ptr::copy_nonoverlapping(block, moved, layout.size().min(new_size));
                        self.dealloc(block, layout);
                    }
                    moved
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(size: usize, align: usize) -> Layout {
        Layout::from_size_align(size, align).unwrap_or(Layout::new::<u8>())
    }

    #[test]
    fn a_freed_small_block_serves_the_next_request_of_its_class() {
        let a = SmallBlockCache;
        unsafe {
            let first = a.alloc(layout(40, 8));
            assert!(!first.is_null());
            a.dealloc(first, layout(40, 8));
            // 25..=40 bytes share a class: the freed block comes back.
            let again = a.alloc(layout(25, 16));
            assert_eq!(again, first);
            a.dealloc(again, layout(25, 16));
            let other_class = a.alloc(layout(41, 8));
            assert_ne!(other_class, first);
            a.dealloc(other_class, layout(41, 8));
        }
    }

    #[test]
    fn blocks_are_distinct_writable_and_aligned() {
        let a = SmallBlockCache;
        unsafe {
            let blocks: Vec<*mut u8> = (1..=LARGEST + 64)
                .map(|size| {
                    let block = a.alloc(layout(size, 8));
                    assert_eq!(block as usize % 8, 0);
                    ptr::write_bytes(block, (size % 251) as u8, size);
                    block
                })
                .collect();
            for (i, block) in blocks.iter().enumerate() {
                let size = i + 1;
                let bytes = std::slice::from_raw_parts(*block, size);
                assert!(
                    bytes.iter().all(|b| *b == (size % 251) as u8),
                    "size {size}"
                );
            }
            for (i, block) in blocks.into_iter().enumerate() {
                a.dealloc(block, layout(i + 1, 8));
            }
        }
    }

    #[test]
    fn realloc_keeps_the_contents_across_classes_and_into_the_system_heap() {
        let a = SmallBlockCache;
        unsafe {
            let mut block = a.alloc(layout(10, 1));
            ptr::copy_nonoverlapping(b"0123456789".as_ptr(), block, 10);
            let mut size = 10;
            for new_size in [12, 100, 500, 5000, 70, 3] {
                block = a.realloc(block, layout(size, 1), new_size);
                assert!(!block.is_null());
                let kept = size.min(new_size).min(10);
                assert_eq!(
                    std::slice::from_raw_parts(block, kept),
                    &b"0123456789"[..kept]
                );
                size = new_size;
            }
            a.dealloc(block, layout(size, 1));
        }
    }

    #[test]
    fn zeroed_blocks_are_zero_even_when_reused() {
        let a = SmallBlockCache;
        unsafe {
            let dirty = a.alloc(layout(32, 8));
            ptr::write_bytes(dirty, 0xAB, 32);
            a.dealloc(dirty, layout(32, 8));
            for size in [32, 4096] {
                let block = a.alloc_zeroed(layout(size, 8));
                let bytes = std::slice::from_raw_parts(block, size);
                assert!(bytes.iter().all(|b| *b == 0), "{size} bytes");
                a.dealloc(block, layout(size, 8));
            }
        }
    }

    #[test]
    fn a_full_class_sends_further_frees_to_the_system() {
        let a = SmallBlockCache;
        let class = class_of(layout(200, 8)).unwrap_or(0);
        // 200 bytes is a class size; the class keeps 1,310 blocks.
        assert_eq!((class_size(class), KEPT[class]), (200, 1310));
        unsafe {
            let blocks: Vec<*mut u8> = (0..1400).map(|_| a.alloc(layout(200, 8))).collect();
            for block in &blocks {
                a.dealloc(*block, layout(200, 8));
            }
            let kept = FREE.with(|lists| lists.get(class).map(|l| l.len.get()));
            assert_eq!(kept, Some(1310));
        }
    }

    #[test]
    fn the_classes_are_glibc_chunk_sizes_up_to_the_largest() {
        let sizes: Vec<usize> = [1, 24, 25, 40, 41, 488, 489, LARGEST]
            .iter()
            .filter_map(|n| class_of(layout(*n, 1)).map(class_size))
            .collect();
        assert_eq!(sizes, [24, 24, 40, 40, 56, 488, 504, 504]);
        assert_eq!(class_of(layout(LARGEST + 1, 1)), None);
        assert_eq!(class_of(layout(64, 32)), None);
        assert_eq!(class_size(CLASSES - 1), LARGEST);
    }
}
