import json

if True
    pass

import os
