pick = lambda flag: 'yes' if flag else 'no'
