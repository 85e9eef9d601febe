# CPython 3.11 compile step: from __future__ imports must occur at the beginning of the file
import json
from __future__ import annotations
