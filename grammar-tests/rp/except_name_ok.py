try:
    x = 1
except (ValueError, KeyError) as err:
    x = str(err)
