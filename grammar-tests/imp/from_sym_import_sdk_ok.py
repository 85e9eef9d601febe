from sym import sdk
