from sym.sdk.exceptions import SlackError, SymException, AWSLambdaError, OktaError
from sym.sdk.errors import SymSDKError
def h(event):
    for make in [lambda: SlackError("boom"), lambda: SlackError("n", "the message"), lambda: SlackError(message="m", error_type="X"), lambda: SymException(), lambda: SymException("T", "n", "msg"), lambda: AWSLambdaError("a", "b", "c"), lambda: SymSDKError("sdk msg", hint="h"), lambda: SymSDKError()]:
        e = make()
        print(repr(e), str(e), e.args, e.message)
    try:
        raise OktaError("grp", "not found")
    except SymException as e:
        print("caught", repr(e), e.error_type, e.name, e.message)
    class Mine(SlackError):
        pass
    try:
        raise Mine("x", "y")
    except SlackError as e:
        print(repr(e), e.error_type)
    try:
        SymException(foo=1)
    except TypeError as e:
        print(e)
    raise SlackError("final", "it failed")
