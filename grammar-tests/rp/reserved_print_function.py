def print(message):
    return message
