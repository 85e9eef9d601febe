class Greeter:
    def greet(self, name):
        return 'Hello ' + name

print(Greeter().greet('x'))
