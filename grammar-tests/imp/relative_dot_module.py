from .helpers import approvers
