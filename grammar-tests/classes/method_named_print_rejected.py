class Logger:
    def print(self, text):
        return text
