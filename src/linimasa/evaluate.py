"""Score extraction output against hand-made gold files.

Gold files follow ``shared/seeds/README.md``: one JSON per raw file, naming
the raw file in ``file``. ``linimasa eval --gold DIR --raw DIR`` runs the
same code path as ``linimasa extract`` on each raw file and prints per-field
scores per file and in total.

Matching rules (kept simple so that the numbers are easy to interpret):

* Lines: a gold body line is *kept* when a body paragraph starts on it; a gold
  boilerplate line is *removed* when no paragraph starts on it.
* Title, outlet, authors, dateline: equal after case and punctuation folding,
  against the gold value or any ``*_alternatives``.
* Published: equal on the date part. Where gold says the text states no date
  (``published`` null), null is correct, and so is the ``published_inferred``
  date; a ``published_forbidden`` date is always wrong.
* Entities: a predicted entity matches a gold one when any of its forms (name
  or alias) equals any gold form. Predictions matching ``entities_optional``
  are ignored; ``entities_forbidden`` hits are counted separately.
* Quotes: matched one-to-one by token Dice overlap of the quoted text
  (at least 0.5). Speaker accuracy is over matched quotes: equal to the gold
  speaker or one of its aliases, or, for unnamed sources, token Dice ≥ 0.6.
* Any ``<key>_alternatives`` list in a gold item (counts, qualifier, type,
  status, date, speaker, kind, actors) names further accepted answers.
* Figures: matched on value and ``counts``; predicted values listed in
  ``figures_forbidden`` are violations. A gold figure marked ``optional`` (or
  its value in ``figures_optional``) neither counts for nor against.
* Events: matched one-to-one on type plus at least one shared actor (actors
  compared through gold entity aliases and the output entity's own aliases; unnamed groups written in lower case
  also by token Dice >= 0.6, as unnamed quote sources are). Optional gold events neither count
  for nor against. Date and status accuracy are over matched required events.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from .errors import LinimasaError
from .options import DEFAULT, Options
from .records import Article, RawDocument

_WORD = re.compile(r"\w+", re.UNICODE)


def norm(text: Optional[str]) -> str:
    """Case-, accent- and punctuation-folded form used for all comparisons."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(_WORD.findall(text.casefold()))


def dice(a: str, b: str) -> float:
    ta, tb = set(_WORD.findall(a.casefold())), set(_WORD.findall(b.casefold()))
    if not ta or not tb:
        return 0.0
    return 2 * len(ta & tb) / (len(ta) + len(tb))


