"""Fictional business names by sector: "Star Nails", "Northline Staffing Ltd", ..."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Sector:
    """How businesses of one sector are named, and what they are called in prose."""

    key: str
    noun: str  # "nail bar"
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    ltd_share: float  # how many are limited companies ("... Ltd")


def _w(block: str) -> tuple[str, ...]:
    return tuple(s.strip() for s in block.split(",") if s.strip())


SECTORS: dict[str, Sector] = {s.key: s for s in (
    Sector("nail bar", "nail bar",
           _w("Star, Lily, Lotus, Diamond, Pearl, Crystal, Royal, Golden, Magic, Pretty, "
              "Orchid, Rose, Jade, Sapphire, Glamour, Luxe, Angel, Blossom, Elite, Perfect, "
              "Venus, Tip Top"),
           _w("Nails, Nails & Beauty, Nail Spa, Nail Bar, Nails & Spa"), 0.1),
    Sector("car wash", "hand car wash",
           _w("Five Star, Sparkle, Supreme, Crystal, Premier, Shine, Eco, Jet, Prestige, City, "
              "Express, Ultimate, Diamond, Gleam, Splash, Royal"),
           _w("Hand Car Wash, Car Wash, Valeting, Hand Car Valeting"), 0.25),
    Sector("farm", "farm",
           _w("Hollinthwaite, Bramblecote, Fenwold, Marshgate, Ashby Fen, Westerleigh, Dykeside, "
              "Saltings, Ridgeway, Longacre, Redmarsh, Copthorne, Fleetdyke, Brook End"),
           _w("Farm, Growers, Produce, Fresh Produce, Nurseries"), 0.5),
    Sector("food factory", "food factory",
           _w("Kirkbeck, Vale, Meridian, Oakfield, Brookside, Pennine, Humber, Fenland, Castle, "
              "Northfold, Greenway, Harvest"),
           _w("Poultry, Foods, Packaging, Meats, Fresh Foods, Food Processing"), 0.9),
    Sector("hotel", "hotel",
           _w("Nidd View, Riverside, Station, Grand Victoria, Lakeside, Park View, Harbour, "
              "Castle, Abbey, Moorland, Bridge End, Kingsway"),
           _w("Hotel, Lodge, Guest House, Inn"), 0.2),
    Sector("takeaway", "takeaway",
           _w("Golden Dragon, Jade Garden, Lucky Star, Happy Garden, Red Lantern, Bamboo House, "
              "Panda, Great Wall, Peking Palace, Silver Moon, Oriental Pearl, Canton"),
           _w("Takeaway, Chinese Takeaway, Kitchen, Express"), 0.05),
    Sector("recruitment agency", "recruitment agency",
           _w("Northline, Eastgate, Primeforce, Unity, Apex, Horizon, Keystone, Bridgeway, Summit, "
              "Pioneer, Crossway, Milestone, Trident, Vanguard"),
           _w("Staffing, Recruitment, Labour Solutions, Personnel, Workforce"), 1.0),
    Sector("construction firm", "construction firm",
           _w("Carpati, Solid, Granite, Brickline, Paveright, Stonebridge, Cornerstone, Ironside, "
              "Bedrock, Dunmore"),
           _w("Building Services, Construction, Groundworks, Paving, Builders"), 0.9),
    Sector("massage parlour", "massage parlour",
           _w("Oriental, Jasmine, Bamboo, Zen, Silk Road, Lotus, Orchid, Harmony, Serenity"),
           _w("Massage, Health Spa, Sauna, Therapy"), 0.1),
    Sector("car dealer", "used car dealer",
           _w("Kaydon, Autopoint, Northway, Crown, Motorhouse, Premier, Citygate, Elite"),
           _w("Motors, Car Sales, Autos, Vehicle Sales"), 1.0),
    Sector("money transfer", "money transfer bureau",
           _w("Swiftline, Meridian, Global, Sendwell, Crosspay, Bluebird, Fastlink, Unity"),
           _w("Money Transfer, Exchange, Remit, Money Services"), 1.0),
    Sector("print shop", "print shop",
           _w("Prime, Express, Quick, Rapid, Citi, Ace"),
           _w("Print & Copy, Print Shop, Printers, Copy Centre"), 0.3),
    Sector("travel agency", "travel agency",
           _w("Golden Bridge, Silk Way, Sunrise, Blue Sky, Skyline, Orient"),
           _w("Travel, Tours, Travel Services"), 1.0),
)}


def business_name(rng: random.Random, sector: Sector, town: str, taken: set[str]) -> str:
    """Answer an unused name for a business of `sector` in `town` (added to `taken`).

    "X" and "X Ltd" count as one name: reports drop the suffix, so two businesses named so
    would be one business to any reader.
    """
    for attempt in range(40):
        base = f"{rng.choice(sector.prefixes)} {rng.choice(sector.suffixes)}"
        if attempt >= 20:  # the pool is crowded: qualify by town, as real chains do
            base = f"{rng.choice(sector.prefixes)} {rng.choice(sector.suffixes)} {town}"
        name = base + " Ltd" if rng.random() < sector.ltd_share else base
        if base not in taken:
            taken.add(base)
            return name
    name = f"{sector.prefixes[0]} {sector.suffixes[0]} {town} {len(taken)}"
    taken.add(name)
    return name
