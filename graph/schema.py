"""The graph's schema, read from schema.yaml and checked at import; every other module
takes its kinds, properties, lists, readings, indexes and RDF names from here."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from loaders.text import parse_yaml

SCHEMA_FILE = Path(__file__).with_name("schema.yaml")
FORMS = ("text", "date", "uri", "boolean", "list")
GROUPS = ("fact", "structure", "article", "derived")
PREFIXES = ("pkg", "schema", "eli", "org")
# The fields of every fact entry, before its kind's own (`lists` in schema.yaml).
ENTRY = ("seen", "evidence")
# A fact edge's two lists, one item per source: the sorted article ids, and each one's
# entry, its fields packed into one string (a list item costs some 37 bytes in FalkorDB
# whatever it holds, so seven parallel lists cost three times one packed string).
SOURCES, ENTRIES = "sources", "entries"
# Between the fields of a packed entry; no field holds it (`pack` refuses one that does).
SEP = "|"
# The store-only list every kind with readings keeps: the key of the article each reading
# came from (graph/derive/readings.py). Declared here for all those kinds, its meaning
# told once.
READ_AT = "read_at"


class SchemaError(ValueError):
    """schema.yaml is malformed; the message names the entry."""


@dataclass(frozen=True)
class Prop:
    name: str
    rdf: str | None  # prefix:name; None: kept in the store, not exported as a value
    form: str
    reading: bool = False
    index: bool = False
    shared: bool = False
    derived: bool = False  # written by a derived pass, as an index is; never exported


@dataclass(frozen=True)
class EdgeKind:
    name: str
    group: str
    rdf: str | None  # None for a derived edge, which is not exported
    source: str | None = None
    target: str | None = None
    lists: tuple[str, ...] = ()
    derived: tuple[str, ...] = ()
    cached: tuple[str, ...] = ()


def _rdf(value: Any, where: str) -> str:
    if not isinstance(value, str) or value.partition(":")[0] not in PREFIXES:
        raise SchemaError(f"{SCHEMA_FILE.name}: {where}: rdf must be one of {PREFIXES}:name")
    return value


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SchemaError(f"{SCHEMA_FILE.name}: {where} must be a list of names")
    return tuple(value)


def _read(
    path: Path,
) -> tuple[
    dict[str, tuple[Prop, ...]],
    dict[str, EdgeKind],
    Any,
    dict[str, str],
    tuple[str, ...],
]:
    data = parse_yaml(path.read_text(encoding="utf-8"))
    nodes: dict[str, tuple[Prop, ...]] = {}
    for kind, props in data["nodes"].items():
        out = []
        for name, spec in props.items():
            where = f"nodes.{kind}.{name}"
            if set(spec) - {"rdf", "form", "reading", "index", "shared", "derived"}:
                raise SchemaError(f"{path.name}: {where}: unknown keys {sorted(spec)}")
            if spec.get("form") not in FORMS:
                raise SchemaError(f"{path.name}: {where}: form must be one of {FORMS}")
            if spec.get("derived") and ("rdf" in spec or spec.get("reading")):
                raise SchemaError(
                    f"{path.name}: {where}: a derived property is no reading and has no rdf name"
                )
            out.append(
                Prop(
                    name,
                    _rdf(spec["rdf"], where) if "rdf" in spec else None,
                    spec["form"],
                    bool(spec.get("reading")),
                    bool(spec.get("index")),
                    bool(spec.get("shared")),
                    bool(spec.get("derived")),
                )
            )
        if any(p.reading for p in out):
            out.append(Prop(READ_AT, None, "list"))
        nodes[kind] = tuple(out)
    edges: dict[str, EdgeKind] = {}
    for name, spec in data["edges"].items():
        where = f"edges.{name}"
        group = spec.get("group")
        if group not in GROUPS:
            raise SchemaError(f"{path.name}: {where}: group must be one of {GROUPS}")
        ends = (spec.get("from"), spec.get("to"))
        if (group == "fact") != all(end in nodes for end in ends):
            raise SchemaError(
                f"{path.name}: {where}: a fact edge, and only one, names from/to kinds"
            )
        if (group == "derived") != ("rdf" not in spec):
            raise SchemaError(f"{path.name}: {where}: every edge but a derived one has an rdf name")
        edges[name] = EdgeKind(
            name,
            group,
            _rdf(spec["rdf"], where) if "rdf" in spec else None,
            ends[0],
            ends[1],
            _strings(spec.get("lists", []), f"{where}.lists"),
            _strings(spec.get("derived", []), f"{where}.derived"),
            _strings(spec.get("cached", []), f"{where}.cached"),
        )
    meaning = data.get("meaning") or {}
    _check_meaning(meaning, nodes, edges, path)
    told = meaning.pop(READ_AT)
    meaning.update(
        {f"{k}.{READ_AT}": told for k, ps in nodes.items() if READ_AT in {p.name for p in ps}}
    )
    fulltext = data["fulltext"]
    for kind in _strings(fulltext["kinds"], "fulltext.kinds"):
        if kind not in nodes:
            raise SchemaError(f"{path.name}: fulltext.kinds: no node kind {kind!r}")
    _strings(fulltext["properties"], "fulltext.properties")
    return nodes, edges, fulltext, meaning, _unmentioned(data["unmentioned"], nodes, edges, path)


def _unmentioned(
    spec: Any, nodes: dict[str, tuple[Prop, ...]], edges: dict[str, EdgeKind], path: Path
) -> tuple[str, ...]:
    """The kinds no MENTIONS reach, checked: such a kind has no readings (they are kept
    on MENTIONS), and no fact edge starts at it (a retraction finds an article's fact
    edges from the nodes it mentions)."""
    kinds = _strings(spec, "unmentioned")
    where = f"{path.name}: unmentioned"
    if bad := [k for k in kinds if k not in nodes or any(p.reading for p in nodes[k])]:
        raise SchemaError(f"{where}: {bad[0]!r} is not a node kind without readings")
    if bad := [e.name for e in edges.values() if e.group == "fact" and e.source in kinds]:
        raise SchemaError(f"{where}: {bad[0]} starts at a kind no MENTIONS reach")
    return kinds


def _check_meaning(
    meaning: dict[str, Any],
    nodes: dict[str, tuple[Prop, ...]],
    edges: dict[str, EdgeKind],
    path: Path,
) -> None:
    """Every kind, property and edge has a meaning, and every meaning names one of them
    (or a list or derived value an edge keeps)."""
    named = {*nodes, *edges} | {f"{k}.{p.name}" for k, ps in nodes.items() for p in ps}
    named |= {f"{e.name}.{x}" for e in edges.values() for x in (*e.lists, *e.derived, *e.cached)}
    # What every fact edge keeps is told once, on HOLDS; the keys of readings once.
    named |= {
        f"HOLDS.{x}" for x in (SOURCES, ENTRIES, *ENTRY, "first_seen", "last_seen", "paged", "full")
    }
    named |= {READ_AT}
    wanted = named - {f"{e.name}.{x}" for e in edges.values() if e.name != "HOLDS" for x in e.lists}
    wanted -= {f"{k}.{READ_AT}" for k in nodes}
    if unknown := sorted(set(meaning) - named):
        raise SchemaError(f"{path.name}: meaning: no kind, property or edge {unknown[0]!r}")
    if missing := sorted(wanted - set(meaning)):
        raise SchemaError(f"{path.name}: meaning: {missing[0]} has none")
    if bad := [k for k, v in meaning.items() if not isinstance(v, str) or not v.strip()]:
        raise SchemaError(f"{path.name}: meaning: {bad[0]} must be a sentence")


# What each kind, property, edge and list means (`kg schema`).
PROPERTIES, EDGES, _FULLTEXT, MEANING, _UNMENTIONED = _read(SCHEMA_FILE)

# Node kinds and the properties each carries beyond `id`.
NODES: dict[str, tuple[str, ...]] = {k: tuple(p.name for p in ps) for k, ps in PROPERTIES.items()}
# Fact edges and the kinds they join; structural and article edges.
FACT_EDGES: dict[str, tuple[str, str]] = {
    e.name: (e.source, e.target)
    for e in EDGES.values()
    if e.group == "fact" and e.source and e.target
}
STRUCTURE_EDGES = tuple(e.name for e in EDGES.values() if e.group == "structure")
ARTICLE_EDGES = tuple(e.name for e in EDGES.values() if e.group == "article")
DERIVED_EDGES = tuple(e.name for e in EDGES.values() if e.group == "derived")
# The fields a fact edge kind's entries keep beside seen/evidence.
SUPPORT_LISTS: dict[str, tuple[str, ...]] = {e.name: e.lists for e in EDGES.values() if e.lists}
# The edge kinds that keep sources and entries: the fact edges and SET_ASIDE.
ENTRY_EDGES: tuple[str, ...] = (*FACT_EDGES, *(k for k in DERIVED_EDGES if k in SUPPORT_LISTS))


def entry_fields(kind: str) -> tuple[str, ...]:
    """The fields of an edge kind's packed entries, in order."""
    return (*ENTRY, *SUPPORT_LISTS.get(kind, ()))


