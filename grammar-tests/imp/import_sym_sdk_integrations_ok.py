import sym.sdk.integrations
