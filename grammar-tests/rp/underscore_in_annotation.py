def f(user: _User):
    return user
