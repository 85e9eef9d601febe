message = f"hello {_name}"
