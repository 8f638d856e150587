"""Sentences and tokens for Indonesian news text.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or
brackets) followed by space and an upper-case letter, a digit or an opening
quote. It does not end after a known abbreviation (``lang/id/abbreviations.txt``:
"Dr.", "Jl.", "No.", ranks, degrees) or a single capital letter (an initial,
"H. Anies"). Abbreviations listed *with* their final period ("dll.", "dkk.")
may end a sentence: they do when the next word starts with a capital letter.
Paragraph breaks always end a sentence.

Scraping damage handled:

* a missing space after a period, "kata Maheswara.Dia": a boundary when the
  period sits between a lower-case word of two or more letters and a
  capitalised word ("Kompas.com" and "S.Pd" are left alone);
* doubled periods, "Tarvania. . Kaldoria juga": a boundary, except inside a name
  that follows a title ("Presiden PHI Dita. . Kusumawati mengatakan"),
  where the artefact split a person's name in two; the word after the
  artefact must not be a usual sentence opener (``lang/id/sentence_starters.txt``).

Quotations: a quote that opens in one sentence and closes in a later one does
NOT glue the sentences together. Long quotes in Indonesian news run over
several sentences and sometimes over paragraphs without a closing mark, so
gluing would make giant "sentences" for every downstream stage (dates and
figures look for context in the same sentence). Quote assembly is the quote
extractor's job; ``quote_regions`` gives it the quoted stretches of a text,
which may span sentences.

Tokens: words (with inner hyphens and apostrophes, "COVID-19", "Jum'at"),
numbers in Indonesian notation ("12.418", "1,9", "1/12/2024", "14.05", "90%"),
a currency sign glued to a number as its own token ("Rp1,5" -> "Rp", "1,5"),
initialisms with periods ("A.S."), and single punctuation marks; this matches
the tokenisation of the public Indonesian NER datasets. Spans are exact offsets
into ``Article.body``.

Notes:
    The abbreviation rule is the Punkt idea (Kiss & Strunk 2006) with a
    hand-made list instead of a learned one; the capital-letter test after
    the period follows the KBBI/PUEBI rule that a sentence starts with a
    capital. The doubled-period and glued-period artefacts were seen in
    scraped content-farm copies of wire stories.
"""

from __future__ import annotations

import re

from .options import DEFAULT, Options
from .records import Article, Sentence, Span, Token
from .resources import word_set

NEEDS = ("body", "paragraphs")
ADDS = ("sentences",)

_TOKEN = re.compile(
    r"""
    (?:Rp|US\$|S\$|RM|\$|€|£)(?=\d)     # currency glued to a number: Rp1,5
    | \d+(?:[.,/:]\d+)*%?              # numbers: 12.418  1,9  1/12/2024  14.05  90%
    | (?:[A-Z]\.){2,}                  # initialisms with periods: A.S.  U.S.
    | \w+(?:[-'’]\w+)*                 # words, hyphenated words, clitics
    | \.{2,}|…                         # ellipses
    | \S                               # any other single character
    """,
    re.VERBOSE,
)

# A candidate sentence end: terminal punctuation, optional closing quotes or
# brackets, then whitespace -- or no whitespace at all when a period is glued
# between a lower-case word and a capitalised one ("Maheswara.Dia").
_END = re.compile(r"""([.!?…]+)(["”’')\]]*)(?:\s+|(?<=[a-z]{2}\.)(?=[A-Z][a-z]))""")
_NEXT_STARTS_SENTENCE = re.compile(r"""["“‘'(\[]?[A-Z0-9À-Ý]""")
_NEXT_WORD = re.compile(r"""["“‘'(\[]?(\w+)""")
_WORD_BEFORE = re.compile(r"(\w+)\W*$")
_CAPITALISED = re.compile(r"[A-Z][\w'-]*$")

