import datetime.datetime