def pack(kind: str, entry: dict[str, Any]) -> str:
    """One entry's fields (a missing one '') as the edge keeps it."""
    values = ["" if entry.get(x) is None else str(entry[x]) for x in entry_fields(kind)]
    if bad := [v for v in values if SEP in v]:
        raise ValueError(f"a {kind} entry field holds {SEP!r}: {bad[0]!r}")
    return SEP.join(values)


def unpack(kind: str, text: str) -> dict[str, Any]:
    """A packed entry's fields; evidence, a sentence's index, as a number."""
    values: dict[str, Any] = dict(zip(entry_fields(kind), text.split(SEP), strict=True))
    if values["evidence"].isdigit():
        values["evidence"] = int(values["evidence"])
    return values


def field(kind: str, name: str, entry: str) -> str:
    """Cypher: field `name` of the packed entry `entry` of an edge of `kind` (seen and
    evidence are the first two of every kind; units the third of a person's edges)."""
    return f"split({entry}, '{SEP}')[{entry_fields(kind).index(name)}]"


# What a derived pass writes on an edge kind.
DERIVED: dict[str, tuple[str, ...]] = {e.name: e.derived for e in EDGES.values() if e.derived}
# What a derived pass writes on a node kind.
NODE_DERIVED: dict[str, tuple[str, ...]] = {
    k: names for k, ps in PROPERTIES.items() if (names := tuple(p.name for p in ps if p.derived))
}
# What a pass keeps of an edge kind's lists, which a retraction takes away.
CACHED: dict[str, tuple[str, ...]] = {e.name: e.cached for e in EDGES.values() if e.cached}
CACHED_KEYS: tuple[str, ...] = tuple(sorted({x for xs in CACHED.values() for x in xs}))
if len(CACHED_KEYS) > 1:
    # A rewrite clears them with the lists, in one SET: FalkorDB 4.16 clears the wrong
    # keys when one SET clears two (graph/store/base.py `entry_sets`).
    raise SchemaError(f"{SCHEMA_FILE.name}: edges keep one cached key at most, not {CACHED_KEYS}")


