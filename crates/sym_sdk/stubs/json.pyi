"JSON encoding and decoding."
from typing import Any

class JSONDecodeError(ValueError):
    "Text that is not valid JSON."
    msg: str
    "What is wrong."
    doc: str
    "The text being parsed."
    pos: int
    "Where parsing stopped."
    lineno: int
    "The line where parsing stopped."
    colno: int
    "The column where parsing stopped."

class JSONEncoder:
    "Turns Python values into JSON text."
    def __init__(self, *, skipkeys: bool = False, ensure_ascii: bool = True, check_circular: bool = True, allow_nan: bool = True, sort_keys: bool = False, indent: Any = None, separators: Any = None, default: Any = None) -> None:
        "Builds an encoder."
    def encode(self, o: Any) -> str:
        "The value as JSON text."
    def default(self, o: Any) -> Any:
        "Converts a value the encoder does not know."

class JSONDecoder:
    "Turns JSON text into Python values."
    def __init__(self, *, object_hook: Any = None, parse_float: Any = None, parse_int: Any = None, parse_constant: Any = None, strict: bool = True, object_pairs_hook: Any = None) -> None:
        "Builds a decoder."
    def decode(self, s: str) -> Any:
        "The value of JSON text."

def dumps(obj: Any, *, skipkeys: bool = False, ensure_ascii: bool = True, check_circular: bool = True, allow_nan: bool = True, cls: Any = None, indent: Any = None, separators: Any = None, default: Any = None, sort_keys: bool = False, **kw: Any) -> str:
    "A value as JSON text."

def loads(s: Any, *, cls: Any = None, object_hook: Any = None, parse_float: Any = None, parse_int: Any = None, parse_constant: Any = None, object_pairs_hook: Any = None, **kw: Any) -> Any:
    "The value of JSON text."

def dump(obj: Any, fp: Any, *, skipkeys: bool = False, ensure_ascii: bool = True, check_circular: bool = True, allow_nan: bool = True, cls: Any = None, indent: Any = None, separators: Any = None, default: Any = None, sort_keys: bool = False, **kw: Any) -> None:
    "Writes a value as JSON to a file."

def load(fp: Any, *, cls: Any = None, object_hook: Any = None, parse_float: Any = None, parse_int: Any = None, parse_constant: Any = None, object_pairs_hook: Any = None, **kw: Any) -> Any:
    "Reads a JSON value from a file."
