klass = ().__class__
