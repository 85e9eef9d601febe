width = 8
value = 3.5
text = f'{value!r:>{width}} {value:.2f} {value!s} {value!a}'
