"""Stories: clustering by shared entities, terms and time (invented articles)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from linimasa.records import Article, Entity, Paragraph
from linimasa.stories import article_features, find_stories, story_of


def article(id: str, title: str, lead: str, entities: list[str], published: str | None) -> Article:
    body = lead
    return Article(
        id=id, source=id, title=title, body=body, published=published, published_source="text" if published else None,
        paragraphs=[Paragraph(text=lead, span=(0, len(lead)))],
        entities=[Entity(name=n, type="LOC" if n in ("Rembang Sari", "Watu Lumut") else "PER", mentions=2) for n in entities],
    )


FLOOD = [
    article("f1", "Banjir rendam Rembang Sari", "Banjir bandang merendam ratusan rumah di Rembang Sari setelah hujan deras semalaman. Bupati Larasati Pramudita meninjau lokasi banjir.", ["Rembang Sari", "Larasati Pramudita"], "2024-03-01"),
    article("f2", "Korban banjir Rembang Sari mengungsi", "Ribuan korban banjir bandang di Rembang Sari mengungsi ke balai desa. Larasati Pramudita meminta bantuan logistik banjir.", ["Rembang Sari", "Larasati Pramudita"], "2024-03-02"),
    article("f3", "Banjir Rembang Sari mulai surut", "Genangan banjir bandang di Rembang Sari mulai surut pada hari ketiga. Warga membersihkan lumpur sisa banjir.", ["Rembang Sari"], "2024-03-04"),
]
KITES = [
    article("k1", "Festival layang-layang Watu Lumut dibuka", "Festival layang-layang di Pantai Watu Lumut dibuka dengan 86 peserta. Ketua panitia Sekar Ayuningtyas menyambut peserta festival.", ["Watu Lumut", "Sekar Ayuningtyas"], "2024-03-02"),
    article("k2", "Layang-layang raksasa Watu Lumut", "Layang-layang raksasa sepanjang 12 meter menjadi bintang festival layang-layang Watu Lumut, kata Sekar Ayuningtyas.", ["Watu Lumut", "Sekar Ayuningtyas"], "2024-03-03"),
]


def test_two_topics_become_two_stories_with_their_labels():
    stories = find_stories(FLOOD + KITES, threshold=0.15)
    assert len(stories) == 2
    by_article = story_of(stories)
    assert len({by_article[a.id] for a in FLOOD}) == 1
    assert len({by_article[a.id] for a in KITES}) == 1
    flood = next(s for s in stories if "f1" in s.articles)
    assert "Rembang Sari" in flood.label and "banjir" in flood.label.lower()
    assert (flood.start, flood.end) == ("2024-03-01", "2024-03-04")
    assert flood.id == "story-f1"


def test_the_same_topic_months_later_is_a_new_story():
    later = article("f9", "Banjir lagi di Rembang Sari", "Banjir bandang kembali merendam Rembang Sari. Larasati Pramudita meninjau lokasi banjir.", ["Rembang Sari", "Larasati Pramudita"], "2024-09-15")
    stories = find_stories(FLOOD + [later], threshold=0.15, window_days=10)
    assert len(stories) == 2


def test_undated_article_joins_the_story_it_matches():
    undated = article("u", "Banjir Rembang Sari", "Korban banjir bandang Rembang Sari masih mengungsi, kata Larasati Pramudita.", ["Rembang Sari", "Larasati Pramudita"], None)
    stories = find_stories(FLOOD + KITES + [undated], threshold=0.15)
    assert story_of(stories)["u"] == story_of(stories)["f1"]


def test_outlets_and_wire_services_are_not_story_features():
    a = article("x", "Judul", "Teks berita yang cukup panjang untuk paragraf pertama, kata Reuters kepada kami.", ["Reuters", "Kabar Rembang"], "2024-01-01")
    a.outlet = "Kabar Rembang"
    features = article_features(a)
    assert "e:Reuters" not in features and "e:Kabar Rembang" not in features


def test_empty_corpus():
    assert find_stories([]) == []


@settings(max_examples=20, deadline=None)
@given(st.permutations(FLOOD + KITES))
def test_every_article_is_in_exactly_one_story(order):
    stories = find_stories(list(order), threshold=0.15)
    ids = [i for s in stories for i in s.articles]
    assert sorted(ids) == sorted(a.id for a in order)


def test_story_labels_skip_menu_title_and_outlet_words():
    from linimasa.stories import _label_blocked_words

    blocked = _label_blocked_words()
    assert {"internasional", "ekonomi", "menteri", "luar", "negeri"} <= blocked
    assert "gencatan" not in blocked and "senjata" not in blocked
