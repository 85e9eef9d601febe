def main(event):
    class AppError(Exception):
        pass
    class NotFound(AppError):
        pass
    try:
        raise NotFound('gone')
    except AppError as e:
        return ['caught', str(e), isinstance(e, NotFound)]
