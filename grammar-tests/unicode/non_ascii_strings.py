greeting = 'Grüß Gott — こんにちは 👋'
print(len(greeting))
