def echo(log):
    received = None
    try:
        while True:
            try:
                received = yield received
            except ValueError as e:
                received = 'caught ' + str(e)
            except KeyError:
                received = 'caught key'
    finally:
        log.append('echo finally')

def once():
    yield 1

def ignores_exit():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass

def main(event):
    log = []
    g = echo(log)
    for x in g:
        log.append(['first', x])
        break
    log.append(['sent', g.send('hello')])
    log.append(['thrown', g.throw(ValueError('boom'))])
    log.append(['thrown class', g.throw(KeyError)])
    g.close()
    g.close()
    log.append('closed twice')
    try:
        g.send(1)
    except StopIteration:
        log.append('stopped after close')
    fresh = echo(log)
    try:
        fresh.send(5)
    except TypeError as e:
        log.append(str(e))
    fresh.close()
    log.append('fresh closed')
    stubborn = ignores_exit()
    for x in stubborn:
        break
    try:
        stubborn.close()
    except RuntimeError as e:
        log.append(str(e))
    done = once()
    for x in done:
        pass
    try:
        done.throw(IndexError('late'))
    except IndexError as e:
        log.append(['late', str(e)])
    try:
        g.send()
    except TypeError as e:
        log.append(str(e))
    try:
        done.close(1)
    except TypeError as e:
        log.append(str(e))
    return log
