from sym.sdk.integrations.slak import channel
