a = 'single'
b = "double"
c = 'it\'s'
d = "say \"hi\""
