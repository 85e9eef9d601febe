from sym import sdk as symsdk
