import datetimes
