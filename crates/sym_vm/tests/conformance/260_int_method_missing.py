def main(event):
    return (5).nothing
