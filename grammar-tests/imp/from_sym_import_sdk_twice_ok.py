from sym import sdk, sdk
