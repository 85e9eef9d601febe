def main(event):
    s = 'Hello'
    print(s.startswith('He'), s.endswith('lo'), s.startswith(('x', 'H')), s.isalpha(), '123'.isdigit(), 'a1'.isalnum(), '  '.isspace())
