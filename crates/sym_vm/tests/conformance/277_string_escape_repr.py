def main(event):
    return [repr('\x00\x7f'), repr('é'), repr('\\')]
