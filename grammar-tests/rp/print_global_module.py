print('start')
global _print
