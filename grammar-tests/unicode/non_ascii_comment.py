# Résumé of the naïve approach ✓
x = 1
