from sym import *
