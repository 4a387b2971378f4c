"""JSON Schema of the file formats, for editors that validate YAML as you type."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from .model import (
    MAPPINGS_SCHEMA,
    PROFILE_SCHEMA,
    RULES_SCHEMA,
    MappingFile,
    Profile,
    RuleFile,
)

SCHEMAS: dict[str, tuple[type[BaseModel], str]] = {
    "rules": (RuleFile, RULES_SCHEMA),
    "mappings": (MappingFile, MAPPINGS_SCHEMA),
    "profile": (Profile, PROFILE_SCHEMA),
}


def json_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one file kind: 'rules', 'mappings' or 'profile'."""
    model, schema_id = SCHEMAS[kind]
    body = model.model_json_schema(by_alias=True, mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:{schema_id.replace('/', ':')}",
        **body,
    }
