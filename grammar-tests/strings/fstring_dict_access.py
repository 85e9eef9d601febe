fields = {'reason': 'deploy'}
print(f"{fields['reason']}")
