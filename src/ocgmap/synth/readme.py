"""`OUT/truth/README.md`: what the output holds, its formats, and how it was made."""

from __future__ import annotations

from typing import Any

_FORMAT = """
## Layout

```
reports/0000/000000_log.txt      police intelligence log (header lines Date:, Grading:)
reports/0000/000001_debrief.md   de-brief / NRM narrative, YAML front matter
reports/0000/000003_assessment.md  intelligence assessment of a group, YAML front matter
reports/0000/000002_email.eml    e-mail between officials (RFC 5322, UTF-8, 8bit body)
...                              at most 1,000 files per folder: report n is in folder n // 1000
truth/entities.jsonl             one entity per line
truth/groups.json                groups, brokers, namesakes, shared phones and addresses
truth/relations.jsonl            one true link per line
truth/mentions.jsonl             one line per report: every entity mention in it
```

Report `n` depends only on the world and `(seed, n)`: asking for more reports leaves the
first ones unchanged. The same parameters give byte-identical output.

## entities.jsonl

`{"id", "type", "name", "groups", "roles", "nationality", "age", "aliases", "variants",
"typos", "attributes"}`

- `type`: Person, VictimGroup, Organisation, Business, Location, Vehicle, Phone, Email.
  Organisations are the groups (`attributes.kind` "ocg", id = group id) and the agencies
  whose officials write the reports (kind police, council, border, law_enforcement,
  regulator, ngo).
- `name`: canonical. People: "Ardit Kola", or surname first for Vietnamese and Chinese
  names ("Nguyen Van Hung"). Phones: E.164. Vehicles: the plate as written ("AB12 CDE";
  `attributes.registration` is the compact form). Victim groups: a description at the
  reference date.
- `groups`: ids of the groups an entity belongs to; brokers and shared recruiters list
  every group they serve. Officials and interpreters have none.
- `roles`: leader, recruiter, transporter, controller, money_handler, document_forger,
  money_launderer, victim, official (+ police officer, social worker, interpreter).
- `age`: on the reference date (2024-07-01); `attributes.dob` is the date of birth, and
  reports state the age on their own date.
- `aliases`: nicknames (people), other names (groups, agencies, businesses without "Ltd").
- `variants`: every surface form this entity was written as in the reports; `typos`: those
  that are misspellings (about 2% of name mentions).
- `attributes.namesake_of`: ids of different people with the same name. They are distinct
  people in distinct groups and must never be merged.

## groups.json

`{"seed", "parameters", "groups": [...], "brokers": [...], "namesakes": [[id, id], ...],
"shared_phones": [{"phone", "users"}], "shared_addresses": [{"address", "residents"}]}`

Each group: `id, name, aliases, operation, nationality, typology, base, leader, members,
roles, victims, victim_groups, businesses, premises, brokers, shared_recruiters,
corridors`. A corridor is `{"id", "stops": [{"id", "name", "role", "mode"}], "transit"}`:
stops in order, role origin / transit / entry (UK border point) / destination, `mode` of
the leg arriving at the stop; `transit` lists the planted transit points. A group has 1–3
corridors of its own, plus one for each shared recruiter from another country.
Group sizes run from 5 to 25 members; victims per group average `victims_per_group` (from
half to one and a half times it).

Planted traps: namesakes (same name, different people, different groups), brokers and
recruiters serving several groups, phones used by two members, homes shared by relatives
and colleagues, interpreters who share a nationality with the offenders, and named
officials who are never offenders. The drama phone ranges hold 4,000 numbers; in very large
worlds later people get no phone rather than a reused one.

## relations.jsonl

`{"id", "type", "source", "target", "attributes"}` with the design §3 types: RECRUITED
(method), TRANSPORTED (corridor, mode), HARBOURED (place), EXPLOITED (purpose, means),
CONTROLS, PAID (amount, currency, purpose), OWNS, EMPLOYED_BY (role), LOCATED_AT,
LIVES_AT, USES, MEMBER_OF (role), FAMILY_OF (relation), ASSOCIATE_OF (basis: broker or
shared recruiter → group), LEG (route, seq, mode: consecutive corridor stops).

## mentions.jsonl

`{"report", "kind", "date", "grading", "groups", "mentions", "relations", "corridors"}`

- `report`: path relative to the output folder.
- `mentions`: `{"text", "start", "end", "id", "form"}` (+ `"typo": true`), sorted by
  `start`. Offsets are character (code point) offsets into the **whole file text as
  written** (header, front matter and e-mail headers included), decoded as UTF-8:
  `text == file_text[start:end]`. They are not byte offsets. Mentions never overlap; an
  address mention includes its town; a nickname mention excludes its quotes; a vehicle
  mention is the registration only; a victim group mention is the whole description.
- `form`: full, caps, inverted, initial, surname, surname_caps, given, initials, bold,
  nickname, description (victims), short/full (addresses), name/short/alias (groups,
  agencies, businesses), number (phones), registration, address (e-mail).
- `relations`: ids of the true links the report states (both ends are mentioned in it).
- `corridors`: ids of corridors whose stops the report lists in order.
- `grading`: 3x5x2 as letter, digit, handling (`B2P`); null for e-mails.
"""


def readme(parameters: dict[str, Any], counts: dict[str, int]) -> str:
    """Answer the README text for a run with these parameters and counts."""
    params = "\n".join(f"- `{k}`: {v}" for k, v in parameters.items())
    totals = "\n".join(f"- {k}: {v:,}" for k, v in counts.items())
    return (f"# Synthetic world and reports (ocgmap synth)\n\nEverything here is fictional: "
            "people, businesses, streets, phones (Ofcom drama ranges only), vehicles and "
            "e-mail addresses (example.com/.org/.net). Towns, countries, ports and police "
            "forces are real.\n\n## Parameters\n\n"
            f"{params}\n\nCommand: `ocgmap synth --groups {parameters['groups']} "
            f"--seed {parameters['seed']} --reports {parameters['reports']} "
            f"--victims-per-group {parameters['victims_per_group']} OUT`\n\n"
            f"## Counts\n\n{totals}\n{_FORMAT}")
