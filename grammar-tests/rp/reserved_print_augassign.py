print += 1
