def main(event):
    class Base(tag=print("never printed"), tag2=1):
        kind = "base"
    class Child(Base, x=1, x=2):
        pass
    return [Base.kind, Child.kind, Child().kind]
