def get_approvers(event):
    return list(["a", "b"]), tuple(["c"]), [c for c in "abc"]
