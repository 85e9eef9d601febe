#!/usr/bin/env python3
"""Writes the inputs of the differential run cases (impl.py, event.json,
world.json, handler) under tests/cases/. Expected outputs come from the
oracle: run regen-cases.sh afterwards. The 12 oracle examples are copied in
by regen-cases.sh as ex01..ex12."""
import json
import os
import shutil
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases")

EVENT = {"name": "request", "user": "alice@example.com",
         "fields": {"reason": "deploy hotfix", "urgency": "High", "hours": 2}}
WORLD = {"now": "2026-11-22T10:00:00Z",
         "users": [{"email": "alice@example.com", "first_name": "Alice", "last_name": "Liddell",
                    "role": "admin", "identities": {"slack": [{"service_id": "T01", "user_id": "U0ALICE"}]}},
                   {"email": "bob@example.com", "first_name": "Bob", "role": "member"}],
         "okta": {"groups": {"00gadmins": ["alice@example.com"], "00gmgr": ["bob@example.com", "carol@example.com"]},
                  "user_info": {"alice@example.com": {"profile": {"department": "engineering", "level": 3}}}},
         "pagerduty": {"on_call": {"*": ["alice@example.com"], "prod": ["bob@example.com"],
                                   "P123": ["carol@example.com"]}},
         "slack": {"channels": {"#ops": ["alice@example.com", "bob@example.com"], "C999": ["bob@example.com"]}},
         "aws_lambda": {"arn:aws:lambda:us-east-1:1:function:grant": {"body": {"ok": True}, "errors": []}},
         "http": [{"url": "https://api.example.com/oncall", "json": {"users": ["alice", "bob"]}},
                  {"method": "POST", "url": "https://api.example.com/grant", "status": 201, "json": {"granted": True}},
                  {"url": "https://api.example.com/missing", "status": 404, "text": "not found"},
                  {"url": "https://api.example.com/search?q=a+b&n=1&n=2", "json": [1, 2]},
                  {"url": "https://api.example.com/text", "text": "{\"a\": [1, 2]}"},
                  {"url": "https://api.example.com/bad", "text": "<html>"},
                  {"method": "delete", "url": "https://api.example.com/item/1", "status": 204},
                  {"method": "PUT", "url": "https://api.example.com/item/1", "status": 500, "json": {"error": "boom"}}],
         "step_output": {"request": {"body": {"message": "hi"}, "errors": []},
                         "approve": {"body": {"message": "granted"}, "errors": []}}}

CASES = []


def case(name, body, handler="h", event=None, world=WORLD, header=""):
    src = textwrap.dedent(header).lstrip("\n") + textwrap.dedent(body).lstrip("\n")
    CASES.append((name, handler, src, event or EVENT, world))


IMPORTS = """\
from sym.sdk.annotations import reducer, hook, prefetch
from sym.sdk.integrations import slack, okta, pagerduty, aws_lambda
from sym.sdk.notifications import Notification
from sym.sdk.request_permission import PermissionLevel, RequestPermission
from sym.sdk.field_option import FieldOption
from sym.sdk.templates import ApprovalTemplate, get_step_output
"""


def h(name, body, **kw):
    """A case whose handler `h(event)` has the given body."""
    case(name, "def h(event):\n" + textwrap.indent(textwrap.dedent(body).strip("\n"), "    ") + "\n",
         **dict({"header": IMPORTS}, **kw))


def ret(name, expr, **kw):
    h(name, "return " + expr, **kw)

# ---------------------------------------------------------------- values
ret("val_none", "None")
ret("val_bool", "[True, False]")
ret("val_int_big", "[0, -7, 2**70, -(2**64)]")
ret("val_floats", "[0.1 + 0.2, 1e20, 1e16, 1e15, 1.5e-7, -0.0, 3.0]")
ret("val_float_nan", "[float('nan'), float('inf'), -float('inf')]")
ret("val_str_unicode", "'héllo \\u2603 \"q\" \\\\ \\n\\t\\x01'")
ret("val_tuple", "(1, (2, 3), [])")
ret("val_dict_nonstr_keys", "{1: 'a', None: 'b', (1, 2): 'c', 2.5: 'd', True: 'e'}")
ret("val_set_sorted", "{3, 1, 2, 10}")
ret("val_set_mixed", "{'b', 'a', 1, 2}")
ret("val_frozenset", "frozenset(['x', 'y'])")
h("val_self_list", "a = [1]\na.append(a)\nreturn a")
h("val_self_dict", "d = {}\nd['me'] = d\nreturn d")
ret("val_enum_level", "[PermissionLevel.ADMIN, PermissionLevel.MEMBER, PermissionLevel.ALL_USERS]")
ret("val_enum_key", "{PermissionLevel.ADMIN: 1}")
ret("val_function", "[h, len]")
ret("val_range", "range(3)")
ret("val_datetime_now", "__import__('datetime')") if False else None
h("val_datetime", "from datetime import datetime, timezone\nreturn [datetime(2026, 1, 2, 3, 4, 5), datetime(2026, 1, 2, tzinfo=timezone.utc)]")
h("val_date_timedelta", "from datetime import date, timedelta\nreturn [date(2026, 1, 2), timedelta(hours=1)]")
ret("val_user", "event.user")
ret("val_event", "event")
ret("val_nested", "{'a': [{'b': {'c': [1, {'d': None}]}}], 'e': ()}")
ret("val_empty", "[[], {}, (), '']")
h("val_class_instance", "class Thing:\n    pass\nreturn Thing()")
ret("val_dict_order", "{'z': 1, 'a': 2, 'm': 3}")
ret("val_dict_dup_encoded_keys", "{1: 'int', '1': 'str'}")

# ---------------------------------------------------------------- event
ret("ev_name", "event.name")
ret("ev_fields", "event.payload.fields")
ret("ev_user_attrs", "[event.user.email, event.user.username, event.user.id, event.user.first_name, event.user.last_name, event.user.role]")
ret("ev_user_role_cmp", "[event.user.role == 'admin', event.user.role == 'member']")
ret("ev_missing_attr_none", "[event.payload.feilds, event.user.nickname]")
ret("ev_flow", "[event.flow.name, event.flow.vars]",
    event=dict(EVENT, flow={"name": "approval", "vars": {"channel": "#ops", "team": "infra"}}))
ret("ev_flow_default", "[event.flow.name, event.flow.vars]")
ret("ev_source_channel", "[event.run.source_channel.identifier, event.run.source_channel.type]",
    event=dict(EVENT, run={"source_channel": {"type": "slack", "identifier": "C123"}}))
ret("ev_source_channel_absent", "[event.run.source_channel.identifier, event.run.source_channel.type]")
ret("ev_actors", "event.run.actors",
    event=dict(EVENT, run={"actors": {"request": "alice@example.com", "approve": "bob@example.com"}}))
ret("ev_get_actor", "[event.get_actor('approve'), event.get_actor('deny')]",
    event=dict(EVENT, run={"actors": {"request": "alice@example.com", "approve": "bob@example.com"}}))
ret("ev_get_actor_email", "event.get_actor('approve').email",
    event=dict(EVENT, run={"actors": {"approve": "dave@example.com"}}))
ret("ev_get_context", "[event.get_context('request'), event.get_context('approve')]",
    event=dict(EVENT, run={"contexts": {"request": {"diff.txt": "main.tf\n"}}}))
ret("ev_contexts", "event.run.contexts", event=dict(EVENT, run={"contexts": {"request": {"a": 1}}}))
ret("ev_timestamp", "event.payload.timestamp", event=dict(EVENT, timestamp="2026-11-22T09:30:00+02:00"))
ret("ev_timestamp_default", "event.payload.timestamp")
ret("ev_timestamp_iso", "event.payload.timestamp.isoformat()", event=dict(EVENT, timestamp="2026-11-22T09:30:00.250000Z"))
ret("ev_target", "event.payload.fields['target']",
    event=dict(EVENT, fields={"target": "prod"}, flow={"targets": [{"name": "prod", "label": "Prod", "type": "aws_sso_permission_set", "settings": {"account_id": "0123"}}]}))
ret("ev_target_attrs", "[event.payload.fields['target'].name, event.payload.fields['target'].label, event.payload.fields['target'].type, event.payload.fields['target'].settings]",
    event=dict(EVENT, fields={"target": "prod"}, flow={"targets": [{"name": "prod", "label": "Prod", "type": "t", "settings": {"k": "v"}}]}))
ret("ev_target_nonstring", "event.payload.fields['target']", event=dict(EVENT, fields={"target": 5}))
ret("ev_user_object", "[event.user, event.user.role, event.user.username]",
    event=dict(EVENT, user={"email": "eve@example.com", "role": "guest", "id": "11111111-2222-3333-4444-555555555555"}))
ret("ev_user_derived_id", "event.user.id", event=dict(EVENT, user="nobody@example.org"))
ret("ev_identity", "[event.user.identity('slack'), event.user.identity('slack').user_id, event.user.identity('github')]")
ret("ev_identity_service_id", "[event.user.identity('slack', 'T01'), event.user.identity('slack', 'T02')]")
ret("ev_user_eq", "[event.user == event.get_actor('request'), event.user == event.get_actor('approve')]",
    event=dict(EVENT, run={"actors": {"request": "alice@example.com", "approve": "bob@example.com"}}))
ret("ev_name_deny", "event.name", event=dict(EVENT, name="deny"))
ret("ev_world_user_fields", "[event.user.first_name, event.user.last_name]")
ret("ev_event_user_str", "event.user.email.upper()")

# ---------------------------------------------------------------- okta
ret("okta_in_group", "[okta.is_user_in_group(event.user, group_id='00gadmins'), okta.is_user_in_group(event.user, group_id='00gmgr')]")
ret("okta_in_group_email", "okta.is_user_in_group('bob@example.com', group_id='00gmgr')")
ret("okta_in_group_unknown", "okta.is_user_in_group(event.user, group_id='nope')")
ret("okta_users_in_group", "okta.users_in_group(group_id='00gmgr')")
ret("okta_users_in_group_emails", "[u.email for u in okta.users_in_group(group_id='00gmgr')]")
ret("okta_user_info", "okta.get_user_info(event.user)")
ret("okta_user_info_missing", "okta.get_user_info('zed@example.com')")
ret("okta_unmocked_in_group", "okta.is_user_in_group(event.user, group_id='x')", world={})
ret("okta_unmocked_users", "okta.users_in_group(group_id='x')", world={})
ret("okta_unmocked_info", "okta.get_user_info(event.user)", world={})
ret("okta_list_groups_unmodelled", "okta.list_groups()")
ret("okta_empty_section", "okta.users_in_group(group_id='x')", world={"okta": {}})

