def f(coro):
    return coro.cr_await
