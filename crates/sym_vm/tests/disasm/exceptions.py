class AppError(Exception):
    pass


def main(event):
    try:
        value = {"a": 1}["b"]
    except (KeyError, IndexError) as e:
        print(f"missing {e!r:>10}")
        raise AppError("bad") from e
    else:
        return value
    finally:
        print("done", sep="")
