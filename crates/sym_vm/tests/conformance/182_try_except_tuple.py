def type_name(e):
    return 'IndexError' if isinstance(e, IndexError) else 'other'

def main(event):
    try:
        [][1]
    except (KeyError, IndexError) as e:
        return type_name(e) + ': ' + str(e)
