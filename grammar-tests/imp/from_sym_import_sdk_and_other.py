from sym import sdk, cli
