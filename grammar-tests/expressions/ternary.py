age = 20
kind = 'adult' if age >= 18 else 'minor'
