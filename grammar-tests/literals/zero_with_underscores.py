x = 0_0
y = 0x_ff
z = 0b_1
