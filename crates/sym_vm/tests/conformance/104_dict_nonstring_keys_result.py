def main(event):
    return {1: 'one', (1, 2): 'pair', None: 0}
