import datetime

now = datetime.datetime(2026, 1, 1, 9, 30)
print(f'{now:%Y-%m-%d %H:%M}')
