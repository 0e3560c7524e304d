"""A small hand-built network whose answers are known, for the query tests.

R1 (2024-01-10, B2P): KOLA recruited and (on 2024-01-12) transported VASILE, uses a phone
    and is a member of the Kola Network.
R2 (2024-03-05, C3P): HOXHA exploited VASILE, uses the same phone, is a member of the
    Kola Network and owns Bright Nails, which is at 12 Mill Street.
R3 (2024-06-01, A1P): MEHMETI recruited a group of three women, lives at 12 Mill Street
    like HOXHA, and is KOLA's associate; the route R-A runs Tirana, Durres, Dover, Leeds
    with the women aboard.
R4 (undated, ungraded): KOLA was seen in Leeds (a mention, no link); Dover Cabs, a
    business named "Dover", is at Dover; a person with a hostile name uses a vehicle.
"""

from __future__ import annotations

from ocgmap.model import Edge, Evidence, GraphDelta, Node, PropertyValue


def report(report_id: str, date: str | None, grading: str | None) -> Node:
    """A report node with its date and grading."""
    props: dict[str, PropertyValue] = {"title": f"Report {report_id}"}
    if date:
        props["date"] = date
    if grading:
        props["grading"] = grading
    return Node(report_id, "Report", report_id, props)


def node(label: str, name: str, **props: PropertyValue) -> Node:
    """An entity node."""
    return Node.make(label, name, props)


def link(rel: str, a: Node, b: Node, report_id: str, sentence: str,
         **props: PropertyValue) -> Edge:
    """A link with one evidence sentence."""
    return Edge.make(rel, a.id, b.id, props, [Evidence(report_id, sentence, 0, len(sentence))])


KOLA = node("Person", "Ardit Kola", roles=["recruiter", "transporter"], aliases=["Bigz"])
ARBEN = node("Person", "Arben Kolaj", roles=["driver"])
VASILE = node("Person", "Loredana Vasile", roles=["victim"], nationality="Romanian")
HOXHA = node("Person", "Besnik Hoxha", roles=["exploiter"])
MEHMETI = node("Person", "Dritan Mehmeti", roles=["recruiter"])
WOMEN = node("VictimGroup", "three Albanian women", count=3, nationality="Albanian")
PHONE = node("Phone", "+447700900123")
NETWORK = node("Organisation", "Kola Network", kind="OCG")
NAILS = node("Business", "Bright Nails", sector="nail bar")
MILL = node("Location", "12 Mill Street, Leeds", kind="address")
TIRANA = node("Location", "Tirana", kind="city")
DURRES = node("Location", "Durres", kind="port")
DOVER = node("Location", "Dover", kind="port")
LEEDS = node("Location", "Leeds", kind="city")
CABS = node("Business", "Dover", sector="taxi")
HOSTILE = node("Person", "<script>alert(1)</script>'); MATCH (n) DETACH DELETE n //")
VAN = node("Vehicle", "AB12CDE")


def deltas() -> list[GraphDelta]:
    """The four reports."""
    seen = Evidence("R4", "KOLA was seen in Leeds.", 0, 23)
    kola_seen = Node(KOLA.id, KOLA.label, KOLA.name, KOLA.properties, (), (seen,))
    return [
        GraphDelta.for_report(report("R1", "2024-01-10", "B2P"),
                              [KOLA, VASILE, PHONE, NETWORK], [
            link("RECRUITED", KOLA, VASILE, "R1", "KOLA recruited VASILE in Iasi."),
            link("TRANSPORTED", KOLA, VASILE, "R1", "KOLA drove VASILE to the UK.",
                 date="2024-01-12"),
            link("USES", KOLA, PHONE, "R1", "KOLA uses 07700 900123."),
            link("MEMBER_OF", KOLA, NETWORK, "R1", "KOLA belongs to the Kola Network."),
        ]),
        GraphDelta.for_report(report("R2", "2024-03-05", "C3P"),
                              [HOXHA, VASILE, PHONE, NETWORK, NAILS, MILL], [
            link("EXPLOITED", HOXHA, VASILE, "R2", "HOXHA made VASILE work at the salon.",
                 purpose="labour"),
            link("USES", HOXHA, PHONE, "R2", "HOXHA answered 07700 900123."),
            link("MEMBER_OF", HOXHA, NETWORK, "R2", "HOXHA runs the Kola Network's salons."),
            link("OWNS", HOXHA, NAILS, "R2", "HOXHA owns Bright Nails."),
            link("LOCATED_AT", NAILS, MILL, "R2", "Bright Nails trades from 12 Mill Street."),
        ]),
        GraphDelta.for_report(report("R3", "2024-06-01", "A1P"),
                              [MEHMETI, WOMEN, MILL, HOXHA, KOLA, TIRANA, DURRES, DOVER, LEEDS], [
            link("RECRUITED", MEHMETI, WOMEN, "R3", "MEHMETI recruited three women."),
            link("LIVES_AT", MEHMETI, MILL, "R3", "MEHMETI lives at 12 Mill Street."),
            link("LIVES_AT", HOXHA, MILL, "R3", "HOXHA also lives at 12 Mill Street."),
            link("ASSOCIATE_OF", MEHMETI, KOLA, "R3", "MEHMETI and KOLA are associates."),
            Edge.make("LEG", TIRANA.id, DURRES.id, {"route": "R-A", "seq": 1, "mode": "car",
                                                    "travellers": [WOMEN.id]},
                      [Evidence("R3", "They drove from Tirana to Durres.", 0, 33)], key="R-A"),
            Edge.make("LEG", DURRES.id, DOVER.id, {"route": "R-A", "seq": 2, "mode": "lorry"},
                      [Evidence("R3", "A lorry took them to Dover.", 0, 26)], key="R-A"),
            Edge.make("LEG", DOVER.id, LEEDS.id, {"route": "R-A", "seq": 3, "mode": "car"},
                      [Evidence("R3", "They were driven to Leeds.", 0, 26)], key="R-A"),
        ]),
        GraphDelta.for_report(report("R4", None, None),
                              [kola_seen, ARBEN, CABS, DOVER, HOSTILE, VAN], [
            link("LOCATED_AT", CABS, DOVER, "R4", "Dover Cabs is based in Dover."),
            link("USES", HOSTILE, VAN, "R4", "The man drives AB12CDE."),
            link("USES", ARBEN, VAN, "R4", "Arben KOLAJ borrowed AB12CDE."),
        ]),
    ]
