"""Text cleaning shared by every reader: Unicode, ligatures, hyphenation, layout, tables.

`clean_text` answers the clean text and the regions of it that are tables. It runs in
linear time (whole-text regular expressions without nested quantifiers scan for the few
places that need work; Python only looks at those) and is idempotent: cleaning clean text
changes nothing.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator

# --------------------------------------------------------------------------- characters

_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
              "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u180e"
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
          "\u202f\u205f\u3000\x0b"
_CHAR_MAP: dict[int, str | None] = {
    **{ord(k): v for k, v in _LIGATURES.items()},
    **{ord(c): None for c in _ZERO_WIDTH},
    **{ord(c): " " for c in _SPACES},
    # Form feeds are page breaks; NEL and the Unicode separators are line breaks.
    ord("\f"): "\n", 0x85: "\n", 0x2028: "\n", 0x2029: "\n",
}
_SPECIAL = re.compile("[" + re.escape("".join(map(chr, _CHAR_MAP))) + "]")
_SOFT_HYPHEN = "\u00ad"

# --------------------------------------------------------------------------- lost ligatures
# UK government PDFs often lose the fi/fl/ff/ffi/ffl glyphs on copy-out: "traf cking",
# "identi ed", "o ce", or "nancial". A word is repaired only when the joined form is in
# this vocabulary, so names and ordinary text are never touched.

def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_AS_IS = """
traffic traffick trafficks trafficking trafficked trafficker traffickers
artificial artificially beneficial beneficiaries beneficiary confidence confident
confidential confidentiality confidentially confinement deficiency deficient definite
definitely definition definitions difficult difficulties difficulty different differently
difference differences effective effectively effectiveness ineffective efficacy efficiency
efficient efficiently inefficient fictitious fifteen fifteenth fifth fifty financial
financially firearm firearms firstly fiscal influential insufficient insufficiently
magnificent officially unofficial offshore offline offspring proficient scientific
significance significant significantly insignificant specific specifically specifics
sufficient sufficiently unaffected unconfirmed undefined unidentified unqualified
unspecified unverified unclassified affluent afloat refugee refugees leaflet leaflets
flatmate flatmates workflow cashflow overflow chauffeur chauffeurs sheriff coffee
identification identifications identifier identifiers identifiable classification
notification notifications verification qualification qualifications specification
certificate certificates confiscation reflection suffocation fingerprints fingerprinted
findings offences offenders offending reoffending profiteering profitable unprofitable
benefited benefiting benefitted benefitting beneficiaries flagged flagging fled flew flown
flights flying flies flee flees fleeing scaffolding influx fluent fluently
fingerprinting sufferers
"""
_NOUNS = """
affair affidavit affiliate benefit conflict deficit effect effort fiancee field fighter
figure film finance finger fingerprint firm flat flight floor influence office officer
official offence offense offender offer profile profit refuge sacrifice scaffolder
tariff
"""
_VERBS = """
affect afford affirm afflict confide confine confirm confiscate define differ fill filter
finance finish float flow identify inflict influence offend offer offload profile
profit reflect reoffend sacrifice staff suffer suffocate classify notify verify justify
modify qualify specify certify falsify
"""


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _verb_forms(verb: str) -> Iterator[str]:
    yield verb
    yield _plural(verb)
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        yield verb[:-1] + "ied"
        yield verb + "ing"
    elif verb.endswith("ee"):
        yield verb + "d"
        yield verb + "ing"
    elif verb.endswith("e"):
        yield verb + "d"
        yield verb[:-1] + "ing"
    else:
        yield verb + "ed"
        yield verb + "ing"


def _vocabulary() -> frozenset[str]:
    words = set(_AS_IS.split())
    for noun in _NOUNS.split():
        words.update((noun, _plural(noun)))
    for verb in _VERBS.split():
        words.update(_verb_forms(verb))
    return frozenset(w for w in words if any(lig in w for lig in ("fi", "fl", "ff")))


#: Words containing fi/fl/ff/ffi/ffl that a lost ligature may be repaired into.
LIGATURE_WORDS: frozenset[str] = _vocabulary()

#: Short, common words: two of them side by side are never joined ("of course", "a air").
_ORDINARY = _words("""
a i an as at be by do go he if in is it me my no of on or so to up us we am ok oh ah the and
for are but not you all any can had her was one our out day get has him his how man new now
old see two way who boy did its let put say she too use ate eat act add age ago air arm art
ask bad bag bar bed big bit box bus buy car cut dog due end eye far few fun gun hit hot job
key kid law lay led leg lie lot low map may men met mix net nor off oil own pay per pet red
run sat set sex sit six son sun tax ten tie top try van war win yes yet ash ire con pro ice
ear era ill ink inn ion jet lab lad lap lip log mad mat mud nod nut oak odd pan pen pie pin
pit pot raw rat rid rob rod row rub sad sea shy sin sip sky spy tag tap tea tin tip toe ton
toy wet wit won zip ace aid aim ant ape arc awe axe bat bee bow cab cap cow cry cub cue dam
den dew dig dim dip dot dry dub dye ego elf elm emu fan fat fed fee fig fin fir fit fix flu
fly fog fox fry fur gap gas gel gem gin god gum gut guy hat hay hen hid hip hog hop hub hug
hum hut jam jar jaw jog joy jug kit lag lid lit mob mop mug nap nun oar oat opt orb ore owe
owl pad pal paw pea peg pew pig pop pub pun pup rag ram ran rap ray rib rim rip rot rug rum
rye sag saw sew shed sob sod sow soy sub sum tab tan tar tub tug urn vat vet vow wag wax web
wed wok yak yam yap zoo able also area army away baby back ball band bank base bath bear
beat been beer bell belt best bill bird blow blue boat body bone book born boss both bowl
burn busy call calm came camp card care case cash cast cell chat chip city club coat code
cold come cook cool cope copy core cost crew crop dark data date dead deal dear debt deep
deny desk diet disk does done door down draw drew drop drug dual duty each earn ease east
easy edge else even ever evil exit face fact fail fair fall fame farm fast fear feed feel
feet fell felt five flat food foot form four free from fuel full fund gain game gate gave
gear gift girl give glad goal goes gold golf gone good grew grey grow hair half hall hand
hang hard harm hate have head hear heat held hell help here hero hide high hill hire hold
hole holy home hope host hour huge hung hunt hurt idea inch into iron item jail join joke
jump jury just keen keep kept kick kill kind king knew know lack lady laid lake land lane
last late lead leaf lean left lend less life lift like line link list live load loan lock
long look lord lose loss lost love luck made mail main make male mall many mark mass meal
mean meat meet menu mere mild mile milk mind mine miss mode mood moon more most move much
must name navy near neck need news next nice nine none nose note okay once only onto open
oral pace pack page paid pain pair pale palm park part pass past path peak pick pile pink
pipe plan play plot plus poem poet pole poll pool poor port pose post pour pray pull pump
pure push race rail rain rank rare rate read real rear rely rent rest rice rich ride ring
rise risk road rock rode role roll roof room root rope rose rule rush safe said sake sale
salt same sand save seat seed seek seem seen self sell send sent ship shoe shop shot show
shut sick side sign sing sink site size skin slip slow snow soft soil sold sole some song
soon sort soul spot star stay step stop such suit sure take tale talk tall tank tape task
team tear tell tend term test text than that them then they thin this thus tide till time
tiny told toll tone took tool tour town trap tree trip true tube tune turn twin type unit
upon used user vary vast very view vote wage wait wake walk wall want ward warm warn wash
wave weak wear week well went were west what when whom wide wife wild will wind wine wing
wire wise wish with wood word wore work yard yeah year your zero zone table cult
""")
#: Real words and abbreviations that look like a vocabulary word with a ligature dropped
#: ("owed" is not "flowed", "species" is not "specifies"); found by checking the glued
#: forms against an English word list and a large body of text.
_REAL_WORDS = _words("""
armed arming arms conde conning dene nance oats owed owing rearm rearms scal species stang trac
track tracked tracker trackers tracking tracks ying prot prots stas uids
""")

_LIGATURE_PIECES = ("ffi", "ffl", "ff", "fi", "fl")


def _breakages(words: Iterable[str]) -> tuple[dict[tuple[str, str], str],
                                              dict[str, tuple[int, str]]]:
    """Answer the split forms (left, right) → lig and the glued forms → (offset, lig)."""
    split: dict[tuple[str, str], set[str]] = {}
    glued: dict[str, set[tuple[int, str]]] = {}
    for word in words:
        for lig in _LIGATURE_PIECES:
            start = word.find(lig)
            while start != -1:
                left, right = word[:start], word[start + len(lig):]
                if left and right:
                    split.setdefault((left, right), set()).add(lig)
                if right and len(left + right) >= 4:
                    glued.setdefault(left + right, set()).add((len(left), lig))
                start = word.find(lig, start + 1)
    # An ambiguous repair is no repair; a glued form that is itself a word is left alone.
    return ({k: next(iter(v)) for k, v in split.items() if len(v) == 1},
            {k: next(iter(v)) for k, v in glued.items()
             if len(v) == 1 and k not in words and k not in _ORDINARY | _REAL_WORDS})


_SPLIT, _GLUED = _breakages(LIGATURE_WORDS)


_Trie = dict[str, "_Trie"]


def _trie_pattern(strings: Iterable[str]) -> str:
    """Answer a regular expression matching exactly `strings`, shaped as a prefix tree.

    A tree-shaped alternation is matched in time bounded by the longest string, where a
    flat alternation of hundreds of words is tried word by word at every position.
    """
    trie: _Trie = {}
    for string in strings:
        node = trie
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}  # the end of a string

    def emit(node: _Trie) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")" if len(branches) > 1 else branches[0]
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


# Zero-width, so overlapping candidates ("a of ce") are all seen.
_CANDIDATE = re.compile(r"\b(?=(" + _trie_pattern(
    [f"{left} {right}" for left, right in _SPLIT]
    + [f"{left.capitalize()} {right}" for left, right in _SPLIT]
    + [f"{left} {right}".upper() for left, right in _SPLIT]
    + list(_GLUED)) + r")\b)")


def repair_lost_ligatures(text: str) -> str:
    """Answer `text` with words broken by lost fi/fl/ff/ffi/ffl ligatures rejoined."""
    out: list[str] = []
    pos = 0
    for match in _CANDIDATE.finditer(text):
        start = match.start()
        if start < pos:
            continue
        broken = match.group(1)
        repaired = _join(broken) if " " in broken else _unglue(broken)
        if repaired is not None:
            out.append(text[pos:start])
            out.append(repaired)
            pos = start + len(broken)
    out.append(text[pos:])
    return "".join(out)


def _join(broken: str) -> str | None:
    left, right = broken.split(" ")
    lo_left, lo_right = left.lower(), right.lower()
    lig = _SPLIT.get((lo_left, lo_right))
    if lig is None or (lo_left in _ORDINARY and lo_right in _ORDINARY):
        return None
    return left + (lig.upper() if left.isupper() and right.isupper() else lig) + right


def _unglue(word: str) -> str | None:
    # Only lower-case words: capitalised ones are often names ("Nish", "Dier").
    found = _GLUED.get(word) if word.islower() else None
    if found is None:
        return None
    offset, lig = found
    return word[:offset] + lig + word[offset:]


# --------------------------------------------------------------------------- tables

_MD_SEPARATOR = re.compile(r"\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?")
# A gap of 2+ spaces separates cells, except after sentence punctuation (typed prose
# often has two spaces after a full stop).
_CELL_GAP = re.compile(r"(?<![.!?:;]) {2,}")
# Lines that might be table rows: only these are looked at in Python.
_ROW_CANDIDATE = re.compile(r"^[^\n]*?(?:\||\t|  )[^\n]*", re.MULTILINE)


def is_table_row(line: str) -> bool:
    """Answer whether `line` looks like a table row (pipes, tabs or 3+ spaced cells)."""
    s = line.strip()
    if not s:
        return False
    if "|" in s:
        if "-" in s and _MD_SEPARATOR.fullmatch(s):
            return True
        if len(s) > 2 and s.startswith("|") and s.endswith("|"):
            return True
        cells = s.strip("|").split("|")
        return len(cells) >= 2 and sum(1 for c in cells if c.strip()) >= 2
    if "\t" in s:
        return sum(1 for c in s.split("\t") if c.strip()) >= 2
    if "  " in s:
        return sum(1 for c in _CELL_GAP.split(s) if c.strip()) >= 3
    return False


def row_cells(line: str) -> list[tuple[int, int]] | None:
    """Answer the (start, end) offsets in `line` of each cell of a table row, empty cells
    included (so columns line up); [] for a Markdown separator; None when `line` is no row.

    >>> row_cells("| KOLA, Ardit |  | 07700 900123 |")
    [(2, 13), (17, 17), (19, 31)]
    """
    if not is_table_row(line):
        return None
    s = line.strip()
    if "|" in s and "-" in s and _MD_SEPARATOR.fullmatch(s):
        return []
    bounds = [m.start() for m in _PIPE.finditer(line)] if "|" in line else []
    if bounds:
        spans = [(a + 1, b) for a, b in itertools.pairwise([-1, *bounds, len(line)])]
        if not line[:bounds[0]].strip():
            spans = spans[1:]  # the row opens with a pipe
        if not line[bounds[-1] + 1:].strip():
            spans = spans[:-1]  # and closes with one
    else:
        spans, start = [], len(line) - len(line.lstrip())  # not an indent's empty cell
        for gap in (_TAB if "\t" in line else _CELL_GAP).finditer(line.rstrip(), start):
            spans.append((start, gap.start()))
            start = gap.end()
        spans.append((start, len(line)))
    cells = []
    for start, end in spans:
        text = line[start:end]
        lead = len(text) - len(text.lstrip())
        cells.append((start + lead, start + lead + len(text.strip())))
    return cells


_PIPE = re.compile(r"(?<!\\)\|")  # an HTML cell's own "|" comes escaped as "\|"
_TAB = re.compile("\t")


def table_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Answer the (start, end) offsets of the table regions in `text`.

    A table region is two or more consecutive lines that each look like a table row.
    """
    spans: list[tuple[int, int]] = []
    run_start, run_end, rows = -1, -2, 0
    for match in _ROW_CANDIDATE.finditer(text):
        if not is_table_row(match.group()):
            continue
        if match.start() == run_end + 1:
            run_end, rows = match.end(), rows + 1
            continue
        if rows >= 2:
            spans.append((run_start, run_end))
        run_start, run_end, rows = match.start(), match.end(), 1
    if rows >= 2:
        spans.append((run_start, run_end))
    return tuple(spans)


