runner = exec
evaluate = eval