@dataclass
class Counts:
    """True positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Ratio:
    hit: int = 0
    total: int = 0

    def add(self, other: "Ratio") -> None:
        self.hit += other.hit
        self.total += other.total

    @property
    def value(self) -> float:
        return self.hit / self.total if self.total else 0.0


@dataclass
class FileScore:
    name: str
    body_kept: Ratio = field(default_factory=Ratio)
    boilerplate_removed: Ratio = field(default_factory=Ratio)
    fields: dict[str, bool] = field(default_factory=dict)
    entities: Counts = field(default_factory=Counts)
    entities_typed: Counts = field(default_factory=Counts)
    entities_forbidden: int = 0
    quotes: Counts = field(default_factory=Counts)
    quote_speaker: Ratio = field(default_factory=Ratio)
    quote_kind: Ratio = field(default_factory=Ratio)
    figures: Counts = field(default_factory=Counts)
    figures_forbidden: int = 0
    figure_qualifier: Ratio = field(default_factory=Ratio)
    events: Counts = field(default_factory=Counts)
    event_date: Ratio = field(default_factory=Ratio)
    event_status: Ratio = field(default_factory=Ratio)
    error: Optional[str] = None
    details: dict[str, Any] = field(default_factory=dict)


# ----------------------------------------------------------------- per field


def _kept_lines(article: Article) -> set[int]:
    return {p.line for p in article.paragraphs if p.line is not None}


def score_lines(article: Article, gold: dict, score: FileScore) -> None:
    kept = _kept_lines(article)
    body = gold.get("body_lines") or []
    boiler = gold.get("boilerplate_lines") or []
    score.body_kept = Ratio(sum(1 for n in body if n in kept), len(body))
    score.boilerplate_removed = Ratio(sum(1 for n in boiler if n not in kept), len(boiler))
    score.details["body_lines_lost"] = [n for n in body if n not in kept]
    score.details["boilerplate_lines_kept"] = [n for n in boiler if n in kept]


def _field_ok(predicted: Optional[str], gold: dict, key: str) -> bool:
    options = [gold.get(key)] + list(gold.get(f"{key}_alternatives") or [])
    return any(norm(predicted) == norm(option) for option in options)


def _published_ok(predicted: Optional[str], gold: dict) -> bool:
    day = (predicted or "")[:10] or None
    forbidden = {d[:10] for d in gold.get("published_forbidden") or []}
    if day in forbidden:
        return False
    stated = gold.get("published")
    if stated:
        return day == stated[:10]
    inferred = gold.get("published_inferred")
    return day is None or (inferred is not None and day == inferred[:10])


def _authors_ok(predicted: list[str], gold: dict) -> bool:
    options = [gold.get("authors") or []] + list(gold.get("authors_alternatives") or [])
    mine = sorted(norm(a) for a in predicted)
    return any(mine == sorted(norm(a) for a in option) for option in options)


def score_metadata(article: Article, gold: dict, score: FileScore) -> None:
    score.fields = {
        "title": _field_ok(article.title, gold, "title"),
        "outlet": _field_ok(article.outlet, gold, "outlet"),
        "published": _published_ok(article.published, gold),
        "authors": _authors_ok(article.authors, gold),
        "dateline": _field_ok(article.dateline, gold, "dateline"),
    }
    score.details["metadata"] = {
        "title": article.title,
        "outlet": article.outlet,
        "published": article.published,
        "published_source": article.published_source,
        "authors": article.authors,
        "dateline": article.dateline,
    }


class AliasIndex:
    """Maps every gold surface form to the gold canonical name."""

    def __init__(self, gold_entities: Iterable[dict]) -> None:
        self.canonical: dict[str, str] = {}
        for entity in gold_entities:
            name = entity["name"]
            for form in [name, *entity.get("aliases", [])]:
                self.canonical.setdefault(norm(form), norm(name))

    def __call__(self, form: Optional[str]) -> str:
        key = norm(form)
        return self.canonical.get(key, key)


def score_entities(article: Article, gold: dict, score: FileScore) -> None:
    gold_entities = gold.get("entities") or []
    optional = {norm(n) for n in gold.get("entities_optional") or []}
    forbidden = {norm(n) for n in gold.get("entities_forbidden") or []}
    gold_forms = [({norm(e["name"]), *(norm(a) for a in e.get("aliases", []))}, e["type"]) for e in gold_entities]
    matched_gold: set[int] = set()
    matched_typed: set[int] = set()
    counts, typed = Counts(), Counts()
    false_positives: list[str] = []
    for entity in article.entities:
        forms = {norm(entity.name), *(norm(a) for a in entity.aliases)}
        hit = next((i for i, (g, _) in enumerate(gold_forms) if forms & g and i not in matched_gold), None)
        if hit is None:
            hit_any = next((i for i, (g, _) in enumerate(gold_forms) if forms & g), None)
            if hit_any is not None:
                continue  # a second prediction for an already matched entity: neither TP nor FP
            if forms & optional:
                continue
            if forms & forbidden:
                score.entities_forbidden += 1
            counts.fp += 1
            typed.fp += 1
            false_positives.append(f"{entity.name}/{entity.type}")
            continue
        matched_gold.add(hit)
        counts.tp += 1
        if gold_forms[hit][1] == entity.type:
            matched_typed.add(hit)
            typed.tp += 1
        else:
            typed.fp += 1
    counts.fn = len(gold_forms) - len(matched_gold)
    typed.fn = len(gold_forms) - len(matched_typed)
    score.entities, score.entities_typed = counts, typed
    score.details["entities_missed"] = [gold_entities[i]["name"] for i in range(len(gold_forms)) if i not in matched_gold]
    score.details["entities_spurious"] = false_positives


def _speaker_ok(predicted: Optional[str], expected: Optional[str], aliases: AliasIndex) -> bool:
    if predicted is None or expected is None:
        return predicted is None and expected is None
    if aliases(predicted) == aliases(expected):
        return True
    return dice(predicted, expected) >= 0.6


def _match_greedy(pairs: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """One-to-one matches from (score, pred, gold) candidates, best first."""
    used_p: set[int] = set()
    used_g: set[int] = set()
    result = []
    for _, p, g in sorted(pairs, key=lambda t: -t[0]):
        if p in used_p or g in used_g:
            continue
        used_p.add(p)
        used_g.add(g)
        result.append((p, g))
    return result


def score_quotes(article: Article, gold: dict, score: FileScore, aliases: AliasIndex) -> None:
    gold_quotes = gold.get("quotes") or []
    candidates = []
    for p, quote in enumerate(article.quotes):
        for g, expected in enumerate(gold_quotes):
            overlap = dice(quote.text, expected["text"])
            if overlap >= 0.5:
                candidates.append((overlap, p, g))
    matches = _match_greedy(candidates)
    matched_p = {p for p, _ in matches}
    matched_required = [(p, g) for p, g in matches if not gold_quotes[g].get("optional")]
    counts = Counts(tp=len(matched_required))
    counts.fp = len(article.quotes) - len(matched_p)
    counts.fn = sum(1 for g, q in enumerate(gold_quotes) if not q.get("optional")) - len(matched_required)
    score.quotes = counts
    wrong_speakers = []
    for p, g in matched_required:
        ok = any(_speaker_ok(article.quotes[p].speaker, s, aliases) for s in _accepted(gold_quotes[g], "speaker"))
        score.quote_speaker.total += 1
        score.quote_speaker.hit += ok
        score.quote_kind.total += 1
        score.quote_kind.hit += article.quotes[p].kind in _accepted(gold_quotes[g], "kind")
        if not ok:
            wrong_speakers.append(f"{article.quotes[p].speaker!r} != {gold_quotes[g]['speaker']!r}")
    matched_g = {g for _, g in matches}
    score.details["quotes_missed"] = [
        q["text"][:60] for g, q in enumerate(gold_quotes) if g not in matched_g and not q.get("optional")
    ]
    score.details["quotes_spurious"] = [q.text[:60] for p, q in enumerate(article.quotes) if p not in matched_p]
    score.details["quote_speakers_wrong"] = wrong_speakers


def _accepted(gold_item: dict, key: str) -> list:
    """The gold value of ``key`` and the alternatives the annotator also accepts."""
    return [gold_item.get(key)] + list(gold_item.get(f"{key}_alternatives") or [])


def _same_value(a: float, b: float) -> bool:
    return abs(float(a) - float(b)) < 1e-6 * max(1.0, abs(float(b)))


def score_figures(article: Article, gold: dict, score: FileScore) -> None:
    # A figure marked "optional" neither counts for nor against, like a "figures_optional" value.
    gold_figures = [f for f in gold.get("figures") or [] if not f.get("optional")]
    optional_values = [float(v) for v in gold.get("figures_optional") or []]
    optional_values += [float(f["value"]) for f in gold.get("figures") or [] if f.get("optional")]
    forbidden = [float(v) for v in gold.get("figures_forbidden") or []]
    candidates = [
        (1.0, p, g)
        for p, f in enumerate(article.figures)
        for g, expected in enumerate(gold_figures)
        if _same_value(f.value, expected["value"]) and f.counts in _accepted(expected, "counts")
    ]
    matches = _match_greedy(candidates)
    matched_p = {p for p, _ in matches}
    ignored = {
        p
        for p, f in enumerate(article.figures)
        if p not in matched_p and any(_same_value(f.value, v) for v in optional_values)
    }
    score.figures = Counts(
        tp=len(matches),
        fp=len(article.figures) - len(matched_p) - len(ignored),
        fn=len(gold_figures) - len(matches),
    )
    score.figures_forbidden = sum(1 for f in article.figures if any(_same_value(f.value, v) for v in forbidden))
    for p, g in matches:
        score.figure_qualifier.total += 1
        score.figure_qualifier.hit += article.figures[p].qualifier in _accepted(gold_figures[g], "qualifier")
    matched_g = {g for _, g in matches}
    score.details["figures_missed"] = [
        f"{f['value']} {f['counts']}" for g, f in enumerate(gold_figures) if g not in matched_g
    ]
    score.details["figures_spurious"] = [
        f"{f.value:g} {f.counts}" for p, f in enumerate(article.figures) if p not in matched_p and p not in ignored
    ]


def _date_ok(predicted: Optional[str], expected: dict) -> bool:
    return (predicted or None) in [d or None for d in _accepted(expected, "date")]


def _described_alike(mine: list[str], theirs: list[str], matched: set[str], aliases: "AliasIndex") -> int:
    """Unnamed groups written in lower case match as descriptions, like unnamed quote sources (token
    Dice >= 0.6): "pria bersenjata" is the gold's "sekelompok pria bersenjata"."""
    described = [a for a in mine if a[:1].islower()]
    return sum(
        1 for form in theirs
        if form[:1].islower() and _as_state(aliases(form)) not in matched and any(dice(a, form) >= 0.6 for a in described)
    )


