import sym
