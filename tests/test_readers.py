"""The XML readers against the real corpus in ../shared/corpus (counts as SOURCES.md states
them), the EU-reference finder, and hostile input (entities, DTDs, depth, size)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from poortwachter.engine.errors import InputError
from poortwachter.engine.readers.bwb import plain_text, read_bwb
from poortwachter.engine.readers.detect import read_document
from poortwachter.engine.readers.document import Document, EuReference, ListItem
from poortwachter.engine.readers.references import eu_references
from poortwachter.engine.readers.safe import MAX_XML_BYTES

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
CORPUS = SHARED / "corpus"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus not present")
CORPUS_DIRS = ("bwb", "bwb/regelrecht-zorgtoeslag", "op", "stop", "akn", "formex")

STOP_TEKST = {"t": "https://standaarden.overheid.nl/stop/imop/tekst/"}


def _xpath_count(
    expression: str, namespaces: dict[str, str] | None = None
) -> Callable[[Path], int]:
    """An independent count of article elements, for files SOURCES.md gives no count for."""

    def count(path: Path) -> int:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        result = etree.parse(str(path), parser).xpath(expression, namespaces=namespaces or {})
        assert isinstance(result, float)
        return int(result)

    return count


# file -> (dialect, article count). Literal counts quote ../shared/corpus/SOURCES.md.
EXPECTED: dict[str, tuple[str, int | Callable[[Path], int]]] = {
    # "Has 6 hoofdstukken, 13 paragrafen, 58 artikelen, 89 leden and 129 list items"
    "bwb/BWBR0024282.xml": ("bwb-wetgeving", 58),
    # "Has 3 boeken, 56 titeldelen, 740 artikelen and 1 058 leden."
    "bwb/BWBR0001854.xml": ("bwb-wetgeving", 740),
    # "Has 5 boeken, 947 artikelen and 2 531 leden." (one, the Slotbepaling, has no <nr>)
    "bwb/BWBR0001903.xml": ("bwb-wetgeving", 947),
    # "Has 174 artikelen: 150 `status="goed"`, 20 `vervallen` and 4 `nogniet`."
    "bwb/BWBR0015703_2026-01-01_0.xml": ("bwb-toestand", 174),
    # "It is complete (9 artikelen, 23 leden)"
    "bwb/regelrecht-zorgtoeslag/content.xml": ("bwb-toestand", 9),
    # "111 articles (103 `artikel` + 8 `wijzig-artikel`)"; the 104th <artikel> is the new
    # art. 1 quoted inside the amendment in art. 100, which is amendment text.
    "op/stb-2026-187.xml": ("op", 111),
    # No count in SOURCES.md: the decision's own articles and a regulation it establishes,
    # not the Artikelen quoted in a RegelingMutatie (those are amendments).
    "stop/Wijzigingsbesluit.xml": (
        "stop",
        _xpath_count(
            "count((//t:Artikel | //t:WijzigArtikel)[not(ancestor::t:RegelingMutatie)])",
            STOP_TEKST,
        ),
    ),
    "stop/test_besluit.xml": (
        "stop",
        _xpath_count(
            "count((//t:Artikel | //t:WijzigArtikel)[not(ancestor::t:RegelingMutatie)])",
            STOP_TEKST,
        ),
    ),
    # No count in SOURCES.md.
    "akn/DIR-cmcxketrh00ca8x00qxqd29bn-en.xml": (
        "akn",
        _xpath_count("count(//*[local-name()='article'][not(ancestor::*[local-name()='mod'])])"),
    ),
    "akn/eu_COM(2013)0619_EN-8.xml": (
        "akn",
        _xpath_count("count(//*[local-name()='article'][not(ancestor::*[local-name()='mod'])])"),
    ),
    # "ARTICLE(IDENTIFIER)/TI.ART+STI.ART/PARAG(IDENTIFIER)/…: 23 articles, 95 paragraphs."
    "formex/L_202400903EN.000101.fmx.xml": ("formex", 23),
    # No count in SOURCES.md.
    "formex/eprivacy-cons-2009.fmx.xml": ("formex", _xpath_count("count(//ARTICLE)")),
}

# Leden (numbered paragraphs) where SOURCES.md counts them.
LEDEN = {
    "bwb/BWBR0024282.xml": 89,  # "89 leden"
    "bwb/BWBR0001854.xml": 1058,  # "1 058 leden"
    "bwb/BWBR0001903.xml": 2531,  # "2 531 leden"
    "bwb/regelrecht-zorgtoeslag/content.xml": 23,  # "23 leden"
    "formex/L_202400903EN.000101.fmx.xml": 95,  # "95 paragraphs"
}

_documents: dict[str, Document] = {}


def doc(name: str) -> Document:
    """Each corpus file is read once per test session."""
    if name not in _documents:
        _documents[name] = read_document(CORPUS / name)
    return _documents[name]


# --- the corpus --------------------------------------------------------------------------


@needs_corpus
def test_every_corpus_file_has_an_expected_count() -> None:
    present = {str(p.relative_to(CORPUS)) for d in CORPUS_DIRS for p in (CORPUS / d).glob("*.xml")}
    assert present == set(EXPECTED)


@needs_corpus
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_file_reads_with_the_expected_article_count(name: str) -> None:
    dialect, expected = EXPECTED[name]
    count = expected(CORPUS / name) if callable(expected) else expected
    document = doc(name)
    assert document.dialect == dialect
    assert document.title
    assert len(document.articles) == count
    assert count > 0


@needs_corpus
@pytest.mark.parametrize("name", sorted(LEDEN))
def test_leden_match_sources(name: str) -> None:
    numbered = [p for a in doc(name).articles for p in a.paragraphs if p.number is not None]
    assert len(numbered) == LEDEN[name]


@needs_corpus
def test_independent_xpath_counts_are_what_the_files_hold() -> None:
    """The XPath counts above are not vacuous: the values seen when the tests were written."""
    counts = {name: e(CORPUS / name) for name, (_, e) in EXPECTED.items() if callable(e)}
    assert counts == {
        "stop/Wijzigingsbesluit.xml": 2,
        "stop/test_besluit.xml": 8,
        "akn/DIR-cmcxketrh00ca8x00qxqd29bn-en.xml": 20,
        "akn/eu_COM(2013)0619_EN-8.xml": 24,
        "formex/eprivacy-cons-2009.fmx.xml": 23,
    }


@needs_corpus
def test_wwft_2012_article_1() -> None:
    wwft = doc("bwb/BWBR0024282.xml")
    assert "Wet ter voorkoming van witwassen en financieren van terrorisme" in wwft.title
    lid = wwft.articles[0].paragraphs[0]
    assert (wwft.articles[0].number, lid.number) == ("1", "1")
    assert lid.text == "In deze wet en de daarop berustende bepalingen wordt verstaan onder:"
    assert lid.items[0] == ListItem("a", "instelling:")
    assert lid.items[1].label == "1°"
    assert sum(len(p.items) for a in wwft.articles for p in a.paragraphs) == 129  # "129 list items"


@needs_corpus
def test_sr_and_sv_spot_checks() -> None:
    sr = doc("bwb/BWBR0001854.xml")
    witwassen = sr.article("420bis")
    assert witwassen is not None
    assert witwassen.paragraphs[1].text == (
        "Onder voorwerpen worden verstaan alle zaken en alle vermogensrechten."
    )
    assert [i.label for i in witwassen.paragraphs[0].items] == ["a", "b"]
    assert sr.article("36e") is not None
    sv = doc("bwb/BWBR0001903.xml")
    assert sv.article("126f") is not None
    last = sv.articles[-1]  # "One artikel (the final "Slotbepaling") has a <kop> without <nr>."
    assert (last.number, last.heading) == ("", "Slotbepaling")
    numbered = [a.number for a in sv.articles if a.number]
    assert len(numbered) == len(set(numbered)) == 946


@needs_corpus
def test_toestand_leaves_out_metadata() -> None:
    pw = doc("bwb/BWBR0015703_2026-01-01_0.xml")
    assert pw.title == "Participatiewet"
    assert pw.articles[0].heading == "Begrippen"
    assert not any("jci1.3" in a.text or "stb-" in a.text for a in pw.articles)
    zt = doc("bwb/regelrecht-zorgtoeslag/content.xml")
    assert zt.title == "Wet op de zorgtoeslag"
    assert zt.articles[0].paragraphs[0].items[0] == ListItem(
        "a", "Onze Minister: Onze Minister van Volksgezondheid, Welzijn en Sport;"
    )


@needs_corpus
def test_staatsblad_articles_and_amendments() -> None:
    stb = doc("op/stb-2026-187.xml")
    assert stb.title.endswith("(Cyberbeveiligingswet)")
    numbers = [a.number for a in stb.articles]
    assert numbers[:5] == ["1", "2", "3", "4", "5"]  # "The first 5 article numbers are 1 … 5"
    assert numbers[-1] == "108" and "21a" in numbers
    assert numbers.count("1") == 1  # the art. 1 quoted in art. 100 is not an article
    amending = [a.number for a in stb.articles if a.amendments]
    assert amending == ["99", "100", "101", "102", "103", "103a", "103b", "105"]
    art99 = stb.article("99")
    assert art99 is not None
    assert {m.target_law for m in art99.amendments} == {"Telecommunicatiewet"}
    assert "11.a1" in {m.target_article for m in art99.amendments}


@needs_corpus
def test_staatsblad_amendment_targets() -> None:
    stb = doc("op/stb-2026-187.xml")
    art102 = stb.article("102")
    assert art102 is not None
    (amendment,) = art102.amendments
    assert amendment.target_law == "Wet op het financieel toezicht"
    assert (amendment.target_article, amendment.action) == ("1:93", "insert")
    assert amendment.text.startswith("l. Onze Minister en het bij of krachtens")
    art100 = stb.article("100")
    assert art100 is not None
    first = art100.amendments[0]
    assert (first.target_article, first.action) == ("1", "replace")
    assert first.text.startswith("Artikel 1 Begripsbepalingen")
    art105 = stb.article("105")  # "… wordt artikel 24 van deze wet als volgt gewijzigd"
    assert art105 is not None
    assert (art105.amendments[0].target_law, art105.amendments[0].target_article) == (
        "Cyberbeveiligingswet",
        "24",
    )


@needs_corpus
def test_stop_amending_and_initial_decisions() -> None:
    wijziging = doc("stop/Wijzigingsbesluit.xml")
    assert [a.number for a in wijziging.articles] == ["I", "II"]
    changes = wijziging.articles[0].amendments
    assert [(m.target_article, m.action) for m in changes] == [
        ("1.1", "replace"),
        ("1.2", "insert"),
        ("1.3", "insert"),
        ("1.4", "insert"),
    ]
    assert {m.target_law for m in changes} == {"Initiële aanlevering Testeiland"}
    assert changes[1].text.endswith("Dit is de tekst van artikel 1.2.")
    westland = doc("stop/test_besluit.xml")
    art31 = westland.article("3.1")
    assert art31 is not None
    assert art31.paragraphs[0].number == "1"
    assert art31.paragraphs[0].text.startswith('Het is ter plaatse van "het ambtsgebied" verboden')
    assert art31.paragraphs[0].items[0].label == "a"
    art11 = westland.article("1.1")
    assert art11 is not None
    assert art11.paragraphs[0].items[0].label == "boom"


@needs_corpus
def test_akoma_ntoso_articles() -> None:
    directive = doc("akn/DIR-cmcxketrh00ca8x00qxqd29bn-en.xml")
    definitions = directive.article("2")
    assert definitions is not None
    assert definitions.heading == "Definitions"
    vehicle = definitions.paragraphs[0].items[0]
    assert vehicle.label == "1"
    assert vehicle.text.startswith("\u2018vehicle\u2019 means any vehicle as defined in Article 3")
    assert "OJ L 60, 2.3.2013" not in definitions.text  # footnotes are not text
    proposal = doc("akn/eu_COM(2013)0619_EN-8.xml")
    assert "new psychoactive substances" in proposal.title
    assert proposal.articles[3].number == "4"  # <num/> is empty; the eId says art_4
    assert proposal.articles[0].paragraphs[1].text.startswith("This Regulation shall not apply")


@needs_corpus
def test_formex_articles() -> None:
    act = doc("formex/L_202400903EN.000101.fmx.xml")
    assert "(Interoperable Europe Act)" in act.title
    last = act.article("23")
    assert last is not None
    assert last.heading == "Entry into force"
    assert last.paragraphs[1].text.startswith("It shall apply from 12 July 2024.")
    definitions = act.article("2")
    assert definitions is not None
    first_item = definitions.paragraphs[0].items[0]
    assert first_item.text.startswith("\u2018cross-border interoperability\u2019")
    eprivacy = doc("formex/eprivacy-cons-2009.fmx.xml")
    assert {"14a", "15a"} <= {a.number for a in eprivacy.articles}


@needs_corpus
def test_eu_references_in_the_staatsblad_title() -> None:
    acts = [r.act for r in eu_references(doc("op/stb-2026-187.xml").title)]
    assert acts == ["2022/2555", "910/2014", "2018/1972", "2016/1148"]


# --- EU references -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ter uitvoering van artikel 24 van Richtlijn (EU) 2024/1640.",
            [("2024/1640", "24", "artikel 24 van Richtlijn (EU) 2024/1640")],
        ),
        (
            "ter implementatie van Richtlijn (EU) 2024/1260 van het Europees Parlement",
            [("2024/1260", None, "Richtlijn (EU) 2024/1260")],
        ),
        (
            "bedoeld in artikel 19, eerste lid, onder b, van Verordening (EU) 2024/1624;",
            [
                (
                    "2024/1624",
                    "19",
                    "artikel 19, eerste lid, onder b, van Verordening (EU) 2024/1624",
                )
            ],
        ),
        (
            "pursuant to Article 24 of Directive (EU) 2024/1640",
            [("2024/1640", "24", "Article 24 of Directive (EU) 2024/1640")],
        ),
        (
            "Article 19(1)(b) of Regulation (EU) 2024/1624 and Regulation (EU) No 167/2013",
            [
                ("2024/1624", "19", "Article 19(1)(b) of Regulation (EU) 2024/1624"),
                ("167/2013", None, "Regulation (EU) No 167/2013"),
            ],
        ),
        (
            "de artikelen 3 en 4 van Richtlijn (EU) 2015/849",
            [
                ("2015/849", "3", "artikelen 3 en 4 van Richtlijn (EU) 2015/849"),
                ("2015/849", "4", "artikelen 3 en 4 van Richtlijn (EU) 2015/849"),
            ],
        ),
        (
            "van richtlijn nr. 2006/48/EG van het Europees Parlement",
            [("2006/48/EG", None, "richtlijn nr. 2006/48/EG")],
        ),
        ("artikel 5 van de Wet op het financieel toezicht", []),
        ("artikel 8, tweede lid, van de eIDAS-verordening", []),
    ],
)
def test_eu_references(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert eu_references(text) == [EuReference(*e) for e in expected]


# --- bad and hostile input ----------------------------------------------------------------


def test_unknown_root_names_the_file_and_what_was_expected(tmp_path: Path) -> None:
    path = tmp_path / "unknown.xml"
    path.write_text("<?xml version='1.0'?>\n<html><body/></html>\n")
    with pytest.raises(InputError) as caught:
        read_document(path)
    problem = caught.value.problems[0]
    assert problem.file == str(path) and problem.line == 2
    assert "<html>" in problem.message
    for expected in ("wetgeving", "toestand", "officiele-publicatie", "akomaNtoso", "ACT"):
        assert expected in problem.message


def test_a_reader_refuses_another_dialect(tmp_path: Path) -> None:
    path = tmp_path / "act.xml"
    path.write_text("<ACT><ENACTING.TERMS/></ACT>")
    with pytest.raises(InputError, match="a BWB file has <wetgeving> or <toestand>"):
        read_bwb(path)
    assert read_document(path).dialect == "formex"


def test_malformed_xml_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_text("<wetgeving><artikel></wetgeving>")
    with pytest.raises(InputError, match="not well-formed"):
        read_document(path)


@pytest.mark.parametrize(
    "content",
    [
        b"<?xml \x80version='1.0' encoding='utf-8'?>\n<ACT/>",  # found by the fuzzer
        b"<wetgeving>\n<al>\xff\xfe</al></wetgeving>",
        b"<?xml version='1.0' encoding='bogus'?><wetgeving/>",
    ],
)
def test_bad_bytes_and_encodings_are_input_errors_with_a_line(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "bytes.xml"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        read_document(path)
    (problem,) = caught.value.problems
    assert problem.file.endswith("bytes.xml") and problem.line >= 1
    assert problem.message.startswith("not well-formed XML")


def test_text_extraction_is_not_recursive() -> None:
    """A tree deeper than Python's recursion limit (built in memory: the parser stops at 256)."""
    root = node = etree.Element("al")
    for _ in range(5000):
        node = etree.SubElement(node, "nadruk")
    node.text = "diep"
    assert plain_text(root) == "diep"


