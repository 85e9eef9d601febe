from sym.sdk.integrations import slak
