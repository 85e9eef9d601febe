# CPython 3.11 compile step: 'return' outside function
from sym.sdk.annotations import reducer


return None
