ｐrint = 1
