"""Readers for legal XML, one module per dialect, all parsing safely (no DTD, no network)."""
