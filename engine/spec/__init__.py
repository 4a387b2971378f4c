"""Executable specifications: Gherkin in Dutch or English, one step vocabulary for both."""
