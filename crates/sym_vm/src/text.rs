//! The text of a `str`: short text is stored inside the value itself, so
//! that most strings a handler makes (keys, numbers, names) cost one
//! allocation (the shared `str` object) rather than two.

use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;

/// Bytes of UTF-8 kept inline.
const INLINE: usize = 22;

/// UTF-8 text, inline up to 22 bytes.
#[derive(Clone)]
pub struct PyText(Repr);

#[derive(Clone)]
enum Repr {
    Inline { len: u8, bytes: [u8; INLINE] },
    Heap(String),
}

impl PyText {
    /// Text of `s`, inline when it fits.
    pub fn copy_of(s: &str) -> PyText {
        match inline(s) {
            Some(repr) => PyText(repr),
            None => PyText(Repr::Heap(s.to_string())),
        }
    }

    /// Text that keeps `s`'s buffer unless it fits inline.
    pub fn from_string(s: String) -> PyText {
        match inline(&s) {
            Some(repr) => PyText(repr),
            None => PyText(Repr::Heap(s)),
        }
    }

    /// `a` followed by `b`.
    pub fn concat(a: &str, b: &str) -> PyText {
        PyText::join([a, b].into_iter(), a.len() + b.len())
    }

    /// The parts one after another; `len` is their total length in bytes.
    pub fn join<'a>(parts: impl Iterator<Item = &'a str>, len: usize) -> PyText {
        if len <= INLINE {
            let mut bytes = [0u8; INLINE];
            let mut at = 0;
            for part in parts {
                if let Some(slot) = bytes.get_mut(at..at + part.len()) {
                    slot.copy_from_slice(part.as_bytes());
                    at += part.len();
                }
            }
            return PyText(Repr::Inline {
                len: at as u8,
                bytes,
            });
        }
        let mut s = String::with_capacity(len);
        for part in parts {
            s.push_str(part);
        }
        PyText(Repr::Heap(s))
    }

    /// Appends `s`, in place while the result fits inline; a heap text
    /// grows its buffer the way `String` does.
    pub fn push_str(&mut self, s: &str) {
        let mut text = TextBuilder(std::mem::replace(&mut self.0, Repr::empty()));
        text.push_str(s);
        self.0 = text.0;
    }

    /// Heap bytes this text holds beyond the value itself.
    pub fn heap_bytes(&self) -> usize {
        match &self.0 {
            Repr::Inline { .. } => 0,
            Repr::Heap(s) => s.capacity(),
        }
    }

    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Inline { len, bytes } => {
                let bytes = bytes.get(..*len as usize).unwrap_or_default();
                // SAFETY: inline bytes are only ever copied whole from a
                // `str` (or two, back to back), so they are valid UTF-8.
                unsafe { std::str::from_utf8_unchecked(bytes) }
            }
            Repr::Heap(s) => s,
        }
    }
}

/// Text built piece by piece, inline while it fits.
pub struct TextBuilder(Repr);

impl TextBuilder {
    /// A builder for about `len` bytes (inline when they fit).
    pub fn with_capacity(len: usize) -> TextBuilder {
        if len <= INLINE {
            TextBuilder(Repr::Inline {
                len: 0,
                bytes: [0u8; INLINE],
            })
        } else {
            TextBuilder(Repr::Heap(String::with_capacity(len)))
        }
    }

    pub fn push_str(&mut self, s: &str) {
        match &mut self.0 {
            Repr::Inline { len, bytes } => {
                let at = *len as usize;
                match bytes.get_mut(at..at + s.len()) {
                    Some(slot) => {
                        slot.copy_from_slice(s.as_bytes());
                        *len += s.len() as u8;
                    }
                    None => {
                        // Longer than promised: move to the heap.
                        let mut heap = String::with_capacity(at + s.len());
                        heap.push_str(
                            PyText(Repr::Inline {
                                len: *len,
                                bytes: *bytes,
                            })
                            .as_str(),
                        );
                        heap.push_str(s);
                        self.0 = Repr::Heap(heap);
                    }
                }
            }
            Repr::Heap(heap) => heap.push_str(s),
        }
    }

    pub fn finish(self) -> PyText {
        PyText(self.0)
    }
}

impl Repr {
    fn empty() -> Repr {
        Repr::Inline {
            len: 0,
            bytes: [0u8; INLINE],
        }
    }
}

fn inline(s: &str) -> Option<Repr> {
    if s.len() > INLINE {
        return None;
    }
    let mut bytes = [0u8; INLINE];
    bytes.get_mut(..s.len())?.copy_from_slice(s.as_bytes());
    Some(Repr::Inline {
        len: s.len() as u8,
        bytes,
    })
}

