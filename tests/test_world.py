"""The countries of the world (data/lexicons/world/countries.yaml): any war's armies, capitals
and governments, not only the embedded corpus's."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from extract import extract_claims, lexicon
from extract.attribution import attribution_patterns, find_mentions, subject_names
from extract.lexicon import (
    LexiconError,
    load_cities,
    load_claimants,
    load_country_names,
    load_groups,
    load_leaders,
    load_lexicon,
    load_successions,
    load_world,
    world_claimants,
    world_countries,
    world_forms,
    world_subjects,
)
from extract.text import dispatched, group_index

ROOT = Path(__file__).resolve().parent.parent
WORLD = ROOT / "data" / "lexicons" / "world" / "countries.yaml"
GROUPS = ROOT / "data" / "lexicons" / "world" / "groups.yaml"
CACHED = (
    load_lexicon,
    load_claimants,
    load_country_names,
    load_world,
    world_forms,
    world_claimants,
    load_groups,
    load_cities,
    load_leaders,
    load_successions,
    lexicon._world_file,
)


def claims(text: str, lang: str, published: str = "2025-03-10"):
    return extract_claims(text, article_id="t", language=lang, published=published)


def read_claims(text: str, lang: str) -> list[tuple]:
    """What a user reads of each claim: metric, figure, claimant country, subject, claimant."""
    return [
        (c.metric, c.value_best, c.claimant_country, c.subject, c.claimant)
        for c in claims(text, lang)
    ]


# --- the file ----------------------------------------------------------------------------


def test_every_country_of_the_world_is_there_once():
    codes = [country.code for country in load_world()]
    assert len(codes) == len(set(codes)) == 198  # 193 UN members, XK, PS, TW, VA and SU
    assert {"RW", "CD", "BI", "ZA", "XK", "PS", "TW", "VA", "NO", "SU"} <= set(codes)
    assert all(country.adjective for country in load_world())


def test_ambiguous_forms_are_left_out():
    by_code = {country.code: country for country in load_world()}
    assert "Chad" not in by_code["TD"].languages["en"].names  # a first name
    assert "Chadians?" in by_code["TD"].languages["en"].demonyms
    assert "Jordan" not in by_code["JO"].languages["en"].names
    assert not any(re.fullmatch(p, "US", re.I) for p in world_subjects("en").get("US", []))


def test_no_form_belongs_to_two_countries():
    for lang in ("en", "fr"):
        owner: dict[str, str] = {}
        for code, patterns in world_subjects(lang).items():
            for pattern in patterns:
                assert owner.setdefault(pattern, code) == code, (lang, pattern)


def test_hand_written_lexicon_entries_win():
    # the lexicon's own subjects for North Korea are kept as written
    assert (
        load_lexicon("en")["subjects"]["KP"]
        == yaml.safe_load((ROOT / "data/lexicons/en.yaml").read_text("utf-8"))["subjects"]["KP"]
    )
    # a country with a government in the gazetteer gets no second one: it speaks as that
    # government ("the United States said"), and its capital stays the gazetteer's alias
    by_country = {c.country: c for c in world_claimants() if c.speaking}
    for code in ("KR", "UA", "RU", "US", "GB"):
        held = next(c for c in load_claimants() if c.country == code and c.kind == "government")
        assert by_country[code].name == held.name
        assert by_country[code].aliases == ()
        assert by_country[code].speaking
    assert load_country_names()["KR"] == "South Korean"
    assert load_country_names()["RW"] == "Rwandan"


def test_french_names_take_their_article():
    assert "du\\s+Rwanda" in world_countries("fr")["RW"]
    # a feminine name may go without it (« l'ambassadeur de Lituanie », « d'Italie »)
    assert "de\\s+(?:la\\s+)?RDC" in world_countries("fr")["CD"]
    assert "(?:de\\s+l'|d')Ouganda" in world_countries("fr")["UG"]


# --- the loader refuses a broken file, naming it ------------------------------------------


def _world_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: object) -> None:
    for name in ("en.yaml", "fr.yaml", "claimants.yaml"):
        (tmp_path / name).write_bytes((ROOT / "data/lexicons" / name).read_bytes())
    (tmp_path / "world").mkdir()
    (tmp_path / "world" / "countries.yaml").write_text(
        yaml.safe_dump(data, allow_unicode=True), encoding="utf-8"
    )
    monkeypatch.setattr(lexicon, "LEXICON_DIR", tmp_path)


@pytest.fixture
def clear_caches():
    for loader in CACHED:
        loader.cache_clear()
    yield
    for loader in CACHED:
        loader.cache_clear()


RWANDA = {"en": {"adjective": "Rwandan", "names": ["Rwanda"], "demonyms": ["Rwandans?"]}}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"countries": {"rw": RWANDA}}, "two capital letters"),
        ({"countries": {"RW": {"en": {"names": ["Rwanda"]}}}}, "RW.en.adjective"),
        (
            {
                "countries": {"RW": {**RWANDA, "fr": {"names": ["Rwanda"]}}},
                "forms": {"fr": {"articles": {"le": {"the": "", "of": ""}}}},
            },
            "an article",
        ),
        ({"countries": {"RW": {"en": {**RWANDA["en"], "capitals": ["(Kigali"]}}}}, "bad pattern"),
        ({"countries": {"RW": {"en": {**RWANDA["en"], "names": ["(?:a+)+"]}}}}, "nested"),
        ({"countries": {"RW": RWANDA}, "forms": {"en": {"countries": ["of the"]}}}, "template"),
        ({"countries": {"RW": RWANDA}, "flags": {}}, "expected the keys"),
    ],
    ids=["code", "adjective", "article", "pattern", "nested", "template", "unknown key"],
)
def test_loader_refuses_a_broken_world_file(tmp_path, monkeypatch, clear_caches, data, message):
    _world_dir(tmp_path, monkeypatch, data)
    with pytest.raises(LexiconError, match=message) as error:
        load_lexicon("en")
        world_countries("en")
        world_claimants()
    assert "countries.yaml" in str(error.value)


def test_without_a_world_file_the_lexicons_still_load(tmp_path, monkeypatch, clear_caches):
    for name in ("en.yaml", "fr.yaml", "claimants.yaml"):
        (tmp_path / name).write_bytes((ROOT / "data/lexicons" / name).read_bytes())
    monkeypatch.setattr(lexicon, "LEXICON_DIR", tmp_path)
    assert set(load_lexicon("en")["subjects"]) == {"KP", "RU", "UA"}
    assert world_claimants() == ()


# --- dispatched alternations match as the plain ones --------------------------------------


def _plain(groups: list[tuple[str, list[str]]]) -> str:
    return "|".join(f"(?P<{name}>{'|'.join(f'(?:{a})' for a in alts)})" for name, alts in groups)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_dispatched_subjects_match_as_the_plain_alternation(lang):
    subjects = load_lexicon(lang)["subjects"]
    groups = [
        (f"s{i}", sorted(set(names), key=len, reverse=True))
        for i, names in enumerate(subjects.values())
    ]
    plain = re.compile(rf"(?<![\w-])(?:{_plain(groups)})(?![\w-])", re.IGNORECASE)
    fast, _ = subject_names(lang)
    # every country's forms, spelled as the patterns' simplest match, in running text
    words = [
        re.sub(r"\\s\+", " ", re.sub(r"\(\?:[^()]*\)[?*]|.\?|\[(.)[^\]]*\]", r"\1", p))
        for names in subjects.values()
        for p in names
    ]
    text = " et ".join(words) + ". " + " ".join(w.upper() for w in words[::7])
    found = [(m.span(), group_index(m)) for m in fast.finditer(text)]
    expected = [(m.span(), int(m.lastgroup[1:])) for m in plain.finditer(text)]
    assert found == expected
    assert len(found) > len(subjects)


def test_dispatched_keeps_the_order_of_the_alternatives():
    groups = [("a0", ["Congo", "Congolese"]), ("a1", ["Congolese\\s+army"])]
    source = dispatched(groups)
    text = "the Congolese army"
    assert re.search(source, text, re.I).group() == re.search(_plain(groups), text, re.I).group()


# --- extraction on another war ------------------------------------------------------------

CLAIM_ROWS = [
    (
        "en",
        "The Congolese army said on Monday that 3,000 Rwandan soldiers were fighting in North "
        "Kivu.",
        ("deployed", 3000, "CD", "RW", "Congolese military"),
    ),
    (
        "fr",
        "Selon l'armée burundaise, au moins 40 soldats burundais ont été tués.",
        ("killed", 40, "BI", "BI", "Burundian military"),
    ),
    (
        "fr",
        "Kigali affirme que 200 soldats congolais ont été faits prisonniers.",
        ("captured", 200, "RW", "CD", "Rwandan government"),
    ),
    (
        "en",
        "Rwanda said 150 Burundian soldiers had been captured.",
        ("captured", 150, "RW", "BI", "Rwandan government"),
    ),
    (
        "fr",
        "Le Malawi a annoncé que trois de ses soldats avaient été tués, selon le ministère "
        "de la Défense du Malawi.",
        ("killed", 3, "MW", "MW", "Malawian government"),
    ),
    (
        "en",
        "About 1,300 South African troops had arrived, the South African National Defence "
        "Force said.",
        ("deployed", 1300, "ZA", "ZA", "South African military"),
    ),
    # a country named in the plural speaks with a verb in the plural
    (
        "fr",
        "Les Émirats arabes unis ont annoncé que 300 soldats soudanais avaient été tués.",
        ("killed", 300, "AE", "SD", "Emirati government"),
    ),
    (
        "fr",
        "Les Pays-Bas affirment que 40 soldats maliens ont été tués.",
        ("killed", 40, "NL", "ML", "Dutch government"),
    ),
    # a country whose government the gazetteer holds speaks as that government
    (
        "en",
        "The United States said 300 Russian soldiers were killed.",
        ("killed", 300, "US", "RU", "US government"),
    ),
    (
        "fr",
        "Le Royaume-Uni estime que 300 soldats russes ont été tués.",
        ("killed", 300, "GB", "RU", "UK government"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CLAIM_ROWS)
def test_claims_of_another_war(lang, text, expected):
    assert read_claims(text, lang) == [expected]


MENTION_ROWS = [
    ("en", "a Kigali-based research group said", [("Rwandan research", "RW")]),
    ("en", "the army of the Democratic Republic of the Congo said", [("Congolese military", "CD")]),
    ("fr", "les autorités burundaises ont affirmé", [("Burundian government", "BI")]),
    ("fr", "selon Kinshasa", [("Congolese government", "CD")]),
    # "Chad" is a first name too: left out, as the file says
    ("en", "Chad Miller, a reporter, said", []),
    # "Georgia" is a US state too; the adjective, and the French names, are the country's
    ("en", "Georgian officials estimate", [("Georgian officials", "GE")]),
    ("fr", "selon les autorités géorgiennes", [("Georgian government", "GE")]),
    ("en", "Fort Stewart, Georgia, said", []),
    # the hand-written gazetteer still names its own sources
    (
        "en",
        "South Korea's National Intelligence Service said",
        [("South Korean intelligence (NIS)", "KR")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MENTION_ROWS)
def test_sources_of_any_country(lang, text, expected):
    assert [(m.name, m.country) for m in find_mentions(text, lang)] == expected


def test_the_world_patterns_compile_for_both_languages():
    for lang, word in (("en", "Rwandan"), ("fr", "rwandaise")):
        patterns = attribution_patterns(lang)
        assert patterns.world_codes[group_index(patterns.world.match(word))] == "RW"
        assert len(patterns.world_codes) > 150


def test_the_table_is_the_same_in_every_process(tmp_path):
    """Whose troops, when two countries tie, does not hang on the process's string hashing."""
    outputs = []
    for seed in ("1", "2", "3"):
        out = tmp_path / f"claims-{seed}.csv"
        subprocess.run(
            [sys.executable, "-m", "extract", str(ROOT / "tests" / "heldout49"), "-o", str(out)],
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
            check=True,
            capture_output=True,
        )
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]


