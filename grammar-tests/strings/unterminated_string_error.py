message = 'never closed