impl Deref for PyText {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for PyText {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl std::borrow::Borrow<str> for PyText {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for PyText {
    #[inline]
    fn eq(&self, other: &PyText) -> bool {
        match (&self.0, &other.0) {
            // Unused inline bytes are always zero, so two short texts are
            // equal when their fixed-size arrays are (no `memcmp` call).
            (
                Repr::Inline { len, bytes },
                Repr::Inline {
                    len: other_len,
                    bytes: other_bytes,
                },
            ) => len == other_len && bytes == other_bytes,
            _ => self.as_str() == other.as_str(),
        }
    }
}

impl Eq for PyText {}

impl PartialEq<str> for PyText {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for PyText {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialOrd for PyText {
    fn partial_cmp(&self, other: &PyText) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// Python's order of two strs: code point order, which is UTF-8 byte
/// order. Two short texts are first told apart by their first eight bytes
/// as one number (the unused bytes are zero, which orders a prefix first,
/// as it should), without a `memcmp` call.
impl Ord for PyText {
    #[inline]
    fn cmp(&self, other: &PyText) -> std::cmp::Ordering {
        if let (Repr::Inline { bytes: a, .. }, Repr::Inline { bytes: b, .. }) = (&self.0, &other.0)
        {
            let head = |bytes: &[u8; INLINE]| {
                let mut word = [0u8; 8];
                word.copy_from_slice(bytes.get(..8).unwrap_or(&[0; 8]));
                u64::from_be_bytes(word)
            };
            let order = head(a).cmp(&head(b));
            if order != std::cmp::Ordering::Equal {
                return order;
            }
        }
        self.as_bytes().cmp(other.as_bytes())
    }
}

impl Hash for PyText {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state)
    }
}

impl fmt::Display for PyText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl fmt::Debug for PyText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl From<&str> for PyText {
    fn from(s: &str) -> PyText {
        PyText::copy_of(s)
    }
}

impl From<&String> for PyText {
    fn from(s: &String) -> PyText {
        PyText::copy_of(s)
    }
}

impl From<String> for PyText {
    fn from(s: String) -> PyText {
        PyText::from_string(s)
    }
}

impl From<char> for PyText {
    fn from(c: char) -> PyText {
        PyText::copy_of(c.encode_utf8(&mut [0u8; 4]))
    }
}

impl From<Box<str>> for PyText {
    fn from(s: Box<str>) -> PyText {
        PyText::from_string(s.into_string())
    }
}

impl From<std::rc::Rc<str>> for PyText {
    fn from(s: std::rc::Rc<str>) -> PyText {
        PyText::copy_of(&s)
    }
}

impl From<&std::rc::Rc<str>> for PyText {
    fn from(s: &std::rc::Rc<str>) -> PyText {
        PyText::copy_of(s)
    }
}

impl From<std::borrow::Cow<'_, str>> for PyText {
    fn from(s: std::borrow::Cow<'_, str>) -> PyText {
        match s {
            std::borrow::Cow::Borrowed(b) => PyText::copy_of(b),
            std::borrow::Cow::Owned(o) => PyText::from_string(o),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_inline_and_long_text_on_the_heap() {
        let short = PyText::copy_of("héllo");
        assert_eq!(short.heap_bytes(), 0);
        assert_eq!(&*short, "héllo");
        let exactly = PyText::from_string("x".repeat(INLINE));
        assert_eq!(exactly.heap_bytes(), 0);
        let long = PyText::from_string("y".repeat(INLINE + 1));
        assert!(long.heap_bytes() > INLINE);
        assert_eq!(long.len(), INLINE + 1);
    }

    #[test]
    fn concatenation_keeps_both_parts_inline_or_not() {
        assert_eq!(&*PyText::concat("ab", "é"), "abé");
        assert_eq!(PyText::concat("ab", "é").heap_bytes(), 0);
        let joined = PyText::concat(&"a".repeat(20), "bcd");
        assert_eq!(joined.len(), 23);
        assert!(joined.heap_bytes() >= 23);
        assert_eq!(&*PyText::concat("", ""), "");
        assert_eq!(&*PyText::join(["a", "", "bc"].into_iter(), 3), "abc");
    }

    #[test]
    fn equal_texts_are_equal_however_they_were_built() {
        let mut built = TextBuilder::with_capacity(30);
        built.push_str("key");
        let on_heap = built.finish();
        assert!(on_heap.heap_bytes() > 0);
        let mut appended = PyText::copy_of("ke");
        appended.push_str("y");
        for text in [on_heap, appended, PyText::concat("k", "ey")] {
            assert!(text == PyText::copy_of("key"));
            assert!(text != PyText::copy_of("kez"));
            assert!(text != PyText::copy_of("ke"));
        }
    }

    #[test]
    fn texts_order_by_code_point_with_prefixes_first() {
        use std::cmp::Ordering::*;
        let long = "x".repeat(30);
        let cases = [
            ("a", "b", Less),
            ("a", "a\u{0}", Less),
            ("a\u{0}", "a", Greater),
            ("user12", "user120", Less),
            ("user9", "user10", Greater),
            ("abcdefgh1", "abcdefgh2", Less),
            ("same", "same", Equal),
            ("", "a", Less),
            ("é", "z", Greater),
            ("zzzzzzzz", &long, Greater),
            (&long, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxy", Less),
        ];
        for (a, b, order) in cases {
            assert_eq!(
                PyText::copy_of(a).cmp(&PyText::copy_of(b)),
                order,
                "{a:?} {b:?}"
            );
            assert_eq!(a.cmp(b), order, "{a:?} {b:?}");
        }
    }

    #[test]
    fn appending_in_place_moves_to_the_heap_when_it_no_longer_fits() {
        let mut text = PyText::copy_of("");
        for _ in 0..INLINE {
            text.push_str("x");
        }
        assert_eq!((text.len(), text.heap_bytes()), (INLINE, 0));
        text.push_str("é");
        assert_eq!(&*text, format!("{}é", "x".repeat(INLINE)));
        assert!(text.heap_bytes() >= INLINE + 2);
    }

    #[test]
    fn a_builder_spills_to_the_heap_when_it_outgrows_its_promise() {
        let mut short = TextBuilder::with_capacity(4);
        short.push_str("ab");
        short.push_str("cd");
        let short = short.finish();
        assert_eq!((&*short, short.heap_bytes()), ("abcd", 0));
        let mut grown = TextBuilder::with_capacity(2);
        grown.push_str("x");
        grown.push_str(&"y".repeat(30));
        let grown = grown.finish();
        assert_eq!(grown.len(), 31);
        assert!(grown.as_str().starts_with("xy"));
    }
}
