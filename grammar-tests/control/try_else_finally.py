try:
    value = 1
except Exception:
    value = 0
else:
    value = value + 1
finally:
    print(value)
