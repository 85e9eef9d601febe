def get_approvers(event):
    durations = [30, 60, 15]
    return min(durations), max(durations)
