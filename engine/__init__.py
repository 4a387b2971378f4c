"""Poortwachter engine: the rulebook model, its loader and the checks on it."""

__version__ = "0.1.0"
