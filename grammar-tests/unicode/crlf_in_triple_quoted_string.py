text = '''a
b'''
print(text)
