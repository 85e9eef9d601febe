text = """line one
line two
"""
other = '''x'''
