rows = [[1, 2, 3]]
heads = [head for head, *rest in rows]
