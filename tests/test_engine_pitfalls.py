"""One regression test per durable_rules pitfall the engine designs around.

Each would hang, crash or fail without its workaround; the ones that could hang or crash run
in a separate interpreter under a timeout.
"""

from __future__ import annotations

import datetime as dt
import json
import threading

from poortwachter.engine.compiler import MAX_RULES_PER_RULESET
from poortwachter.engine.engine import Engine
from poortwachter.engine.model import Leaf

from .books import book, derived, obligation
from .isolated import run_isolated

AS_OF = dt.date(2026, 11, 28)


def _leaf(**kw: object) -> Leaf:
    return Leaf.model_validate(kw)


def test_missing_fact_is_unknown_and_does_not_hang() -> None:
    # Pitfall: the existence operator ($ex) spins forever. Presence is a k__ property instead.
    out = run_isolated(
        """
        import datetime as dt
        from tests.books import book, obligation
        from poortwachter.engine.engine import Engine
        from poortwachter.engine.model import Leaf
        cond = Leaf.model_validate({"field": "controls.record_retention_years", "at_least": 5})
        engine = Engine(book([obligation(1, cond)]), dt.date(2026, 11, 28))
        print(engine.evaluate({"controls.record_retention_years": None}).met["SYN-1"])
        print(engine.evaluate({"controls.record_retention_years": 7}).met["SYN-1"])
        """,
        timeout=60,
    )
    assert out.split() == ["None", "True"]


def test_more_than_64_rules_per_stratum_are_partitioned() -> None:
    # Pitfall: more than 64 sibling rules in one ruleset fail every assert with error 303.
    out = run_isolated(
        """
        import datetime as dt
        from tests.books import book, obligation
        from poortwachter.engine.engine import Engine
        from poortwachter.engine.model import Leaf
        obs = [
            obligation(i, Leaf.model_validate(
                {"field": "controls.record_retention_years", "at_least": i % 9}))
            for i in range(1, 101)
        ]
        engine = Engine(book(obs), dt.date(2026, 11, 28))
        result = engine.evaluate({"controls.record_retention_years": 4})
        print(len(engine.compiled.rulesets), sum(1 for v in result.met.values() if v))
        """,
    )
    rulesets, met = map(int, out.split())
    assert rulesets >= 200 // MAX_RULES_PER_RULESET
    assert met == sum(1 for i in range(1, 101) if i % 9 <= 4)


def test_every_ruleset_stays_under_the_sibling_and_property_limits() -> None:
    obs = [
        obligation(i, _leaf(field="controls.max_cash_payment_eur", at_most=i))
        for i in range(1, 300)
    ]
    engine = Engine(book(obs), AS_OF)
    for ruleset in engine.compiled.rulesets:
        assert len(ruleset.rules) <= MAX_RULES_PER_RULESET
        assert len(ruleset.properties) + 2 < 255


def test_no_stale_derived_facts_between_profiles() -> None:
    # Pitfall: no truth maintenance; facts derived for profile N must not leak into N+1.
    is_bank = _leaf(field="institution.category", equals="credit_institution")
    engine = Engine(
        book(
            [obligation(1, {"fact": "bank"})],
            [derived("bank", is_bank)],
        ),
        AS_OF,
    )
    first = engine.evaluate({"institution.category": "credit_institution"})
    second = engine.evaluate({"institution.category": None})
    third = engine.evaluate({"institution.category": "estate_agent"})
    assert (first.derived["bank"], first.met["SYN-1"]) == (True, True)
    assert (second.derived["bank"], second.met["SYN-1"]) == (None, None)
    assert (third.derived["bank"], third.met["SYN-1"]) == (False, False)


def test_profiles_that_match_nothing_do_not_crash_later_ones() -> None:
    # Pitfalls: MessageNotHandledException when nothing matches; delete_state after such an
    # assert segfaulted. The engine treats the first as "nothing fired" and never deletes state.
    out = run_isolated(
        """
        import datetime as dt
        from tests.books import book, obligation
        from poortwachter.engine.engine import Engine
        from poortwachter.engine.model import Leaf
        cond = Leaf.model_validate({"field": "controls.record_retention_years", "at_least": 5})
        engine = Engine(book([obligation(1, cond)]), dt.date(2026, 11, 28))
        results = [engine.evaluate({}).met["SYN-1"] for _ in range(50)]
        results.append(engine.evaluate({"controls.record_retention_years": 5}).met["SYN-1"])
        print(results.count(None), results[-1])
        """,
        timeout=60,
    )
    assert out.split() == ["50", "True"]


def test_engines_do_not_share_rulesets() -> None:
    # Pitfall: ruleset names are global per host; each engine has its own host.
    strict = Engine(
        book([obligation(1, _leaf(field="controls.record_retention_years", at_least=10))]), AS_OF
    )
    loose = Engine(
        book([obligation(1, _leaf(field="controls.record_retention_years", at_least=1))]), AS_OF
    )
    values = {"controls.record_retention_years": 5}
    assert strict.compiled.rulesets[0].name == loose.compiled.rulesets[0].name
    assert strict.evaluate(values).met["SYN-1"] is False
    assert loose.evaluate(values).met["SYN-1"] is True
    assert strict.evaluate(values).met["SYN-1"] is False


def test_engine_starts_no_background_threads() -> None:
    # durable_rules' Host re-arms dispatch timers forever; the engine's host does not.
    before = threading.active_count()
    engines = [
        Engine(
            book([obligation(1, _leaf(field="controls.record_retention_years", at_least=1))]), AS_OF
        )
        for _ in range(5)
    ]
    assert engines and threading.active_count() == before


def test_no_item_matches_an_empty_list() -> None:
    # Found while building: $iall over an empty list is false in durable_rules, so "contains
    # none of" must also accept a count of zero.
    cond = {"not": {"field": "activities.countries", "contains_any": ["NL"]}}
    engine = Engine(book([obligation(1, cond)]), AS_OF)
    assert engine.evaluate({"activities.countries": []}).met["SYN-1"] is True
    assert engine.evaluate({"activities.countries": ["NL"]}).met["SYN-1"] is False
    assert engine.evaluate({"activities.countries": ["BE"]}).met["SYN-1"] is True


def test_compiled_rulebook_never_emits_existence_operators() -> None:
    from poortwachter.engine.rulebook import load_rulebook

    engine = Engine(load_rulebook(), AS_OF)
    text = json.dumps([r.expr for rs in engine.compiled.rulesets for r in rs.rules])
    assert "$ex" not in text and "$nex" not in text
