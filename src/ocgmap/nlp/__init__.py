"""The entity layer of extraction: a spaCy pipeline with rules for UK intelligence reports.

    from ocgmap.nlp import extract_report_entities
    [(e.type, e.name) for e in extract_report_entities(
        "PNC: registered keeper Ardit KOLA (34), 07700 900123.")]
    # [('Person', 'Ardit Kola'), ('Phone', '+447700900123')]

`load_pipeline()` answers the pipeline (an installed English model plus the components of
this package); `extract_entities` answers the mentions of a report and
`extract_report_entities` its entities with their mentions. Results also stay on the
Doc (`doc.ents`, `Span._.ocg_*`, `doc._.ocg_entities`, see `ocgmap.nlp.extensions`) for
the relation, route and victim layers to build on.
"""

from ocgmap.nlp.entities import (
    EntityMention,
    ReportEntity,
    extract_entities,
    extract_report_entities,
    group_entities,
)
from ocgmap.nlp.pipeline import add_entity_components, load_pipeline

__all__ = [
    "EntityMention",
    "ReportEntity",
    "add_entity_components",
    "extract_entities",
    "extract_report_entities",
    "group_entities",
    "load_pipeline",
]
