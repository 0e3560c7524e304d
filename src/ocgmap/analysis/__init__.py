"""Network analysis on the stored graph (NetworkX): hubs, groups, routes, recruiters,
brokers and disruption, each a pure function over `GraphStore.to_networkx()` or its
person projection, answering plain typed results with the evidence behind them."""

from ocgmap.analysis.brokers import Brokerage, brokerage
from ocgmap.analysis.disruption import Curve, Fragmentation, fragment_group, simulate
from ocgmap.analysis.groups import Group, describe_groups, find_groups, membership
from ocgmap.analysis.hubs import HubScore, group_hubs, hub_scores
from ocgmap.analysis.leaders import Leader, command_ties, group_leaders
from ocgmap.analysis.lookup import find_node
from ocgmap.analysis.projection import person_projection
from ocgmap.analysis.recruiters import Recruiter, Recruitment, recruiters, recruitments
from ocgmap.analysis.routes import Corridor, TransitPoint, corridors, journeys, transit_points
from ocgmap.analysis.windows import analysis_graph, report_dates

__all__ = [
    "Brokerage", "Corridor", "Curve", "Fragmentation", "Group", "HubScore", "Leader", "Recruiter",
    "Recruitment", "TransitPoint", "analysis_graph", "brokerage", "command_ties", "corridors",
    "describe_groups", "find_groups", "find_node", "fragment_group", "group_hubs", "group_leaders",
    "hub_scores", "journeys", "membership", "person_projection", "recruiters",
    "recruitments", "report_dates", "simulate", "transit_points",
]
