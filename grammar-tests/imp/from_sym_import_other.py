from sym import cli
