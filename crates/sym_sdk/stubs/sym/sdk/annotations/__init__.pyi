"Decorators that mark a function as a handler Sym calls."
from typing import Any, Callable, List
from sym.sdk.forms import FieldOption

def reducer(fn: Callable) -> Callable:
    "Marks a get_* function as a reducer: Sym calls it with the event and uses the value it returns."

def hook(fn: Callable) -> Callable:
    "Marks an on_* or after_* function as a hook: Sym calls it before or after a template step."

def prefetch(field_name: str) -> Callable:
    "Marks a function as the prefetch reducer of the prompt field `field_name`; it returns a list of FieldOption."
