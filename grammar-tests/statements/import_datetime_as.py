import datetime as dt

start = dt.datetime(2026, 1, 1)
