"""Indonesian named-entity recognition (PER / ORG / LOC) with a shipped CRF.

    from linimasa.ner import get_tagger
    tagger = get_tagger()                 # loaded once per process
    tagger.tag(["Presiden", "Joko", "Widodo", "tiba", "di", "Bandung"])
    tagger.spans(tokens)                  # [(1, 3, "PER"), (5, 6, "LOC")]

Training: ``python -m linimasa.ner.train``; evaluation:
``python -m linimasa.ner.evaluate`` (see docs/ner.md).
"""

from linimasa.ner.tagger import NerTagger, get_tagger

__all__ = ["NerTagger", "get_tagger"]
