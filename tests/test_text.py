"""Sentence splitting on the typography of French and English news."""

from __future__ import annotations

import pytest

from extract.text import normalize, split_sentences

SPLIT_ROWS = [
    ("Il a répondu. « Nous pensons que oui. »", ["Il a répondu.", "« Nous pensons que oui. »"]),
    # a narrow no-break space after the guillemet, as French typesetting puts it
    ("Il a répondu. «\u202fNous pensons.\u202f»", ["Il a répondu.", "«\u202fNous pensons.\u202f»"]),
    ('He answered. "We think so."', ["He answered.", '"We think so."']),
    ("M. Lee a parlé. Il a dit 10 000.", ["M. Lee a parlé.", "Il a dit 10 000."]),
    ("Selon lui, c'est « faux ». Et ensuite ?", ["Selon lui, c'est « faux ».", "Et ensuite ?"]),
    ("Il l'a dit. « dix mille », pas plus.", ["Il l'a dit. « dix mille », pas plus."]),
    # footnote markers after the end mark
    ("It is too low.⁴ If it were higher.", ["It is too low.⁴", "If it were higher."]),
    ("C'est trop bas.[3] Les autres aussi.", ["C'est trop bas.[3]", "Les autres aussi."]),
]


@pytest.mark.parametrize(("body", "expected"), SPLIT_ROWS, ids=[r[0][:40] for r in SPLIT_ROWS])
def test_sentences(body: str, expected: list[str]) -> None:
    found = split_sentences(normalize(body), ["M"])
    assert [body[s.start : s.end] for s in found] == expected
