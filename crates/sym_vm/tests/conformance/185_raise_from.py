def main(event):
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise ValueError('wrapped') from e
    except ValueError as e:
        return str(e)
