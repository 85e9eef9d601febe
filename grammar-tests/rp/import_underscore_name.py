from json import _default_decoder
