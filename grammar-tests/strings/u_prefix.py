s = u'legacy'
