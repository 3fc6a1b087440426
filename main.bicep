param s object
output o object = s