_REGIONAL_LEVELS = ("provinsi", "kota", "kabupaten", "daerah", "desa", "kecamatan", "pusat")


def _as_state(form: str) -> str:
    """A national government and its state are one actor ("pemerintah ostrumia" ~ "ostrumia"): annotators
    write either, and PLOVER codes both as the state. "pemerintah provinsi x" stays itself."""
    rest = form[len("pemerintah "):] if form.startswith("pemerintah ") else ""
    return rest if rest and not rest.startswith(_REGIONAL_LEVELS) else form


def score_events(article: Article, gold: dict, score: FileScore, aliases: AliasIndex) -> None:
    gold_events = gold.get("events") or []
    # An actor is compared by its entity's forms too: the output's canonical "Tentara Nasional
    # Indonesia" is the gold's "TNI" when the article's entity lists that alias (as entities are scored).
    forms_of = {e.name: [e.name, *e.aliases] for e in article.entities}

    def known(actor: str) -> str:
        for form in forms_of.get(actor, [actor]):
            if norm(form) in aliases.canonical:
                return aliases(form)
        return aliases(actor)

    candidates = []
    for p, event in enumerate(article.events):
        mine = {_as_state(known(a)) for a in event.actors}
        for g, expected in enumerate(gold_events):
            if event.type not in _accepted(expected, "type"):
                continue
            forms = list(expected.get("actors") or [])
            for alternative in expected.get("actors_alternatives") or []:
                forms.extend(alternative if isinstance(alternative, list) else [alternative])
            theirs = {_as_state(aliases(a)) for a in forms}
            shared = len(mine & theirs) + _described_alike(event.actors, forms, mine & theirs, aliases)
            if shared:
                bonus = 0.5 if _date_ok(event.date, expected) else 0.0
                candidates.append((shared + bonus, p, g))
    matches = _match_greedy(candidates)
    matched_p = {p for p, _ in matches}
    required = [(p, g) for p, g in matches if not gold_events[g].get("optional")]
    score.events = Counts(
        tp=len(required),
        fp=len(article.events) - len(matched_p),
        fn=sum(1 for e in gold_events if not e.get("optional")) - len(required),
    )
    for p, g in required:
        score.event_date.total += 1
        score.event_date.hit += _date_ok(article.events[p].date, gold_events[g])
        score.event_status.total += 1
        score.event_status.hit += article.events[p].status in _accepted(gold_events[g], "status")
    matched_g = {g for _, g in matches}
    score.details["events_missed"] = [
        f"{e['type']} {e['actors']} {e.get('date')}"
        for g, e in enumerate(gold_events)
        if g not in matched_g and not e.get("optional")
    ]
    score.details["events_spurious"] = [
        f"{e.type} {e.actors} {e.date}" for p, e in enumerate(article.events) if p not in matched_p
    ]
    score.details["events_date_wrong"] = [
        f"{article.events[p].type}: {article.events[p].date} != {gold_events[g].get('date')}"
        for p, g in required
        if not _date_ok(article.events[p].date, gold_events[g])
    ]


