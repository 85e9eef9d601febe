x = [print for print in y]
