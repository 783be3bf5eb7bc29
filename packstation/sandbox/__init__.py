"""A local SortedPRO emulator (ASGI) for demo mode, training and tests.

It shares the wire models of :mod:`packstation.pro` and nothing of the app's services or GUI.
"""
