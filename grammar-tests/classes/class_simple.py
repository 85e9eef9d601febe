class Approver:
    pass
