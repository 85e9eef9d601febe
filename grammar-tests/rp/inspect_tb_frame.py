try:
    x = 1 / 0
except ZeroDivisionError as err:
    tb = err.tb_frame
