"""Small hand-built deltas with known answers, shared by the store tests."""

from __future__ import annotations

from ocgmap.model import Edge, Evidence, GraphDelta, Node


def report(report_id: str, content_hash: str | None = None) -> Node:
    """A report node."""
    props = {"content_hash": content_hash} if content_hash else {}
    return Node(report_id, "Report", report_id, props)


def person(name: str, **props: object) -> Node:
    """A person node."""
    return Node.make("Person", name, props)  # type: ignore[arg-type]


def link(rel: str, a: Node, b: Node, report_id: str, sentence: str, **props: object) -> Edge:
    """A link with one evidence sentence."""
    return Edge.make(rel, a.id, b.id, props,  # type: ignore[arg-type]
                     [Evidence(report_id, sentence, 0, len(sentence))])


KOLA = person("Ardit Kola", roles=["transporter"])
HOXHA = person("Besnik Hoxha", roles=["recruiter"])
VICTIM = person("Victim A")
PHONE = Node.make("Phone", "+447700900123")
LEEDS = Node.make("Location", "Leeds", {"kind": "city"})


def r1() -> GraphDelta:
    """KOLA transported Victim A and uses a phone; HOXHA recruited Victim A."""
    return GraphDelta.for_report(report("R1", "h1"), [KOLA, HOXHA, VICTIM, PHONE], [
        link("TRANSPORTED", KOLA, VICTIM, "R1", "KOLA drove Victim A to Leeds."),
        link("USES", KOLA, PHONE, "R1", "KOLA uses 07700 900123."),
        link("RECRUITED", HOXHA, VICTIM, "R1", "HOXHA recruited Victim A."),
    ])


def r2() -> GraphDelta:
    """A second report: repeats KOLA's phone, adds that HOXHA lives in Leeds."""
    hoxha = person("Besnik Hoxha", roles=["controller"])
    return GraphDelta.for_report(report("R2", "h2"), [KOLA, hoxha, PHONE, LEEDS], [
        link("USES", KOLA, PHONE, "R2", "Phone 07700 900123 is attributed to KOLA."),
        link("LIVES_AT", hoxha, LEEDS, "R2", "HOXHA lives in Leeds."),
    ])
