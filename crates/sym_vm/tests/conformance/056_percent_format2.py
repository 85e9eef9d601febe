def main(event):
    print('%(a)s-%(b)d' % {'a': 'x', 'b': 2}, '%r' % 'q', '%05.1f' % 2.25, '%+d' % 5, '%s' % [1, 2])
