"""One options object for the whole pipeline (keyword-only, immutable)."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True, kw_only=True)
class Options:
    """Settings every stage reads; build one with keywords and pass it down.

    Attributes:
        facts: run the per-article fact extractors (entities, timexes, quotes,
            figures, events). ``False`` gives cleaning and metadata only.
        use_ner_model: use the shipped statistical NER model; ``False`` keeps the
            rule and gazetteer recogniser alone (faster, lower recall).
        max_bytes: inputs larger than this are refused with code E104.
        min_body_chars: a cleaned body shorter than this is a failure (E201).
        keep_internals: include sentences and mentions in JSON output.
        language: ISO code of the article language; only "id" has resources.
    """

    facts: bool = True
    use_ner_model: bool = True
    max_bytes: int = 20_000_000
    min_body_chars: int = 80
    keep_internals: bool = False
    language: str = "id"
    # --- stage-specific settings: add new fields below this line ---

    def with_(self, **changes) -> "Options":
        return replace(self, **changes)


DEFAULT = Options()
