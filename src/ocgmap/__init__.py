"""ocgmap: intelligence reports about human trafficking as a knowledge graph."""

__version__ = "0.1.0"
