message = 'Hello, ' 'world' "!"
long = (
    'part one '
    'part two'
)
