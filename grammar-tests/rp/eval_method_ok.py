def f(engine):
    return engine.eval('1') + engine.exec('2')
