# CPython 3.11 compiles this: no compile-step error expected.
"""Reducers."""
from __future__ import annotations


def get(event: dict) -> list:
    return []