def test_a_demonym_in_a_sources_name_is_not_whose_troops():
    text = (
        "15 000 : c'est, selon le Service national du renseignement sud-coréen, le nombre de "
        "militaires envoyés en Russie."
    )
    found = extract_claims(text, language="fr", published="2025-05-01", title="Cinq chiffres")
    assert [(c.value_best, c.claimant_country) for c in found] == [(15000, "KR")]
    assert found[0].subject != "KR"


# --- armed groups (data/lexicons/world/groups.yaml) ---------------------------------------


def test_every_armed_group_has_a_country_of_the_world_file():
    codes = {country.code for country in load_world()}
    groups = load_groups()
    assert len(groups) >= 30
    assert all(group.country in codes and group.aliases for group in groups)
    by_name = {group.name: group.country for group in groups}
    assert (by_name["M23 rebels"], by_name["Wagner group"], by_name["Hamas"]) == ("CD", "RU", "PS")


def test_armed_groups_speak_and_name_whose_troops():
    kinds = {c.name: (c.kind, c.country) for c in world_claimants()}
    assert kinds["JNIM"] == ("armed_group", "ML")
    assert "M23" in load_lexicon("en")["subjects"]["CD"]
    assert "Wagner" in load_lexicon("fr")["subjects"]["RU"]


