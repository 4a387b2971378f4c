"""Output formats: each in one small module, each a pure function from data to text."""
