from sym.sdk.annotations._handlers import hook
