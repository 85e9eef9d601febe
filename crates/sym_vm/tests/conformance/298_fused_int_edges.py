def main(event):
    x = 9223372036854775807
    x += 1
    y = x - 1
    i = -7
    out = [x, y, i % 3, i // 2, i * 3, i << 2, i >> 1, i - 9223372036854775807, i < 0, i >= -7]
    k = 4611686018427387904
    out.append(k * 2)
    out.append(k + k)
    j = 0
    while j < 3:
        j += 1
    out.append(j)
    return out
