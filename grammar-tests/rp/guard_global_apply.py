def f(fn, args):
    fn(*args)
    global _apply_
