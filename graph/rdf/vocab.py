"""The partykg RDF vocabulary as a closed namespace, and the standard ones it reuses.

`ontology.ttl` declares every term listed here (a test holds the two equal), so a typo
in the exporter fails at import instead of minting an undeclared IRI.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

ONTOLOGY = "https://partykg.org/ontology"
# The files themselves, found beside this module in an editable install and in a wheel.
ONTOLOGY_FILE = Path(__file__).with_name("ontology.ttl")
SHAPES_FILE = Path(__file__).with_name("shapes.ttl")


class PKG(DefinedNamespace):
    """https://partykg.org/ontology#"""

    _NS = Namespace(ONTOLOGY + "#")
    _fail = True

    # Classes: the graph's node kinds, then the nodes the export adds.
    Person: URIRef
    Post: URIRef
    Organ: URIRef
    Province: URIRef
    Term: URIRef
    Meeting: URIRef
    Document: URIRef
    Article: URIRef
    Assertion: URIRef
    Holding: URIRef
    Attestation: URIRef
    Reading: URIRef
    Title: URIRef
    DocumentKind: URIRef
    HoldingStatus: URIRef

    # Holding statuses (individuals of HoldingStatus).
    current: URIRef
    ended: URIRef
    unknown: URIRef

    # Datatype properties of nodes.
    graphId: URIRef
    searchKey: URIRef
    rank: URIRef
    title: URIRef
    provinceName: URIRef
    level: URIRef
    body: URIRef
    ordinal: URIRef
    period: URIRef
    documentKind: URIRef
    issuerName: URIRef
    source: URIRef
    origin: URIRef
    articleDate: URIRef
    textHash: URIRef
    complete: URIRef
    authors: URIRef
    nameKey: URIRef
    identity: URIRef
    namesakes: URIRef
    apartBy: URIRef

    # Relations read from articles.
    chaired: URIRef
    attended: URIRef
    discussed: URIRef
    approved: URIRef
    disseminated: URIRef
    heldBy: URIRef
    inTerm: URIRef
    inProvince: URIRef
    reports: URIRef

    # Assertions, holdings, attestations and readings.
    post: URIRef
    status: URIRef
    firstSeen: URIRef
    lastSeen: URIRef
    attestation: URIRef
    seen: URIRef
    evidence: URIRef
    term: URIRef
    change: URIRef
    mention: URIRef
    provincePrinted: URIRef
    startedOn: URIRef
    endedOn: URIRef
    endReason: URIRef
    succeeds: URIRef
    readingOf: URIRef


ELI = Namespace("http://data.europa.eu/eli/ontology#")
SCHEMA = Namespace("https://schema.org/")
