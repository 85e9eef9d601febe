from symx import sdk
