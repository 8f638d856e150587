"""Typed records passed between pipeline stages.

Every stage takes records and returns records; nothing else crosses a module
boundary. Spans are ``(start, end)`` character offsets into ``Article.body``
(end exclusive), so every fact can be traced back to the text it came from.

Notes:
    The shape follows textacy's small typed records (``Quote(speaker, cue,
    text, span)``) and spaCy's habit of one record per kind of annotation.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Optional

Span = tuple[int, int]


@dataclass
class RawDocument:
    """One input document as read from disk, stdin or an archive, before cleaning.

    Exactly one of ``text`` or ``html`` is set. ``meta`` holds whatever the
    container said about the document (JSONL keys, WARC headers, HTML meta).
    """

    source: str
    text: Optional[str] = None
    html: Optional[str] = None
    id: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None
    outlet: Optional[str] = None
    title: Optional[str] = None
    encoding: Optional[str] = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Failure:
    """A document that could not be processed, with a one-line reason."""

    source: str
    code: str
    reason: str
    id: Optional[str] = None


@dataclass
class Removed:
    """A line dropped by the cleaner, and why."""

    text: str
    reason: str
    line: Optional[int] = None


@dataclass
class Line:
    """One line of the input text with the cleaner's verdict."""

    number: int  # 1-based line number in the (decoded) input
    text: str
    keep: bool = True
    reason: Optional[str] = None  # why it was removed, or the kind of kept line ("title", "subheading")


@dataclass
class Paragraph:
    """A paragraph of the clean body and where it came from."""

    text: str
    span: Span
    line: Optional[int] = None  # 1-based line in the input text, when known


@dataclass
class Sentence:
    text: str
    span: Span
    paragraph: int  # index into Article.paragraphs
    tokens: list[Token] = field(default_factory=list)


@dataclass
class Token:
    text: str
    span: Span


@dataclass
class Mention:
    """A surface mention of an entity in the body."""

    text: str
    span: Span
    type: str  # PER, ORG, LOC
    entity: Optional[str] = None  # canonical name it resolves to
    role: Optional[str] = None  # e.g. "Perdana Menteri Israel"


@dataclass
class Entity:
    name: str
    type: str  # PER, ORG, LOC
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    linked: list[str] = field(default_factory=list)  # related entities (a role's country, an org's parent)
    mentions: int = 0
    first_span: Optional[Span] = None


@dataclass
class Timex:
    """A time expression, TIMEX3-like, resolved against the publication date."""

    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: Optional[str]  # ISO value ("2023-12-18", "2023-11", "2023-W47") or None when unresolvable
    span: Span
    anchor: Optional[str] = None  # the date it was resolved against
    inferred: bool = False  # resolved against an inferred publication date
    mod: Optional[str] = None  # TIMEX3 mod: START, MID, END ("awal", "pertengahan", "akhir")


@dataclass
class Quote:
    text: str
    kind: str  # direct | indirect
    speaker: Optional[str]
    cue: Optional[str]
    span: Span
    via: Optional[str] = None  # outlet quoted from ("Reuters")
    speaker_span: Optional[Span] = None


@dataclass
class Figure:
    value: float
    counts: str  # killed, injured, hostages, ... see lang/id/figure_counts.json
    span: Span
    text: str
    qualifier: str = "exact"  # exact, about, at_least, more_than, less_than, up_to
    subject: Optional[str] = None
    place: Optional[str] = None
    date: Optional[str] = None  # as-of date
    since: Optional[str] = None
    source: Optional[str] = None
    unit: Optional[str] = None  # for money/price: currency


@dataclass
class Event:
    type: str  # PLOVER type
    status: str  # occurred, planned, intended, expected, negated
    actors: list[str]
    text: str  # the evidence sentence
    span: Span
    mode: Optional[str] = None
    place: Optional[str] = None
    date: Optional[str] = None
    trigger: Optional[str] = None
    figures: list[Figure] = field(default_factory=list)


@dataclass
class Article:
    """The clean article with its metadata and facts; the output contract of ``extract``."""

    id: str
    source: str
    url: Optional[str] = None
    title: Optional[str] = None
    outlet: Optional[str] = None
    published: Optional[str] = None
    published_source: Optional[str] = None  # text, url, html, input, inferred or None
    authors: list[str] = field(default_factory=list)
    dateline: Optional[str] = None
    language: Optional[str] = None
    body: str = ""
    removed: list[Removed] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    signals: dict[str, Any] = field(default_factory=dict)  # content-farm and quality signals
    sentences: list[Sentence] = field(default_factory=list)

    def line_of(self, offset: int) -> Optional[int]:
        """The input line that the body offset came from, when known."""
        for paragraph in self.paragraphs:
            if paragraph.span[0] <= offset < paragraph.span[1] + 1:
                return paragraph.line
        return None

    def to_dict(self, *, internals: bool = False) -> dict[str, Any]:
        """The JSON form documented in docs/output.md.

        ``internals`` adds sentences and mentions, which are large and mostly
        useful for debugging.
        """
        data = asdict(self)
        if not internals:
            data.pop("sentences", None)
            data.pop("mentions", None)
        return data
