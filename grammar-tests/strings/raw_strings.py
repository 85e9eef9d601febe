pattern = r'\d+\s*'
other = R"\n"
