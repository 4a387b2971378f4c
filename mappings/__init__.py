"""The bundled mappings to Dutch law (data only)."""
