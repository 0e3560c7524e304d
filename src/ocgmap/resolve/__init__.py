"""Entity resolution across reports: keys, candidates, decisions and reviewable judgements."""
