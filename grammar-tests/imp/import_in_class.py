class C:
    import typing
