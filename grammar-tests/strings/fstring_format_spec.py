amount = 3.14159
print(f'{amount:.2f} {amount:>10} {42:05d} {42:x} {0.5:%}')
