def main(event):
    class V:
        def __init__(self):
            pass
        def __eq__(self, other):
            return True
        def __lt__(self, other):
            return False
    return [V() == 1, V() != 1, V() < V()]