# ---------------------------------------------------------------- pagerduty
ret("pd_star", "pagerduty.is_on_call(event.user)")
ret("pd_schedule_name", "[pagerduty.is_on_call(event.user, schedule_name='prod'), pagerduty.is_on_call('bob@example.com', schedule_name='prod')]")
ret("pd_schedule_id", "pagerduty.is_on_call('carol@example.com', schedule_id='P123')")
ret("pd_named_no_fallback", "pagerduty.is_on_call(event.user, schedule_name='unknown')")
ret("pd_policy", "pagerduty.is_on_call('bob@example.com', escalation_policy_name='prod')")
ret("pd_precedence", "pagerduty.is_on_call('bob@example.com', escalation_policy_id='P123', schedule_name='prod')")
ret("pd_users_on_call", "pagerduty.users_on_call()")
ret("pd_users_on_call_named", "[u.email for u in pagerduty.users_on_call(schedule_id='P123')]")
ret("pd_users_for_schedule", "pagerduty.users_for_schedule(schedule_name='prod')")
ret("pd_unmocked", "pagerduty.is_on_call(event.user)", world={})
ret("pd_unmocked_users", "pagerduty.users_on_call()", world={})
ret("pd_incidents_unmodelled", "pagerduty.get_incidents()")
ret("pd_has_incident_unmodelled", "pagerduty.has_incident()")

# ---------------------------------------------------------------- slack
ret("slack_channel_name", "slack.channel('#ops')")
ret("slack_channel_id", "slack.channel('C123', allow_self=True, timeout=60)")
ret("slack_channel_none", "slack.channel(event.run.source_channel.identifier)")
ret("slack_user_str", "slack.user('U123')")
ret("slack_user_user", "slack.user(event.user)")
ret("slack_group", "slack.group(['U1', event.user], allow_self=True)")
ret("slack_group_okta", "slack.group(okta.users_in_group(group_id='00gmgr'))")
ret("slack_fallback", "slack.fallback(slack.channel('#a'), slack.user('U1'), continue_on_timeout=True)")
ret("slack_mention_user", "slack.mention(event.user)")
ret("slack_mention_no_identity", "slack.mention(okta.users_in_group(group_id='00gmgr')[0])")
ret("slack_mention_str", "[slack.mention('U1'), slack.mention('<@U2>')]")
h("slack_send_message", "slack.send_message(slack.channel('#audit'), f'{event.user.email} requested')\nreturn 'sent'")
h("slack_send_message_user", "slack.send_message(event.user, 'hi')\nslack.send_message(slack.user(event.user), 'hi again')")
h("slack_send_thread", "slack.send_thread_message('threaded')\nreturn None")
ret("slack_send_unmocked", "slack.send_message(slack.channel('#a'), 'x')", world={})
ret("slack_send_empty_section", "slack.send_message(slack.channel('#a'), 'x')", world={"slack": {}})
ret("slack_users_in_channel", "slack.users_in_channel(slack.channel('#ops'))")
ret("slack_users_in_channel_id", "[u.email for u in slack.users_in_channel(slack.channel('C999'))]")
ret("slack_users_in_channel_str", "slack.users_in_channel('#ops')")
ret("slack_users_in_channel_unknown", "slack.users_in_channel(slack.channel('#none'))")
ret("slack_users_in_channel_unmocked", "slack.users_in_channel('#ops')", world={})
ret("slack_get_user_info_unmodelled", "slack.get_user_info(event.user)")
h("slack_effects_order", "slack.send_message(slack.channel('#a'), 'one')\nslack.send_thread_message('two')\naws_lambda.invoke_async('arn:x', {'k': 1})\nslack.send_message(slack.channel('C1'), 'three')\nreturn 3")

# ---------------------------------------------------------------- aws_lambda
ret("lambda_invoke", "aws_lambda.invoke('arn:aws:lambda:us-east-1:1:function:grant', {'user': event.user.email})")
ret("lambda_invoke_unknown_arn", "aws_lambda.invoke('arn:other')")
ret("lambda_invoke_event_payload", "aws_lambda.invoke('arn:other', event)")
ret("lambda_invoke_async", "aws_lambda.invoke_async('arn:aws:lambda:us-east-1:1:function:grant', payload={'a': [1, 2]})")
ret("lambda_unmocked", "aws_lambda.invoke('arn:x')", world={})
ret("lambda_async_unmocked", "aws_lambda.invoke_async('arn:x')", world={})
h("lambda_body", "r = aws_lambda.invoke('arn:aws:lambda:us-east-1:1:function:grant')\nreturn r['body']['ok']")

# ---------------------------------------------------------------- step output, templates
ret("step_output_current", "get_step_output()")
ret("step_output_named", "get_step_output('approve')")
h("step_output_enum", "from sym.sdk.templates import ApprovalTemplateStep\nreturn get_step_output(ApprovalTemplateStep.APPROVE)")
ret("step_output_missing", "get_step_output('deny')")
ret("step_output_unmocked", "get_step_output()", world={})
ret("tpl_approve", "ApprovalTemplate.approve(reason='auto')")
ret("tpl_approve_empty", "ApprovalTemplate.approve()")
ret("tpl_deny", "ApprovalTemplate.deny(reason='no')")
ret("tpl_escalate", "ApprovalTemplate.escalate(duration=60)")
ret("tpl_ignore", "ApprovalTemplate.ignore()")
h("tpl_template_ignore", "from sym.sdk.templates import Template\nreturn Template.ignore(why='x')")
ret("tpl_positional", "ApprovalTemplate.approve('x')")

# ---------------------------------------------------------------- models and validations
ret("notif_ok", "Notification(destinations=[slack.channel('#a')], timeout=60)")
ret("notif_tuple", "Notification(destinations=(slack.channel('#a'),))")
ret("notif_fallback_and_channel", "Notification(destinations=[slack.fallback(slack.channel('#a'), slack.channel('#b')), slack.channel('#c')])")
ret("notif_user_and_channel", "Notification(destinations=[event.user, slack.channel('#c')])")
ret("notif_empty", "Notification(destinations=[])")
ret("notif_two_slack", "Notification(destinations=[slack.channel('#a'), slack.user('U1')])")
ret("notif_not_list", "Notification(destinations=slack.channel('#a'))")
ret("notif_missing", "Notification(timeout=5)")
ret("notif_positional", "Notification([slack.channel('#a')])")
ret("notif_unknown_kw", "Notification(destinations=[slack.channel('#a')], colour='red')")
h("notif_catch_validation", "try:\n    Notification(destinations=[])\nexcept ValueError as e:\n    return 'caught: ' + str(e)")
ret("perm_levels", "RequestPermission(webapp_view=PermissionLevel.ADMIN, approve_deny=PermissionLevel.MEMBER, allow_self_approval=True)")
ret("perm_strings", "RequestPermission(webapp_view='admin', approve_deny='all_users')")
ret("perm_uuid_list", "RequestPermission(webapp_view=[event.user.id], approve_deny=('11111111-2222-3333-4444-555555555555',))")
ret("perm_bad_string", "RequestPermission(webapp_view='owners', approve_deny='admin')")
ret("perm_bad_list", "RequestPermission(webapp_view=['not-a-uuid'], approve_deny='admin')")
ret("perm_empty_list", "RequestPermission(webapp_view='admin', approve_deny=[])")
ret("perm_missing", "RequestPermission(webapp_view='admin')")
ret("perm_first_field_reported", "RequestPermission(webapp_view=[], approve_deny='x')")
ret("perm_allow_self_unchecked", "RequestPermission(webapp_view='member', approve_deny='member', allow_self_approval='yes')")
ret("option_ok", "FieldOption(value='v', label='Label')")
ret("option_long_label", "FieldOption(value='v', label='x' * 56)")
ret("option_55", "FieldOption(value='v', label='é' * 55)")
ret("option_missing_label", "FieldOption(value='v')")
ret("option_list", "[FieldOption(value=str(i), label=f'#{i}') for i in range(3)]")
h("model_eq", "a = slack.channel('#a')\nb = slack.channel('#a')\nc = slack.channel('#b')\nreturn [a == b, a == c, FieldOption(value=1, label='x') == FieldOption(value=1, label='x')]")
ret("user_ids", "__import__") if False else None
h("user_ids_fn", "from sym.sdk.user import user_ids\nreturn user_ids(okta.users_in_group(group_id='00gmgr'))")

# ---------------------------------------------------------------- requests
REQ = "import requests\n"
h("http_get", REQ + "r = requests.get('https://api.example.com/oncall')\nreturn [r.status_code, r.ok, r.json()]")
h("http_content_is_bytes", REQ + "import json\nr = requests.get('https://api.example.com/text')\nc = r.content\nreturn [str(c), len(c), c.decode(), json.loads(c), c == r.text.encode(), c]")
h("http_get_url_kw", REQ + "return requests.get(url='https://api.example.com/oncall').json()['users']")
h("http_params", REQ + "r = requests.get('https://api.example.com/search', params={'q': 'a b', 'n': [1, 2], 'skip': None})\nreturn r.json()")
h("http_params_unmatched", REQ + "return requests.get('https://api.example.com/search', params={'q': 'other'})")
h("http_post", REQ + "r = requests.post('https://api.example.com/grant', json={'u': 1})\nreturn [r.status_code, r.ok, r.json()]")
h("http_method_case", REQ + "r = requests.delete('https://api.example.com/item/1')\nreturn [r.status_code, r.text]")
h("http_request_fn", REQ + "r = requests.request('put', 'https://api.example.com/item/1')\nreturn [r.status_code, r.ok, r.json()]")
h("http_404", REQ + "r = requests.get('https://api.example.com/missing')\nreturn [r.status_code, r.ok, r.text]")
h("http_raise_for_status", REQ + "r = requests.get('https://api.example.com/missing')\nr.raise_for_status()")
h("http_raise_for_status_caught", REQ + "try:\n    requests.get('https://api.example.com/missing').raise_for_status()\nexcept requests.exceptions.HTTPError as e:\n    return 'http error: ' + str(e)")
h("http_raise_ok", REQ + "return requests.get('https://api.example.com/oncall').raise_for_status()")
h("http_text_json", REQ + "r = requests.get('https://api.example.com/text')\nreturn [r.text, r.json()]")
h("http_text_from_json", REQ + "return requests.get('https://api.example.com/oncall').text")
h("http_bad_json", REQ + "return requests.get('https://api.example.com/bad').json()")
h("http_bad_json_caught", REQ + "try:\n    requests.get('https://api.example.com/bad').json()\nexcept requests.exceptions.RequestException:\n    return 'bad json'")
h("http_unmatched", REQ + "return requests.get('https://api.example.com/nothing')")
h("http_unmocked", REQ + "return requests.get('https://api.example.com/oncall')", world={})
h("http_unmocked_not_caught", REQ + "try:\n    requests.get('https://x.example.com/')\nexcept Exception:\n    return 'caught'\nreturn 'after'")
h("http_session", REQ + "with requests.Session() as s:\n    s.headers['Authorization'] = 'Bearer x'\n    r = s.get('https://api.example.com/oncall')\nreturn r.json()")
h("http_session_post", REQ + "s = requests.Session()\ns.auth = ('u', 'p')\nreturn s.post('https://api.example.com/grant').status_code")
h("http_effects", REQ + "requests.get('https://api.example.com/oncall')\nrequests.post('https://api.example.com/grant')\nreturn None")
h("http_response_value", REQ + "return requests.get('https://api.example.com/oncall')")
h("http_params_existing_query", REQ + "return requests.get('https://api.example.com/search?q=a+b', params={'n': [1, 2]}).json()")
h("http_from_import", "from requests import get\nreturn get('https://api.example.com/oncall').json()")

