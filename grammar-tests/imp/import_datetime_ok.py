import datetime
from datetime import datetime as dt, timedelta
