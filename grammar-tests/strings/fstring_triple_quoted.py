user = 'ada'
message = f"""Access for {user}
was granted"""
