x = print if True else printed
