# CPython 3.11 compile step: future feature nonexistent is not defined
from __future__ import nonexistent