# ---------------------------------------------------------------- json
J = "import json\n"
h("json_dumps_default", J + "return json.dumps({'a': [1, 2.5, None, True], 'é': 'ü'})")
h("json_dumps_indent", J + "return json.dumps({'a': [1, {'b': []}], 'c': {}}, indent=2)")
h("json_dumps_indent_str", J + "return json.dumps([1, [2]], indent='\\t')")
h("json_dumps_sort", J + "return json.dumps({'b': 1, 'a': {'d': 1, 'c': 2}}, sort_keys=True)")
h("json_dumps_separators", J + "return json.dumps({'a': [1, 2]}, separators=(',', ':'))")
h("json_dumps_no_ascii", J + "return json.dumps(['é', '\\u2603', '😀'], ensure_ascii=False)")
h("json_dumps_ascii_astral", J + "return json.dumps('😀é')")
h("json_dumps_keys", J + "return json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd'})")
h("json_dumps_bad_key", J + "return json.dumps({(1, 2): 'a'})")
h("json_dumps_skipkeys", J + "return json.dumps({(1, 2): 'a', 'b': 1}, skipkeys=True)")
h("json_dumps_unserializable", J + "return json.dumps({'u': event.user})")
h("json_dumps_default_fn", J + "return json.dumps({'u': event.user}, default=lambda o: o.email)")
h("json_dumps_nan", J + "return json.dumps([float('nan'), float('inf')])")
h("json_dumps_nan_strict", J + "return json.dumps([float('inf')], allow_nan=False)")
h("json_dumps_tuple_floats", J + "return json.dumps((1e20, 0.1, -0.0, 10**20))")
h("json_dumps_circular", J + "a = []\na.append(a)\nreturn json.dumps(a)")
h("json_loads", J + "return json.loads('{\"a\": [1, 2.5, null, true, false], \"b\": {\"c\": \"\\\\u00e9\"}}')")
h("json_loads_error", J + "return json.loads('{\"a\": }')")
h("json_loads_error_caught", J + "try:\n    json.loads('[1, 2')\nexcept ValueError as e:\n    return str(e)")
h("json_loads_extra", J + "try:\n    json.loads('{} x')\nexcept json.JSONDecodeError as e:\n    return str(e)")
h("json_loads_empty", J + "try:\n    json.loads('')\nexcept ValueError as e:\n    return str(e)")
h("json_loads_multiline", J + "try:\n    json.loads('{\\n  \"a\": 1,\\n  \"b\" 2}')\nexcept ValueError as e:\n    return str(e)")
h("json_loads_big", J + "return json.loads('[12345678901234567890123, 1e400, -1.5e-3]')")
h("json_loads_nonstr", J + "return json.loads(5)")
h("json_roundtrip", J + "d = {'x': [1, {'y': 'z'}]}\nreturn json.loads(json.dumps(d)) == d")
h("json_indent0", J + "return json.dumps({'a': [1]}, indent=0)")

# ---------------------------------------------------------------- datetime
D = "from datetime import datetime, date, timedelta, timezone\n"
h("dt_now", D + "return [datetime.now(), datetime.utcnow(), datetime.today(), date.today()]")
h("dt_now_repr", D + "return [repr(datetime.now()), str(datetime.now()), repr(date.today())]")
h("dt_now_tz", D + "return [datetime.now(timezone.utc), datetime.now(timezone(timedelta(hours=5, minutes=30)))]")
h("dt_now_offset_world", D + "return datetime.now()", world=dict(WORLD, now="2026-03-01T01:30:00+05:00"))
h("dt_arith", D + "n = datetime.now()\nreturn [n + timedelta(days=1, hours=2), n - timedelta(minutes=90), (n + timedelta(weeks=1)) - n]")
h("dt_compare", D + "n = datetime.now()\nreturn [n < n + timedelta(seconds=1), n == datetime(2026, 11, 22, 10), n > datetime(2027, 1, 1), n != n]")
h("dt_compare_aware_naive", D + "return datetime.now() < datetime.now(timezone.utc)")
h("dt_eq_aware_naive", D + "return datetime.now() == datetime.now(timezone.utc)")
h("dt_sub_aware_naive", D + "return datetime.now() - datetime.now(timezone.utc)")
h("dt_isoformat", D + "d = datetime(2026, 1, 2, 3, 4, 5, 600)\nreturn [d.isoformat(), d.isoformat(' '), datetime(2026, 1, 2, tzinfo=timezone.utc).isoformat()]")
h("dt_fromisoformat", D + "return [datetime.fromisoformat('2026-11-22T10:00:00Z'), datetime.fromisoformat('2026-11-22'), datetime.fromisoformat('2026-11-22 10:30:00.5-05:30').isoformat()]")
h("dt_fromisoformat_bad", D + "return datetime.fromisoformat('yesterday')")
h("dt_strftime", D + "d = datetime(2026, 3, 7, 14, 5, 9)\nreturn d.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %% %f')")
h("dt_strftime_tz", D + "return datetime(2026, 3, 7, tzinfo=timezone.utc).strftime('%z %Z')")
h("dt_strptime", D + "return [datetime.strptime('2026-03-07 14:05', '%Y-%m-%d %H:%M'), datetime.strptime('07/Mar/26 2:05PM', '%d/%b/%y %I:%M%p')]")
h("dt_strptime_tz", D + "return datetime.strptime('2026-03-07T14:05:00+0200', '%Y-%m-%dT%H:%M:%S%z')")
h("dt_strptime_bad", D + "return datetime.strptime('2026/03/07', '%Y-%m-%d')")
h("dt_strptime_extra", D + "return datetime.strptime('2026-03-07x', '%Y-%m-%d')")
h("dt_fstring", D + "d = datetime(2026, 3, 7, 14, 5)\nreturn [f'{d}', f'{d:%d.%m.%Y}', f'{d.date()}', f'{timedelta(hours=25)}']")
h("dt_timedelta_ops", D + "a = timedelta(hours=1)\nb = timedelta(minutes=30)\nreturn [str(a + b), str(a - b), str(b - a), a * 3 == timedelta(hours=3), a / b, a // b, (a - b * 3).total_seconds(), a > b]")
h("dt_timedelta_attrs", D + "t = timedelta(days=1, hours=25, seconds=1.5)\nreturn [t.days, t.seconds, t.microseconds, t.total_seconds(), repr(t)]")
h("dt_timedelta_neg", D + "return [str(timedelta(seconds=-1)), repr(timedelta(seconds=-1)), repr(timedelta())]")
h("dt_attrs", D + "d = datetime(2026, 11, 22, 10, 30, 15, 7)\nreturn [d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, d.tzinfo, d.weekday(), d.isoweekday()]")
h("dt_replace", D + "return datetime(2026, 1, 31).replace(month=2, day=28, tzinfo=timezone.utc)")
h("dt_bad_day", D + "return datetime(2026, 2, 30)")
h("dt_date_arith", D + "d = date(2026, 12, 31)\nreturn [str(d + timedelta(days=1)), (date(2027, 1, 1) - d).days, d.isoformat(), d.strftime('%A %d %B'), d < date(2027, 1, 1)]")
h("dt_astimezone", D + "d = datetime(2026, 11, 22, 10, tzinfo=timezone.utc)\nreturn [d.astimezone(timezone(timedelta(hours=-5))), repr(timezone(timedelta(hours=-5))), str(timezone.utc)]")
h("dt_timestamp", D + "return [datetime(2026, 1, 1, tzinfo=timezone.utc).timestamp(), datetime.now(timezone.utc).timestamp()]")
h("dt_payload_age", D + "age = datetime.now(timezone.utc) - event.payload.timestamp\nreturn [age, age.total_seconds(), age > timedelta(hours=1)]", event=dict(EVENT, timestamp="2026-11-22T07:00:00Z"))
h("dt_module_import", "import datetime\nreturn [datetime.datetime.now(), datetime.timedelta(days=2).days, datetime.MAXYEAR]")
h("dt_weekend_logic", D + "n = datetime.now()\nreturn 'weekend' if n.weekday() >= 5 else 'weekday'")

# ---------------------------------------------------------------- print capture
h("print_basic", "print('hello', 1, None, [1, 'a'], {'k': (1,)})\nreturn 1")
h("print_sep_end", "print('a', 'b', sep='|', end='!')\nprint('c')\nprint('x', end='')\nreturn 0")
h("print_empty", "print()\nprint()\nreturn None")
h("print_newlines", "print('one\\ntwo\\n')\nreturn None")
h("print_module_body", "return None", header=IMPORTS + "print('loading')\n")
h("print_then_error", "print('before')\nreturn {}['x']")
h("print_unicode", "print('héllo ☃', 'ü')\nreturn None")
h("print_repr_values", "print(1.0, 1e20, 0.1 + 0.2, -0.0, 10**20, 'q\\'s', \"d\\\"q\")\nprint(repr('x'), [None, True])\nreturn None")
h("print_user_email", "print(f'user={event.user.email} fields={event.payload.fields}')\nreturn None")
h("printed_var", "print('a')\nprint('b')\nreturn printed")
h("print_set", "print({3, 1, 2})\nreturn None")
h("print_no_trailing_newline", "print('partial', end='')\nreturn None")

# ---------------------------------------------------------------- errors
h("err_keyerror", "return event.payload.fields['nope']")
h("err_keyerror_int", "return {}[3]")
h("err_typeerror_add", "return 'a' + 1")
h("err_typeerror_call", "return event.payload.fields()")
h("err_nameerror_sorted", "return sorted([3, 1])")
h("err_nameerror_dict", "return dict(a=1)")
h("err_nameerror_enumerate", "return enumerate([1])")
h("err_nameerror_min", "return min(1, 2)")
h("err_nameerror_undefined", "return undefined_name")
h("err_zero_div", "x = 0\nreturn 1 / x")
h("err_index", "return [][0]")
h("err_attribute_write", "event.user.email = 'x'")
h("err_self_assign", "class A:\n    def __init__(self):\n        self.x = 1\nreturn A()")
h("err_underscore_attr", "return event.__class__")
h("err_str_format", "return '{}'.format(1)")
h("err_range_limit", "return range(1000)")
h("err_range_ok", "return len(range(999))")
h("err_list_str", "return list('abc')")
h("err_raise_valueerror", "raise ValueError('custom message')")
h("err_raise_custom", "class MyError(Exception):\n    pass\nraise MyError('mine')")
h("err_assert", "assert event.name == 'deny', 'wrong event'")
h("err_unpack", "a, b = [1, 2, 3]\nreturn a")
h("err_nested_call_line", "def inner(x):\n    return x['missing']\nreturn inner({})")
h("err_multiline_call", "return slack.channel(\n    None,\n)")
h("err_caught_and_returned", "try:\n    return {}['k']\nexcept KeyError as e:\n    return 'caught ' + repr(e.args)")
h("err_exception_str", "try:\n    int('x')\nexcept ValueError as e:\n    return str(e)")
h("err_module_body", "return 1", header=IMPORTS + "X = {}['boom']\n")
h("err_module_unmocked", "return 1", header=IMPORTS + "X = okta.users_in_group(group_id='a')\n", world={})
h("err_unmocked_swallowed", "try:\n    okta.users_in_group(group_id='a')\nexcept:\n    pass\nprint('after')\nreturn 'done'", world={})
h("err_none_attr_call", "return event.payload.feilds.get('x')")
h("err_import_unknown_submodule", "import json.decoder\nreturn 1")
h("err_recursion_depth", "def f(n):\n    return f(n + 1)\nreturn f(0)")
h("err_deep_ok", "def f(n):\n    return n if n == 0 else f(n - 1)\nreturn f(150)")
h("err_str_concat_none", "return 'user: ' + event.payload.feilds")
h("err_getattr_builtin_missing", "return getattr(event, 'name')")

