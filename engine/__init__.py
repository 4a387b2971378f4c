"""Poortwachter engine: the rulebook model, its loader and the checks on it."""
