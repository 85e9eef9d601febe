from sym.sdk.integrations import *
