x	=	[1,	2]
print(x)	# tab before comment
