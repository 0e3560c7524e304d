"""Build the synthetic world from a seed: groups, brokers, namesakes, victims and officials.

Pure and deterministic: one `random.Random(seed)` drives every choice, in a fixed order, so
the same parameters always give the same world (the global `random` is never touched).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from ocgmap.synth.crossgroup import plant_brokers, plant_namesakes, plant_shared_recruiters
from ocgmap.synth.factory import Factory
from ocgmap.synth.groups import furnish_group, group_skeleton
from ocgmap.synth.model import World
from ocgmap.synth.names import NATIONALITIES
from ocgmap.synth.officials import add_officials
from ocgmap.synth.places import ROADS
from ocgmap.synth.typology import BY_NATIONALITY, TYPOLOGIES
from ocgmap.synth.victims import add_victims


def _split(block: str) -> tuple[str, ...]:
    return tuple(block.split())


_OPERATION_WORDS = _split("""
    TALLOW LANTERN CEDARWOOD HARVEST GATE BRAMBLE FALCON KESTREL MARBLE ORCHID PEBBLE QUARTZ
    RAVEN SORREL THISTLE UMBER VERVAIN WILLOW YARROW ZEPHYR ANVIL BEACON CINDER DRIFTWOOD EMBER
    FLINT GRANITE HEATHER IRONSTONE JUNIPER KINGFISHER LARCH MAGPIE NETTLE OSPREY PLOVER QUILL
    RUSHLIGHT SANDPIPER TEASEL UPLAND VANTAGE WHINSTONE AMBERLEY BLACKTHORN COPPERFIELD DUNLIN
    EGRET FIELDFARE GOLDCREST HAWTHORN IVYBRIDGE JACKDAW KITEFLIER LAPWING MERLIN NIGHTJAR OXBOW
    PIPIT REDSTART SKYLARK TURNSTONE WAGTAIL WHIMBREL BITTERN CORMORANT""")


@dataclass(frozen=True)
class WorldParams:
    """What the world is made from."""

    groups: int
    seed: int
    victims_per_group: int = 10


def build_world(params: WorldParams) -> World:
    """Answer the world for these parameters (the same parameters, the same world)."""
    if params.groups < 1:
        raise ValueError("a world needs at least one group")
    rng = random.Random(params.seed)
    factory = Factory(World(seed=params.seed), rng)
    width = max(3, len(str(params.groups)))
    nationalities = _nationality_order(rng, params.groups)
    operations = _operation_names(rng, params.groups)
    groups = []
    for n in range(params.groups):
        nationality = nationalities[n]
        typology = TYPOLOGIES[rng.choice(BY_NATIONALITY[nationality])]
        groups.append(group_skeleton(factory, f"G{n + 1:0{width}d}", nationality, typology,
                                     operations[n]))
    for road in ROADS:
        factory.place(road)
    plant_namesakes(factory, groups)
    for group in groups:
        furnish_group(factory, group, TYPOLOGIES[group.typology])
    plant_brokers(factory, groups)
    plant_shared_recruiters(factory, groups)
    for group in groups:
        add_victims(factory, group, TYPOLOGIES[group.typology], params.victims_per_group)
    add_officials(factory)
    factory.world.seal()
    return factory.world


def _nationality_order(rng: random.Random, count: int) -> list[str]:
    """Answer a nationality per group: shuffled rounds of all seven, so small worlds vary."""
    order: list[str] = []
    while len(order) < count:
        round_ = list(NATIONALITIES)
        rng.shuffle(round_)
        order.extend(round_)
    return order[:count]


def _operation_names(rng: random.Random, count: int) -> list[str]:
    """Answer distinct police operation names, one per group (two words once one runs out)."""
    words = list(_OPERATION_WORDS)
    rng.shuffle(words)
    names = list(words)
    n = 0
    while len(names) < count:
        names.append(f"{words[n % len(words)]} {words[(n // len(words) + 1 + n) % len(words)]}")
        names = list(dict.fromkeys(names))
        n += 1
    return names[:count]
