"""The bundled rulebook (data only)."""