def _world_file_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, file: str, data: object
) -> None:
    """Lexicons whose world file `file` (beside the real countries file) holds `data`."""
    for name in ("en.yaml", "fr.yaml", "claimants.yaml"):
        (tmp_path / name).write_bytes((ROOT / "data/lexicons" / name).read_bytes())
    (tmp_path / "world").mkdir()
    (tmp_path / "world" / "countries.yaml").write_bytes(WORLD.read_bytes())
    (tmp_path / "world" / file).write_text(
        yaml.safe_dump(data, allow_unicode=True), encoding="utf-8"
    )
    monkeypatch.setattr(lexicon, "LEXICON_DIR", tmp_path)


M23 = {"name": "M23 rebels", "country": "CD", "aliases": ["M23"]}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"groups": [{**M23, "country": "ZZ"}]}, "not in the world file"),
        ({"groups": [{**M23, "aliases": ["NIS"]}]}, "already belongs"),
        ({"groups": [{**M23, "aliases": ["(M23"]}]}, "bad pattern"),
        ({"groups": [{"name": "M23 rebels", "aliases": ["M23"]}]}, "expected the keys"),
        ({"rebels": []}, "expected the key 'groups'"),
        ({"groups": [{**M23, "kind": "militia"}]}, "not one of"),
        ({"groups": [{"country": "CD", "aliases": ["M23"]}]}, "needs a name"),
    ],
    ids=["country", "alias taken", "pattern", "missing key", "unknown key", "kind", "no name"],
)
def test_loader_refuses_a_broken_groups_file(tmp_path, monkeypatch, clear_caches, data, message):
    _world_file_dir(tmp_path, monkeypatch, "groups.yaml", data)
    with pytest.raises(LexiconError, match=message) as error:
        load_groups()
    assert "groups.yaml" in str(error.value)


