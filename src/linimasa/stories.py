"""Stories: articles clustered by shared entities, terms and time.

``find_stories(articles)`` walks the articles in date order and puts each
one into the most similar story that is still active (its latest article at
most ``window_days`` earlier), or starts a new story. An article is a sparse
vector of weighted features:

* entities (``e:Name``), weighted by inverse document frequency and by how
  often the article mentions them; news outlets and wire services are left
  out (they name who reports, not what happens);
* content words and two-word terms from the title and the first paragraphs
  (``t:gencatan senjata``), weighted by inverse document frequency.

Similarity is the cosine between the article and a story's centroid (the sum
of its articles' vectors, trimmed to its strongest features). Candidate
stories come from an inverted index over features, so an article is only
compared with stories it shares something with. Undated articles are placed
last and may join any story.

Each story gets a label from its strongest actors and its strongest term
("Tarvania, Kaldoria, Velmora — gencatan senjata"), its date span and its
article ids.

Notes:
    Single-pass clustering against centroids with a time window is the
    classic Topic Detection and Tracking method (Allan, Papka & Lavrenko 1998,
    "On-line new event detection and tracking"); comparing with centroids
    rather than single articles keeps a long corpus from chaining into one
    story. Terms come from the title and lead because that is where news
    puts its topic (the inverted pyramid).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from .dates import iso_day
from .records import Article
from .resources import word_set

_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_LEAD_PARAGRAPHS = 3
_PROSE = re.compile(r"\w[.!?][\"”’)]?(?:\s|$)")
_CENTROID_SIZE = 120
_ARTICLE_FEATURES = 64
_MAX_CANDIDATES = 12  # stories scored per article: those sharing the most features with it


@dataclass
class Story:
    id: str
    label: str
    actors: list[str]
    terms: list[str]
    start: Optional[str]
    end: Optional[str]
    articles: list[str] = field(default_factory=list)


def _stop_words() -> frozenset[str]:
    return word_set("clean_function_words.txt") | word_set("story_stopwords.txt")


def _media_names() -> frozenset[str]:
    return word_set("quote_outlets.txt")


def article_features(article: Article) -> Counter:
    """Raw feature counts of one article (before idf weighting)."""
    stop = _stop_words()
    media = _media_names()
    outlet = (article.outlet or "").lower()
    features: Counter = Counter()
    entity_words: set[str] = set()
    for entity in article.entities:
        name = entity.name.lower()
        if name in media or (outlet and (name in outlet or outlet in name)):
            continue
        features["e:" + entity.name] += 1 + math.log(1 + max(entity.mentions, 1))
        entity_words.update(name.split())
    # Prose paragraphs only: menus and tag lines the cleaner kept would put
    # the outlet's section names into every story of that outlet.
    prose = [p.text for p in article.paragraphs if _PROSE.search(p.text) and len(p.text.split()) >= 10]
    lead = [article.title or ""] + prose[:_LEAD_PARAGRAPHS]
    for index, text in enumerate(lead):
        weight = 2.0 if index == 0 else 1.0  # the title says the topic most plainly
        words = [w.lower() for w in _WORD.findall(text)]
        previous: Optional[str] = None
        for word in words:
            if word in stop or word in entity_words:
                previous = None
                continue
            features["t:" + word] += weight
            if previous is not None:
                features["t:" + previous + " " + word] += weight
            previous = word
    return features


def _normalise(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {k: v / norm for k, v in vector.items()}


@dataclass
class _Cluster:
    index: int
    centroid: dict[str, float]
    members: list[str]
    first: Optional[date]
    last: Optional[date]
    totals: Counter = field(default_factory=Counter)
    raw: Counter = field(default_factory=Counter)

    def add(self, vector: dict[str, float]) -> None:
        self.totals.update(vector)
        trimmed = dict(self.totals.most_common(_CENTROID_SIZE))
        if len(self.totals) > 4 * _CENTROID_SIZE:
            # Keep the running sums bounded: features this far down never reach the centroid.
            self.totals = Counter(dict(self.totals.most_common(2 * _CENTROID_SIZE)))
        self.centroid = _normalise(trimmed)


def find_stories(
    articles: Sequence[Article],
    *,
    threshold: float = 0.16,
    window_days: int = 10,
    max_df: float = 0.6,
    dates: Optional[dict[str, Optional[str]]] = None,
) -> list[Story]:
    """Cluster ``articles`` into stories (every article lands in exactly one).

    ``threshold`` is the cosine an article needs with a story's centroid to
    join it; ``window_days`` how long a story stays open after its latest
    article; features in more than ``max_df`` of the articles (in corpora of
    five or more) are ignored when looking for candidates, since they join
    everything. ``dates`` overrides article dates (id -> ISO date), e.g.
    with inferred ones.
    """
    if not articles:
        return []
    raw = {a.id: article_features(a) for a in articles}
    df: Counter = Counter()
    for counts in raw.values():
        df.update(counts.keys())
    n = len(articles)
    idf = {feature: math.log((n + 1) / (count + 0.5)) for feature, count in df.items()}
    too_common = {f for f, c in df.items() if n >= 5 and c > max_df * n}

    vectors = {}
    for article_id, counts in raw.items():
        # A feature of one article links nothing and only dilutes the cosine.
        weighted = {f: (1 + math.log(c)) * idf[f] for f, c in counts.items() if idf[f] > 0 and (df[f] > 1 or n < 3)}
        if len(weighted) > _ARTICLE_FEATURES:  # the strongest features: bounded work and memory per article
            weighted = dict(sorted(weighted.items(), key=lambda kv: (-kv[1], kv[0]))[:_ARTICLE_FEATURES])
        vectors[article_id] = _normalise(weighted)

    def when(article: Article) -> Optional[date]:
        if dates is not None and article.id in dates:
            return iso_day(dates[article.id])
        return iso_day(article.published)

    ordered = sorted(articles, key=lambda a: (when(a) is None, when(a) or date.min, a.id))
    clusters: list[_Cluster] = []
    # Inverted index feature -> open stories. A story is retired from it once
    # its latest article is more than window_days behind the walk (dated
    # articles come in date order), so the index stays the size of the
    # stories open at one time, not of the whole corpus.
    index: dict[str, set[int]] = defaultdict(set)
    active: set[int] = set()
    undated_phase = False
    for article in ordered:
        vector = vectors[article.id]
        day = when(article)
        if day is None and not undated_phase:
            undated_phase = True  # undated articles may join any story: index them all again
            for cluster in clusters:
                if cluster.index not in active:
                    active.add(cluster.index)
                    for feature in cluster.centroid:
                        index[feature].add(cluster.index)
        elif day is not None:
            for number in [n for n in active if clusters[n].last is not None and (day - clusters[n].last).days > window_days]:
                active.discard(number)
                for feature in clusters[number].centroid:
                    index[feature].discard(number)
        hits: Counter = Counter()
        for feature, weight in vector.items():
            if feature not in too_common:
                for candidate in index.get(feature, ()):
                    hits[candidate] += weight
        best: Optional[tuple[float, int]] = None
        for candidate, _weight in hits.most_common(_MAX_CANDIDATES):
            centroid = clusters[candidate].centroid
            score = sum(weight * centroid.get(feature, 0.0) for feature, weight in vector.items())
            if best is None or score > best[0] or (score == best[0] and candidate < best[1]):
                best = (score, candidate)
        if best is not None and best[0] >= threshold:
            cluster = clusters[best[1]]
        else:
            cluster = _Cluster(index=len(clusters), centroid={}, members=[], first=day, last=day)
            clusters.append(cluster)
            active.add(cluster.index)
        cluster.members.append(article.id)
        if day is not None:
            cluster.first = day if cluster.first is None or day < cluster.first else cluster.first
            cluster.last = day if cluster.last is None or day > cluster.last else cluster.last
        for feature in cluster.centroid:
            index[feature].discard(cluster.index)
        cluster.add(vector)
        cluster.raw.update(raw[article.id])
        for feature in cluster.centroid:
            index[feature].add(cluster.index)

    by_id = {a.id: a for a in articles}
    stories = []
    for cluster in clusters:
        outlets = {by_id[i].outlet for i in cluster.members if by_id[i].outlet}
        actors, terms = _label_parts(cluster, idf, outlets)
        label = ", ".join(actors[:3]) or "(no actors)"
        if terms:
            label += " — " + terms[0]
        first_id = sorted(cluster.members, key=lambda i: ((when(by_id[i]) or date.max), i))[0]
        stories.append(
            Story(
                id="story-" + first_id,
                label=label,
                actors=actors,
                terms=terms,
                start=cluster.first.isoformat() if cluster.first else None,
                end=cluster.last.isoformat() if cluster.last else None,
                articles=sorted(cluster.members, key=lambda i: ((when(by_id[i]) or date.max), i)),
            )
        )
    stories.sort(key=lambda s: (s.start or "9999", s.id))
    return stories


def _label_blocked_words() -> frozenset[str]:
    """Words a label term must not carry: section/menu names and office titles ("menteri luar")."""
    blocked = set(word_set("boilerplate_menu_words.txt"))
    for title in word_set("entity_titles.txt"):
        blocked.update(title.split())
    from .merge import OFFICE_WORDS

    return frozenset(blocked | OFFICE_WORDS)


def _label_parts(cluster: _Cluster, idf: dict[str, float], outlets: Iterable[str] = ()) -> tuple[list[str], list[str]]:
    """The story's main actors and topic terms.

    Actors by how often the story's articles name them (the label should
    say "Tarvania, Kaldoria", the names every article repeats, not the rarest
    ones); terms by frequency damped by idf, two-word terms first. Terms made
    of menu or title words ("internasional ekonomi", "menteri luar"), of the
    outlets' own names or of words of the actors' names ("bangsa bangsa")
    say nothing about the story and are skipped.
    """
    entity_scores: Counter = Counter()
    term_scores: Counter = Counter()
    for feature, count in cluster.raw.items():
        if feature.startswith("e:"):
            entity_scores[feature[2:]] += count
        elif count > 1 or len(cluster.members) == 1:
            term_scores[feature[2:]] += count * math.sqrt(max(idf.get(feature, 0.0), 0.05))
    actors = [name for name, _ in sorted(entity_scores.items(), key=lambda kv: (-kv[1], kv[0]))[:6]]
    blocked = set(_label_blocked_words())
    for name in list(entity_scores) + list(outlets):
        blocked.update(w.lower() for w in _WORD.findall(name.replace("-", " ")))
    ranked = sorted(term_scores.items(), key=lambda kv: (-kv[1], kv[0]))
    ranked = [(t, v) for t, v in ranked if not any(w in blocked for w in t.split())]
    bigrams = [t for t, _ in ranked if " " in t]
    unigrams = [t for t, _ in ranked if " " not in t]
    terms = (bigrams[:3] + unigrams[:3])[:5]
    return actors, terms


def story_of(stories: Iterable[Story]) -> dict[str, str]:
    """Article id -> story id."""
    return {article_id: story.id for story in stories for article_id in story.articles}


__all__ = ["Story", "find_stories", "article_features", "story_of"]
