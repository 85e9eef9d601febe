def main(event):
    out = []
    for ch in 'abc':
        out.append(ch * 2)
    return out
