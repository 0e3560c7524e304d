"""Bytes to clean text: encoding detection, binary and empty-file rejection, Unicode NFC."""

from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes

from ocgmap.errors import ItemError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes, where: str) -> str:
    """Answer `data` decoded to NFC text, or raise `ItemError` naming `where`.

    UTF-8 (with or without BOM), UTF-16/32 with a BOM, Windows-1252 / Latin-1 and (by
    detection) other legacy encodings are read; empty files and binary data are rejected.
    """
    if not data.strip():
        raise ItemError(where, "empty file")
    text = _decode(data, where)
    if "\x00" in text or _control_ratio(text) > 0.05:
        raise ItemError(where, "binary content, not text")
    return unicodedata.normalize("NFC", text)


def _decode(data: bytes, where: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise ItemError(where, f"starts with a {encoding.upper().removesuffix('-SIG')} "
                                       f"byte-order mark but is not valid {encoding.upper()} "
                                       f"text (byte {exc.start})") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise ItemError(where, "binary content, not text")
    try:
        # UK reports in a legacy encoding are nearly always Windows-1252 / Latin-1, and
        # detectors misjudge short files; other 8-bit encodings go to the detector.
        return data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise ItemError(where, "binary content or unknown text encoding")
    return str(best)


def _control_ratio(text: str) -> float:
    sample = text[:65536]
    controls = sum(1 for c in sample if unicodedata.category(c) == "Cc" and c not in "\r\n\t\f")
    return controls / max(1, len(sample))
