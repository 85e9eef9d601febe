ﬁle = 'x'
print(file)