def uncache(edge: str) -> tuple[str, ...]:
    """Cypher SET items taking away what passes keep of edge `edge`'s lists, for a
    write that rewrites the lists whole; each to be SET alone (FalkorDB 4.16 clears the
    wrong keys when one SET clears two: graph/store/base.py `set_each`)."""
    return tuple(f"{edge}.{x} = null" for x in CACHED_KEYS)


def repack(kind: str) -> list[str]:
    """Cypher, in order, turning the edges of `kind` kept as parallel lists (stores
    written before entries were packed) into packed entries: each statement changes
    every edge of the kind at once, and `seen` goes last, so that whether the first
    edge keeps `seen` tells whether any are left to run; each list goes in a statement
    of its own (FalkorDB 4.16 clears the wrong properties when one SET clears two:
    shared/notes/falkordb-embedded.md)."""
    values = f" + '{SEP}' + ".join(
        f"replace(toString(coalesce(h.{x}[i], '')), '{SEP}', '/')" for x in entry_fields(kind)
    )
    return [
        f"MATCH ()-[h:{kind}]->() WHERE h.{ENTRIES} IS NULL AND h.seen IS NOT NULL"
        f" SET h.{ENTRIES} = [i IN range(0, size(h.{SOURCES}) - 1) | {values}]",
        *(
            f"MATCH ()-[h:{kind}]->() WHERE h.{ENTRIES} IS NOT NULL SET h.{x} = null"
            for x in reversed(entry_fields(kind))
        ),
    ]


# Node attributes an article can disagree on.
READINGS: dict[str, tuple[str, ...]] = {
    k: names for k, ps in PROPERTIES.items() if (names := tuple(p.name for p in ps if p.reading))
}
# Each kind's properties whose values many nodes or mentions hold (a date, a name).
SHARED: dict[str, tuple[str, ...]] = {
    k: names for k, ps in PROPERTIES.items() if (names := tuple(p.name for p in ps if p.shared))
}
# (kind, property) pairs every backend indexes: each kind's id, then the looked-up ones.
INDEXES: tuple[tuple[str, str], ...] = (
    *((kind, "id") for kind in NODES),
    *((kind, p.name) for kind, ps in PROPERTIES.items() for p in ps if p.index),
)


# Kinds no complete article's MENTIONS reach: posts and organs.
UNMENTIONED: tuple[str, ...] = _UNMENTIONED
FULLTEXT_KINDS: tuple[str, ...] = tuple(_FULLTEXT["kinds"])
FULLTEXT_PROPERTIES: tuple[str, ...] = tuple(_FULLTEXT["properties"])
