def main(event):
    s = 'hello world'
    print(s.replace('o', '0'), s.find('o'), s.rfind('o'), s.find('z'), s.index('w'), s.count('l'))
