from .json import loads