# ---------------------------------------------------------------- language
h("lang_comprehensions", "return [[x * y for x in range(3) if x] for y in range(2)], {k: v for k, v in [('a', 1)]}, {x % 2 for x in range(5)}")
h("lang_walrus", "if (n := len(event.payload.fields)) > 1:\n    return n\nreturn 0")
h("lang_closures", "def make(k):\n    def f(x):\n        return x + k\n    return f\nreturn [make(1)(2), make(10)(5)]")
h("lang_generators", "def gen():\n    yield 1\n    yield 2\nreturn [x for x in gen()]")
h("lang_string_methods", "s = ' Hello World '\nreturn [s.strip().lower(), s.split(), ','.join(['a', 'b']), s.replace('o', '0'), s.startswith(' H'), 'abc'[::-1], s.strip().title()]")
h("lang_fstrings", "x = 3.14159\nreturn [f'{x:.2f}', f'{42:>5}', f'{\"a\"!r}', f'{1000000:,}', f'{0.5:%}']")
h("lang_percent_format", "return ['%s-%d' % ('a', 3), '%.1f' % 2.25, '%r' % 'q']")
h("lang_dict_methods", "d = {'a': 1}\nd.update({'b': 2})\nreturn [list(d.keys()), list(d.values()), d.get('c', 0), d.pop('a'), d, 'b' in d]")
h("lang_list_methods", "l = [3, 1, 2]\nl.sort()\nl.append(4)\nl.extend([5])\nl.insert(0, 0)\nreturn [l, l.index(2), l.count(1), l[1:3], l[-1]]")
h("lang_class_method", "class Router:\n    def __init__(self, name):\n        pass\n    def route(self, e):\n        return e.name\nreturn Router('x').route(event)")
h("lang_try_finally", "out = []\ntry:\n    out.append(1)\nfinally:\n    out.append(2)\nreturn out")
h("lang_lambda_sort", "users = [{'n': 'b'}, {'n': 'a'}]\nusers.sort(key=lambda u: u['n'])\nreturn users")
h("lang_isinstance", "return [isinstance(1, int), isinstance('a', str), isinstance([], (list, tuple)), isinstance(event.name, str)]")
h("lang_int_ops", "return [7 // 2, -7 // 2, 7 % -3, 2 ** 10, divmod(7, 2), abs(-3), round(2.5), round(3.14159, 2)]")
h("lang_str_int_conv", "return [int('42'), str(4.0), float('1.5'), bool(''), int(3.9)]")
h("lang_star_args", "def f(*a, **k):\n    return [a, k]\nreturn f(1, 2, *[3], x=1, **{'y': 2})")
h("lang_chained_cmp", "x = 5\nreturn [1 < x < 10, 1 < x > 10, x in [5], x not in (1,)]")
h("lang_global_const", "return LIMIT * 2", header=IMPORTS + "LIMIT = 21\n")
h("lang_for_else", "for i in range(3):\n    if i == 5:\n        break\nelse:\n    return 'no break'\nreturn 'break'")
h("lang_while", "i = 0\ntotal = 0\nwhile i < 10:\n    total += i\n    i += 1\nreturn total")
h("lang_nested_fn_default", "def f(a, b=2, *, c=3):\n    return a + b + c\nreturn [f(1), f(1, 1), f(1, c=0)]")
h("lang_tuple_unpack_loop", "out = {}\nfor k, v in event.payload.fields.items():\n    out[v if isinstance(v, str) else str(v)] = k\nreturn out")
h("lang_str_in_fields", "return 'reason' in event.payload.fields and event.payload.fields['urgency'] in ('High', 'Emergency')")
h("lang_bool_ops", "return [None or 'd', 0 and 1, not [], [] or {}]")
h("lang_slicing", "s = 'abcdefgh'\nreturn [s[2:5], s[::2], s[-3:], [1, 2, 3, 4][1::2]]")
h("lang_len_types", "return [len('héllo'), len([1, 2]), len({'a': 1}), len(event.payload.fields)]")

# ---------------------------------------------------------------- realistic handlers
case("real_get_permissions", """
from sym.sdk.annotations import reducer
from sym.sdk.integrations import okta
from sym.sdk.request_permission import PermissionLevel, RequestPermission


@reducer
def get_permissions(event):
    if okta.is_user_in_group(event.user, group_id="00gadmins"):
        return RequestPermission(
            webapp_view=PermissionLevel.ADMIN,
            approve_deny=PermissionLevel.ADMIN,
            allow_self_approval=True,
        )
    return RequestPermission(webapp_view=PermissionLevel.MEMBER, approve_deny=PermissionLevel.ADMIN)
""", handler="get_permissions")
case("real_get_approvers", """
from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack, pagerduty


@reducer
def get_approvers(event):
    on_call = pagerduty.users_on_call(schedule_name="prod")
    if on_call:
        return slack.group(on_call, allow_self=False)
    return slack.channel(event.flow.vars.get("channel", "#sym-requests"))
""", handler="get_approvers", event=dict(EVENT, flow={"vars": {"channel": "#ops"}}))
case("real_on_approve_lambda", """
from sym.sdk.annotations import hook
from sym.sdk.integrations import aws_lambda, slack
from sym.sdk.templates import ApprovalTemplate


@hook
def after_approve(event):
    result = aws_lambda.invoke(
        "arn:aws:lambda:us-east-1:1:function:grant",
        {"user": event.user.email, "fields": event.payload.fields},
    )
    if result.get("errors"):
        slack.send_message(slack.channel("#ops"), "grant failed")
        return ApprovalTemplate.deny(reason="grant failed")
    slack.send_message(slack.user(event.user), f"Access granted: {result['body']}")
""", handler="after_approve", event=dict(EVENT, name="approve"))
case("real_prefetch_options", """
import requests
from sym.sdk.annotations import prefetch
from sym.sdk.forms import FieldOption


@prefetch(field_name="team")
def get_teams(event):
    with requests.Session() as session:
        response = session.get("https://api.example.com/oncall")
    response.raise_for_status()
    return [FieldOption(value=u, label=u.title()) for u in response.json()["users"]]
""", handler="get_teams")
case("real_on_request_hours", """
from datetime import datetime, timedelta
from sym.sdk.annotations import hook
from sym.sdk.templates import ApprovalTemplate


@hook
def on_request(event):
    hours = event.payload.fields.get("hours", 1)
    if hours > 8:
        return ApprovalTemplate.deny(reason="too long")
    until = datetime.now() + timedelta(hours=hours)
    print("auto-approving until", until.isoformat())
    return ApprovalTemplate.approve(reason=f"until {until:%H:%M}")
""", handler="on_request")
case("real_unknown_handler_module_error", """
raise RuntimeError("broken module")


def h(event):
    return 1
""")


# ---- datetime.time, week numbers and JSONDecodeError attributes (session 2 probing)
h("dt_time_business_hours", """
import datetime
now = datetime.datetime.now()
t = now.time()
print(t, repr(t), t.hour, t.minute, t.isoformat(), t.strftime("%H:%M %p"))
print(repr(datetime.time(9)), repr(datetime.time(9, 30, 5)), datetime.time(23, 59, 59, 999999), f"{datetime.time(8, 5):%H.%M}")
print(datetime.time(9) <= t <= datetime.time(17), datetime.time(9) == datetime.time(9, 0))
print(datetime.datetime.combine(now.date(), datetime.time(8, 30)), t.replace(hour=1), datetime.time())
try:
    datetime.time(24)
except ValueError as e:
    print(e)
return datetime.time(9) <= t <= datetime.time(17)
""")
h("dt_strftime_week_numbers", """
import datetime
out = []
for d in [datetime.date(2026, 7, 4), datetime.date(2027, 1, 1), datetime.date(2026, 12, 31), datetime.date(2026, 1, 4)]:
    out.append(d.strftime("%U %W %G-%V %u %w %j"))
return out
""")
h("json_decode_error_attributes", """
import json
try:
    json.loads('{"a": 1,\\n "b" x}')
except json.JSONDecodeError as e:
    print(e.msg, e.pos, e.lineno, e.colno)
    return str(e)
""")
h("lang_int_parsing_and_text", """
out = []
for args in [("010", 0), ("0x_f", 16), ("1__0",), ("+5",), ("7", 40)]:
    try:
        out.append(int(*args))
    except ValueError as e:
        out.append(str(e))
out.append("name\\tvalue\\nx\\ty".expandtabs(6))
out.append(range(0, 50, 5).index(35))
out.append([3, 1, 3].index(3, 1))
try:
    out.append(float(10 ** 400))
except OverflowError as e:
    out.append(str(e))
try:
    out.append(["a"] * "3")
except TypeError as e:
    out.append(str(e))
return out
""")

