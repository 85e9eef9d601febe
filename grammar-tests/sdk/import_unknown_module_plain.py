import sym.sdk.notification
