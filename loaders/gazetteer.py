"""Domain knowledge as data: the YAML files in loaders/data, loaded and checked once.

Every list an analyst may want to extend (titles, abbreviations, provinces, organs,
document kinds, term bodies, cue words, boilerplate) lives in a data file. Extra
folders with files of the same names extend the built-in ones: their lists are
appended and their mappings override. Everything is validated and its regular
expressions compiled at load, so a bad entry fails at start with the file named.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from loaders.text import UPPER, alternation, fold_tones, key, parse_yaml

DATA_DIR = Path(__file__).with_name("data")
FILES = (
    "abbreviations",
    "boilerplate",
    "cues",
    "document_kinds",
    "organs",
    "provinces",
    "ranks",
    "surnames",
    "tenure",
    "terms",
    "titles",
)
TERM_BODIES = (
    "central_party",
    "provincial_party",
    "provincial_council",
    "national_assembly",
    "other",
)


class GazetteerError(ValueError):
    """A data file is missing, unreadable or has an entry of the wrong shape."""


@dataclass(frozen=True)
class Province:
    name: str
    kind: str
    before_2025: bool
    after_2025: bool
    merged_into: str | None
    formed_from: tuple[str, ...]
    aliases: tuple[str, ...]
    datelines: tuple[str, ...]
    needs_lead: bool = False
    city_since: str | None = None


@dataclass(frozen=True)
class DocKind:
    name: str
    words: tuple[str, ...]
    codes: tuple[str, ...]
    bare: str | None = None  # "title" | "number": a number printed without its code


@dataclass(frozen=True)
class Organ:
    name: str
    level: str
    parent: str | None
    # The only heads a bare title may take this organ for ("làm Bí thư" after "Tỉnh ủy"),
    # each also after every prefix; empty: any head.
    heads: tuple[str, ...] = ()


@dataclass(frozen=True)
class Tenure:
    """What starts and ends a holding, and how posts and terms run over time."""

    former: tuple[str, ...]
    new: tuple[str, ...]
    start: tuple[str, ...]
    moves: tuple[str, ...]
    end_title: tuple[str, ...]
    end_person: tuple[str, ...]
    warnings: tuple[str, ...]
    temporary: tuple[str, ...]
    single_holder: frozenset[str]
    term_bodies: dict[str, str]
    appointed_under: frozenset[str]
    periods: dict[tuple[str, str], str]
    body_names: dict[str, str]
    turnover: dict[str, str]
    grace_days: int
    current_within_days: int
    merger_date: str


@dataclass(frozen=True)
class TermPattern:
    """A pattern naming a term of `body`; sentences without all its `keywords` cannot
    match it."""

    body: str
    pattern: re.Pattern[str]
    keywords: tuple[str, ...]


@dataclass(frozen=True, eq=False)
class Gazetteer:
    """Everything the extraction rules know, compiled; hashed by identity."""

    abbreviations: dict[str, str]
    provinces: tuple[Province, ...]
    province_names: dict[str, str]
    datelines: dict[str, str]
    title_heads: tuple[str, ...]
    standalone_titles: tuple[str, ...]
    synonyms: tuple[tuple[re.Pattern[str], str], ...]
    place_words: tuple[str, ...]
    organ_words: tuple[str, ...]
    organ_ends: tuple[str, ...]
    comma_names: tuple[str, ...]
    bare_party_organs: tuple[str, ...]
    sentence_organs: tuple[str, ...]
    organ_qualifiers: tuple[str, ...]
    qualified_bodies: tuple[str, ...]
    councils: tuple[str, ...]
    council_chairs: tuple[str, ...]
    organ_councils: tuple[str, ...]
    place_committees: dict[str, str]
    casing: tuple[str, ...]
    surnames: frozenset[str]
    opening_only: frozenset[str]
    ranks: tuple[str, ...]
    honorifics: tuple[str, ...]
    academic: tuple[str, ...]
    cues: dict[str, tuple[str, ...]]
    doc_kinds: tuple[DocKind, ...]
    issuer_codes: dict[str, str]
    organs: tuple[Organ, ...]
    term_patterns: tuple[TermPattern, ...]
    term_keywords: tuple[str, ...]
    period: re.Pattern[str]
    drop_line: re.Pattern[str]
    cut_after: re.Pattern[str]
    byline_prefix: re.Pattern[str]
    tenure: Tenure

    def province_names_raw(self) -> list[str]:
        """Every province name and alias as articles write them."""
        return [n for p in self.provinces for n in (p.name, *p.aliases)]

    def names_needing_lead(self) -> frozenset[str]:
        """Bare names that are the province only after 'thành phố'/'TP' (Hồ Chí Minh)."""
        return frozenset(p.name for p in self.provinces if p.needs_lead)

    def mergers(self) -> dict[str, str]:
        """Each province merged away on 1 July 2025, with the province it joined."""
        return {p.name: p.merged_into for p in self.provinces if p.merged_into}

    def canonical_province(self, name: str) -> str | None:
        """The canonical province for a name or alias as articles write it."""
        return self.province_names.get(key(name))


def _read(path: Path) -> dict[str, Any]:
    try:
        data = parse_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise GazetteerError(f"{path}: cannot read: {exc}") from exc
    if not isinstance(data, dict):
        raise GazetteerError(f"{path}: expected a mapping at the top level")
    return data


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for name, value in extra.items():
        if isinstance(value, list) and isinstance(out.get(name), list):
            out[name] = out[name] + value
        elif isinstance(value, dict) and isinstance(out.get(name), dict):
            out[name] = _merge(out[name], value)
        else:
            out[name] = value
    return out


def _strings(data: dict[str, Any], name: str, where: str) -> tuple[str, ...]:
    value = data.get(name)
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise GazetteerError(f"{where}: '{name}' must be a list of non-empty strings")
    return tuple(_text(v) for v in value)


def _string_map(data: dict[str, Any], name: str, where: str) -> dict[str, str]:
    value = data.get(name)
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and k.strip() and v.strip()
        for k, v in value.items()
    ):
        raise GazetteerError(f"{where}: '{name}' must map non-empty strings to strings")
    return {_text(k): _text(v) for k, v in value.items()}


def _text(value: str) -> str:
    return fold_tones(unicodedata.normalize("NFC", value.strip()))


def _with_prefixes(heads: tuple[str, ...], prefixes: tuple[str, ...]) -> tuple[str, ...]:
    """The heads, and each after every prefix ("Phó " + "Giám đốc") unless it has one."""
    firsts = {key(p).split()[0] for p in prefixes}
    derived = [f"{p} {h}" for h in heads if key(h).split()[0] not in firsts for p in prefixes]
    return tuple(dict.fromkeys([*heads, *derived]))


def _compile(pattern: str, where: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise GazetteerError(f"{where}: bad pattern {pattern!r}: {exc}") from exc


def _alternation(patterns: tuple[str, ...], where: str) -> re.Pattern[str]:
    return _compile("^(?:" + "|".join(f"(?:{p})" for p in patterns) + ")$", where)


def _flag(row: dict[str, Any], name: str, at: str) -> bool:
    value = row.get(name, False)
    if not isinstance(value, bool):
        raise GazetteerError(f"{at} ({row['name']}): {name} must be true or false")
    return value


def _provinces(data: dict[str, Any], where: str) -> tuple[Province, ...]:
    out = []
    for i, row in enumerate(data.get("provinces") or []):
        at = f"{where}: provinces[{i}]"
        if not isinstance(row, dict) or not isinstance(row.get("name"), str):
            raise GazetteerError(f"{at}: needs a 'name'")
        if row.get("kind") not in ("province", "city"):
            raise GazetteerError(f"{at} ({row['name']}): kind must be province or city")
        out.append(
            Province(
                name=_text(row["name"]),
                kind=row["kind"],
                before_2025=bool(row.get("before_2025")),
                after_2025=bool(row.get("after_2025")),
                merged_into=_text(row["merged_into"]) if row.get("merged_into") else None,
                formed_from=tuple(_text(n) for n in row.get("formed_from") or []),
                aliases=_dash_spellings(_text(a) for a in row.get("aliases") or []),
                datelines=tuple(_text(d) for d in row.get("datelines") or []),
                needs_lead=_flag(row, "needs_lead", at),
                city_since=_iso_day(row.get("city_since"), f"{at}: city_since"),
            )
        )
    names = {p.name for p in out}
    for p in out:
        for other in (p.merged_into, *p.formed_from):
            if other and other not in names:
                raise GazetteerError(f"{where}: {p.name} refers to unknown province {other!r}")
    if not out:
        raise GazetteerError(f"{where}: no provinces")
    return tuple(out)


_DASH = re.compile(r"\s*[-–]\s*")


def _dash_spellings(names: Iterable[str]) -> tuple[str, ...]:
    """Each name and its spellings with the dash spaced any way ("Thừa Thiên- Huế")."""
    out: dict[str, None] = {}
    for name in names:
        out[name] = None
        if _DASH.search(name) and not _DASH.fullmatch(name):
            for dash in ("-", " - ", "- ", " -", "–", " – "):
                out[_DASH.sub(dash, name)] = None
    return tuple(out)


def _iso_day(value: object, where: str) -> str | None:
    """An optional ISO date (YAML reads 2025-01-01 as a date)."""
    if value is None:
        return None
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise GazetteerError(f"{where}: {value!r} is not YYYY-MM-DD")
    return text


def _term_patterns(
    data: dict[str, Any],
    abbreviations: dict[str, str],
    keywords: tuple[str, ...],
    narrowing: tuple[str, ...],
    cities: list[str],
    provinces: list[str],
    where: str,
) -> tuple[TermPattern, ...]:
    bodies = data.get("bodies")
    if not isinstance(bodies, dict):
        raise GazetteerError(f"{where}: 'bodies' must be a mapping of body to patterns")
    words = "một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|mốt|nhất"
    macros = {
        "{ord}": rf"(?P<ord>(?-i:[IVXLC]+)\b|\d{{1,3}}\b|(?:(?:{words})\s?)+\b)",
        # "Sơn La", "Bà Rịa - Vũng Tàu": up to four capitalised words, hyphens allowed.
        "{place}": rf"(?:\s+(?-i:[{UPPER}][\w'’]*)(?:(?:\s+|\s*[-–]\s*)(?-i:[{UPPER}][\w'’]*)){{0,3}})?",
        "{session}": r"(?:,?\s+lần\s+thứ\s+\w+)?",
        # A centrally-run city's name ("thành phố Hà Nội", "TP.HCM"): "thành phố Lai Châu"
        # is a province's city, whose council is not the province's.
        "{city}": rf"(?:\s*(?:{alternation(cities)})(?![\w]))?",
        # A province's name with no "tỉnh" before it ("Đại hội Đảng bộ Quảng Nam").
        "{province}": rf"(?:{alternation(provinces)})(?![\w])",
    }
    out = []
    for body, patterns in bodies.items():
        if body not in TERM_BODIES:
            raise GazetteerError(f"{where}: unknown body {body!r} (one of {TERM_BODIES})")
        for pattern in patterns:
            # The keyword every match holds: optional parts do not count.
            # Outside optional parts and <phrases> (which match abbreviations too).
            required = key(re.sub(r"\(\?:[^()]*\)\?|\{session\}|<[^<>]*>", "", pattern))
            # One keyword is enough (two may be alternatives); a narrowing word only
            # outside every group, where it is never an alternative.
            present = tuple(k for k in keywords if k in required)[:1]
            if present:
                bare = pattern
                while (shorter := re.sub(r"\([^()]*\)", "", bare)) != bare:
                    bare = shorter
                present += tuple(k for k in narrowing if k in key(bare))
            else:
                raise GazetteerError(
                    f"{where}: {pattern!r} contains none of the keywords {keywords} "
                    "outside its optional parts"
                )
            text = re.sub(
                r"<([^<>]+)>",
                lambda m: _phrase_regex(m.group(1), abbreviations),
                _text(pattern),
            ).replace(" ", r"\s+")
            # "Bộ Chính trị (khóa IX)": a term may be given in parentheses.
            text = text.replace(r",?\s+khóa", r"(?:,?\s+|\s*\(\s*)khóa")
            for macro, regex in macros.items():
                text = text.replace(macro, regex)
            out.append(TermPattern(body, _compile(text, f"{where}: {body}"), present))
    return tuple(out)


def _phrase_regex(canonical: str, abbreviations: dict[str, str]) -> str:
    """A regex alternation of a phrase and every abbreviation that stands for it."""
    forms = [canonical] + [a for a, full in abbreviations.items() if key(full) == key(canonical)]
    forms.sort(key=len, reverse=True)
    # "Hội đồng nhân dân (HĐND) tỉnh": the abbreviation introduced in parentheses.
    introduced = r"(?:\s*\((?-i:[A-ZĐ][A-ZĐƯ&.]{1,9})\))?"
    return "(?:" + "|".join(re.escape(f).replace(r"\ ", " ") for f in forms) + ")" + introduced


def _abbreviations(data: dict[str, Any], where: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for i, row in enumerate(data.get("abbreviations") or []):
        if not isinstance(row, dict) or not row.get("abbr") or not row.get("expansion"):
            raise GazetteerError(f"{where}: abbreviations[{i}] needs 'abbr' and 'expansion'")
        if set(row) - {"abbr", "expansion"}:
            # An unquoted comma in a flow mapping ("expansion: Văn hóa, Thể thao …") makes
            # a key of the rest and cuts the expansion short.
            raise GazetteerError(
                f"{where}: abbreviations[{i}] ({row['abbr']}) has unknown keys"
                f" {sorted(set(row) - {'abbr', 'expansion'})}: quote an expansion with a comma"
            )
        out[_text(str(row["abbr"]))] = _text(str(row["expansion"]))
    return out


def _tenure(data: dict[str, Any], organs: list[Organ], where: str) -> Tenure:
    known = {o.name for o in organs}
    bodies = data.get("term_bodies")
    if not isinstance(bodies, dict):
        raise GazetteerError(f"{where}: 'term_bodies' must map an organ to a term body")
    for organ, body in bodies.items():
        if _text(organ) not in known or body not in TERM_BODIES:
            raise GazetteerError(
                f"{where}: term_bodies: {organ!r}: {body!r} names no known organ/body"
            )
    periods: dict[tuple[str, str], str] = {}
    for body, table in (data.get("periods") or {}).items():
        if body not in TERM_BODIES or not isinstance(table, dict):
            raise GazetteerError(f"{where}: periods: {body!r} is not a term body with a table")
        for ordinal, period in table.items():
            if not re.fullmatch(r"\d{4}-\d{4}", str(period)):
                raise GazetteerError(
                    f"{where}: periods: {body} {ordinal}: {period!r} is not YYYY-YYYY"
                )
            periods[(body, str(ordinal))] = str(period)
    turnover = {str(k): str(v) for k, v in (data.get("turnover") or {}).items()}
    for body, day in turnover.items():
        if body not in TERM_BODIES or not re.fullmatch(r"\d\d-\d\d", day):
            raise GazetteerError(f"{where}: turnover: {body}: {day!r} is not a body with MM-DD")
    names = {str(k): _text(str(v)) for k, v in (data.get("body_names") or {}).items()}
    if set(names) != set(TERM_BODIES):
        raise GazetteerError(f"{where}: 'body_names' must name every body {TERM_BODIES}")
    grace = data.get("grace_days")
    if not isinstance(grace, int) or grace < 0:
        raise GazetteerError(f"{where}: 'grace_days' must be a whole number of days")
    days = data.get("current_within_days")
    merger = str(data.get("merger_date", ""))
    if not isinstance(days, int) or days < 0:
        raise GazetteerError(f"{where}: 'current_within_days' must be a whole number of days")
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", merger):
        raise GazetteerError(f"{where}: 'merger_date' must be YYYY-MM-DD")
    return Tenure(
        former=_strings(data, "former", where),
        new=_strings(data, "new", where),
        start=_strings(data, "start", where),
        moves=_strings(data, "moves", where),
        end_title=_strings(data, "end_title", where),
        end_person=_strings(data, "end_person", where),
        warnings=_strings(data, "warnings", where),
        temporary=_strings(data, "temporary", where),
        single_holder=frozenset(key(h) for h in _strings(data, "single_holder", where)),
        term_bodies={_text(k): v for k, v in bodies.items()},
        appointed_under=frozenset(_strings(data, "appointed_under", where)),
        periods=periods,
        body_names=names,
        turnover=turnover,
        grace_days=grace,
        current_within_days=days,
        merger_date=merger,
    )


def load(*extra_dirs: Path) -> Gazetteer:
    """Read, merge, validate and compile every data file."""
    raw: dict[str, dict[str, Any]] = {}
    # An error names the extra files first: the built-in ones are checked by the tests.
    where: dict[str, str] = {}
    for folder in map(Path, extra_dirs):
        if not folder.is_dir():
            raise GazetteerError(f"{folder}: not a folder of data files")
        if unknown := sorted(p.name for p in folder.glob("*.yaml") if p.stem not in FILES):
            raise GazetteerError(
                f"{folder / unknown[0]}: not a data file (one of"
                f" {', '.join(f'{n}.yaml' for n in FILES)})"
            )
    for name in FILES:
        path = DATA_DIR / f"{name}.yaml"
        raw[name] = _read(path)
        extras = [
            Path(f) / f"{name}.yaml" for f in extra_dirs if (Path(f) / f"{name}.yaml").exists()
        ]
        for extra in extras:
            data = _read(extra)
            if unknown := sorted(set(data) - set(raw[name])):
                raise GazetteerError(
                    f"{extra}: unknown key {unknown[0]!r} (it takes {', '.join(raw[name])})"
                )
            raw[name] = _merge(raw[name], data)
        where[name] = " + ".join(str(p) for p in [*extras, path])

    abbreviations = _abbreviations(raw["abbreviations"], where["abbreviations"])
    provinces = _provinces(raw["provinces"], where["provinces"])
    province_names: dict[str, str] = {}
    datelines: dict[str, str] = {}
    for p in provinces:
        for alias in (p.name, *p.aliases):
            province_names.setdefault(key(alias), p.name)
        for code in p.datelines:
            datelines[code] = p.name

    titles = raw["titles"]
    synonyms = []
    for i, row in enumerate(titles.get("synonyms") or []):
        if not isinstance(row, dict) or "pattern" not in row or "replace" not in row:
            raise GazetteerError(f"{where['titles']}: synonyms[{i}] needs pattern and replace")
        synonyms.append((_compile(_text(row["pattern"]), where["titles"]), _text(row["replace"])))

    cues_raw = raw["cues"]
    cues = {
        name: _strings(cues_raw, name, where["cues"])
        for name in (
            "chair",
            "chair_after",
            "attend_after",
            "attend_actor",
            "attend_lead",
            "assigned",
            "meeting",
            "stop",
            "stop_exceptions",
            "topic_organs",
            "topic_end",
            "gap",
            "list_glue",
            "on_behalf",
            "counts",
            "approved",
            "disseminated",
            "discussed",
            "references",
            "congress_bodies",
            "period_review",
            "period_other",
            "takes_effect",
            "foreign_places",
        )
    }

    kinds_raw = raw["document_kinds"]
    doc_kinds = []
    for i, row in enumerate(kinds_raw.get("kinds") or []):
        if not isinstance(row, dict) or not row.get("name"):
            raise GazetteerError(f"{where['document_kinds']}: kinds[{i}] needs a name")
        if row.get("bare") not in (None, "title", "number"):
            raise GazetteerError(
                f"{where['document_kinds']}: kinds[{i}] ({row['name']}): bare must be title or number"
            )
        doc_kinds.append(
            DocKind(
                name=_text(row["name"]),
                words=tuple(_text(w) for w in row.get("words") or [row["name"]]),
                codes=tuple(_text(c) for c in row.get("codes") or []),
                bare=row.get("bare"),
            )
        )
    issuers = kinds_raw.get("issuers") or {}
    if not isinstance(issuers, dict):
        raise GazetteerError(f"{where['document_kinds']}: 'issuers' must be a mapping")

    prefixes = _strings(titles, "prefixes", where["titles"])
    title_heads = _with_prefixes(_strings(titles, "heads", where["titles"]), prefixes)
    organs = []
    for i, row in enumerate(raw["organs"].get("organs") or []):
        if not isinstance(row, dict) or not row.get("name") or not row.get("level"):
            raise GazetteerError(f"{where['organs']}: organs[{i}] needs name and level")
        if set(row) - {"name", "level", "parent", "heads"}:
            raise GazetteerError(
                f"{where['organs']}: organs[{i}] ({row['name']}) has unknown keys "
                f"{sorted(set(row) - {'name', 'level', 'parent', 'heads'})}"
                " (quote names with commas)"
            )
        heads = _strings(row, "heads", f"{where['organs']}: organs[{i}]") if "heads" in row else ()
        unknown = sorted(set(heads) - set(title_heads))
        if unknown:
            raise GazetteerError(
                f"{where['organs']}: organs[{i}] ({row['name']}) has heads {unknown}"
                " that titles.yaml does not list"
            )
        organs.append(
            Organ(
                _text(row["name"]),
                row["level"],
                _text(row["parent"]) if row.get("parent") else None,
                _with_prefixes(heads, prefixes) if heads else (),
            )
        )

    tenure = _tenure(raw["tenure"], organs, where["tenure"])
    # "ông A và nguyên Bí thư B", "…, tân Bí thư Tỉnh đoàn B hứa": a word saying a title is
    # former or new joins a list, and stands before the one a clause names, too.
    cues["list_glue"] += tenure.former + tenure.new

    terms_raw = raw["terms"]
    term_keywords = tuple(key(k) for k in _strings(terms_raw, "keywords", where["terms"]))
    boiler = raw["boilerplate"]
    ranks = raw["ranks"]
    return Gazetteer(
        abbreviations=abbreviations,
        provinces=provinces,
        province_names=province_names,
        datelines=datelines,
        title_heads=title_heads,
        standalone_titles=_strings(titles, "standalone", where["titles"]),
        synonyms=tuple(synonyms),
        place_words=_strings(titles, "place_words", where["titles"]),
        organ_words=_strings(titles, "organ_words", where["titles"]),
        organ_ends=_strings(titles, "organ_ends", where["titles"]),
        comma_names=_strings(titles, "comma_names", where["titles"]),
        bare_party_organs=_strings(titles, "bare_party_organs", where["titles"]),
        sentence_organs=_strings(titles, "sentence_organs", where["titles"]),
        organ_qualifiers=_strings(titles, "organ_qualifiers", where["titles"]),
        qualified_bodies=_strings(titles, "qualified_bodies", where["titles"]),
        councils=_strings(titles, "councils", where["titles"]),
        council_chairs=_strings(titles, "council_chairs", where["titles"]),
        organ_councils=_strings(titles, "organ_councils", where["titles"]),
        place_committees=_string_map(titles, "place_committees", where["titles"]),
        casing=_strings(titles, "casing", where["titles"]),
        surnames=frozenset(_strings(raw["surnames"], "surnames", where["surnames"])),
        opening_only=frozenset(
            _strings(raw["surnames"], "opening_only", where["surnames"])
            if "opening_only" in raw["surnames"]
            else ()
        ),
        ranks=_strings(ranks, "ranks", where["ranks"]),
        honorifics=_strings(ranks, "honorifics", where["ranks"]),
        academic=_strings(ranks, "academic", where["ranks"]),
        cues=cues,
        doc_kinds=tuple(doc_kinds),
        issuer_codes={_text(str(k)): _text(str(v)) for k, v in issuers.items()},
        organs=tuple(organs),
        term_patterns=_term_patterns(
            terms_raw,
            abbreviations,
            term_keywords,
            tuple(key(k) for k in _strings(terms_raw, "narrowing", where["terms"])),
            [n for p in provinces if p.kind == "city" for n in (p.name, *p.aliases)],
            [n for p in provinces for n in (p.name, *p.aliases)],
            where["terms"],
        ),
        term_keywords=term_keywords,
        period=_compile(_text(str(terms_raw.get("period", ""))), where["terms"]),
        drop_line=_alternation(
            _strings(boiler, "drop_line", where["boilerplate"]), where["boilerplate"]
        ),
        cut_after=_alternation(
            _strings(boiler, "cut_after", where["boilerplate"]), where["boilerplate"]
        ),
        byline_prefix=_compile(
            "^(?:" + "|".join(_strings(boiler, "byline_prefix", where["boilerplate"])) + r")\s*",
            where["boilerplate"],
        ),
        tenure=tenure,
    )


@cache
def default() -> Gazetteer:
    """The built-in gazetteer, loaded once per process."""
    return load()
