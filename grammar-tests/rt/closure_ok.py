def make_labeller(prefix):
    def label(user):
        return prefix + user
    return label


def get_approvers(event):
    return make_labeller("@")("a")
