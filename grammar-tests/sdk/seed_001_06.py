from sym.sdk.annotations import reducer
from sym.sdk.integrations import slack

@reducer
def get_approvers(event):
      # event.payload.fields["target"] returns a Sym SDK Target ojbect
    target = event.payload.fields["target"]
    allow_self = target.name == "not-so-sensitive-db"
  
    # Only allow_self if the target is "not-so-sensitive-db"
    return slack.channel(
        "#sym-requests",
        allow_self=allow_self,
    )