# ----------------------------------------------------------------- driver


def _read_raw(path: Path, options: Options) -> RawDocument:
    """Read one raw file through the same ingest code as ``linimasa extract``."""
    try:
        from . import ingest
    except ImportError:  # ingest not built yet: plain UTF-8 text is enough for the seeds
        return RawDocument(source=str(path), text=path.read_text(encoding="utf-8"))

    for item in ingest.read_paths([str(path)], options=options):
        if isinstance(item, RawDocument):
            return item
        raise LinimasaError(item.code, detail=item.reason) if item.code == "E107" else RuntimeError(item.reason)
    raise LinimasaError("E402", name=path.name)


def _extract_with_gold_anchor(raw: RawDocument, gold: dict, options: Options) -> Article:
    """Extract with the gold's inferred publication date as anchor where the text states none.

    A diagnostic: it separates how well events and timexes are dated from how
    well the publication date itself is found or inferred.
    """
    from . import clean
    from .pipeline import add_facts

    article = clean.clean_document(raw, options=options)
    if article.published is None and gold.get("published_inferred"):
        article.published, article.published_source = gold["published_inferred"], "inferred"
    return add_facts(article, options=options)


def score_file(gold_path: Path, raw_dir: Path, *, options: Options = DEFAULT, gold_anchor: bool = False) -> FileScore:
    from .pipeline import extract

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    raw_name = gold.get("file") or gold_path.with_suffix(".txt").name
    raw_path = raw_dir / raw_name
    score = FileScore(name=raw_name)
    if not raw_path.exists():
        score.error = LinimasaError("E402", name=gold_path.name).reason
        return score
    try:
        if gold_anchor:
            article = _extract_with_gold_anchor(_read_raw(raw_path, options), gold, options)
        else:
            article = extract(_read_raw(raw_path, options), options=options)
    except Exception as error:  # report, never crash the evaluation
        score.error = f"{type(error).__name__}: {error}"
        return score
    aliases = AliasIndex(gold.get("entities") or [])
    score_lines(article, gold, score)
    score_metadata(article, gold, score)
    score_entities(article, gold, score)
    score_quotes(article, gold, score, aliases)
    score_figures(article, gold, score)
    score_events(article, gold, score, aliases)
    return score


