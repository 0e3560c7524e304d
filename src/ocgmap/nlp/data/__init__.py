"""Curated word lists and tables behind the entity rules (places, nationalities, agencies).

The tables are plain text in Python modules so that they ship with the package, diff well
in review and parse in microseconds. Each module answers parsed, immutable records.
"""
