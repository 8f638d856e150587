"""Coded, actionable error messages.

Each failure carries a stable code so a user can grep the docs
(docs/errors.md) and scripts can filter on it. Codes by range:
E1xx reading input, E2xx cleaning, E3xx store, E4xx evaluation and CLI use.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "E101": "empty input: the file has no content",
    "E102": "binary input: the content is not text (NUL bytes or mostly unprintable)",
    "E103": "undecodable input: the bytes are not valid in any supported encoding",
    "E104": "input too large: {size} bytes is over the limit of {limit} (raise Options.max_bytes)",
    "E105": "invalid JSON on line {line}: {detail}",
    "E106": "JSONL record without 'text' or 'html' on line {line}",
    "E107": "unreadable path: {detail}",
    "E108": "unsupported archive record: {detail}",
    "E109": "network fetching is disabled in this build: {url} (save the page and pass the file instead)",
    "E201": "no article text: the cleaned body has {chars} characters (minimum {minimum})",
    "E202": "HTML page without an article: no main text found",
    "E203": "processing error: {detail}",
    "E301": "store error: {detail}",
    "E401": "gold folder has no annotation files: {path}",
    "E402": "no raw file matches gold file {name}",
    "E403": "the web extra is not installed ({missing} is missing): pip install 'linimasa[web]'",
    "E404": "no truth.json in the timeline corpus folder {path}",
}


class LinimasaError(Exception):
    """An error with a code from ``MESSAGES``."""

    def __init__(self, code: str, **details: object) -> None:
        self.code = code
        self.details = details
        template = MESSAGES.get(code, code)
        try:
            text = template.format(**details)
        except (KeyError, IndexError):
            text = template
        super().__init__(f"{code} {text}")

    @property
    def reason(self) -> str:
        return str(self)
