"""The data model on its own."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from poortwachter.engine.model import ArticleRef, Obligation, Text, Verification


def _obligation(**fields: object) -> Obligation:
    base: dict[str, object] = {
        "id": "AMLR-19-1-b",
        "instrument": "AMLR",
        "article": 19,
        "paragraph": 1,
        "point": "b",
        "title": Text(en="t", nl="t"),
        "summary": Text(en="s", nl="s"),
        "addressee": "obliged_entity",
        "kind": "apply",
        "source": "http://data.europa.eu/eli/reg/2024/1624/oj",
        "verification": Verification(verified=True, note="n"),
    }
    base.update(fields)
    return Obligation.model_validate(base)


def test_labels() -> None:
    assert ArticleRef(article=3, paragraph=3, point="n").label() == "3(3)(n)"
    assert ArticleRef(article=90).label() == "90"


def test_expected_id() -> None:
    assert _obligation().expected_id() == "AMLR-19-1-b"
    assert _obligation(point=None).expected_id() == "AMLR-19-1"


def test_strict_types() -> None:
    with pytest.raises(ValidationError):
        _obligation(article="19")
    with pytest.raises(ValidationError):
        _obligation(verification={"verified": "yes", "note": "n"})


def test_unknown_keys_rejected() -> None:
    with pytest.raises(ValidationError) as info:
        _obligation(colour="red")
    assert info.value.errors()[0]["type"] == "extra_forbidden"


def test_models_are_immutable() -> None:
    ob = _obligation()
    with pytest.raises(ValidationError):
        ob.article = 20  # type: ignore[misc]


def test_subparagraph_ids_and_citations() -> None:
    from poortwachter.engine.rulebook import Rulebook
    from poortwachter.engine.views import citation

    ob = _obligation(id="AMLR-67-7-s3", article=67, paragraph=7, point=None, subparagraph=3)
    assert ob.expected_id() == "AMLR-67-7-s3"
    assert citation(Rulebook(), ob, "en") == "AMLR Art. 67(7), third subparagraph"
    assert citation(Rulebook(), ob, "nl") == "AMLR art. 67, lid 7, derde alinea"
    with pytest.raises(ValidationError):
        _obligation(paragraph=None, point=None, subparagraph=2)
