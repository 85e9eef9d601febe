def main(event):
    assert False
