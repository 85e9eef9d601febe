def main(event):
    b = b'ab\x00c\'"'
    t = 'héllo wörld'.encode()
    out = [len(b), b[0], b[-1], str(b), repr(b'it\'s'), b[1:3], list(b'xyz'), b == b'ab\x00c\'"', b != t,
           t, t.decode(), t.decode('utf-8'), 'abc'.encode('ascii'), 'é'.encode('latin-1'), b'\xe9'.decode('latin_1'),
           'é'.encode('ascii', 'replace'), 'é'.encode(encoding='ascii', errors='ignore'), b'\xff\xfeA'.decode('utf-8', 'replace'),
           b'abc' + b'def', b'ab' * 3, 3 * b'x', b'b' in b'abc', 98 in b'abc', b'' in b'abc', b'abc' < b'abd',
           b'AbC'.upper(), b'AbC'.lower(), b'  x \n'.strip(), b'a,b,,c'.split(b','), b' a  b '.split(), b'aXbX'.replace(b'X', b'-'),
           b'hello'.startswith(b'he'), b'hello'.endswith((b'x', b'lo')), b'hello'.find(b'l'), b'hello'.count(b'l'), b'\x01\xab'.hex(),
           bool(b''), bool(b'x'), {b'k': 1}, len({b'a', b'a', b'b'}), [x for x in b'hi'], b'%' , b''.split()]
    for bad in [lambda: b'x' + 'y', lambda: b'abc'[5], lambda: 'é'.encode('ascii'), lambda: b'\xff'.decode(), lambda: b'\xe2\x82'.decode(),
                lambda: b'\xe2\x28\xa1'.decode(), lambda: 'x'.encode('nope'), lambda: b'x'['a'], lambda: 'a' in b'abc', lambda: 300 in b'abc',
                lambda: b'x'.decode('utf-8', 'bogus'), lambda: b'a' < 'a', lambda: b'abc'.split(b'')]:
        try:
            out.append(['no error', bad()])
        except TypeError as e:
            out.append(['TypeError', str(e)])
        except UnicodeError as e:
            out.append(['UnicodeError', str(e)])
        except ValueError as e:
            out.append(['ValueError', str(e)])
        except IndexError as e:
            out.append(['IndexError', str(e)])
        except LookupError as e:
            out.append(['LookupError', str(e)])
    return out
