def f(agen):
    return agen.ag_code
