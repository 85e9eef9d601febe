def main(event):
    assert [], None
