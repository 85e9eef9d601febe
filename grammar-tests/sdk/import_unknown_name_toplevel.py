from sym.sdk import Notification
