approvers = _defaults
