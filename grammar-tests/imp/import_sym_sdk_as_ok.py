import sym.sdk as sdk
