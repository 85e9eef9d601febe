from sym.sdk import _internal