# Straight and typographic quotation marks; « » and „ “ are rare in Indonesian.
_QUOTE_CHARS = re.compile(r"""["“”]""")


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [Token(m.group(), (m.start() + offset, m.end() + offset)) for m in _TOKEN.finditer(text)]


def _abbreviation_kind(text: str, dot_index: int) -> str | None:
    """``"keep"`` when the word before the period never ends a sentence,
    ``"may_end"`` when it may ("dll."), else None."""
    start = dot_index
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot_index]
    if not word:
        return None
    if len(word) == 1 and word.isupper():
        return "keep"  # an initial: "Joko S. Widodo"
    abbreviations = word_set("abbreviations.txt", lower=False)
    if word in abbreviations or word.rstrip(".") in abbreviations:
        return "keep"
    if word + "." in abbreviations:
        return "may_end"
    return None


def _name_split_by_artefact(text: str, first_dot: int, following: str) -> bool:
    """True for "Presiden PHI Dita. . Kusumawati mengatakan": a doubled
    period inside a person's name after a title word."""
    next_word = _NEXT_WORD.match(following)
    if not next_word or not _CAPITALISED.match(next_word.group(1)):
        return False
    if next_word.group(1) in word_set("sentence_starters.txt", lower=False):
        return False
    words = text[max(0, first_dot - 80):first_dot].split()
    if not words or not _CAPITALISED.match(words[-1]):
        return False
    titles = word_set("ner_titles.txt")
    # Walk back over the capitalised run; a title must open (or sit in) it.
    for word in reversed(words[-5:]):
        bare = word.strip("\"“”,()")
        if bare.lower() in titles:
            return True
        if not _CAPITALISED.match(bare):
            return False
    return False


def split_paragraph(text: str) -> list[Span]:
    """Sentence boundaries within one paragraph, as (start, end) offsets."""
    spans: list[Span] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end(2)
        following = text[match.end():]
        if not following or not _NEXT_STARTS_SENTENCE.match(following):
            continue
        dot = match.start(1)
        if match.group(1) == ".":
            # ". ." artefact: the real decision is about the first period.
            first_dot = dot
            if dot >= 2 and text[dot - 2:dot] == ". ":
                first_dot = dot - 2
                if _name_split_by_artefact(text, first_dot, following):
                    continue
            kind = _abbreviation_kind(text, first_dot)
            if kind == "keep":
                continue
            if kind == "may_end" and not following[:1].isupper():
                continue
        if text[start:end].strip():
            spans.append((start, end))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def quote_regions(text: str) -> list[Span]:
    """Spans of quoted material (inside the marks) in ``text``, per paragraph.

    Typographic “ ” pair up by direction; a straight ``"`` toggles. A quote
    still open at the end of its paragraph runs to the paragraph end (news
    style leaves multi-paragraph quotes open). Regions may span sentences.
    """
    regions: list[Span] = []
    offset = 0
    for paragraph in text.split("\n"):
        open_at: int | None = None
        for mark in _QUOTE_CHARS.finditer(paragraph):
            char = mark.group()
            position = offset + mark.start()
            if open_at is None:
                if char != "”":
                    open_at = position + 1
            elif char != "“":
                if position > open_at:
                    regions.append((open_at, position))
                open_at = None
            else:
                open_at = position + 1  # a second opening mark: restart
        end = offset + len(paragraph.rstrip())
        if open_at is not None and end > open_at:
            regions.append((open_at, end))
        offset += len(paragraph) + 1
    return regions


def apply(article: Article, *, options: Options = DEFAULT) -> Article:
    result: list[Sentence] = []
    for index, paragraph in enumerate(article.paragraphs):
        base = paragraph.span[0]
        for start, end in split_paragraph(paragraph.text):
            # Trim leading spaces so spans point at the first character.
            while start < end and paragraph.text[start].isspace():
                start += 1
            text = paragraph.text[start:end]
            result.append(
                Sentence(text=text, span=(base + start, base + end), paragraph=index, tokens=tokenize(text, base + start))
            )
    article.sentences = result
    return article

