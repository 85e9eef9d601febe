＿hidden = 1
