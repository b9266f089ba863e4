from defs_a import DEFS as A
from defs_b import DEFS as B
DEFS = A + B
