import json as print
