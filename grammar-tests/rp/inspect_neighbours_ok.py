def f(x):
    return (x.f_lineno, x.tb_lineno, x.co_name, x.gi_running, x.f_lasti, x.co_consts)
