"""Run-time side of the NER model: load the shipped CRF once, tag sentences.

The model files live in ``linimasa/models`` (written by
``python -m linimasa.ner.train``).  If they are missing the tagger still
works and answers "O" everywhere, so callers never have to check for None;
``tagger.available`` tells them whether a real model is loaded.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from linimasa.ner.datasets import spans_from_bio
from linimasa.ner.features import FeatureExtractor, Lexicons

MODELS_DIR = Path(__file__).resolve().parents[1] / "models"
MODEL_NAME = "ner_crf.crfsuite"
GAZETTEER_NAME = "ner_gazetteer.tsv.gz"
CASING_NAME = "ner_casing.tsv.gz"

_log = logging.getLogger(__name__)


class NerTagger:
    """BIO tagger for PER/ORG/LOC over one tokenised sentence at a time."""

    def __init__(self, model_path: Path | None = None, gazetteer_path: Path | None = None) -> None:
        model_path = Path(model_path) if model_path else MODELS_DIR / MODEL_NAME
        if gazetteer_path is None:
            gazetteer_path = model_path.parent / GAZETTEER_NAME
        self.model_path = model_path
        self.features = FeatureExtractor(Lexicons.load(gazetteer_path, model_path.parent / CASING_NAME))
        self._tagger = None
        # crfsuite's Tagger keeps per-call state: one lock keeps threads apart.
        self._lock = threading.Lock()
        if model_path.exists():
            import pycrfsuite  # imported here so a missing wheel only disables NER

            tagger = pycrfsuite.Tagger()
            tagger.open(str(model_path))
            self._tagger = tagger
        else:
            _log.warning("NER model %s not found; tagging everything as O", model_path)

    @property
    def available(self) -> bool:
        """True when a trained model is loaded."""
        return self._tagger is not None

    def tag(self, tokens: list[str]) -> list[str]:
        """BIO labels (B-PER, I-ORG, O, ...) for one sentence's tokens."""
        tokens = [t if t else "_" for t in tokens]  # empty strings break crfsuite attrs
        if not tokens or self._tagger is None:
            return ["O"] * len(tokens)
        xseq = self.features.sentence(tokens)
        with self._lock:
            return list(self._tagger.tag(xseq))

    def spans(self, tokens: list[str]) -> list[tuple[int, int, str]]:
        """Entity spans as (start, end exclusive, type) token offsets."""
        return spans_from_bio(self.tag(tokens))


_TAGGER: NerTagger | None = None
_TAGGER_LOCK = threading.Lock()


def get_tagger() -> NerTagger:
    """The process-wide tagger over the shipped model, loaded on first use."""
    global _TAGGER
    if _TAGGER is None:
        with _TAGGER_LOCK:
            if _TAGGER is None:
                _TAGGER = NerTagger()
    return _TAGGER
