def main(event):
    try:
        return 1 // 0
    finally:
        print('cleanup')