# --- people who speak for a state (data/lexicons/world/leaders.yaml) -----------------------


def test_every_leader_speaks_for_a_country_of_the_world_file_in_a_known_role():
    codes = {country.code for country in load_world()}
    leaders = load_leaders()
    assert len(leaders) >= 300
    assert all(leader.country in codes and leader.aliases for leader in leaders)
    assert all(leader.role in lexicon.LEADER_ROLES for leader in leaders)
    by_name = {leader.name: (leader.country, leader.role) for leader in leaders}
    assert by_name["Emmanuel Macron"] == ("FR", "head_of_state")
    assert by_name["Abiy Ahmed"] == ("ET", "head_of_government")
    # no one the hand-written gazetteer holds
    assert not any(name in by_name for name in ("Volodymyr Zelensky", "Vladimir Putin"))


LEADER_ROWS = [
    (
        "fr",
        "George W. Bush a annoncé mercredi l'envoi de 21 500 soldats supplémentaires en Irak.",
        ("deployed", 21500, "US", "US head of state"),
    ),
    (
        "fr",
        "Emmanuel Macron a affirmé jeudi que 300 combattants syriens avaient quitté la région.",
        ("deployed", 300, "FR", "French head of state"),
    ),
    (  # the surname alone, where it is distinctive
        "en",
        "Abiy told parliament that hundreds of federal soldiers had been killed.",
        ("killed", None, "ET", "Ethiopian head of government"),
    ),
    (  # a pronoun after a person carries to them
        "en",
        "Tony Blair spoke to the Commons on Wednesday. He said 7,100 British troops were in Iraq.",
        ("deployed", 7100, "GB", "UK head of government"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LEADER_ROWS, ids=[r[1] for r in LEADER_ROWS])
def test_a_leader_speaks_for_their_country(lang, text, expected):
    (claim,) = claims(text, lang)
    assert (claim.metric, claim.value_best, claim.claimant_country, claim.claimant) == expected


BLAIR = {"name": "Tony Blair", "country": "GB", "role": "head_of_government", "aliases": ["Blair"]}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"leaders": [{**BLAIR, "country": "ZZ"}]}, "not in the world file"),
        ({"leaders": [{**BLAIR, "aliases": ["Zelensk(?:y|yy|iy|i)"]}]}, "already belongs"),
        ({"leaders": [{**BLAIR, "aliases": ["M23"]}]}, "already belongs"),
        ({"leaders": [BLAIR, {**BLAIR, "name": "Cherie Blair"}]}, "already belongs"),
        ({"leaders": [{**BLAIR, "aliases": ["(Blair"]}]}, "bad pattern"),
        ({"leaders": [{**BLAIR, "role": "king"}]}, "not one of"),
        ({"leaders": [{"name": "Tony Blair", "country": "GB", "aliases": ["Blair"]}]}, "keys"),
        ({"people": []}, "expected the key 'leaders'"),
    ],
    ids=["country", "gazetteer's", "group's", "twice", "pattern", "role", "missing", "top key"],
)
def test_loader_refuses_a_broken_leaders_file(tmp_path, monkeypatch, clear_caches, data, message):
    _world_file_dir(tmp_path, monkeypatch, "groups.yaml", {"groups": [M23]})
    (tmp_path / "world" / "leaders.yaml").write_text(
        yaml.safe_dump(data, allow_unicode=True), encoding="utf-8"
    )
    with pytest.raises(LexiconError, match=message) as error:
        load_leaders()
    assert "leaders.yaml" in str(error.value)


