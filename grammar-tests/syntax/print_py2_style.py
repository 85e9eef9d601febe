print 'x'
print >> log, 'y'