def _outside(text: str, spans: tuple[tuple[int, int], ...]) -> Iterator[tuple[str, bool]]:
    """Answer the pieces of `text` in order, each with whether it is a table region."""
    pos = 0
    for start, end in spans:
        yield text[pos:start], False
        yield text[start:end], True
        pos = end
    yield text[pos:], False


# --------------------------------------------------------------------------- layout

_LINE_BREAK_HYPHEN = re.compile(r"-[ \t]*\n[ \t]*(?=[^\W_])")
# A soft hyphen at a line end marks where a word was broken; elsewhere it is invisible.
_SOFT_BREAK = re.compile(r"\u00ad[ \t]*\n[ \t]*(?=[^\W_])")
_LAST_WORD = re.compile(r"[^\W_]+$")
# Compounds split at their own hyphen ("self-\nemployed") keep it.
_KEEP_HYPHEN = frozenset({"self", "well", "non"})
# Only runs that change: two or more blanks, or a tab (single spaces are left as they are).
_SPACE_RUN = re.compile(r" [ \t]+|\t[ \t]*")
_SPACE_AT_BREAK = re.compile(r" \n ?|\n ")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")
_BLANK_RUN = re.compile(r"\n{3,}")


def _join_hyphenated(text: str) -> str:
    """Answer `text` with words hyphenated across line breaks joined (tables left alone)."""
    spans = table_spans(text)
    starts = [start for start, _ in spans]

    def in_table(pos: int) -> bool:
        index = bisect.bisect_right(starts, pos) - 1
        return index >= 0 and pos <= spans[index][1]

    def join(match: re.Match[str]) -> str:
        start = match.start()
        if not start or not text[start - 1].isalnum() or in_table(start) \
                or in_table(match.end()):
            return match.group()
        # "traf-\nficking" → "trafficking", but "Anglo-\nAlbanian" → "Anglo-Albanian".
        first = _LAST_WORD.findall(text[max(0, start - 12):start])[-1]
        joinable = text[match.end()].islower() and first[-1].isalpha()
        return "" if joinable and first.lower() not in _KEEP_HYPHEN else "-"

    return _LINE_BREAK_HYPHEN.sub(join, text)


