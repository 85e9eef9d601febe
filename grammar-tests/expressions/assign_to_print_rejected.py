print = lambda *args: None
