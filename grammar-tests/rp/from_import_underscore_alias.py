from datetime import datetime as _dt
