"""Reading reports and records into graph deltas, and writing them to a store."""