GROUP_ROWS = [
    # the group speaks: its country; the troops it counts: theirs
    (
        "fr",
        "Le JNIM a revendiqué la mort d'une cinquantaine de Russes.",
        ("killed", 50, "ML", "RU", "JNIM"),
    ),
    (
        "en",
        "The M23 said it had killed 300 Congolese soldiers.",
        ("killed", 300, "CD", "CD", "M23 rebels"),
    ),
    (
        "fr",
        "Le LTTE affirme avoir tué plus de 600 soldats indiens.",
        ("killed", 600, "LK", "IN", "LTTE (Tamil Tigers)"),
    ),
    # a group counted by a figure or a troop noun is whose troops, not who speaks
    (
        "en",
        "The Congolese army said it killed 40 M23 fighters on Monday.",
        ("killed", 40, "CD", "CD", "Congolese military"),
    ),
    (
        "fr",
        "Les rebelles ont revendiqué la mort de 84 combattants de Wagner.",
        ("killed", 84, "", "RU", ""),
    ),
    ("en", "Hamas said 20 of its fighters had been killed.", ("killed", 20, "PS", "PS", "Hamas")),
    # a state's forces known by their acronym: that state's military, and whose troops
    (
        "fr",
        "Selon les FARDC, 200 soldats rwandais ont été tués.",
        ("killed", 200, "CD", "RW", "Congolese military"),
    ),
    (
        "en",
        "UN experts said at least 1,000 RDF soldiers had been seen with the M23.",
        ("deployed", 1000, "", "RW", "United Nations"),  # the UN speak with no country
    ),
    (  # a regional government commanding its state's forces
        "fr",
        "Selon le gouvernement régional du Kurdistan, environ 4 000 peshmergas sont passés à "
        "l'attaque.",
        ("deployed", 4000, "IQ", "IQ", "Kurdistan Regional Government"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), GROUP_ROWS)
def test_claims_of_armed_groups(lang, text, expected):
    assert read_claims(text, lang) == [expected]


# --- states that ended (data/lexicons/world/successions.yaml) ------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "published", "expected"),
    [
        (  # Moscow before the Soviet Union ended is the Soviet Union
            "en",
            "Moscow said on Monday that 100,300 troops were in Afghanistan.",
            "1988-05-17",
            ("Soviet government", "SU"),
        ),
        (  # the Soviet Union's veterans writing after it are Russia's; the dead stay Soviet
            "en",
            "A Soviet veterans' association says at least 16,000 Soviet servicemen died.",
            "2019-02-15",
            ("Russian veterans' association", "RU"),
        ),
        (  # Moscow today is Russia
            "fr",
            "Moscou affirme que 600 soldats ont été tués.",
            "2024-02-15",
            ("Russian government", "RU"),
        ),
    ],
)
def test_a_claimants_state_is_the_one_of_its_day(lang, text, published, expected):
    (claim,) = claims(text, lang, published)
    assert (claim.claimant, claim.claimant_country) == expected


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"successions": {"ZZ": {"ended": "1991-12-26", "successor": "RU"}}}, "not a country"),
        ({"successions": {"SU": {"ended": "1991-12-26", "successor": "ZZ"}}}, "not a country"),
        ({"successions": {"SU": {"ended": "late 1991", "successor": "RU"}}}, "expected a date"),
        ({"successions": {"SU": {"successor": "RU"}}}, "exactly 'ended' and 'successor'"),
        ({"states": {}}, "expected the key 'successions'"),
    ],
    ids=["code", "successor", "date", "keys", "unknown key"],
)
def test_loader_refuses_a_broken_successions_file(
    tmp_path, monkeypatch, clear_caches, data, message
):
    _world_file_dir(tmp_path, monkeypatch, "successions.yaml", data)
    with pytest.raises(LexiconError, match=message) as error:
        load_successions()
    assert "successions.yaml" in str(error.value)


