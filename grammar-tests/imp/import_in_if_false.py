if False:
    import re
