import json

from sym.sdk.annotations import hook
from sym.sdk.integrations import aws_lambda


@hook
def after_approve(event):
    payload = {"user": event.user.email, "fields": {"reason": event.payload.fields.get("reason")}}
    answer = aws_lambda.invoke(event.flow.vars["audit_lambda"], payload)
    print(json.dumps(answer, indent=2, sort_keys=True))
