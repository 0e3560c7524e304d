"""Exports for people and tools: the offline HTML map, GraphML, GEXF, i2 CSV, .grass."""
