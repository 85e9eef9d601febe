class Base:
    def label(self):
        return "base"


class Child(Base):
    def label(self):
        return "child of " + super().label()


def get_approvers(event):
    return Child().label()
