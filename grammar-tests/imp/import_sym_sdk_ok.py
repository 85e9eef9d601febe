import sym.sdk