# ---- set iteration order: generated by scripts/gen-set-cases.py SEED (CPython's table layout)
case("set_order_300", "def h(event):\n    a = {'cyx', 'é', 'λπλλ', (,), 'ππ', 12, '😀😀', ('B1', -511349450440779192070, 'üü',), 'ééàüàü', -17, (,), 2305843009213693952, -2, 2305843009213693954, 938293977910258704568, False, -203970733381838824590, (451025, -1.5,), 'μππμ'}\n    b = {'_', 41896756323486894520, 'ééüééü', -13, 'μμμλμλ', 1e+100}\n    c = {-693025317647505294640, 'b', 2305843009213693953, 'cxbbya', 'yacay', -28315351276682823277, 15, 'aaccb', -18, -0.5, 'üüü'}\n    print(a & b)\n    print(', '.join(str(x) for x in c))\n    print(a.intersection(c, b))\n    print(a.union(b, c))\n    print(a ^ b)\n    print(a, b, c)\n    return None\n", header=IMPORTS)
case("set_order_301", "def h(event):\n    a = {'🎉😀🎉😀', ('',), False, 169248203927684112059, ('',), -12.0, (-1058689056329064502468, -1031411803257369771974, -0.25,), 2305843009213693950, 3.0, 'μμπλ', ((-29077, 2305843009213693948, '😀🎉🎉😀🎉',),), 'λμλ'}\n    b = {'üüé', 'a', 'B2_12_', 'πλμμ', '😀🎉🎉😀😀🎉', 2305843009213693949, (-942844, -1.25, -76299591410998059465,), '', 1e+100, 80735, -526487, 197412500688453527193, -0.0, -807839, 2305843009213693952, 'azbyx', 'ü', ('BAA1', 'éà',), (460587, 398611,), ''}\n    c = {-171659, 'y', 0.5, 'B'}\n    print(a.pop() if a else None)\n    print(a.union(b, c))\n    print({*a, *c})\n    print(a.difference(b, c))\n    a |= c\n    print(a - b)\n    print(a, b, c)\n    return None\n", header=IMPORTS)
case("set_order_302", "def h(event):\n    a = {'1BA', 'ààüé', '', '2', (,), (False, 598391331116834146965, 0.5,), 1e+100, 769397, 2305843009213693952, 30932, (1050069141028166224474,), (2305843009213693951, -426254, 'üàü',), (('yzxby',), (2305843009213693948, '',),), -20, 11, '', -997965}\n    b = {-1.25, 1e+100, '🎉', 'λ', '🎉😀🎉🎉😀🎉', (0.5, False, 14,), 2305843009213693948, (-626435, -983990, (2305843009213693950, '1222',),), 'bz', ('éàààé',), 2305843009213693952, 'cxcy', '21_2B'}\n    c = {3.0, 'àéü', -0.0, '😀😀😀🎉😀', -116234687633765809794, 578140838948297914710, -165738649926511955301, 905588, 2305843009213693953, 238576235801005253997, '', (874987,), 2305843009213693952, 'àé', 386612619421464249224, 24, (True, True, ('', '🎉🎉🎉😀🎉😀', 2305843009213693948,),), ('czyaay', True,), 1108595139850946151348}\n    print(', '.join(str(x) for x in c))\n    print(a.intersection(c, b))\n    print(list(a))\n    print({*a, *c})\n    c -= b\n    b &= a\n    print(a.copy())\n    print(a, b, c)\n    return None\n", header=IMPORTS)
case("set_order_303", "def h(event):\n    a = {2305843009213693952}\n    b = {'A_22A2', False, -2, -688350, False}\n    c = {(,), (True, 3.0,), 848111, ('éàü',), 'ü', '', -645827, 'àéàüé', '', 950311735065867446171, '', '😀🎉🎉', 'üüé', ('zb', 107777405291398256363, 'àà',), 391458758284204964719, '__12A'}\n    b.update([('z',), 2.5e-05])\n    a.add('λπμμπ')\n    print(a.symmetric_difference(b))\n    print(sum_like := len(a))\n    print({*a, *c})\n    a ^= b\n    print(a, b, c)\n    return None\n", header=IMPORTS)
case("set_order_304", "def h(event):\n    a = {-914010122741511530026, 27, 984712300773398206075, (-713495112316501488590,)}\n    b = {435698, 683396706391123049704, 36, 2305843009213693950, '', '_2BA', '', ('üüéééé', 2305843009213693948, -13,), 0.5, (,), 2305843009213693954, 2305843009213693948, '121', 'ππμππ', 1038906506315951712566, '_', ((2305843009213693950,),), 2305843009213693948, (,)}\n    c = {'😀', 2305843009213693953, 'πμπλμμ', 'üé', 23, '_', '', 15, 'πμλ', '😀😀🎉😀', '', '_2_B', '', '_B', True, False, -621404, (,), (-970010137670104459215, -13, 941268280576032798436,), -630180, 1e+100, 'àéüüü', 'A2A', -5, -1.25}\n    print(a & b)\n    print(a.pop() if a else None)\n    for x in list(a)[:3]:\n        a.discard(x)\n    print(sum_like := len(a))\n    print({(1, 2), (2, 1), ('a',)} | a)\n    print([x for x in b])\n    print(a, b, c)\n    return None\n", header=IMPORTS)
case("set_order_305", "def h(event):\n    a = {'🎉😀😀😀🎉', 'ééüüà', (937886, 'xc', ('üüüü',),), (11,), 582201}\n    b = {'', -7.5, 'λμ', 34, 774901, ('à',), 'a', -0.0, 2305843009213693951, 1e+100, '_BA_B', 3.0, 2.5e-05, 31, 790148, 2305843009213693954, 'éàüé'}\n    c = {817320528698449172847, '😀', True, 'λμλπλμ', 11, 3.0}\n    print({x for x in c})\n    a ^= b\n    print(a - b)\n    a.add(1e+100)\n    a |= c\n    print(list(a))\n    print(a, b, c)\n    return None\n", header=IMPORTS)
case("set_order_306", "def h(event):\n    a = {(-841955175829542175877,), (157931555785329448249, -3, '',), 2305843009213693949, 'π', ('yzbbbb', '',), -0.0, ((,),), 2305843009213693949, -13, 729412815394540271791, '1A', 'μππμμμ', 'zzz'}\n    b = {-4, -16, -9, '🎉😀🎉😀😀🎉', 'üà', '🎉😀😀', ('byyaa', 947508,), (,), -941858882165889968803, -6, (False,), 37, 29, -10, 2305843009213693954, 36131082279440676434, 'μλλμλ'}\n    c = {('àüàüü', -158229, '',)}\n    print(b - a)\n    print(a.intersection(c, b))\n    print({x for x in c})\n    print(a & b)\n    print(a.pop() if a else None)\n    print(a.union(b, c))\n    b &= a\n    print([x for x in b])\n    a.add(2305843009213693953)\n    print(a, b, c)\n    return None\n", header=IMPORTS)
case("set_order_308", "def h(event):\n    a = {2305843009213693950, (2305843009213693948, 2305843009213693948, 'πλμ',), (-0.0, 980169,), -0.0, 821986666705898116000}\n    b = {-185763166142842709617, -683129126104080225736, '😀🎉', 2305843009213693951, -11.75, 'éàüüà', -5, 3.0, 2305843009213693948, 2305843009213693952}\n    c = {-0.0, ((,), 2305843009213693952, 'caz',), (-603733264805372102862,), '', 'cyyb'}\n    for x in list(a)[:3]:\n        a.discard(x)\n    print([x for x in b])\n    print(a | b)\n    b.update([-0.0, (-1055649204240688366532, -481335218973272345310,), 'éàüà', 2305843009213693951, -0.0, '🎉😀😀😀🎉😀'])\n    c -= b\n    print(a.symmetric_difference(b))\n    print(a, b, c)\n    return None\n", header=IMPORTS)
case("set_order_309", "def h(event):\n    a = {-586219, 11.75}\n    b = {33, 'zzyya', 'A_A_A', 30, 0.0, 'àüüàéà', '', 2.5e-05, 1e+100, -4, '', True, (-173394277168168470887, 316337,), (2305843009213693948,), -13}\n    c = {30, 'bczxxz', False, -82336, 31, '😀😀😀😀', ('😀🎉🎉😀',)}\n    print([x for x in b])\n    print(a.copy())\n    print(a.difference(b, c))\n    print(a.pop() if a else None)\n    a ^= b\n    print([x for x in b])\n    print(a, b, c)\n    return None\n", header=IMPORTS)
case("set_order_310", "def h(event):\n    a = {2305843009213693951, (751358,), 'A2_', (False, (396182865220549114071, '🎉😀',),), '😀', 'λ', 0.5, '😀🎉🎉🎉🎉', -17, 'cx', -7, 802469, '🎉🎉🎉🎉😀', '🎉', 3.0, -60039, 'yxcy'}\n    b = {-790070, 3.0, 2305843009213693948, 'éàééüü', -594191808745352180177, 0.5, 'BA_A', -11, '', ('μλμλππ',), 1002093837366911682304, 591359426086072419653, 3.0, 772086, 'zbazy', 1e+100, '2', ((-19,), 'z',)}\n    c = {True, -1026298596439246668392, 104592, ((,), 2305843009213693951,), 222867010917013988105, True, 1e+100, -218228, 4, 'aazxyc', 'bx', '22', 'àüàü', 'yybay', 'μλμπ', -0.0, 'λλλπ', -220803478180174978003, -19, '😀🎉😀🎉🎉😀', (,), -652077965787153304589, (657205,)}\n    print(sum_like := len(a))\n    for x in list(a)[:3]:\n        a.discard(x)\n    b.update([])\n    print({*a, *c})\n    b &= a\n    print({*a, *c})\n    print(a.symmetric_difference(b))\n    print(list(a))\n    for x in list(a)[:3]:\n        a.discard(x)\n    print(b - a)\n    print(a, b, c)\n    return None\n", header=IMPORTS)
case("set_order_311", "def h(event):\n    a = {839935604467813211346, (,), 3.0, 9.75, 2305843009213693950, (,), -13, 'éüààüü'}\n    b = set() if False else {1} - {1}\n    c = {167077308283564700233, True, ('üüéééü', 'üééàüü',), -1.0, 'éüüüà', 182888}\n    print(a - b)\n    a |= c\n    print({(1, 2), (2, 1), ('a',)} | a)\n    print([x for x in b])\n    print(a & b)\n    print(a | b)\n    b.update([(-322514,)])\n    print({*a, *c})\n    print(a, b, c)\n    return None\n", header=IMPORTS)
case("set_order_312", "def h(event):\n    a = {-932062, '', ((,), 2784229479186443008,), 2305843009213693948, -608112, True, 447985, 27, -0.0, '🎉😀🎉😀😀😀', 2305843009213693954, -741026246938312988547, -1.25, True, (,), '🎉', '😀😀🎉🎉', 1e+100, 75205, 'é'}\n    b = {'_1', '', ('B1',), 10, 'yyacba', False, 0, '21', False, 2305843009213693949}\n    c = {('zacbyx',), ((,),), 'BB_111', 2.5e-05, 12, -0.0, 'üüüààà', (2305843009213693952,), -0.0, '11A', -0.0, 'üüéàü', 'xb', ((,), 'λπμ',)}\n    print([x for x in b])\n    print({*a, *c})\n    print(a.difference(b, c))\n    c -= b\n    print(list(a))\n    print(a, b, c)\n    return None\n", header=IMPORTS)
case("set_order_313", "def h(event):\n    a = {-105056, 1, 'üàéüàé', 35632, ((2305843009213693948, -11.5, 215739,),), 7, 28, '🎉😀😀🎉', -0.0, 'é', 211837302021106125220, '😀🎉🎉', 2305843009213693951, 2512798597805462620, -10.75, '', '😀', 18}\n    b = {False, (,), 3.0, 'bbycy', 898174, '21', (-76306,), '', (41360, '',), False, -76843284410641760667}\n    c = {'éüüééé', 'πμ', 63165806043159039021, True, 'üà', 'ü', (82644492622443281119,), 'bbyxx', '', 'μπλπ', 3.0}\n    print({x for x in c})\n    b.update(['àéà', '', -11, 'πλλμππ', ('xx', 'zyb', -172735212937942603967,)])\n    print(a.difference(b, c))\n    print(', '.join(str(x) for x in c))\n    print(a - b)\n    print(a, b, c)\n    return None\n", header=IMPORTS)
case("set_order_314", "def h(event):\n    a = {'', 'μ', 862855, ('b',), 2305843009213693952, -17}\n    b = {10, 'àü', '🎉😀', -17, 'μ', 0.5, (1, -1159889239786562685759, 'xxxbca',), -5, -301257, True, 1073530092101066066767, 'é', (,), '12', 'xcycza', ('üüüé', ('A1',), False,), 4.75, 550361816077478805398, ('λμμπλ', 0.5, (,),), '_1B11A', '', (469681, 2305843009213693950,), 25, -505603, '🎉'}\n    c = {3.0, (('', 2.5e-05, 752909857055845005587,),), -3.75, 652793866341197417443, '', -33713803771735122114, 2305843009213693953, '🎉', 2305843009213693949, -902933820460489541160, (,), -930605}\n    a |= c\n    print(a.pop() if a else None)\n    print(a ^ b)\n    print(a.copy())\n    print(a.difference(b, c))\n    print(a, b, c)\n    return None\n", header=IMPORTS)
case("set_order_316", "def h(event):\n    a = set() if False else {1} - {1}\n    b = {(,), True, True, -977483, 921195, '1_1A_', 405839704797860856288, ('x', ('πλπ', 1011390948345737801524, -989252,), 1075855411156853357832,), 857095147417460084600, (,), 882410902934343093564, 1.25, '🎉😀😀🎉🎉🎉', 4, 1e+100, -5, (176767365964730701858,), (319991201824403722609, 35, -604449196553831721124,), '', False, 5, '', 18, ('bb', 823983,), (,)}\n    c = {'', True, 'àà', 0.5, -1.25, -677721, 'üàééé'}\n    print(a.union(b, c))\n    print(a.intersection(c, b))\n    print(a - b)\n    print(a | b)\n    print(list(a))\n    print(a.copy())\n    b.update(['🎉🎉', 'àüà', (,), 4])\n    print(a.difference(b, c))\n    print(a.union(b, c))\n    print(a, b, c)\n    return None\n", header=IMPORTS)
case("set_order_317", "def h(event):\n    a = {2305843009213693952, 2.5e-05, 1114426773350312356154, (,), 571164879230460496975, 33, 12.0, (,), 'üàüà', False, -794482616301304341840, 'bx', '😀🎉🎉🎉😀😀', -1.25}\n    b = {'üéééà', 'üéàüü', 'c', (-815266509646703274721, 2305843009213693954,), (-66371606794582300361, -549318,), (2305843009213693948, '',), (71430, 3.0,), 'cbcy', 0.5, 2305843009213693954, 'éüéüàà'}\n    c = {False, False, '1BBA', '', '', 'BAB2AA', (,), True, 618237, '😀😀🎉😀', 'B', -7, -304328932846923664808, ('πππμπ', -0.0, 634623,), 2305843009213693952}\n    print(a.pop() if a else None)\n    b.update([(2305843009213693948,), 2.5e-05, 'πλλππ', 1e+100, (('é',),), ('éüàéàü',)])\n    for x in list(a)[:3]:\n        a.discard(x)\n    print(a.intersection(c, b))\n    print(list(a))\n    print({x for x in c})\n    print({x for x in c})\n    print(a.pop() if a else None)\n    a |= c\n    print(sum_like := len(a))\n    print(a, b, c)\n    return None\n", header=IMPORTS)
case("set_order_318", "def h(event):\n    a = {'🎉😀🎉', '😀🎉', True, (,), '🎉🎉', -812261741801595323397, 422773, (,), 'c', (,), 'z', '', 'λππμππ', 'λπμλμ', 'éàüéü', ('ππμμλ', -420322, 2305843009213693954,), 'A_A__', -908348, '', 'zcxxx', -671135517591067713508, 2305843009213693953}\n    b = {2305843009213693951, 2.5e-05, 'B', 39, 'xb', -1.25, ('😀😀🎉🎉🎉🎉', 2305843009213693953, '😀😀',), -1.25, -184493, 1050888133776356213874, 0.5}\n    c = {544600584794577384091, 'B112B', 'μλμλ', 2.5e-05, -260133123419349963569}\n    for x in list(a)[:3]:\n        a.discard(x)\n    print(b - a)\n    for x in list(a)[:3]:\n        a.discard(x)\n    print({(1, 2), (2, 1), ('a',)} | a)\n    print(a.symmetric_difference(b))\n    print(sum_like := len(a))\n    print(sum_like := len(a))\n    print(a, b, c)\n    return None\n", header=IMPORTS)
case("set_order_319", "def h(event):\n    a = {(,), 4.5, '2AB', 0.5, -224647407323304202026}\n    b = set() if False else {1} - {1}\n    c = {'🎉', 2305843009213693952, '😀🎉🎉😀', 'cxaz', 10, False, ('λππλμπ', (3.0,),), 36, (678936076634958094555, False, (693842608571077084576,),), 14, True, (,), 'μ', 579113}\n    print(list(a))\n    print({*a, *c})\n    print(sum_like := len(a))\n    for x in list(a)[:3]:\n        a.discard(x)\n    a.discard(947147672202975763928)\n    print(a, b, c)\n    return None\n", header=IMPORTS)
case("set_order_320", "def h(event):\n    a = {'yca', 'yzcyy', 6148, 'zzb', 'πμμλ', 2305843009213693953, ('B1', 2305843009213693949, -77971936992903673113,), '😀🎉', 'ü', 'ééüü', '11', 'üàé', '', 2.5e-05}\n    b = {'àéééàé', 237067, ('πμλ', ('ayazxy', 14, 2305843009213693953,), 'éàü',), ('B', 'z', 2305843009213693951,), '', 'μππ', '😀🎉🎉🎉', 1044170311164078048008, '😀', 550014, 113474383916277099289, ((2305843009213693954, '🎉', 2305843009213693949,),), 'λ', 2305843009213693954, 2.5e-05, '🎉😀😀😀🎉🎉', 'yyca', 8.5, 632588, 'àü', 'üüüààà'}\n    c = {'😀🎉'}\n    print({(1, 2), (2, 1), ('a',)} | a)\n    print(a.symmetric_difference(b))\n    print({*a, *c})\n    b.update(['_BB', 31, '🎉😀😀😀🎉🎉', 'μ', 280326, (2305843009213693951, 'xxxxb',)])\n    print(a.difference(b, c))\n    a |= c\n    print(a.intersection(c, b))\n    a.discard(255869181876369878095)\n    c -= b\n    a ^= b\n    print(', '.join(str(x) for x in c))\n    print(a.intersection(c, b))\n    print(a, b, c)\n    return None\n", header=IMPORTS)
case("set_order_321", "def h(event):\n    a = {'μμπλ', ('😀😀🎉', (,), '😀',), 433758390497525798884, 'λππμλ', 'λμμππλ', 512462032168246138719, -818041147533512449804, -760400945930326377922}\n    b = {'1__', 'λμπ', '_', 'z', ('B22_',), -704860829314975795069, (-563002, (2305843009213693953,),), 25, -717642978706195255928, 308549, 552901133622909645135, 101825072463467694037, 'B', 1e+100, 'xc', 479522, 504031068129064588139, '🎉', 2305843009213693949}\n    c = {(,), ((-319779584185593499422, False, -40049828223159897299,), 28,), -572802, False, 324180364961056335715, 'μ', 'BBA2_', (,), 790982, 0, -15, 2305843009213693953, 35473, True, 220809, 2.5e-05, 2305843009213693954, 0.5, 'éüüà', 1082945547474339175403}\n    c -= b\n    print(a.pop() if a else None)\n    print(sum_like := len(a))\n    print(list(a))\n    a |= c\n    print(a.difference(b, c))\n    print(a, b, c)\n    return None\n", header=IMPORTS)
case("set_order_322", "def h(event):\n    a = {False, -406942, True, (26, '😀😀',), 535407864856512753259, '21_', -8, 3.0, True, -13, (812554, (-656426, 'λμλπ',), (,),), 20, (-436615, False, ('μμμλπ',),), '😀😀😀😀🎉', (,), (0.5, -4440186049780189947,), '😀🎉', True, 'λ', 'àüéüéé', -6, -260252291937485062399}\n    b = {(0, 'μπμλ',), -1.25, 'A22', 659631031729911804455, 'ààüü', '1AB', 2305843009213693950, (2305843009213693951,), (,)}\n    c = {198494459671340024590, -566441262494378803244, 'πλλμλλ', 2.5e-05, '_BB22_', 2305843009213693950, 223442758647699580727, 'yb', 972980, ('μ', 'zybaz',), 'ü', (True, '🎉🎉',), '🎉', 1e+100, True, '😀🎉🎉🎉🎉', False, -705095487806752027951, -18, 0, (11.25,), '', 'BA_12'}\n    print(', '.join(str(x) for x in c))\n    print(b - a)\n    print({*a, *c})\n    print({x for x in c})\n    print(a.intersection(c, b))\n    print(a, b, c)\n    return None\n", header=IMPORTS)
case("set_order_323", "def h(event):\n    a = {(,), 920445668790162521346, '😀🎉', 2305843009213693952, -1.25, 'y', 'BBA', 0.5, 1e+100, ('λλμπμλ', '_B1_', 447597702407561737699,), '21_', True, ((97783553821175400112,), (5, 'xbx', -205235750376663129455,), (,),), -0.0, 676615, -743002313854982553185, 'éüééà', 'BAAB', 223986, ((-1042980657212782586563,),), True, (-1.25, 'bzbcbc',), -0.0}\n    b = {'àéàé', '😀🎉', -394640329676964000256, 4, -924782, -1.25, ''}\n    c = {83193, -530608980714170051421, 673991418467934313177, 'zbazz', 'ππμλλ', 29228660025239364476, 2.5e-05, (1097256103183636548537, 852909000143726247462,), 2305843009213693949, -1035937224401300854623, -834702, '', 22}\n    b.update([])\n    print(a ^ b)\n    print(a.difference(b, c))\n    print(a & b)\n    a |= c\n    print([x for x in b])\n    print(a, b, c)\n    return None\n", header=IMPORTS)
case("set_order_325", "def h(event):\n    a = {(,), (,), -489529, 'àéé', 2305843009213693948, (625693021368850139373, 170409137241311522296, '',), -51725741301399518320, '', '🎉😀🎉🎉😀🎉', -863940, 'λλ', 1084225558379065170338, 'zabyyc', -665312, 37, 'üüüàà', 210396}\n    b = {24, 989706881405114770612, -149420, 448354609354454621801, -306993, 'B', -320657, 2.5e-05, -270145468337067699194, 'μμ', (,), 32, 'czxz', -161850, 2305843009213693951}\n    c = {21, 731007, '1A', (357316632829448404732,), 'ü', 2305843009213693952, 'zczacc', '🎉🎉🎉🎉😀🎉', 2305843009213693952, (2305843009213693953, -330622194551255622543, '😀😀🎉😀',), 582727}\n    print(a.difference(b, c))\n    a.add('μμμλ')\n    print(a & b)\n    a |= c\n    print(a, b, c)\n    return None\n", header=IMPORTS)
case("set_order_326", "def h(event):\n    a = {'xxazaz', 573964619909892723310, -9.0}\n    b = {-1.25, 2305843009213693951, '😀🎉😀😀😀🎉', -379637974561189577730, 944092356006216172028, -10.75, 772628053568742151536, 555358, (,), 'πλλ', False, 1075139242519227322917, -0.0, 2.5e-05, -389487, 'μμ', '2AB1A1', '🎉🎉😀', (-1.25,), 'μμμπ', 145832, 11.25, 40}\n    c = {'àüà', 'λλλ', 1e+100, True}\n    print(a.intersection(c, b))\n    print(list(a))\n    a.add((False, 2305843009213693953, 2305843009213693952,))\n    b.update([980006, (,), 3.0, '😀😀😀🎉😀😀', '', True, 855772732656483749454])\n    b &= a\n    b.update([-1, 2305843009213693950, '', -1.0, ((,), '_1', 2305843009213693950,), (0.75, 'cyzyy', -921622,)])\n    b.update([-1.25, -17])\n    print({(1, 2), (2, 1), ('a',)} | a)\n    print(sum_like := len(a))\n    print(list(a))\n    print(a, b, c)\n    return None\n", header=IMPORTS)
h("set_literals_and_methods", """
small = {3, 1, 2}
words = {"admin", "ops", "sre", "dev", "security"}
emails = {"alice@example.com", "bob@example.com", "carol@example.com"}
mixed = {1, "a", (1, 2), 2.5, True}
print(small, words, emails, mixed)
print(sorted_like := [w for w in words], ", ".join(emails))
s = {"q"} - {"q"}; s.add("x"); s.add("y"); s.update(["z", "x"]); s.discard("y")
print(s, len(s), "x" in s, s.pop(), s)
print(words | {"extra"}, words & {"ops", "dev", "nope"}, words - {"ops"}, words ^ {"ops", "new"})
print({c for c in "mississippi"}, {n % 5 for n in range(20)}, {*small, *"ab"})
return None
""")

