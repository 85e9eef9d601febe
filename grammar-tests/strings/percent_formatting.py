print('%s has %d items (%.1f%%)' % ('cart', 3, 12.5))
