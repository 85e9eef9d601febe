from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack


def everyone_agrees(votes):
    return all(votes)


@reducer
def get_approvers(event):
    if everyone_agrees([True]):
        return slack.channel("#ok")
    return slack.channel("#access")
