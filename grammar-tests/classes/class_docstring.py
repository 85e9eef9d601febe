class Routing:
    """Which channel gets which request."""

    DEFAULT = '#sym-access'
