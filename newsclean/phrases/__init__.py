"""Phrase data, one module per language (``en``, ``de``, ...), each exporting
``PHRASES``: family -> concept -> mode -> regex patterns. See ``newsclean.patterns``.
"""
