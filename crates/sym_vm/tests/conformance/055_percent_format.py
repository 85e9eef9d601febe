def main(event):
    print('%s is %d years' % ('Bob', 30), '%.2f' % 3.14159, '%5s|%-5s|' % ('a', 'b'), '%x %o %%' % (255, 8))
