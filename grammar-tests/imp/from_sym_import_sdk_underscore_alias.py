from sym import sdk as _sdk
