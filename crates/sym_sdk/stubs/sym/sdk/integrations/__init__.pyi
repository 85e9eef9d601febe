"Calls into the services Sym integrates with; each integration is a submodule, and their functions are also re-exported here."
from sym.sdk.integrations.aws_iam import *
from sym.sdk.integrations.aws_lambda import *
from sym.sdk.integrations.aws_sso import *
from sym.sdk.integrations.boundary import *
from sym.sdk.integrations.github import *
from sym.sdk.integrations.google import *
from sym.sdk.integrations.knowbe4 import *
from sym.sdk.integrations.okta import *
from sym.sdk.integrations.onelogin import *
from sym.sdk.integrations.pagerduty import *
from sym.sdk.integrations.slack import *
from sym.sdk.integrations.sym import *
