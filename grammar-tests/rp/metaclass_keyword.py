class Meta(type):
    pass
class Registry(metaclass=Meta):
    pass
