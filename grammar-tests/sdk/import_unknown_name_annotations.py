from sym.sdk.annotations import reducer, hooks
