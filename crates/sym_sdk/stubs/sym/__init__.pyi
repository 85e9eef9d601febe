"The namespace package that holds the Sym SDK."
