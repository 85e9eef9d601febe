items = []
for item in items:
    pass
else:
    pass
global _getiter_