# ---- wrong calls of SDK integration functions: CPython's TypeErrors for the
# ---- reference runner's signatures (bound through the SDK descriptor)
h("sdk_call_shapes", """
calls = [
    lambda: slack.channel(),
    lambda: slack.channel("#ops", False, 30, "extra"),
    lambda: slack.channel("#ops", name="#dup"),
    lambda: slack.channel("#ops", colour="red"),
    lambda: slack.user(),
    lambda: slack.group(),
    lambda: slack.send_message("#ops"),
    lambda: slack.send_message(),
    lambda: slack.mention(),
    lambda: slack.fallback(slack.channel("#a"), continue_on_delivery_failure=False, tries=2),
    lambda: okta.is_user_in_group(event.user),
    lambda: okta.is_user_in_group(event.user, "00gadmins"),
    lambda: okta.is_user_in_group(event.user, "00gadmins", group_id="x"),
    lambda: okta.users_in_group("00gadmins"),
    lambda: okta.users_in_group(),
    lambda: okta.get_user_info(),
    lambda: pagerduty.is_on_call(),
    lambda: pagerduty.is_on_call(event.user, "prod"),
    lambda: pagerduty.users_on_call("prod"),
    lambda: pagerduty.users_on_call(team="x"),
    lambda: pagerduty.users_for_schedule(escalation_policy_name="x"),
    lambda: aws_lambda.invoke(),
    lambda: aws_lambda.invoke("arn", {}, 3),
    lambda: aws_lambda.invoke_async(payload={}),
]
for call in calls:
    try:
        call()
        print("ok")
    except TypeError as e:
        print(e)
return None
""")
h("sdk_call_keywords", """
a = slack.channel(name="#ops", timeout=60, allow_self=True)
b = slack.user(identifier=event.user, allow_self=False)
c = slack.group(users=[event.user], timeout=5)
d = slack.fallback(a, b, continue_on_timeout=True)
print(a, b, c, d)
print(okta.is_user_in_group(user=event.user, group_id="00gadmins"))
print(pagerduty.is_on_call(user=event.user, schedule_name="prod"), pagerduty.is_on_call(event.user, escalation_policy_id="P123"))
print(len(pagerduty.users_on_call(schedule_id="P123")), len(pagerduty.users_for_schedule(schedule_name="prod")))
print(aws_lambda.invoke(arn="arn:aws:lambda:us-east-1:1:function:grant", payload={"a": 1}))
print(aws_lambda.invoke_async("arn:aws:lambda:us-east-1:1:function:grant"))
return [Notification(destinations=[a], timeout=600)]
""")

