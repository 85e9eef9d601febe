template = 'Hello {}'
print(template.format('x'))
