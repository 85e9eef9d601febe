gi_frame = 1
f_back = gi_frame + 1
