_hidden = 1
s = 'ÿş'
