global _getattr_
x.y
