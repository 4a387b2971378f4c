"""``rules list``, ``rules show``, ``rules coverage`` and ``schema``: contracts and behaviour."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import Result

from poortwachter.engine.rulebook import bundled_mappings_dir, bundled_rules_dir

from .conftest import FIXTURES


def test_coverage_counts_every_article(run: Callable[..., Result]) -> None:
    result = run("rules", "coverage", "--format", "json")
    assert result.exit_code == 0
    rows = {r["instrument"]: r for r in json.loads(result.stdout)}
    assert {k: v["articles_total"] for k, v in rows.items()} == {
        "AMLR": 90,
        "AMLD6": 80,
        "AMLAR": 108,
        "TFR": 40,
        "CONF": 38,
    }
    for row in rows.values():
        assert set(row) >= {
            "instrument",
            "articles_total",
            "articles_classified",
            "articles_with_obligations",
            "obligations",
            "unverified",
        }
        assert row["articles_with_obligations"] <= row["obligations"]


def test_coverage_counts_fixture(valid_rulebook: Path, run: Callable[..., Result]) -> None:
    result = run("rules", "coverage", "--rules", str(valid_rulebook), "--format", "json")
    assert json.loads(result.stdout) == [
        {
            "instrument": "DEMO",
            "articles_total": 3,
            "articles_classified": 3,
            "articles_with_obligations": 1,
            "obligations": 2,
            "unverified": 0,
        }
    ]


def test_coverage_table(run: Callable[..., Result]) -> None:
    result = run("rules", "coverage")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].split()[:2] == ["instrument", "articles"]


def test_show_json_contract(run: Callable[..., Result]) -> None:
    result = run("rules", "show", "AMLR-19-1-b", "--format", "json")
    assert result.exit_code == 0
    view = json.loads(result.stdout)
    assert view["id"] == "AMLR-19-1-b"
    assert (view["instrument"], view["article"], view["paragraph"], view["point"]) == (
        "AMLR",
        19,
        1,
        "b",
    )
    assert view["deadline"] == "2027-07-10"
    assert view["source"] == "https://eur-lex.europa.eu/eli/reg/2024/1624/oj#art_19"
    assert view["verified"] is True
    assert view["parameters"][0]["value"] == 10000
    assert set(view["title"]) == {"en", "nl"}
    assert "summary" in view


def test_show_text_in_dutch(run: Callable[..., Result]) -> None:
    result = run("rules", "show", "CONF-25-1", "--lang", "nl")
    assert result.exit_code == 0
    assert "Nationale strategie" in result.stdout
    assert "2027-05-24" in result.stdout


def test_show_includes_mappings(valid_rulebook: Path, run: Callable[..., Result]) -> None:
    result = run("rules", "show", "DEMO-2-1-a", "--rules", str(valid_rulebook), "--format", "json")
    view = json.loads(result.stdout)
    assert view["dutch_law_status"] == "partly_covered"
    in_force, bill = view["mappings"]
    assert (in_force["bwb"], in_force["article"], in_force["status"]) == (
        "BWBR0024282",
        "3",
        "partly_covered",
    )
    assert (bill["bill"], bill["bwb"]) == ("demo-bill", None)


def test_show_unknown_id_suggests(run: Callable[..., Result]) -> None:
    result = run("rules", "show", "AMLR-19-1-c")
    assert result.exit_code == 2
    assert "AMLR-19-1-b" in result.stderr


def test_list_filters_by_instrument(run: Callable[..., Result]) -> None:
    result = run("rules", "list", "--instrument", "CONF", "--format", "json")
    assert result.exit_code == 0
    ids = [v["id"] for v in json.loads(result.stdout)]
    assert ids and all(i.startswith("CONF-") for i in ids)


def test_list_table_shows_deadlines(run: Callable[..., Result]) -> None:
    result = run("rules", "list")
    assert result.exit_code == 0
    line = next(ln for ln in result.stdout.splitlines() if ln.startswith("CONF-33-1"))
    assert "2026-11-23" in line


def _as_json_data(path: Path) -> object:
    """YAML as a JSON editor sees it: dates are strings."""
    return json.loads(json.dumps(yaml.safe_load(path.read_text("utf-8")), default=str))


@pytest.mark.parametrize("kind", ["rules", "mappings"])
def test_schema_is_valid_json_schema(kind: str, run: Callable[..., Result]) -> None:
    result = run("schema", kind)
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)


def test_schema_accepts_bundled_and_fixture_files(run: Callable[..., Result]) -> None:
    schemas = {k: json.loads(run("schema", k).stdout) for k in ("rules", "mappings")}
    files = [
        *bundled_rules_dir().rglob("*.yaml"),
        *bundled_mappings_dir().rglob("*.yaml"),
        *(FIXTURES / "valid").glob("*.yaml"),
    ]
    assert files
    for path in files:
        data = _as_json_data(path)
        assert isinstance(data, dict)
        kind = "mappings" if data["schema"].startswith("poortwachter/mappings") else "rules"
        jsonschema.validate(data, schemas[kind])


def test_schema_rejects_unknown_field(run: Callable[..., Result]) -> None:
    schema = json.loads(run("schema", "rules").stdout)
    data = _as_json_data(FIXTURES / "invalid" / "unknown_field.yaml")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)
