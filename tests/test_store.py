"""The SQLite store: idempotent writes, resumable ingest, facts in SQL, record round trips."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linimasa.clean import stable_id
from linimasa.options import Options
from linimasa.records import (
    Article, Entity, Event, Failure, Figure, Mention, Paragraph, Quote, RawDocument, Removed, Sentence, Timex, Token,
)
from linimasa.store import Store, article_from_dict, fts5_available

OPTIONS = Options(facts=False, min_body_chars=10)


def raw(number: int, text: str | None = None, **fields) -> RawDocument:
    text = text or f"Berita nomor {number} tentang banjir di Kecamatan Sukamaju yang merendam {number * 10} rumah warga."
    return RawDocument(source=f"korpus.jsonl:{number}", text=text, id=fields.pop("id", stable_id(text)), **fields)


def full_article() -> Article:
    body = "Menteri Luar Negeri Tarvania Elira Moss tiba di Castelmar.\n\n“Kami siap berunding,” kata Moss."
    return Article(
        id="art-1",
        source="a.txt",
        url="https://contoh.example/1",
        title="Moss Tiba di Castelmar",
        outlet="Warta Contoh",
        published="2024-05-01T10:00",
        published_source="html",
        authors=["Rina Wulandari"],
        body=body,
        removed=[Removed(text="Baca juga: lainnya", reason="teaser", line=3)],
        paragraphs=[Paragraph(text=body.split("\n\n")[0], span=(0, 58), line=1), Paragraph(text=body.split("\n\n")[1], span=(60, 91), line=2)],
        entities=[Entity(name="Elira Moss", type="PER", roles=["Menteri Luar Negeri Tarvania"], aliases=["Moss"], linked=["Tarvania"], mentions=2, first_span=(30, 40))],
        mentions=[Mention(text="Moss", span=(86, 90), type="PER", entity="Elira Moss")],
        timexes=[Timex(text="Selasa", type="DATE", value="2024-04-30", span=(0, 6), anchor="2024-05-01")],
        quotes=[Quote(text="Kami siap berunding", kind="direct", speaker="Elira Moss", cue="kata", span=(61, 80), speaker_span=(86, 90))],
        figures=[Figure(value=12.0, counts="killed", span=(0, 2), text="12 tewas", qualifier="at_least", date="2024-04-30")],
        events=[Event(type="CONSULT", status="planned", actors=["Tarvania", "Kaldoria"], text="…", span=(0, 58), place="Castelmar",
                      figures=[Figure(value=3.0, counts="other", span=(1, 2), text="3")])],
        sentences=[Sentence(text="Menteri …", span=(0, 58), paragraph=0, tokens=[Token(text="Menteri", span=(0, 7))])],
        signals={"content_farm": 0.1},
    )


@pytest.fixture
def store(tmp_path):
    with Store(str(tmp_path / "linimasa.db")) as opened:
        yield opened


def table_count(store: Store, table: str) -> int:
    return store.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_article_round_trip_with_nested_records(store):
    article = full_article()
    assert store.add_article(article, internals=True) == "added"
    (back,) = list(store.iter_articles())
    assert back == article
    assert isinstance(back.events[0].figures[0], Figure)
    assert back.quotes[0].speaker_span == (86, 90)
    assert back.sentences[0].tokens[0].span == (0, 7)


def test_default_json_has_no_internals(store):
    store.add_article(full_article())
    back = store.get("art-1")
    assert back.sentences == [] and back.mentions == []
    assert back.entities == full_article().entities


def test_unknown_and_missing_keys_are_tolerated():
    data = full_article().to_dict()
    data["field_from_the_future"] = 1
    del data["signals"]
    article = article_from_dict(data)
    assert article.signals == {}
    assert article.title == "Moss Tiba di Castelmar"


def test_facts_are_queryable_with_sql(store):
    store.add_article(full_article())
    row = store.connection.execute("SELECT name, type, roles, start FROM entities WHERE article_id = 'art-1'").fetchone()
    assert tuple(row) == ("Elira Moss", "PER", '["Menteri Luar Negeri Tarvania"]', 30)
    assert store.connection.execute("SELECT speaker FROM quotes").fetchone()[0] == "Elira Moss"
    assert store.connection.execute("SELECT value, qualifier FROM figures").fetchone()[:] == (12.0, "at_least")
    assert store.connection.execute("SELECT type, place FROM events").fetchone()[:] == ("CONSULT", "Castelmar")
    assert store.connection.execute("SELECT value FROM timexes").fetchone()[0] == "2024-04-30"


def test_add_article_is_idempotent_and_replaces_changed_content(store):
    article = full_article()
    assert store.add_article(article) == "added"
    assert store.add_article(article) == "unchanged"
    assert store.count() == 1 and table_count(store, "entities") == 1
    article.title = "Judul Baru"
    article.entities.append(Entity(name="Castelmar", type="LOC"))
    assert store.add_article(article) == "replaced"
    assert store.count() == 1
    assert table_count(store, "entities") == 2
    assert store.get("art-1").title == "Judul Baru"


def test_failures_are_recorded_once_and_cleared_by_success(store):
    failure = Failure(source="a.txt", code="E201", reason="E201 no article text")
    store.add_failure(failure)
    store.add_failure(failure)
    assert store.failures() == [failure]
    store.add_article(full_article())  # same source, now readable
    assert store.failures() == []


def test_ingest_twice_gives_the_same_store(store):
    items = [raw(n) for n in range(1, 6)] + [Failure(source="rusak.txt", code="E102", reason="E102 binary input")]
    first = store.ingest(items, options=OPTIONS)
    assert first["added"] == 5 and first["failed"] == 1
    second = store.ingest(items, options=OPTIONS)
    assert second["skipped"] == 5 and second["added"] == 0
    assert store.count() == 5
    assert len(store.failures()) == 1
    assert [run["status"] for run in store.runs()] == ["finished", "finished"]


def test_same_input_under_another_id_is_skipped(store):
    text = "Isi yang sama persis dari dua sumber berbeda tentang gencatan senjata."
    store.ingest([raw(1, text, id="a"), raw(2, text, id="b")], options=OPTIONS)
    assert store.count() == 1


def test_changed_input_with_the_same_id_replaces(store):
    store.ingest([raw(1, "Versi pertama artikel tentang banjir besar di kota.", id="tetap")], options=OPTIONS)
    counts = store.ingest([raw(1, "Versi kedua artikel tentang banjir besar di kota, diperbarui.", id="tetap")], options=OPTIONS)
    assert counts["replaced"] == 1
    assert store.count() == 1
    assert "diperbarui" in store.get("tetap").body


def test_short_documents_become_failures(store):
    counts = store.ingest([raw(1, "pendek")], options=Options(facts=False, min_body_chars=80))
    assert counts["failed"] == 1
    (failure,) = store.failures()
    assert failure.code == "E201"


class Interrupt(Exception):
    pass


def interrupted(items, at):
    for index, item in enumerate(items):
        if index == at:
            raise Interrupt("simulated crash")
        yield item


def test_interrupted_ingest_is_consistent_and_resumes(tmp_path):
    path = str(tmp_path / "linimasa.db")
    items = [raw(n) for n in range(1, 11)]
    store = Store(path, batch_size=3)
    with pytest.raises(Interrupt):
        store.ingest(interrupted(items, at=7), options=OPTIONS)
    store.close()
    # Two whole batches (6 documents) were committed; the half batch was rolled back.
    with Store(path, batch_size=3) as reopened:
        assert reopened.count() == 6
        assert reopened.runs()[0]["status"] == "interrupted"
        counts = reopened.ingest(items, options=OPTIONS)
        assert counts == {"added": 4, "replaced": 0, "unchanged": 0, "skipped": 6, "failed": 0}
        assert reopened.count() == 10
        ids = [a.id for a in reopened.iter_articles(order="id")]
        assert sorted(ids) == sorted(item.id for item in items)
        assert len(set(ids)) == 10


def test_progress_callback_sees_running_counts(store):
    seen = []
    store.ingest([raw(1), raw(2)], options=OPTIONS, progress=seen.append)
    assert [c["added"] for c in seen] == [1, 2]


def test_context_manager_rolls_back_on_error(tmp_path):
    path = str(tmp_path / "x.db")
    with pytest.raises(RuntimeError):
        with Store(path) as store:
            store.begin()
            store.add_article(full_article())
            raise RuntimeError("boom")
    with Store(path) as store:
        assert store.count() == 0


def test_wal_mode(store):
    assert store.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


@pytest.mark.skipif(not fts5_available(), reason="SQLite without FTS5")
def test_full_text_search(store):
    store.add_article(full_article())
    hits = store.search("berunding")
    assert [hit["id"] for hit in hits] == ["art-1"]
    assert "[berunding]" in hits[0]["snippet"]
    assert store.search('AT&T "unbalanced') == []  # bad FTS syntax is searched as a phrase


def test_search_without_fts(store):
    store.add_article(full_article())
    store.has_fts = False
    assert [hit["id"] for hit in store.search("Castelmar")] == ["art-1"]


def test_store_opens_on_a_bad_path_with_a_coded_error(tmp_path):
    from linimasa.errors import LinimasaError

    with pytest.raises(LinimasaError) as error:
        Store(str(tmp_path / "tidak" / "ada" / "x.db"))
    assert error.value.code == "E301"


spans = st.tuples(st.integers(0, 1000), st.integers(0, 1000))
names = st.text(min_size=1, max_size=20)


@settings(max_examples=40, deadline=None)
@given(
    entities=st.lists(st.builds(Entity, name=names, type=st.sampled_from(["PER", "ORG", "LOC"]), roles=st.lists(names, max_size=2), first_span=st.none() | spans), max_size=3),
    figures=st.lists(st.builds(Figure, value=st.floats(allow_nan=False, allow_infinity=False), counts=st.just("killed"), span=spans, text=names), max_size=3),
    title=st.none() | names,
)
def test_article_from_dict_round_trip_property(entities, figures, title):
    article = Article(id="x", source="s", title=title, entities=entities, figures=figures,
                      events=[Event(type="AID", status="occurred", actors=["A"], text="t", span=(0, 1), figures=figures)])
    assert article_from_dict(article.to_dict(internals=True)) == article


def test_second_writer_waits_then_fails_cleanly(tmp_path):
    path = str(tmp_path / "x.db")
    first = Store(path)
    first.begin()
    second = sqlite3.connect(path, timeout=0.1)
    with pytest.raises(sqlite3.OperationalError):
        second.execute("BEGIN IMMEDIATE")
    second.close()
    first.rollback()
    first.close()
