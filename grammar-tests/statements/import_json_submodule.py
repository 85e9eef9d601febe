import json.decoder
