def get_approvers(event):
    total = 0
    for i in range(5000):
        total += i
    return total
