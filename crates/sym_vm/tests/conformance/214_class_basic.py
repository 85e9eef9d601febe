def main(event):
    class Greeter:
        greeting = 'hello'
        def greet(self, name):
            return self.greeting + ' ' + name
    g = Greeter()
    return [g.greet('x'), Greeter.greeting, g.greeting]
