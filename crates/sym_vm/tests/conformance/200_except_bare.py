def main(event):
    try:
        undefined_name
    except:
        print('bare caught')
    return 'ok'
