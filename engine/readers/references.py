"""References to EU acts in Dutch and English legal text, with the article where one is named.

Recognised, for example:

- "Richtlijn (EU) 2024/1260", "Verordening (EU) nr. 910/2014", "richtlijn nr. 2006/48/EG"
- "artikel 24 van Richtlijn (EU) 2024/1640"
- "artikel 19, eerste lid, onder b, van Verordening (EU) 2024/1624"
- "Article 24 of Directive (EU) 2024/1640", "Article 19(1)(b) of Regulation (EU) 2024/1624"
- "Article 3, point 15 of Regulation (EU) 2018/858", "Articles 3 and 4 of Council Directive …"

The act is its number as written, without "nr."/"No" and without the "(EU)" marker:
"2024/1640", "910/2014", "2006/48/EG". A reference naming several articles ("artikelen 3
en 4 van …") gives one EuReference per article, all with the same quote.
"""

from __future__ import annotations

import re

from .document import EuReference

_KIND = (
    r"(?:(?:Gedelegeerde|Delegated|Implementing|Council|Commission)\s+)?"
    r"(?i:uitvoeringsverordening|uitvoeringsrichtlijn|uitvoeringsbesluit|kaderbesluit|"
    r"richtlijn|verordening|besluit|framework\s+decision|directive|regulation|decision)"
)
_MARKER = r"(?:\s*\((?:EU|EG|EEG|EC|EEC|Euratom|GBVB|CFSP|JBZ|JHA)\))?"
_NUMBER = r"(?P<act>\d{2,4}/\d{1,4}(?:/(?:EU|EG|EEG|EC|EEC|Euratom|GBVB|CFSP|JBZ|JHA))?)\b"
_ACT = rf"{_KIND}{_MARKER}\s*(?:(?i:nr\.?|no\.?)\s*)?{_NUMBER}"

_ARTNO = r"\d+[a-z]*"
_ARTLIST_NL = rf"{_ARTNO}(?:(?:\s*,\s*|\s+(?:en|of|tot\s+en\s+met)\s+){_ARTNO})*"
_ARTLIST_EN = rf"{_ARTNO}(?:\(\w+\))*(?:(?:\s*,\s*|\s+(?:and|or|to)\s+){_ARTNO}(?:\(\w+\))*)*"
# "eerste lid", "onder b", "onderdeel 3°", "aanhef en onder a", "punt 15", "tweede alinea"
_PART_NL = (
    r"(?:\w+\s+lid|lid\s+\d+|aanhef(?:\s+en\s+onder\s+[\w°]+)?|onder(?:deel)?\s+[\w°]+"
    r"|punt\s+[\w()]+|sub\s+[\w°]+|\w+\s+alinea)"
)
_PART_EN = r"(?:points?\s+[\w()]+|(?:sub)?paragraph\s+[\w()]+|\w+\s+subparagraph)"
_PREFIX_NL = rf"(?i:artikel(?:en)?)\s+(?P<nl>{_ARTLIST_NL})(?:\s*,?\s*{_PART_NL})*\s*,?\s+van\s+"
_PREFIX_EN = rf"(?i:articles?)\s+(?P<en>{_ARTLIST_EN})(?:\s*,?\s*{_PART_EN})*\s*,?\s+of\s+"
_THE = r"(?:(?:de|het|the)\s+)?"

REFERENCE = re.compile(rf"(?:(?:{_PREFIX_NL}|{_PREFIX_EN}){_THE})?{_ACT}")
_SPLIT = re.compile(_ARTNO)


def eu_references(text: str) -> list[EuReference]:
    """Every reference to an EU act in the text, in order, with the article where named."""
    found: list[EuReference] = []
    for match in REFERENCE.finditer(text):
        quote = " ".join(match.group(0).split())
        articles = _articles(match.group("nl") or match.group("en"))
        found.extend(EuReference(match.group("act"), a, quote) for a in articles)
    return found


def _articles(listed: str | None) -> list[str | None]:
    """'3 en 4' -> ['3', '4']; '19(1)(b)' -> ['19']; no article -> [None]."""
    if not listed:
        return [None]
    without_parts = re.sub(r"\(\w+\)", "", listed)
    return list(_SPLIT.findall(without_parts)) or [None]