ENTRY = """
import json, resource, sys
limit = 1024 * 1024 * 1024  # 1 GiB of address space: a blow-up fails instead of swapping
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from pathlib import Path
from poortwachter.engine.errors import InputError
from poortwachter.engine.readers import bwb, detect
reader = {"read_document": detect.read_document, "read_bwb": bwb.read_bwb}[sys.argv[2]]
try:
    document = reader(Path(sys.argv[1]))
except InputError as exc:
    print("InputError:", exc)
else:
    print("Document:", json.dumps([a.text for a in document.articles]))
"""

ARTICLE = "<artikel><kop><nr>1</nr></kop><al>{}</al></artikel>"


def _billion_laughs() -> str:
    entities = ['<!ENTITY lol0 "lol">']
    entities += [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    body = ARTICLE.format("&lol9;")
    doctype = f"<!DOCTYPE wetgeving [{''.join(entities)}]>"
    return f"<?xml version='1.0'?>\n{doctype}\n<wetgeving>{body}</wetgeving>"


HOSTILE = {
    "billion-laughs": _billion_laughs(),
    "external-entity": (
        '<?xml version="1.0"?>\n<!DOCTYPE wetgeving [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
        f"<wetgeving>{ARTICLE.format('&x;')}</wetgeving>"
    ),
    "parameter-entity": (
        '<?xml version="1.0"?>\n'
        '<!DOCTYPE wetgeving [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>\n'
        f"<wetgeving>{ARTICLE.format('x')}</wetgeving>"
    ),
    "quadratic-blowup": (
        f'<?xml version="1.0"?>\n<!DOCTYPE wetgeving [<!ENTITY a "{"a" * 50_000}">]>\n'
        f"<wetgeving>{ARTICLE.format('&a;' * 50_000)}</wetgeving>"
    ),
    "deep-nesting": "<wetgeving>" + "<al>" * 10_000 + "x" + "</al>" * 10_000 + "</wetgeving>",
}
# Not refused, but nothing is fetched: the DTD is neither loaded nor validated against.
HARMLESS = {
    "external-dtd-network": (
        '<?xml version="1.0"?>\n<!DOCTYPE wetgeving SYSTEM "http://127.0.0.1:9/evil.dtd">\n'
        f"<wetgeving>{ARTICLE.format('tekst')}</wetgeving>"
    ),
    "external-dtd-file": (
        '<?xml version="1.0"?>\n<!DOCTYPE wetgeving SYSTEM "file:///etc/passwd">\n'
        f"<wetgeving>{ARTICLE.format('tekst')}</wetgeving>"
    ),
}


def _run_reader(path: Path, reader: str) -> str:
    """Read in a child process with a time and memory limit, so a hang or blow-up fails."""
    done = subprocess.run(
        [sys.executable, "-c", ENTRY, str(path), reader],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("reader", ["read_document", "read_bwb"])
@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_input_is_refused(tmp_path: Path, case: str, reader: str) -> None:
    path = tmp_path / f"{case}.xml"
    path.write_text(HOSTILE[case])
    output = _run_reader(path, reader)
    assert output.startswith("InputError:"), output
    assert str(path) in output
    assert "root:" not in output


@pytest.mark.parametrize("case", sorted(HARMLESS))
def test_external_dtd_is_not_loaded(tmp_path: Path, case: str) -> None:
    path = tmp_path / f"{case}.xml"
    path.write_text(HARMLESS[case])
    output = _run_reader(path, "read_document")
    assert output.strip() == 'Document: ["tekst"]'


@pytest.mark.parametrize("size", [MAX_XML_BYTES + 1, 100 * 1024 * 1024])
def test_oversized_file_is_refused_without_reading_it(tmp_path: Path, size: int) -> None:
    path = tmp_path / "huge.xml"
    with path.open("wb") as f:  # sparse: costs neither disk nor memory
        f.write(b"<wetgeving>")
        f.truncate(size)
    with pytest.raises(InputError, match=f"at most {MAX_XML_BYTES}"):
        read_document(path)