@dataclass
class Summary:
    files: list[FileScore]

    def total(self) -> dict[str, Any]:
        body, boiler = Ratio(), Ratio()
        entities, typed, quotes, figures, events = Counts(), Counts(), Counts(), Counts(), Counts()
        speaker, kind, qualifier, date, status = Ratio(), Ratio(), Ratio(), Ratio(), Ratio()
        fields: dict[str, Ratio] = {}
        forbidden_entities = forbidden_figures = 0
        for s in self.files:
            if s.error:
                continue
            body.add(s.body_kept)
            boiler.add(s.boilerplate_removed)
            for name, ok in s.fields.items():
                fields.setdefault(name, Ratio()).add(Ratio(int(ok), 1))
            entities.add(s.entities)
            typed.add(s.entities_typed)
            quotes.add(s.quotes)
            figures.add(s.figures)
            events.add(s.events)
            speaker.add(s.quote_speaker)
            kind.add(s.quote_kind)
            qualifier.add(s.figure_qualifier)
            date.add(s.event_date)
            status.add(s.event_status)
            forbidden_entities += s.entities_forbidden
            forbidden_figures += s.figures_forbidden

        def prf(c: Counts) -> dict[str, float]:
            return {"p": round(c.precision, 3), "r": round(c.recall, 3), "f1": round(c.f1, 3), "tp": c.tp, "fp": c.fp, "fn": c.fn}

        return {
            "files": len(self.files),
            "errors": sum(1 for s in self.files if s.error),
            "body_keep_rate": round(body.value, 3),
            "boilerplate_removal_rate": round(boiler.value, 3),
            "fields": {name: f"{r.hit}/{r.total}" for name, r in fields.items()},
            "entities": prf(entities),
            "entities_typed": prf(typed),
            "entities_forbidden": forbidden_entities,
            "quotes": prf(quotes),
            "quote_speaker_accuracy": round(speaker.value, 3),
            "quote_kind_accuracy": round(kind.value, 3),
            "figures": prf(figures),
            "figures_forbidden": forbidden_figures,
            "figure_qualifier_accuracy": round(qualifier.value, 3),
            "events": prf(events),
            "event_date_accuracy": round(date.value, 3),
            "event_status_accuracy": round(status.value, 3),
        }


