"""Poortwachter command line."""
