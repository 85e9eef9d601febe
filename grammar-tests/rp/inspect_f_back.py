def f(frame):
    return frame.f_back
