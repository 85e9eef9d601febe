from json.decoder import JSONDecodeError
