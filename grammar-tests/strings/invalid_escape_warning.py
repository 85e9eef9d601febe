path = '\d'
