class Tagged(_flag=True):
    pass