# --- cities dispatches are filed from (data/lexicons/world/cities.yaml) -------------------


def test_every_city_is_in_a_country_of_the_world_file():
    codes = {country.code for country in load_world()}
    cities = load_cities()
    assert len(cities) >= 50 and set(cities) <= codes
    capitals = {
        capital.casefold()
        for country in load_world()
        for names in country.languages.values()
        for capital in names.capitals
    }
    # a capital places its dispatch already; a city is listed under one country only
    listed = [city.casefold() for patterns in cities.values() for city in patterns]
    assert not capitals & set(listed)
    assert len(listed) == len(set(listed))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"cities": {"ZZ": ["Jammu"]}}, "not a country code"),
        ({"cities": {"IN": "Jammu"}}, "expected a list"),
        ({"cities": {"IN": ["(Jammu"]}}, "bad pattern"),
        ({"towns": {"IN": ["Jammu"]}}, "expected the key 'cities'"),
    ],
    ids=["country", "not a list", "pattern", "unknown key"],
)
def test_loader_refuses_a_broken_cities_file(tmp_path, monkeypatch, clear_caches, data, message):
    _world_file_dir(tmp_path, monkeypatch, "cities.yaml", data)
    with pytest.raises(LexiconError, match=message) as error:
        load_cities()
    assert "cities.yaml" in str(error.value)
