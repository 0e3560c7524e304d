"""Content sniffing: what a file's bytes say it is, whatever its name says."""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from typing import NamedTuple


class Sniffed(NamedTuple):
    """What the content is: a short name, a description for messages, and the format it
    can be read as (`None` if no reader takes it)."""

    name: str
    description: str
    readable_as: str | None


_MAGIC: tuple[tuple[bytes, Sniffed], ...] = (
    (b"\x89PNG\r\n\x1a\n", Sniffed("png", "a PNG image", None)),
    (b"\xff\xd8\xff", Sniffed("jpeg", "a JPEG image", None)),
    (b"GIF87a", Sniffed("gif", "a GIF image", None)),
    (b"GIF89a", Sniffed("gif", "a GIF image", None)),
    (b"II*\x00", Sniffed("tiff", "a TIFF image", None)),
    (b"MM\x00*", Sniffed("tiff", "a TIFF image", None)),
    (b"\x1f\x8b", Sniffed("gzip", "a gzip archive", None)),
    (b"Rar!\x1a\x07", Sniffed("rar", "a RAR archive", None)),
    (b"7z\xbc\xaf\x27\x1c", Sniffed("7z", "a 7-Zip archive", None)),
    (b"\x7fELF", Sniffed("elf", "an executable program", None)),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
     Sniffed("ole2", "a legacy or password-protected Office file", None)),
)
_PDF = Sniffed("pdf", "a PDF document", "pdf")
_DOCX = Sniffed("docx", "a Word document", "docx")
_ZIP = Sniffed("zip", "a zip archive", None)
_HTML = Sniffed("html", "an HTML page", "html")
_EMAIL = Sniffed("eml", "an e-mail message", "eml")
_EXE = Sniffed("exe", "a Windows program", None)

_HEADER_LINE = re.compile(r"[!-9;-~]+:")
_MAIL_ONLY_HEADERS = ("received", "message-id", "mime-version", "return-path",
                      "delivered-to", "dkim-signature", "content-type")


def sniff(data: bytes) -> Sniffed | None:
    """Answer what `data` clearly is, or `None` when it is (or may be) plain text."""
    for magic, found in _MAGIC:
        if data.startswith(magic):
            return found
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return Sniffed("webp", "a WebP image", None)
    if data.startswith(b"MZ") and b"\x00" in data[:64]:
        return _EXE
    if data.lstrip().startswith(b"%PDF-") or (b"%PDF-" in data[:1024]
                                               and b"%%EOF" in data[-2048:]):
        return _PDF  # PDF readers accept a little junk before the header
    if data.startswith(b"PK\x03\x04"):
        return _DOCX if _holds(data, "word/document.xml") else _ZIP
    head = _text_head(data)
    if head.startswith(("<!doctype html", "<html")) or \
            (head.startswith("<?xml") and "<html" in head):
        return _HTML
    if _looks_like_email(head):
        return _EMAIL
    return None


def _holds(data: bytes, member: str) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return member in archive.namelist()
    except (zipfile.BadZipFile, ValueError, EOFError):
        return False


def _text_head(data: bytes) -> str:
    """Answer the start of `data` as lower-case text, for markup and header checks."""
    head = data[:4096]
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom):].decode(encoding, errors="ignore").lstrip().lower()
    return head.decode("utf-8", errors="ignore").lstrip("\ufeff \t\r\n").lower()


def _looks_like_email(head: str) -> bool:
    """Answer whether `head` opens with an RFC 822 header block from a mail system.

    "From:" alone is not enough: memos and police logs open with "From:", "Date:" too.
    """
    lines = head.replace("\r\n", "\n").split("\n")
    if lines and lines[0].startswith("from "):  # an mbox separator line
        lines = lines[1:]
    names: list[str] = []
    for line in lines[:-1]:  # the last line may be cut off mid-header
        if not line.strip():
            break
        if line[0] in " \t" and names:
            continue
        if not _HEADER_LINE.match(line):
            return False
        names.append(line.split(":", 1)[0])
    return bool(names) and names[0] in ("from", "received", "return-path", "message-id",
                                        "delivered-to") \
        and ("from" in names or "received" in names) \
        and any(name in _MAIL_ONLY_HEADERS for name in names)
