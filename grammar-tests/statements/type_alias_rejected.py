type UserId = str
