"""Entity labels: our node types (design §3) and the spaCy labels kept as they are."""

from __future__ import annotations

PERSON = "Person"
ORGANISATION = "Organisation"
BUSINESS = "Business"
LOCATION = "Location"
VEHICLE = "Vehicle"
PHONE = "Phone"
EMAIL = "Email"
DOCUMENT = "Document"
VICTIM_GROUP = "VictimGroup"

#: Node types an entity mention can have.
NODE_TYPES = (PERSON, ORGANISATION, BUSINESS, LOCATION, VEHICLE, PHONE, EMAIL, DOCUMENT,
              VICTIM_GROUP)

#: Identifier types: shared values whose canonical form is `span._.ocg_value`.
IDENTIFIER_TYPES = frozenset({VEHICLE, PHONE, EMAIL, DOCUMENT})

# spaCy labels kept as they are.
DATE = "DATE"
MONEY = "MONEY"
NORP = "NORP"

#: Statistical-model labels and the node type they become (after checks).
MODEL_LABELS = {
    "PERSON": PERSON,
    "ORG": ORGANISATION,
    "GPE": LOCATION,
    "LOC": LOCATION,
    "FAC": LOCATION,
}
