x = [1, 2

import os
