import datetime

year = datetime.datetime.now().date().year
