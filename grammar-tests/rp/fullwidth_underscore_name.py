＿secret = 1
