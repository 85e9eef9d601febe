roles__view = 1
view__roles = 2
view_roles__ = 3
