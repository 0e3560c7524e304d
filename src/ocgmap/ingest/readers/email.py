"""E-mail reports (`.eml`): headers as metadata, the text body, supported attachments."""

from __future__ import annotations

import dataclasses
import logging
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path, PurePosixPath

from ocgmap.errors import ItemError
from ocgmap.ingest.document import Document
from ocgmap.ingest.readers.base import build_document
from ocgmap.ingest.readers.html import html_to_text
from ocgmap.ingest.text import decode_bytes

log = logging.getLogger(__name__)

_HEADERS = (("from", "From"), ("to", "To"), ("cc", "Cc"), ("subject", "Subject"))


def read_email(path: Path, data: bytes) -> Document:
    """Answer the `Document` of an e-mail; supported attachments become its attachments."""
    where = str(path)
    if not data.strip():
        raise ItemError(where, "empty file")
    message = BytesParser(policy=policy.default).parsebytes(data)
    if not isinstance(message, EmailMessage) or not message.keys():
        raise ItemError(where, "not an e-mail message (no headers)")
    metadata = _metadata(message)
    attachments, skipped = _attachments(message, where, metadata)
    if skipped:
        metadata["skipped_attachments"] = str(skipped)
    body = _body_text(message)
    if not body.strip() and not attachments:
        raise ItemError(where, "e-mail has no text body and no readable attachment")
    text = header_block(metadata) + body if body.strip() else body
    return build_document(where, "eml", text, metadata, attachments=tuple(attachments),
                          allow_empty=bool(attachments))


def header_block(metadata: dict[str, str]) -> str:
    """Answer the From/To/Cc/Subject lines that open the report text of an e-mail.

    They stay in the text (not only in the metadata) so that the people, addresses and
    operation they name are extracted with offsets into the stored text.

    >>> header_block({"from": "A <a@example.org>", "subject": "OP X"}).splitlines()
    ['From: A <a@example.org>', 'Subject: OP X', '']
    """
    lines = [f"{name}: {metadata[key]}" for key, name in _HEADERS if key in metadata]
    return "\n".join(lines) + "\n\n" if lines else ""


def _header(message: EmailMessage, name: str) -> str | None:
    try:
        value = message[name]
    except Exception:  # a malformed header must not sink the message
        return None
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


def _metadata(message: EmailMessage) -> dict[str, str]:
    metadata: dict[str, str] = {}
    for key, name in _HEADERS:
        if (value := _header(message, name)) is not None:
            metadata[key] = value
    if "subject" in metadata:
        metadata["title"] = metadata["subject"]
    try:
        sent = getattr(message["Date"], "datetime", None)
    except Exception:  # a malformed header must not sink the message
        sent = None
    if sent is not None:
        # The sender's own calendar date, as the header writes it.
        metadata["date"] = sent.date().isoformat()
    if (message_id := _header(message, "Message-ID")) is not None:
        metadata["message_id"] = message_id.strip("<>")
    return metadata


def _body_text(message: EmailMessage) -> str:
    """Answer the text/plain body, else the text of the HTML body, else ""."""
    for subtype in ("plain", "html"):
        part = message.get_body(preferencelist=(subtype,))
        if not isinstance(part, EmailMessage):
            continue
        text = _part_text(part)
        if subtype == "html":
            text = html_to_text(text).text
        if text.strip():
            return text
    return ""


def _part_text(part: EmailMessage) -> str:
    try:
        content = part.get_content()
        if isinstance(content, str):
            return content
    except (LookupError, ValueError):  # unknown charset or broken transfer encoding
        pass
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        return ""
    try:
        return decode_bytes(payload, "body")
    except ItemError:
        return ""


def _attachment_parts(message: EmailMessage) -> list[EmailMessage]:
    if not message.is_multipart():
        return [message] if message.is_attachment() else []
    parts: list[EmailMessage] = []
    for part in message.iter_attachments():
        if not isinstance(part, EmailMessage):
            continue
        if part.is_multipart():
            parts.extend(p for p in part.walk()
                         if isinstance(p, EmailMessage) and not p.is_multipart())
        else:
            parts.append(part)
    return parts


def _attachments(message: EmailMessage, where: str,
                 metadata: dict[str, str]) -> tuple[list[Document], int]:
    """Answer the readable attachments as documents, and how many were skipped."""
    # Imported here: the registry imports this module to register it.
    from ocgmap.ingest.readers import SUPPORTED_EXTENSIONS, read_document

    documents: list[Document] = []
    skipped = 0
    for number, part in enumerate(_attachment_parts(message), start=1):
        name = PurePosixPath((part.get_filename() or "").replace("\\", "/")).name
        payload = part.get_payload(decode=True)
        if PurePosixPath(name).suffix.lower() not in SUPPORTED_EXTENSIONS \
                or not isinstance(payload, bytes):
            skipped += 1
            continue
        origin = f"{where}#attachment-{number}-{name}"
        try:
            document = read_document(Path(origin), payload)
        except Exception as exc:  # a bad attachment must not sink the e-mail
            log.debug("attachment %d of %s skipped: %s", number, where, exc)
            skipped += 1
            continue
        inherited = dict(document.metadata)
        inherited["parent"] = metadata.get("message_id", where)
        if "date" in metadata:
            inherited.setdefault("date", metadata["date"])
        documents.append(dataclasses.replace(document, origin=origin, metadata=inherited))
    return documents, skipped
