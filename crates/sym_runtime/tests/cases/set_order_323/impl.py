from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
def h(event):
    a = {(,), 920445668790162521346, '😀🎉', 2305843009213693952, -1.25, 'y', 'BBA', 0.5, 1e+100, ('λλμπμλ', '_B1_', 447597702407561737699,), '21_', True, ((97783553821175400112,), (5, 'xbx', -205235750376663129455,), (,),), -0.0, 676615, -743002313854982553185, 'éüééà', 'BAAB', 223986, ((-1042980657212782586563,),), True, (-1.25, 'bzbcbc',), -0.0}
    b = {'àéàé', '😀🎉', -394640329676964000256, 4, -924782, -1.25, ''}
    c = {83193, -530608980714170051421, 673991418467934313177, 'zbazz', 'ππμλλ', 29228660025239364476, 2.5e-05, (1097256103183636548537, 852909000143726247462,), 2305843009213693949, -1035937224401300854623, -834702, '', 22}
    b.update([])
    print(a ^ b)
    print(a.difference(b, c))
    print(a & b)
    a |= c
    print([x for x in b])
    print(a, b, c)
    return None
