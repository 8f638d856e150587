"""Sentences and tokens for Indonesian news text.

Sentence ends are ``.``, ``!``, ``?`` or ``…`` followed by space and an
upper-case letter, a digit or an opening quote, unless the word before the
period is a known abbreviation (``lang/id/abbreviations.txt``) or a single
capital letter (an initial). Paragraph breaks always end a sentence. A quote
that opens in one sentence and closes in a later one keeps the sentences
apart; quote assembly is the quote extractor's job.

Tokens: words (with inner hyphens, apostrophes and periods of abbreviations),
numbers in Indonesian notation ("43.799", "1,9", "1/12/2024", "14.05") and
single punctuation marks, which matches the tokenisation of the public
Indonesian NER datasets.
"""

from __future__ import annotations

import re

from .options import DEFAULT, Options
from .records import Article, Sentence, Token
from .resources import word_set

NEEDS = ("body", "paragraphs")
ADDS = ("sentences",)

_TOKEN = re.compile(
    r"""
    \d+(?:[.,/:]\d+)*%?                # numbers: 43.799  1,9  1/12/2024  14.05  90%
    | (?:[A-Z]\.){2,}                  # initialisms with periods: A.S.  U.S.
    | \w+(?:[-'’]\w+)*                 # words, hyphenated words, clitics
    | \.{2,}|…                         # ellipses
    | \S                               # any other single character
    """,
    re.VERBOSE,
)

# A candidate sentence end: terminal punctuation, optional closing quotes or
# brackets, then whitespace.
_END = re.compile(r"""([.!?…]+)(["”’')\]]*)\s+""")
_NEXT_STARTS_SENTENCE = re.compile(r"""["“‘(\[]?[A-Z0-9À-Ý]""")


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [Token(m.group(), (m.start() + offset, m.end() + offset)) for m in _TOKEN.finditer(text)]


def _is_abbreviation(text: str, dot_index: int) -> bool:
    start = dot_index
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot_index]
    if not word:
        return False
    if len(word) == 1 and word.isupper():
        return True  # an initial: "Joko S. Widodo"
    abbreviations = word_set("abbreviations.txt", lower=False)
    return word in abbreviations or word.rstrip(".") in abbreviations


def split_paragraph(text: str) -> list[tuple[int, int]]:
    """Sentence boundaries within one paragraph, as (start, end) offsets."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end(2)
        following = text[match.end():]
        if not following or not _NEXT_STARTS_SENTENCE.match(following):
            continue
        if match.group(1) == "." and _is_abbreviation(text, match.start(1)):
            continue
        if text[start:end].strip():
            spans.append((start, end))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


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