# ---- the SDK's enums are str-based enums (print, repr, format, compare, hash)
h("enum_members_behave_as_str_enums", """
from sym.sdk.templates import ApprovalTemplateStep
from sym.sdk.user import UserRole
u = event.user
print(u.role, repr(u.role), f"{u.role}", u.role == "admin", u.role == UserRole.ADMIN, u.role.value, u.role.name)
print(PermissionLevel.ADMIN, repr(PermissionLevel.MEMBER), f"[{PermissionLevel.ALL_USERS:>12}]", list(PermissionLevel))
print(PermissionLevel("member"), PermissionLevel("member") is PermissionLevel.MEMBER, "admin" in {PermissionLevel.ADMIN}, {PermissionLevel.ADMIN: 1}["admin"])
print(u.role.permission_levels(), UserRole.GUEST.permission_levels(), u.role.upper())
print(ApprovalTemplateStep.APPROVE, ApprovalTemplateStep("deny"), get_step_output(ApprovalTemplateStep.APPROVE))
rp = RequestPermission(webapp_view="member", approve_deny=PermissionLevel.ADMIN)
print(rp, rp.webapp_view is PermissionLevel.MEMBER, rp.approve_deny == "admin")
try:
    PermissionLevel("owner")
except ValueError as e:
    print(e)
return {"role": u.role, "levels": [PermissionLevel.ADMIN], PermissionLevel.MEMBER: rp}
""")

# ---- sym.sdk.exceptions construct as the SDK's (name, message, error_type)
case("sdk_exception_arguments", 'from sym.sdk.exceptions import SlackError, SymException, AWSLambdaError, OktaError\nfrom sym.sdk.errors import SymSDKError\ndef h(event):\n    for make in [lambda: SlackError("boom"), lambda: SlackError("n", "the message"), lambda: SlackError(message="m", error_type="X"), lambda: SymException(), lambda: SymException("T", "n", "msg"), lambda: AWSLambdaError("a", "b", "c"), lambda: SymSDKError("sdk msg", hint="h"), lambda: SymSDKError()]:\n        e = make()\n        print(repr(e), str(e), e.args, e.message)\n    try:\n        raise OktaError("grp", "not found")\n    except SymException as e:\n        print("caught", repr(e), e.error_type, e.name, e.message)\n    class Mine(SlackError):\n        pass\n    try:\n        raise Mine("x", "y")\n    except SlackError as e:\n        print(repr(e), e.error_type)\n    try:\n        SymException(foo=1)\n    except TypeError as e:\n        print(e)\n    raise SlackError("final", "it failed")\n')

# ---- datetime: timestamps and signed timedeltas
h("dt_fromtimestamp_and_negative_deltas", """
import datetime
print(datetime.datetime.fromtimestamp(0), datetime.datetime.fromtimestamp(1700000000.5), datetime.datetime.utcfromtimestamp(86400))
print(datetime.datetime.fromtimestamp(3600, tz=datetime.timezone(datetime.timedelta(hours=2))))
t = datetime.timedelta(hours=36, minutes=5)
print(-t, +t, abs(-t), repr(-t), datetime.datetime.now() + -t)
return datetime.datetime.fromtimestamp(1700000000).timestamp()
""")

# ---------------------------------------------------------------- the SDK surface, bound through the descriptor
# Wrong calls raise CPython's TypeErrors for the reference runner's signatures
# (which are the descriptor's); each shape once uncaught (its line), and the
# keyword/positional variations of every served function.
BIND_IMPORTS = IMPORTS + """\
from sym.sdk.user import user_ids, User, UserIdentity, UserRole
from sym.sdk.target import AccessTarget
from sym.sdk.templates import Template
from sym.sdk.request_destination import SlackChannelID, SlackChannelName, SlackUser, SlackUserGroup, RequestDestination, RequestDestinationFallback
"""


def tries(name, calls, **kw):
    """A case that makes each call and prints its repr or its exception's."""
    body = "calls = [\n" + "".join("    lambda: %s,\n" % c for c in calls) + "]\n"
    body += "for call in calls:\n    try:\n        print(repr(call()))\n    except Exception as e:\n        print(repr(e))\nreturn None"
    h(name, body, **dict({"header": BIND_IMPORTS}, **kw))


