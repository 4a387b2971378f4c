"""``numbers``: amounts, percentages and periods read from Dutch and English legal sentences."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from poortwachter.engine.numbers import Bound, Quantity, bound_before, bound_of, compare, quantities


def only(text: str) -> Quantity:
    found = quantities(text)
    assert len(found) == 1, found
    return found[0]


# (sentence, value, unit, matched text, bound)
SENTENCES: list[tuple[str, float, str, str, str | None]] = [
    (
        "De instelling verricht cliëntenonderzoek bij een transactie van ten minste € 15.000.",
        15_000,
        "EUR",
        "€ 15.000",
        "at_least",
    ),
    (
        "De Financiële inlichtingen eenheid kan verzoeken een transactie ten hoogste vijf "
        "werkdagen op te schorten.",
        5,
        "working_days",
        "vijf werkdagen",
        "at_most",
    ),
    (
        "Een bestuurlijke boete bedraagt ten hoogste € 5.000.000.",
        5_000_000,
        "EUR",
        "€ 5.000.000",
        "at_most",
    ),
    (
        "De boete bedraagt ten minste 10 procent van de jaaromzet.",
        10,
        "percent",
        "10 procent",
        "at_least",
    ),
    (
        "De instelling bewaart de gegevens gedurende vijf jaren na het beëindigen van de "
        "zakelijke relatie.",
        5,
        "years",
        "vijf jaren",
        None,
    ),
    ("Contante betalingen van €10.000,- of meer zijn verboden.", 10_000, "EUR", "€10.000,-", None),
    ("Een boete van ten hoogste € 10 000 000.", 10_000_000, "EUR", "€ 10 000 000", "at_most"),
    ("voor een bedrag van EUR 10 000 of meer", 10_000, "EUR", "EUR 10 000", None),
    ("een transactie van 10 000 EUR of meer", 10_000, "EUR", "10 000 EUR", None),
    ("een boete van maximaal € 1,5 miljoen", 1_500_000, "EUR", "€ 1,5 miljoen", "at_most"),
    ("een boete van niet meer dan 5 miljoen euro", 5_000_000, "EUR", "5 miljoen euro", "at_most"),
    ("een bedrag van minder dan tienduizend euro", 10_000, "EUR", "tienduizend euro", "below"),
    ("betalingen boven € 2.500,00 in contanten", 2_500, "EUR", "€ 2.500,00", "above"),
    ("een belang van meer dan 25% van de aandelen", 25, "percent", "25%", "above"),
    ("een belang van 10 % of meer", 10, "percent", "10 %", None),
    (
        "ten minste vijfentwintig procent van de stemrechten",
        25,
        "percent",
        "vijfentwintig procent",
        "at_least",
    ),
    ("een rente van 0,125 procent", 0.125, "percent", "0,125 procent", None),
    (
        "Het bestuursorgaan beslist binnen tien werkdagen.",
        10,
        "working_days",
        "tien werkdagen",
        "at_most",
    ),
    (
        "De melding geschiedt uiterlijk 10 werkdagen na de transactie.",
        10,
        "working_days",
        "10 werkdagen",
        "at_most",
    ),
    ("De vergunning geldt voor 5 jaren.", 5, "years", "5 jaren", None),
    ("De opschorting duurt niet langer dan zes maanden.", 6, "months", "zes maanden", "at_most"),
    ("De verdachte wordt binnen 24 uur gehoord.", 24, "hours", "24 uur", "at_most"),
    ("Bezwaar wordt gemaakt binnen 30 dagen.", 30, "days", "30 dagen", "at_most"),
    ("een termijn van 28 kalenderdagen", 28, "days", "28 kalenderdagen", None),
    ("een termijn van zes weken", 42, "days", "zes weken", None),
    ("De termijn bedraagt honderdtwintig dagen.", 120, "days", "honderdtwintig dagen", None),
    ("binnen tweeëntwintig uur", 22, "hours", "tweeëntwintig uur", "at_most"),
    ("binnen een maand na de ontvangst", 1, "months", "een maand", "at_most"),
    ("een gevangenisstraf van minder dan één jaar", 1, "years", "één jaar", "below"),
    (
        "een bedrag van drieduizendvijfhonderd euro",
        3_500,
        "EUR",
        "drieduizendvijfhonderd euro",
        None,
    ),
    ("een onderneming met meer dan 50 werknemers", 50, "count", "50 werknemers", "above"),
    ("een bestuur van ten minste drie leden", 3, "count", "drie leden", "at_least"),
    ("indien het aantal meldingen meer dan 50 bedraagt", 50, "count", "50", "above"),
    # English
    (
        "The FIU shall reply within 10 working days.",
        10,
        "working_days",
        "10 working days",
        "at_most",
    ),
    ("Records shall be retained for five years.", 5, "years", "five years", None),
    ("a maximum fine of at least EUR 1 000 000", 1_000_000, "EUR", "EUR 1 000 000", "at_least"),
    ("holding more than 25 % of the shares", 25, "percent", "25 %", "above"),
    ("for a period not exceeding EUR 10 000", 10_000, "EUR", "EUR 10 000", "at_most"),
    (
        "pecuniary sanctions of up to EUR 1.5 million",
        1_500_000,
        "EUR",
        "EUR 1.5 million",
        "at_most",
    ),
    ("within twenty-five days", 25, "days", "twenty-five days", "at_most"),
    (
        "no later than one hundred and twenty days",
        120,
        "days",
        "one hundred and twenty days",
        "at_most",
    ),
    ("for less than 24 hours", 24, "hours", "24 hours", "below"),
    ("at least 3 months", 3, "months", "3 months", "at_least"),
    ("a total of EUR 1,000,000", 1_000_000, "EUR", "EUR 1,000,000", None),
]


@pytest.mark.parametrize(("text", "value", "unit", "matched", "bound"), SENTENCES)
def test_sentence(text: str, value: float, unit: str, matched: str, bound: str | None) -> None:
    q = only(text)
    assert (q.value, q.unit, q.text) == (value, unit, matched)
    assert text[q.start : q.end] == q.text
    assert bound_before(text, q) == bound


def test_several_in_order() -> None:
    text = (
        "Een boete van ten hoogste € 5.000.000 of 10 procent van de jaaromzet, en een "
        "bevriezing van ten hoogste vijf werkdagen, te verlengen tot zes maanden."
    )
    found = quantities(text)
    assert [(q.value, q.unit) for q in found] == [
        (5_000_000, "EUR"),
        (10, "percent"),
        (5, "working_days"),
        (6, "months"),
    ]
    assert [bound_before(text, q) for q in found] == ["at_most", None, "at_most", "at_most"]
    assert [q.start for q in found] == sorted(q.start for q in found)


def test_bound_keeps_its_words() -> None:
    text = "De termijn is niet meer dan 10 werkdagen."
    assert bound_of(text, only(text)) == Bound("at_most", "niet meer dan")
    text = "een boete van ten hoogste een bedrag van € 5.000"
    assert bound_of(text, only(text)) == Bound("at_most", "ten hoogste")


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("ten hoogste 5 jaar", "at_most"),
        ("maximaal 5 jaar", "at_most"),
        ("niet meer dan 5 jaar", "at_most"),
        ("hoogstens 5 jaar", "at_most"),
        ("niet langer dan 5 jaar", "at_most"),
        ("tot 5 jaar", "at_most"),
        ("ten minste 5 jaar", "at_least"),
        ("minimaal 5 jaar", "at_least"),
        ("niet minder dan 5 jaar", "at_least"),
        ("vanaf 5 jaar", "at_least"),
        ("minder dan 5 jaar", "below"),
        ("lager dan 5 procent", "below"),
        ("onder 5 procent", "below"),
        ("meer dan 5 jaar", "above"),
        ("hoger dan 5 procent", "above"),
        ("boven 5 procent", "above"),
        ("at most 5 years", "at_most"),
        ("up to 5 years", "at_most"),
        ("not exceeding 5 years", "at_most"),
        ("at least 5 years", "at_least"),
        ("less than 5 years", "below"),
        ("more than 5 years", "above"),
        ("gedurende 5 jaar", None),
        ("totaal 5 jaar", None),
    ],
)
def test_bound_phrases(text: str, direction: str | None) -> None:
    assert bound_before(text, only(text)) == direction


@pytest.mark.parametrize(
    "text",
    [
        "Deze wet treedt in werking op 10 juli 2027.",
        "De datum van toepassing is 2027-07-10.",
        "uiterlijk op 10.7.2027",
        "Artikel 10 is van toepassing.",
        "artikel 3, tweede lid",
        "Richtlijn (EU) 2024/1640",
        "Verordening (EU) nr. 575/2013",
        "Artikel 23, eerste lid, onder a, van Richtlijn (EU) 2015/849",
        "Stb. 2018, 239",
        "artikel 3:29 van het Burgerlijk Wetboek",
        "de artikelen 3 tot 5 zijn van overeenkomstige toepassing",
        "artikel 5 tot en met 7",
        "vanaf 1 januari 2027",
        "vanaf 2027",
        "ten behoeve van de instelling en ten aanzien van de cliënt",
        "een transactie met een cliënt",
        "een boete van de zesde categorie",
        "een 10-jarige termijn",
        "met inachtneming van het 5e lid",
    ],
)
def test_not_quantities(text: str) -> None:
    assert quantities(text) == []


@pytest.mark.parametrize(
    ("value", "direction", "required", "required_direction", "expected"),
    [
        # An EU maximum (a threshold, a maximum period): the national value must not be higher.
        (15, "at_most", 10, "at_most", "too_high"),
        (10, "at_most", 10, "at_most", "ok"),
        (5, "at_most", 10, "at_most", "ok"),
        (10, "above", 10, "at_most", "too_high"),  # "meer dan 10 000" misses 10 000 itself
        (10, "below", 10, "at_most", "ok"),
        (10, None, 10, "at_most", "ok"),
        # An EU minimum (a retention period, a minimum sanction): must not be lower.
        (3, None, 5, "at_least", "too_low"),
        (5, "at_least", 5, "at_least", "ok"),
        (10, "at_least", 5, "at_least", "ok"),
        (5, "below", 5, "at_least", "too_low"),
        (5, "above", 5, "at_least", "ok"),
        # Exactly.
        (5, None, 5, "exactly", "ok"),
        (5, "exactly", 5, "exactly", "ok"),
        (6, None, 5, "exactly", "different"),
        (4, "exactly", 5, "exactly", "different"),
        (5, "below", 5, "exactly", "different"),
        # Strictly below / above.
        (10, "below", 10, "below", "ok"),
        (10, "at_most", 10, "below", "too_high"),
        (9, "at_most", 10, "below", "ok"),
        (11, None, 10, "below", "too_high"),
        (10, "above", 10, "above", "ok"),
        (10, "at_least", 10, "above", "too_low"),
        (11, None, 10, "above", "ok"),
        (9, "above", 10, "above", "too_low"),
    ],
)
def test_compare(
    value: float, direction: str | None, required: float, required_direction: str, expected: str
) -> None:
    assert compare(value, direction, required, required_direction) == expected


def test_compare_rejects_unknown_directions() -> None:
    with pytest.raises(ValueError):
        compare(1, "roughly", 1, "at_most")
    with pytest.raises(ValueError):
        compare(1, "at_most", 1, "sideways")


def test_compare_with_extracted_values() -> None:
    bill = (
        "De Financiële inlichtingen eenheid kan een transactie ten hoogste 15 werkdagen opschorten."
    )
    q = only(bill)
    assert q.unit == "working_days"
    assert compare(q.value, bound_before(bill, q), 10, "at_most") == "too_high"
    bill = "De instelling bewaart de gegevens gedurende vijf jaren."
    q = only(bill)
    assert compare(q.value, bound_before(bill, q), 5, "at_least") == "ok"


@given(st.integers(min_value=0, max_value=10**15))
def test_dutch_amounts_read_back(n: int) -> None:
    text = f"een boete van ten hoogste {f'€ {n:,}'.replace(',', '.')} per overtreding"
    q = only(text)
    assert (q.value, q.unit) == (n, "EUR")
    assert bound_before(text, q) == "at_most"


@given(
    st.integers(min_value=1, max_value=10**12), st.sampled_from(["EUR {} ", "{} euro", "{} EUR"])
)
def test_spaced_amounts_read_back(n: int, template: str) -> None:
    amount = f"{n:,}".replace(",", " ")
    text = f"een transactie van {template.format(amount)}"
    q = only(text)
    assert (q.value, q.unit) == (n, "EUR")
    assert q.text == template.format(amount).strip()


@given(st.integers(min_value=1, max_value=99), st.sampled_from(["werkdagen", "jaar", "procent"]))
def test_dutch_number_words(n: int, unit_word: str) -> None:
    units = ["", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
    small = [*units, "tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien"]
    small += ["zeventien", "achttien", "negentien"]
    tens = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig"]
    tens += ["negentig"]
    if n < 20:
        word = small[n]
    elif n % 10 == 0:
        word = tens[n // 10]
    else:
        unit = units[n % 10]
        word = unit + ("ën" if unit.endswith("e") else "en") + tens[n // 10]
    q = only(f"ten minste {word} {unit_word}")
    assert q.value == n
