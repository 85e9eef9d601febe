def main(event):
    print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
