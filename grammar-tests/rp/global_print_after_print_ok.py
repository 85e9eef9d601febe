print("start")
global print
