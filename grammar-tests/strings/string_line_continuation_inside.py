message = 'first \
second'