def _collapse_layout(text: str) -> str:
    """Answer `text` with layout whitespace collapsed outside tables, trimmed inside."""
    pieces: list[str] = []
    for piece, in_table in _outside(text, table_spans(text)):
        if in_table:
            # Keep cell separation (tabs, aligned columns) readable; trailing space goes.
            pieces.append(_TRAILING_SPACE.sub("\n", piece).rstrip(" \t"))
        else:
            piece = _SPACE_AT_BREAK.sub("\n", _SPACE_RUN.sub(" ", piece))
            # A piece starts and ends at a line boundary or at the text's ends.
            pieces.append(piece.strip(" "))
    return "".join(pieces)


def clean_text(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Answer the clean text of `text` and the (start, end) table regions in it.

    NFC; ligature characters expanded; line breaks normalised; zero-width characters,
    soft hyphens and form feeds removed; words hyphenated across lines joined; layout
    whitespace collapsed (outside tables); words broken by lost ligatures repaired.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _SPECIAL.search(text):  # rare, and translate() is slow on megabytes
        text = text.translate(_CHAR_MAP)
    # NFC after dropping invisible characters, which may sit between a letter and its accent.
    text = unicodedata.normalize("NFC", _SOFT_BREAK.sub("", text).replace(_SOFT_HYPHEN, ""))
    text = _join_hyphenated(text)
    text = _collapse_layout(text)
    # After the whitespace collapse, so a second pass finds no new single-space splits.
    text = repair_lost_ligatures(text)
    # Again, in case a join brought composable characters together (Hangul jamo).
    text = unicodedata.normalize("NFC", _BLANK_RUN.sub("\n\n", text).strip("\n"))
    return text, table_spans(text)