def evaluate(gold_dir: Path, raw_dir: Path, *, options: Options = DEFAULT, gold_anchor: bool = False) -> Summary:
    gold_files = sorted(Path(gold_dir).glob("*.json"))
    if not gold_files:
        raise LinimasaError("E401", path=str(gold_dir))
    return Summary([score_file(path, Path(raw_dir), options=options, gold_anchor=gold_anchor) for path in gold_files])


def render_text(summary: Summary, *, verbose: bool = False) -> str:
    lines = []
    header = f"{'file':<28} {'body':>5} {'boil':>5} {'title':>5} {'outl':>5} {'pub':>5} {'auth':>5} {'ent':>5} {'quo':>5} {'spk':>5} {'fig':>5} {'evt':>5} {'edate':>5}"
    lines.append(header)
    for s in summary.files:
        if s.error:
            lines.append(f"{s.name[:28]:<28} ERROR {s.error}")
            continue
        f = s.fields

        def yes(key: str) -> str:
            return "ok" if f.get(key) else "--"

        lines.append(
            f"{s.name[:28]:<28} {s.body_kept.value:>5.2f} {s.boilerplate_removed.value:>5.2f} {yes('title'):>5} "
            f"{yes('outlet'):>5} {yes('published'):>5} {yes('authors'):>5} {s.entities.f1:>5.2f} {s.quotes.f1:>5.2f} "
            f"{s.quote_speaker.value:>5.2f} {s.figures.f1:>5.2f} {s.events.f1:>5.2f} {s.event_date.value:>5.2f}"
        )
        if verbose:
            for key, value in s.details.items():
                if value:
                    lines.append(f"    {key}: {value}")
    t = summary.total()
    lines.append("")
    lines.append("TOTAL")
    lines.append(f"  body-line keep rate        {t['body_keep_rate']:.3f}")
    lines.append(f"  boilerplate removal rate   {t['boilerplate_removal_rate']:.3f}")
    for name, value in t["fields"].items():
        lines.append(f"  {name:<26} {value}")
    for key in ("entities", "entities_typed", "quotes", "figures", "events"):
        c = t[key]
        lines.append(f"  {key:<26} P {c['p']:.3f}  R {c['r']:.3f}  F1 {c['f1']:.3f}  (tp {c['tp']} fp {c['fp']} fn {c['fn']})")
    lines.append(f"  quote speaker accuracy     {t['quote_speaker_accuracy']:.3f}")
    lines.append(f"  quote kind accuracy        {t['quote_kind_accuracy']:.3f}")
    lines.append(f"  figure qualifier accuracy  {t['figure_qualifier_accuracy']:.3f}")
    lines.append(f"  forbidden figures output   {t['figures_forbidden']}")
    lines.append(f"  forbidden entities output  {t['entities_forbidden']}")
    lines.append(f"  event date accuracy        {t['event_date_accuracy']:.3f}")
    lines.append(f"  event status accuracy      {t['event_status_accuracy']:.3f}")
    return "\n".join(lines)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--gold", required=True, help="folder of gold JSON files")
    parser.add_argument("--raw", required=True, help="folder holding the raw files the gold files name")
    parser.add_argument("--json", action="store_true", help="print the totals and per-file details as JSON")
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses and spurious items per file")
    parser.add_argument("--no-model", action="store_true", help="score the rule-based entity recogniser alone")
    parser.add_argument(
        "--gold-anchor",
        action="store_true",
        help="diagnostic: where the text states no date, resolve relative dates against the gold's published_inferred",
    )


def run(args: argparse.Namespace) -> int:
    options = DEFAULT.with_(use_ner_model=not args.no_model)
    summary = evaluate(Path(args.gold), Path(args.raw), options=options, gold_anchor=args.gold_anchor)
    if args.json:
        payload = {
            "total": summary.total(),
            "files": [
                {"name": s.name, "error": s.error, "fields": s.fields, "details": s.details} for s in summary.files
            ],
        }
        print(json.dumps(payload, ensure_ascii=False, indent=1))
    else:
        print(render_text(summary, verbose=args.verbose))
    return 1 if any(s.error for s in summary.files) else 0


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="linimasa eval", description=__doc__.split("\n")[0])
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
