"""Time windows: the part of the graph supported by reports dated in a period.

Report dates live on `Report` nodes (`date`, ISO); every link and entity lists the ids of
the reports that support it (`reports`). A graph read with `include_reports=True` is turned
into the analysis graph by `analysis_graph`, which drops the Report nodes and MENTIONED_IN
links, keeps their dates in ``G.graph["report_dates"]`` and, given a window, keeps only
what a report dated inside it supports.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

import networkx as nx

from ocgmap.model import MENTIONED_IN, REPORT_LABEL

REPORT_DATES = "report_dates"


def parse_day(value: str | dt.date | None) -> dt.date | None:
    """Answer `value` as a date (ISO text or a date), or None.

    Raises
    ------
    ValueError
        If `value` is text that is not an ISO date.
    """
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise ValueError(f"not an ISO date (YYYY-MM-DD): {value!r}") from None


def report_dates(graph: nx.MultiDiGraph) -> dict[str, str]:
    """Answer report id → ISO date, from Report nodes or ``graph.graph["report_dates"]``.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("R1", label="Report", date="2024-03-12")
    >>> report_dates(G)
    {'R1': '2024-03-12'}
    """
    dates: dict[str, str] = dict(graph.graph.get(REPORT_DATES, {}))
    for node, data in graph.nodes(data=True):
        if data.get("label") == REPORT_LABEL and data.get("date"):
            dates[node] = str(data["date"])[:10]
    return dates


def _supported(reports: Iterable[str], inside: set[str]) -> bool:
    return any(r in inside for r in reports)


def analysis_graph(graph: nx.MultiDiGraph, start: str | dt.date | None = None,
                   end: str | dt.date | None = None) -> nx.MultiDiGraph:
    """Answer the graph without Report nodes, limited to reports dated in [start, end].

    Without a window every entity and link is kept. With one, a link is kept when at least
    one of its reports is dated inside the window (both ends inclusive), and an entity when
    one of its reports is, or a kept link touches it. Undated reports fall outside every
    window. Report dates are kept in ``graph.graph["report_dates"]``.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("R1", label="Report", date="2024-01-05")
    >>> G.add_node("R2", label="Report", date="2024-06-01")
    >>> G.add_node("a", label="Person", reports=["R1"])
    >>> G.add_node("b", label="Person", reports=["R1", "R2"])
    >>> G.add_node("c", label="Person", reports=["R2"])
    >>> _ = G.add_edge("a", "b", type="FAMILY_OF", reports=["R1"])
    >>> _ = G.add_edge("b", "c", type="FAMILY_OF", reports=["R2"])
    >>> H = analysis_graph(G, start="2024-05-01")
    >>> sorted(H), list(H.edges())
    (['b', 'c'], [('b', 'c')])
    """
    dates = report_dates(graph)
    first, last = parse_day(start), parse_day(end)
    windowed = first is not None or last is not None
    if first and last and first > last:
        raise ValueError(f"the window starts ({first}) after it ends ({last})")
    inside = {r for r, day in dates.items()
              if (first is None or day >= first.isoformat())
              and (last is None or day <= last.isoformat())}
    result = nx.MultiDiGraph()
    result.graph.update(graph.graph)
    result.graph[REPORT_DATES] = dates
    for node, data in graph.nodes(data=True):
        if data.get("label") == REPORT_LABEL:
            continue
        if not windowed or _supported(data.get("reports", ()), inside):
            result.add_node(node, **data)
    for u, v, key, data in graph.edges(keys=True, data=True):
        if data.get("type") == MENTIONED_IN or u not in graph or v not in graph:
            continue
        if graph.nodes[u].get("label") == REPORT_LABEL or graph.nodes[v].get(
                "label") == REPORT_LABEL:
            continue
        if windowed and not _supported(data.get("reports", ()), inside):
            continue
        for end_node in (u, v):
            if end_node not in result:
                result.add_node(end_node, **graph.nodes[end_node])
        result.add_edge(u, v, key=key, **data)
    return result


def dates_of(reports: Iterable[str], dates: Mapping[str, str]) -> list[str]:
    """Answer the sorted dates of those `reports` that have one."""
    return sorted(dates[r] for r in reports if r in dates)
