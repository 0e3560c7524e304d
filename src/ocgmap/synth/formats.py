"""Report formats around a written body: police log headers (.txt), YAML front matter (.md)
and e-mail messages (.eml, written by the standard `email` package).

Each answers the file's bytes and every mention with offsets into the whole file text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

from ocgmap.synth.model import Group
from ocgmap.synth.scene import Scene
from ocgmap.synth.textdoc import Doc, Mention, Piece, Ref
from ocgmap.synth.variants import date_any, date_numeric, name_form

#: UTF-8 headers as written (no RFC 2047 words), no folding, 8bit body: offsets stay exact.
_EMAIL_POLICY = policy.default.clone(utf8=True, max_line_length=None)

LOG_STYLES: tuple[tuple[str, int], ...] = (("block", 35), ("inline", 25), ("oneline", 15),
                                           ("subject", 25))


@dataclass(frozen=True)
class Written:
    """A finished file: its bytes, its text, and its mentions."""

    data: bytes
    text: str
    mentions: list[Mention]


def _finish(doc: Doc) -> Written:
    text = doc.text()
    return Written(text.encode("utf-8"), text, doc.mentions)


def _agency(s: Scene, caps: bool) -> list[Piece]:
    if s.force is None:
        return ["POLICE" if caps else "Police"]
    org = s.world.orgs[s.force]
    if not caps and org.short and s.rng.random() < 0.5:
        return [Ref(org.short, org.id, "short")]
    return [Ref(org.name.upper(), org.id, "caps") if caps else Ref(org.name, org.id, "name")]


def _staff(s: Scene) -> list[str]:
    return s.world.officials.get(s.force or "", [])


def write_log(s: Scene, body: Doc, style: str, grading: str, ref_no: str) -> Written:
    """Wrap a log body in one of the police log layouts."""
    doc = s.doc = Doc()
    when = date_numeric(s.day)
    if style == "oneline":
        doc.start_wrap()
        doc.put([when, " ", *_agency(s, False), ". "])
        doc.extend(body)
        doc.add(f"Grading {grading}.")
        doc.end_wrap(s.width)
        doc.add("\n")
        return _finish(doc)
    if style == "inline":
        doc.put([*_agency(s, False), f" - INT LOG - {date_any(s.day, s.rng)} - Grading {grading}"
                                     "\n\n"])
    else:
        kind = "INTELLIGENCE REPORT" if style == "subject" else "INTELLIGENCE LOG"
        doc.put([*_agency(s, True), f" - {kind}\nRef: {ref_no}\nDate: {when}\n"
                                    f"Grading: {grading}\n"])
        if style == "subject" and s.subject:
            doc.put(["Subject: ", *s.person(s.subject, intro=True), "\n"])
        doc.add("\n")
    doc.extend(body)
    staff = _staff(s)
    if staff:
        writer = s.rng.choice(staff)
        if s.rng.random() < 0.5 and len(staff) > 1:
            boss = s.rng.choice([p for p in staff if p != writer])
            doc.put(["Entered by ", *s.official(writer), ". Supervisor: ", *s.official(boss),
                     ".\n"])
        else:
            doc.put(["Officer in the case: ", *s.official(writer), ".\n"])
    return _finish(doc)


def write_markdown(s: Scene, body: Doc, group: Group, grading: str) -> Written:
    """Wrap a narrative body in YAML front matter (title, date, source, author, operation,
    grading)."""
    doc = s.doc = Doc()
    for piece in s.title:
        text = piece.text if isinstance(piece, Ref) else piece
        assert '"' not in text and "\\" not in text, "front matter values are double-quoted"
    doc.add('---\ntitle: "')
    doc.put(s.title)
    doc.add(f'"\ndate: {s.day.isoformat()}\nsource: "')
    doc.put(_agency(s, False))
    doc.add(s.source_note)
    staff = _staff(s)
    if staff:
        author = s.world.people[s.rng.choice(staff)]
        doc.put(['"\nauthor: "', f"{author.title} " if author.title else "",
                 Ref(name_form(author, "full"), author.id, "full")])
    doc.add(f'"\noperation: "{group.operation}"\ngrading: "{grading}"\n---\n\n')
    if s.rng.random() < 0.4:
        doc.put(["# ", *s.title, "\n\n"])
    doc.extend(body)
    return _finish(doc)


def write_email(s: Scene, body: Doc, group: Group) -> Written:
    """Make an e-mail between two officials with the body, written by the email package."""
    world, rng = s.world, s.rng
    senders = [p for p in _staff(s) if world.people[p].emails]
    others = sorted({p for staff in world.officials.values() for p in staff
                     if world.people[p].emails} - set(senders))
    sender = world.people[rng.choice(senders or others)]
    recipient = world.people[rng.choice([p for p in others if p != sender.id] or others)]
    headers: list[tuple[str, Doc]] = []
    for name, person in (("From", sender), ("To", recipient)):
        value = Doc()
        email_id = person.emails[0]
        value.put([Ref(name_form(person, "full"), person.id, "full"), " <",
                   Ref(world.emails[email_id].address, email_id, "address"), ">"])
        headers.append((name, value))
    subject = Doc()
    subject.put([*(s.title or ["Update"]), f" (Op {group.operation})"])
    headers.append(("Subject", subject))
    sent = datetime(s.day.year, s.day.month, s.day.day, rng.randrange(7, 19),
                    rng.randrange(60), rng.randrange(60),
                    tzinfo=timezone(timedelta(hours=1 if 4 <= s.day.month <= 10 else 0)))
    text_doc = Doc()
    text_doc.put([Ref(name_form(recipient, "given"), recipient.id, "given"), ",\n\n"])
    text_doc.extend(body)
    text_doc.put(["Regards,\n", Ref(name_form(sender, "given"), sender.id, "given"), "\n\n",
                  Ref(name_form(sender, "full"), sender.id, "full"), "\n"])
    text_doc.put(_agency_of(s, sender.agency))
    text_doc.add("\n")
    body_text = text_doc.text()

    message = EmailMessage(policy=_EMAIL_POLICY)
    for name, value in headers:
        message[name] = value.text()
    message["Date"] = format_datetime(sent)
    message.set_content(body_text, cte="8bit")
    data = message.as_bytes()
    text = data.decode("utf-8")
    mentions: list[Mention] = []
    for name, value in headers:
        needle = f"{name}: {value.text()}\n"
        at = 0 if text.startswith(needle) else text.index("\n" + needle) + 1
        mentions += _shifted(value.mentions, at + len(name) + 2)
    body_at = text.index("\n\n") + 2
    assert text[body_at:body_at + len(body_text)] == body_text, "e-mail body was re-encoded"
    mentions += _shifted(text_doc.mentions, body_at)
    return Written(data, text, sorted(mentions, key=lambda m: m.start))


def _agency_of(s: Scene, agency: str | None) -> list[Piece]:
    if agency is None:
        return [""]
    org = s.world.orgs[agency]
    return [Ref(org.name, org.id, "name")]


def _shifted(mentions: list[Mention], shift: int) -> list[Mention]:
    return [Mention(m.start + shift, m.end + shift, m.text, m.id, m.form, m.typo)
            for m in mentions]
