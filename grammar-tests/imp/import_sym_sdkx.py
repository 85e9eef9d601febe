import sym.sdkx
