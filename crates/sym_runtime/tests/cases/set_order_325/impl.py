from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    a = {(,), (,), -489529, 'àéé', 2305843009213693948, (625693021368850139373, 170409137241311522296, '',), -51725741301399518320, '', '🎉😀🎉🎉😀🎉', -863940, 'λλ', 1084225558379065170338, 'zabyyc', -665312, 37, 'üüüàà', 210396}
    b = {24, 989706881405114770612, -149420, 448354609354454621801, -306993, 'B', -320657, 2.5e-05, -270145468337067699194, 'μμ', (,), 32, 'czxz', -161850, 2305843009213693951}
    c = {21, 731007, '1A', (357316632829448404732,), 'ü', 2305843009213693952, 'zczacc', '🎉🎉🎉🎉😀🎉', 2305843009213693952, (2305843009213693953, -330622194551255622543, '😀😀🎉😀',), 582727}
    print(a.difference(b, c))
    a.add('μμμλ')
    print(a & b)
    a |= c
    print(a, b, c)
    return None
