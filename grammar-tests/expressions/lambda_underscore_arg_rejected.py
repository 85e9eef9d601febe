f = lambda _hidden: _hidden
