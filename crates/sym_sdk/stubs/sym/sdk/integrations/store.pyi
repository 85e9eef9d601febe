"A small key-value store kept by Sym."
from typing import Any

def fetch(path: str) -> Any:
    "The value stored at a path."

def put(path: str, value: Any) -> Any:
    "Stores a value at a path."
