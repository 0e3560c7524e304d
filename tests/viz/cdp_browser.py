"""Headless Chromium driven over the DevTools protocol on a pipe (no extra dependency).

Used by the browser tests and by bench/export.py. Chromium runs with every route to the
network closed (a dead proxy, no DNS) and the DevTools Network domain records every
request the page attempts, so "no request" is observed rather than assumed.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

CHROMIUM_PATHS = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
IN_CI = os.environ.get("CI", "").lower() == "true"


def find_chromium() -> str | None:
    """Answer the path of a Chromium binary, or None."""
    found = os.environ.get("OCGMAP_CHROMIUM")
    if found and Path(found).exists():
        return found
    return next((p for p in CHROMIUM_PATHS if Path(p).exists()), shutil.which("chromium"))


class BrowserError(RuntimeError):
    """Chromium did not answer as expected."""


class Browser:
    """One headless Chromium process with one page, controlled over `--remote-debugging-pipe`."""

    def __init__(self, binary: str, width: int = 1400, height: int = 900) -> None:
        self._profile = tempfile.mkdtemp(prefix="ocgmap-chromium-")
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()

        def wire_pipes() -> None:  # runs in the child: DevTools reads fd 3, writes fd 4
            read_end, write_end = os.dup(to_chrome_r), os.dup(from_chrome_w)
            read_end, write_end = os.dup2(read_end, 1000), os.dup2(write_end, 1001)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)
            os.closerange(5, 65536)

        args = [binary, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--remote-debugging-pipe",
                f"--user-data-dir={self._profile}", f"--window-size={width},{height}",
                "--proxy-server=http://127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--disable-component-update", "--disable-sync", "--disable-default-apps",
                "--disable-dev-shm-usage", "--mute-audio", "about:blank"]
        self._proc = subprocess.Popen(
            args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, close_fds=False, preexec_fn=wire_pipes)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []
        self.session = ""
        target = self.call("Target.createTarget", {"url": "about:blank"}, session=None)
        attached = self.call("Target.attachToTarget",
                             {"targetId": target["targetId"], "flatten": True}, session=None)
        self.session = attached["sessionId"]
        for domain in ("Page", "Network", "Runtime", "Log"):
            self.call(f"{domain}.enable")
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})

    # -- protocol ---------------------------------------------------------------------

    def _send(self, message: dict[str, Any]) -> None:
        os.write(self._to_chrome, json.dumps(message).encode() + b"\0")

    def _receive(self, timeout: float) -> dict[str, Any] | None:
        deadline = time.monotonic() + timeout
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([self._from_chrome], [], [], left)
            if not ready:
                return None
            chunk = os.read(self._from_chrome, 1 << 20)
            if not chunk:
                raise BrowserError("chromium closed the DevTools pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        message: dict[str, Any] = json.loads(raw)
        return message

    def call(self, method: str, params: dict[str, Any] | None = None,
             session: str | bool | None = True, timeout: float = 30.0) -> dict[str, Any]:
        """Send a DevTools command (to the page unless `session` is None); answer its result."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method,
                                   "params": params or {}}
        if session is True and self.session:
            message["sessionId"] = self.session
        self._send(message)
        deadline = time.monotonic() + timeout
        while True:
            reply = self._receive(max(0.0, deadline - time.monotonic()))
            if reply is None:
                raise BrowserError(f"no answer to {method} within {timeout} s")
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error']}")
                result: dict[str, Any] = reply.get("result", {})
                return result
            self._event(reply)

    def _event(self, message: dict[str, Any]) -> None:
        if "method" not in message:
            return
        self.events.append(message)
        if message["method"] == "Page.javascriptDialogOpening":
            # answer the dialog later from the caller's thread of control: record only
            self._send({"id": 10**9 + len(self.events), "method": "Page.handleJavaScriptDialog",
                        "params": {"accept": True}, "sessionId": self.session})

    def pump(self, seconds: float) -> None:
        """Collect events for `seconds`."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            message = self._receive(left)
            if message is not None:
                self._event(message)

    # -- page helpers -----------------------------------------------------------------

    def open(self, path: Path) -> None:
        """Navigate the page to a local file."""
        self.call("Page.navigate", {"url": path.resolve().as_uri()})

    def evaluate(self, expression: str) -> Any:
        """Answer the value of a JavaScript expression in the page."""
        result = self.call("Runtime.evaluate", {"expression": expression,
                                                "returnByValue": True})
        if "exceptionDetails" in result:
            raise BrowserError(f"{expression}: {result['exceptionDetails'].get('text')}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float) -> float:
        """Wait until `expression` is truthy in the page; answer the seconds it took."""
        start = time.monotonic()
        while time.monotonic() - start < timeout:
            try:
                if self.evaluate(expression):
                    return time.monotonic() - start
            except BrowserError:
                pass
            self.pump(0.05)
        raise BrowserError(f"{expression!r} still false after {timeout} s")

    def screenshot(self, path: Path) -> None:
        """Save a PNG screenshot of the page."""
        data = self.call("Page.captureScreenshot", {"format": "png"})["data"]
        path.write_bytes(base64.b64decode(data))

    def requests(self) -> list[str]:
        """Answer the URLs of every request the page attempted."""
        return [e["params"]["request"]["url"] for e in self.events
                if e["method"] == "Network.requestWillBeSent"]

    def dialogs(self) -> list[str]:
        """Answer the messages of every alert/confirm/prompt the page opened."""
        return [e["params"].get("message", "") for e in self.events
                if e["method"] == "Page.javascriptDialogOpening"]

    def errors(self) -> list[str]:
        """Answer uncaught exceptions and console/log errors (CSP violations among them)."""
        found = [e["params"]["exceptionDetails"].get("text", "") for e in self.events
                 if e["method"] == "Runtime.exceptionThrown"]
        found += [e["params"]["entry"].get("text", "") for e in self.events
                  if e["method"] == "Log.entryAdded" and e["params"]["entry"]["level"] == "error"]
        return found

    def close(self) -> None:
        """Stop Chromium and remove its profile."""
        with contextlib.suppress(BrowserError, OSError):
            self.call("Browser.close", session=None, timeout=5)
        try:
            self._proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        for fd in (self._to_chrome, self._from_chrome):
            with contextlib.suppress(OSError):
                os.close(fd)
        shutil.rmtree(self._profile, ignore_errors=True)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
