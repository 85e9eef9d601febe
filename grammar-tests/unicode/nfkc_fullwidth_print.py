ｐrint('hello')
