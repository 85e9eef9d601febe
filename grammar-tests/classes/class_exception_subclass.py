class ApprovalError(Exception):
    pass

raise ApprovalError('no approvers')
