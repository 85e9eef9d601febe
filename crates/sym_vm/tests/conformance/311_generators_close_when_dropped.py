def tracked(log, name):
    try:
        yield name + ' 1'
        yield name + ' 2'
    finally:
        log.append(name + ' closed')

def first(g):
    for x in g:
        return x

def stubborn(log):
    try:
        yield 1
    finally:
        log.append('stubborn finally')
        yield 2

def raises_on_close(log):
    try:
        yield 1
    except GeneratorExit:
        log.append('raising on close')
        raise ValueError('from close')

def outer(log):
    try:
        for x in tracked(log, 'inner'):
            yield x
    finally:
        log.append('outer closed')

def main(event):
    log = []
    for x in tracked(log, 'loop'):
        log.append(x)
        break
    log.append('after break')
    log.append(first(tracked(log, 'helper')))
    log.append('after return')
    g = tracked(log, 'local')
    for x in g:
        break
    log.append('still held')
    g = None
    log.append('after reassign')
    h = tracked(log, 'deleted')
    for x in h:
        break
    del h
    log.append('after del')
    for x in stubborn(log):
        break
    log.append('after stubborn')
    for x in raises_on_close(log):
        break
    log.append('after raising close')
    for x in outer(log):
        break
    log.append('after nested')
    try:
        for x in tracked(log, 'unwound'):
            raise KeyError('k')
    except KeyError:
        log.append('handler')
    for x in tracked(log, 'exhausted'):
        pass
    log.append('after exhausted')
    unstarted = tracked(log, 'never started')
    unstarted = None
    log.append('end')
    return log
