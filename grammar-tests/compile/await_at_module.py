# CPython 3.11 compile step: 'await' outside function
result = await fetch()