ret("bind_unexpected_keyword", "slack.channel('#ops', colour='red')")
ret("bind_too_many_positional_with_defaults", "slack.channel('#ops', True, 30, 'extra')")
ret("bind_too_many_positional", "okta.get_user_info(event.user, 'extra')")
ret("bind_missing_positional", "slack.user()")
ret("bind_missing_two_positionals", "slack.send_message()")
ret("bind_keyword_only_given_positionally", "okta.is_user_in_group(event.user, '00gadmins')")
ret("bind_keyword_only_positional_and_keyword", "pagerduty.is_on_call(event.user, 'prod', schedule_id='P123')")
ret("bind_no_positionals_taken", "okta.users_in_group('00gadmins')")
ret("bind_missing_keyword_only", "okta.is_user_in_group(event.user)")
ret("bind_multiple_values", "slack.channel('#ops', name='#dup')")
# A call is bound before its world section is looked at: a wrong call with
# no section is a TypeError, not UnmockedCall.
ret("bind_before_world_section", "get_step_output('request', 'approve')", world={})
ret("bind_before_world_section_slack", "slack.send_message(slack.channel('#a'))", world={})
h("bind_wrong_call_is_catchable", """
try:
    aws_lambda.invoke('arn:x', {}, 3)
except TypeError as e:
    return str(e)
""")
h("bind_star_args_and_kwargs", """
args = ['#ops']
kw = {'timeout': 30, 'allow_self': True}
a = slack.channel(*args, **kw)
b = aws_lambda.invoke(*['arn:aws:lambda:us-east-1:1:function:grant'], **{'payload': {'a': 1}})
c = okta.is_user_in_group(*[event.user], **{'group_id': '00gadmins'})
try:
    okta.get_user_info(**{'user': event.user, 'extra': 1})
except TypeError as e:
    print(e)
return [a, b, c]
""")
tries("bind_slack_keyword_variations", [
    "slack.channel(name='#ops')",
    "slack.channel('C1', timeout=5)",
    "slack.channel(timeout=5, name='#x', allow_self=True)",
    "slack.channel('#ops', False, None)",
    "slack.user(identifier='U1', timeout=9)",
    "slack.user(event.user, True)",
    "slack.group(users=('U1', 'U2'))",
    "slack.group(['U1'], True, 60)",
    "slack.mention(identifier=event.user)",
    "slack.users_in_channel(channel='#ops')",
    "slack.send_thread_message(message='m')",
    "slack.send_message(message='m', destination=slack.channel('#a'))",
    "slack.send_message(event.user, message='m')",
    "slack.send_message(slack.channel('#a'), 'm', 'extra')",
    "slack.send_thread_message()",
    "slack.users_in_channel()",
    "slack.mention('U1', 'U2')",
    "slack.group(users=['U1'], colour=1)",
])
tries("bind_fallback_variations", [
    "slack.fallback()",
    "slack.fallback(slack.channel('#a'), slack.user('U1'), slack.channel('C9'), continue_on_delivery_failure=False)",
    "slack.fallback(*[slack.channel('#a')], continue_on_timeout=None)",
    "slack.fallback(slack.channel('#a'), retries=2)",
    "slack.fallback(destinations=[slack.channel('#a')])",
])
tries("bind_okta_pagerduty_lambda_variations", [
    "okta.is_user_in_group(user=event.user, group_id='00gadmins')",
    "okta.is_user_in_group(group_id='00gmgr', user='bob@example.com')",
    "okta.users_in_group(group_id='00gmgr')[1].email",
    "okta.get_user_info(user=event.user)",
    "okta.users_in_group(group_id='00gmgr', name='x')",
    "okta.get_user_info()",
    "pagerduty.is_on_call(user='bob@example.com', schedule_name='prod')",
    "pagerduty.is_on_call(event.user, schedule_name=None, schedule_id=None)",
    "pagerduty.is_on_call(event.user, escalation_policy_name='P123', escalation_policy_id='prod')",
    "[u.email for u in pagerduty.users_on_call(escalation_policy_id='P123')]",
    "pagerduty.users_on_call(event.user)",
    "pagerduty.users_for_schedule(schedule_id='P123')[0].email",
    "pagerduty.users_for_schedule('prod')",
    "pagerduty.users_for_schedule(escalation_policy_id='P123')",
    "pagerduty.is_on_call()",
    "aws_lambda.invoke(arn='arn:aws:lambda:us-east-1:1:function:grant')",
    "aws_lambda.invoke('arn:x', payload=None)",
    "aws_lambda.invoke_async(arn='arn:x', payload={'k': [1]})",
    "aws_lambda.invoke(payload={})",
    "aws_lambda.invoke_async('arn:x', {}, extra=1)",
])
tries("bind_explicit_defaults", [
    "slack.channel('#a', allow_self=None, timeout=None)",
    "slack.user('U1', allow_self=0)",
    "slack.group([], timeout=0)",
    "slack.fallback(continue_on_delivery_failure=None, continue_on_timeout=1)",
    "get_step_output(None)",
    "get_step_output(step=None)",
])
tries("bind_methods_count_self", [
    "event.get_actor()",
    "event.get_actor('request', 'approve')",
    "event.get_actor(event_name='request')",
    "event.get_context(foo=1)",
    "event.get_context(event_name='request', name='x')",
    "event.user.identity()",
    "event.user.identity('slack', 'T01', 'extra')",
    "event.user.identity(service_type='slack').user_id",
    "event.user.identity('slack', service_id='T01').user_id",
    "event.user.identity('slack', service_id='T02')",
    "event.user.role.permission_levels(1)",
    "event.user.role.permission_levels()",
    "event.user.get_event_count",
], event=dict(EVENT, run={"actors": {"request": "alice@example.com"}, "contexts": {"request": {"k": 1}}}))
tries("bind_module_functions", [
    "get_step_output('approve', 'deny')",
    "get_step_output(foo=1)",
    "get_step_output(step='approve')",
    "user_ids()",
    "user_ids([event.user], 1)",
    "user_ids(user_list=[event.user])",
    "user_ids(users=[])",
])
tries("bind_decorators", [
    "reducer()",
    "reducer(h, h)",
    "hook(fn=len)",
    "hook(f=len)",
    "prefetch()",
    "prefetch(field_name='x', y=2)",
    "prefetch('x')()",
    "prefetch('x')(len, len)",
    "prefetch(field_name='x')(fn=len)",
    "reducer(fn=reducer)(1)",
])
h("bind_unmodelled_takes_any_arguments", """
try:
    okta.list_groups(1, 2, 3, foo=4)
except:
    print('swallowed')
print(slack.is_user_in_group())
return 'unreached'
""")
h("bind_stub_integration_any_name", """
from sym.sdk.integrations import github, jira
print(slack.no_such_function)
try:
    slack.no_such_function()
except TypeError as e:
    print(e)
return jira.create_issue_for_me('x', y=1)
""", header=BIND_IMPORTS)
h("bind_keyword_and_positional_mix_effects", """
slack.send_message(slack.channel(name='#audit', allow_self=True), message='one')
slack.send_message(destination=slack.user(identifier=event.user), message='two')
slack.send_thread_message(message='three')
aws_lambda.invoke_async(payload={'who': event.user.email}, arn='arn:a')
aws_lambda.invoke('arn:aws:lambda:us-east-1:1:function:grant', payload=event)
return 'done'
""")

# ---- SDK constructors: the descriptor's __init__ (keywords only; unknown
# ---- keywords ignored as pydantic v1 does), and the classes the reference
# ---- runner lets a handler construct
ret("ctor_positional_refused", "Notification([slack.channel('#a')])")
ret("ctor_required_field_missing", "FieldOption(label='x')")
tries("ctor_unknown_keywords_ignored", [
    "Notification(destinations=[slack.channel('#a')], colour='red', timeout=5)",
    "FieldOption(value=1, label='one', hint='h')",
    "RequestPermission(webapp_view='admin', approve_deny='member', allow_self_approval=True, extra=1)",
    "RequestPermission(approve_deny='member')",
    "RequestPermission(webapp_view='admin')",
    "RequestPermission('admin', 'member')",
    "FieldOption(value=None, label='x' * 56)",
])
tries("ctor_destinations_direct", [
    "SlackChannelID(channel_id='C1')",
    "SlackChannelName(channel_name='#x', allow_self=True, timeout=7)",
    "SlackUser(user='U1')",
    "SlackUser(user_id='U1')",
    "SlackUserGroup(users=['U1', 'U2'], allow_self=True)",
    "SlackUserGroup()",
    "RequestDestinationFallback(destinations=[SlackChannelID(channel_id='C1')], continue_on_timeout=True)",
    "RequestDestination()",
    "RequestDestination(timeout=5, allow_self=True, x=1)",
    "RequestDestination(1)",
    "SlackChannelID('C1')",
    "SlackChannelName(channel_name='#x') == slack.channel('#x')",
    "SlackChannelName(channel_name='#x') == slack.channel('#y')",
])
h("ctor_direct_destinations_in_notifications", """
ok = Notification(destinations=[SlackUserGroup(users=['U1']), event.user, RequestDestinationFallback(destinations=[])])
print(ok)
return Notification(destinations=[SlackChannelID(channel_id='C1'), SlackUser(user='U1')])
""", header=BIND_IMPORTS)
h("ctor_runner_classes", """
from sym.sdk.event import Channel, Payload, Event
from sym.sdk.flow import Flow, Run
u = User(id=event.user.id, email='other@example.com')
print(u, u == event.user, User('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), User(username='z', nickname='n'))
print(UserIdentity(service='slack'), AccessTarget(name='t', settings={'k': 1}), Channel('C1', 'slack'))
print(Flow(name='f', vars={'a': 1}), Run(actors={}), Payload(fields={'x': 1}))
print(Event(name='approve', payload=Payload(fields={'r': 1}, user=u)).user.email)
return [u, AccessTarget('prod', 'Prod', 'aws', {}), UserIdentity('slack', 'T1', 'U1')]
""", header=BIND_IMPORTS)
h("ctor_user_identity_method", """
ident = UserIdentity(service='slack', service_id='T9', user_id='U9')
u = User(id='x', username='zed', identities={'slack': [ident]})
print(u.identity('slack').user_id, u.identity('slack', 'T0'), u.identity('github'), slack.mention(u))
bare = User(id='y', username='amy')
print(slack.mention(bare))
return bare.identity('slack')
""", header=BIND_IMPORTS)
tries("ctor_template_steps", [
    "ApprovalTemplate.request(target_srn=None, duration=5, reason='x')",
    "ApprovalTemplate.approve()",
    "ApprovalTemplate.deescalate(**{'a': 1, 'b': [2]})",
    "ApprovalTemplate.prompt(1)",
    "ApprovalTemplate.ignore(1)",
    "ApprovalTemplate.ignore(message='m')",
    "Template.ignore(message='m', extra=True)",
    "Template.ignore('m')",
    "ApprovalTemplate.request_forward",
])
h("ctor_permission_from_user_ids", """
ids = user_ids([event.user, event.get_actor('approve')])
p = RequestPermission(webapp_view=ids, approve_deny=tuple(ids), allow_self_approval='yes')
return [p, ids]
""", event=dict(EVENT, run={"actors": {"approve": "bob@example.com"}}), header=BIND_IMPORTS)

# ---- contract corners
case("contract_handler_takes_no_argument", "def h():\n    return 1\n")
case("contract_handler_takes_two_arguments", "def h(event, extra):\n    return 1\n")
h("contract_actor_user_object", """
approver = event.get_actor('approve')
return [approver, approver.role, approver.identity('slack').user_id, slack.mention(approver), approver.first_name]
""", event=dict(EVENT, name="escalate", run={"actors": {"approve": {"email": "root@example.com", "role": "admin", "first_name": "Root", "identities": {"slack": [{"service_id": "T1", "user_id": "UROOT"}]}}}}))
h("contract_event_names", """
return [event.name, get_step_output(), event.payload.fields]
""", event=dict(EVENT, name="request_forward"))

def main():
    if os.path.isdir(OUT):
        for name in os.listdir(OUT):
            if not name.startswith("ex"):
                shutil.rmtree(os.path.join(OUT, name))
    os.makedirs(OUT, exist_ok=True)
    for name, handler, src, event, world in CASES:
        d = os.path.join(OUT, name)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "impl.py"), "w") as f:
            f.write(src)
        with open(os.path.join(d, "event.json"), "w") as f:
            json.dump(event, f, indent=2, ensure_ascii=False)
            f.write("\n")
        if world is not None and world != {}:
            with open(os.path.join(d, "world.json"), "w") as f:
                json.dump(world, f, indent=2, ensure_ascii=False)
                f.write("\n")
        with open(os.path.join(d, "handler"), "w") as f:
            f.write(handler + "\n")
    print(len(CASES), "cases written")


if __name__ == "__main__":
    main()
