x.y
global _getattr_
