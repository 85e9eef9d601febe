from collections import defaultdict
