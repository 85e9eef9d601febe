import json as json__roles__
