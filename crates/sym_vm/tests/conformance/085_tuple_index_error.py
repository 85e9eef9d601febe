def main(event):
    return (1,)[3]
