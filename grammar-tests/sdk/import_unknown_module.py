from sym.sdk.integration import slack
