"""Merged events and conflicts (invented reports)."""

from __future__ import annotations

import pytest

from linimasa.merge import merge_events
from linimasa.records import Article, Event, Figure


def report(id, published, type, actors, date=None, place=None, status="occurred", figures=(), outlet=None):
    text = f"{' dan '.join(actors)} {type.lower()} di {place or 'suatu tempat'}."
    event = Event(type=type, status=status, actors=list(actors), text=text, span=(0, len(text)), place=place, date=date,
                  trigger=type.lower(), figures=list(figures))
    return Article(id=id, source=id, outlet=outlet or id.upper(), published=published, published_source="text",
                   body=text, events=[event])


def test_one_event_from_three_outlets_is_one_entry_with_every_source():
    merged = merge_events([
        report("a", "2025-10-13T14:00", "ASSAULT", ["Kaldoria", "Tarvania"], "2025-10-13", "Halvik"),
        report("b", "2025-10-13", "ASSAULT", ["Pasukan Kaldoria", "Pemerintah Tarvania"], "2025-10-13", "Kota Halvik"),
        report("c", "2025-10-14", "ASSAULT", ["Kaldoria"], "2025-10-13"),
    ])
    assert len(merged) == 1
    entry = merged[0]
    assert {r.article.id for r in entry.reports} == {"a", "b", "c"}
    assert entry.date == "2025-10-13" and entry.date_precision == "day"
    assert entry.conflicts == []
    assert entry.actors[0] == "Kaldoria"


def test_a_different_date_from_one_source_is_kept_as_a_conflict():
    merged = merge_events([
        report("a", "2025-10-24", "AGREE", ["Tarvania", "Kaldoria"], "2025-10-23", "Castelmar"),
        report("b", "2025-10-24", "AGREE", ["Tarvania", "Kaldoria"], "2025-10-23", "Castelmar"),
        report("c", "2025-10-24", "AGREE", ["Tarvania", "Kaldoria"], "2025-10-24", "Castelmar"),
    ])
    assert len(merged) == 1
    assert merged[0].date == "2025-10-23"
    assert [(c.field, c.value, c.sources) for c in merged[0].conflicts] == [("date", "2025-10-24", ["c"])]


def test_a_different_figure_is_kept_as_a_conflict():
    fig = lambda v: Figure(value=v, counts="killed", span=(0, 1), text=str(v))
    merged = merge_events([
        report("a", "2025-10-14", "ASSAULT", ["Tarvania", "Kaldoria"], "2025-10-14", "Dorvask", figures=[fig(17)]),
        report("b", "2025-10-14", "ASSAULT", ["Tarvania", "Kaldoria"], "2025-10-14", "Dorvask", figures=[fig(17)]),
        report("c", "2025-10-15", "ASSAULT", ["Tarvania", "Kaldoria"], "2025-10-14", "Dorvask", figures=[fig(21)]),
    ])
    assert len(merged) == 1
    assert [(c.field, c.value) for c in merged[0].conflicts] == [("figure:killed", 21)]


@pytest.mark.parametrize("second", [
    dict(type="CONSULT", actors=["Kaldoria", "Tarvania"], date="2025-10-13", place="Halvik"),  # other type
    dict(type="ASSAULT", actors=["Kaldoria", "Tarvania"], date="2025-10-20", place="Halvik"),  # a week later
    dict(type="ASSAULT", actors=["Kaldoria", "Tarvania"], date="2025-10-13", place="Dorvask"),  # other place
    dict(type="ASSAULT", actors=["Laskar Dravena", "Velmora"], date="2025-10-13", place="Halvik"),  # other actors
    dict(type="ASSAULT", actors=["Kaldoria", "Tarvania"], date="2025-10-13", place="Halvik", status="negated"),  # a denial
])
def test_different_events_stay_apart(second):
    first = report("a", "2025-10-13", "ASSAULT", ["Kaldoria", "Tarvania"], "2025-10-13", "Halvik")
    other = report("b", "2025-10-21", second.pop("type"), second.pop("actors"), **second)
    assert len(merge_events([first, other])) == 2


def test_an_undated_later_report_joins_the_dated_entry():
    merged = merge_events([
        report("a", "2025-10-15", "COERCE", ["Laskar Dravena", "Tarvania"], "2025-10-15", "Bendungan Oren"),
        report("b", "2025-10-18", "COERCE", ["Laskar Dravena", "Tarvania"], None, "Bendungan Oren"),
    ])
    assert len(merged) == 1 and merged[0].date == "2025-10-15"


def test_an_undated_report_long_after_is_a_new_entry():
    merged = merge_events([
        report("a", "2025-10-15", "COERCE", ["Laskar Dravena", "Tarvania"], "2025-10-15", "Bendungan Oren"),
        report("b", "2026-02-18", "COERCE", ["Laskar Dravena", "Tarvania"], None, "Bendungan Oren"),
    ])
    assert len(merged) == 2


def test_undated_reports_take_the_first_publication_day():
    merged = merge_events([
        report("a", "2025-10-18", "REJECT", ["Kaldoria", "Tarvania"]),
        report("b", "2025-10-19", "REJECT", ["Kaldoria", "Tarvania"]),
    ])
    assert len(merged) == 1
    assert (merged[0].date, merged[0].date_precision) == ("2025-10-18", "reported")


def test_a_dated_plan_and_its_outcome_are_one_entry():
    merged = merge_events([
        report("a", "2025-10-30", "AGREE", ["Tarvania", "Kaldoria"], "2025-11-01", "Castelmar", status="planned"),
        report("b", "2025-11-01", "AGREE", ["Tarvania", "Kaldoria"], "2025-11-01", "Castelmar"),
    ])
    assert len(merged) == 1 and merged[0].status == "occurred"


def test_a_month_date_contains_a_day_without_conflict():
    merged = merge_events([
        report("a", "2025-10-24", "RETREAT", ["Tarvania", "Kaldoria"], "2025-10-24"),
        report("b", "2025-10-24", "RETREAT", ["Tarvania", "Kaldoria"], "2025-10-24"),
        report("c", "2025-11-20", "RETREAT", ["Tarvania", "Kaldoria"], "2025-10"),
    ])
    entry = next(m for m in merged if len(m.reports) >= 2)
    assert entry.date == "2025-10-24"
    assert all(c.field != "date" for c in entry.conflicts)


# --------------------------------------------------------------------------- noisy per-article events

from linimasa.merge import stem  # noqa: E402
from linimasa.records import Entity  # noqa: E402


def noisy(id, published, type, actors, text, date=None, place=None, entities=(), status="occurred"):
    event = Event(type=type, status=status, actors=list(actors), text=text, span=(0, len(text)), place=place, date=date)
    return Article(id=id, source=id, outlet=id.upper(), published=published, published_source="text", body=text,
                   events=[event], entities=list(entities))


def test_a_minister_stands_for_their_country_through_the_entity_role():
    minister = Entity(name="Sera Valdane", type="PER", roles=["Menteri Luar Negeri Oskaria"])
    merged = merge_events([
        noisy("a", "2026-03-02", "ACCUSE", ["Oskaria", "Brenmark"], "Oskaria menuduh Brenmark memasok senjata kepada milisi.", "2026-03-02"),
        noisy("b", "2026-03-02", "ACCUSE", ["Sera Valdane", "Brenmark"], "Sera Valdane menuding Brenmark memasok senjata ke milisi.",
              "2026-03-02", entities=[minister]),
    ])
    assert len(merged) == 1


def test_a_name_glued_to_its_country_overlaps_the_country():
    merged = merge_events([
        noisy("a", "2026-03-05", "AGREE", ["Oskaria Lenn Marov", "Brenmark"], "Oskaria dan Brenmark sepakat gencatan senjata 14 hari.", "2026-03-05"),
        noisy("b", "2026-03-05", "AGREE", ["Oskaria"], "Gencatan senjata 14 hari disepakati kedua negara.", "2026-03-05"),
    ])
    assert len(merged) == 1


def test_assault_and_coerce_of_one_hostage_taking_merge_with_enough_evidence():
    merged = merge_events([
        noisy("a", "2026-04-01", "ASSAULT", ["Front Merah", "Oskaria"], "Front Merah menyerbu pelabuhan Tessa dan menyandera 8 pelaut.",
              "2026-04-01", "Tessa"),
        noisy("b", "2026-04-02", "COERCE", ["Front Merah"], "Front Merah masih menyandera 8 pelaut di pelabuhan Tessa.", None, "Pelabuhan Tessa"),
    ])
    assert len(merged) == 1
    assert merged[0].type == "ASSAULT" or merged[0].type == "COERCE"


@pytest.mark.parametrize("first,second", [
    # A meeting and the agreement it reached on another day stay apart.
    (("CONSULT", ["Oskaria", "Brenmark"], "Delegasi Oskaria dan Brenmark bertemu di Lamora.", "2026-05-01"),
     ("AGREE", ["Oskaria", "Brenmark"], "Oskaria dan Brenmark menandatangani perjanjian damai di Lamora.", "2026-05-03")),
    # Same day, same parties, but nothing else in common: still two things.
    (("CONSULT", ["Oskaria", "Brenmark"], "Menlu kedua negara bertemu membahas pengungsi.", "2026-05-01"),
     ("AGREE", ["Oskaria", "Brenmark"], "Oskaria dan Brenmark sepakat membuka jalur kereta barang.", "2026-05-01")),
    # Two attacks on one day by the same side in different towns (without places they would be
    # one entry, as in the one-a-day convention of event data).
    (("ASSAULT", ["Oskaria", "Brenmark"], "Artileri Oskaria menghantam pasar di Vell.", "2026-05-01", "Vell"),
     ("ASSAULT", ["Oskaria", "Brenmark"], "Drone Oskaria menyerang depot minyak di Korrin.", "2026-05-01", "Korrin")),
])
def test_similar_but_different_events_stay_apart(first, second):
    a = noisy("a", "2026-05-03", *first)
    b = noisy("b", "2026-05-03", *second)
    assert len(merge_events([a, b])) == 2


def test_an_undated_report_of_the_same_figures_joins_the_dated_entry():
    merged = merge_events([
        noisy("a", "2026-06-10", "CONCEDE", ["Oskaria", "Brenmark"], "Oskaria membebaskan 31 tahanan Brenmark di perbatasan Tessa.", "2026-06-10"),
        noisy("b", "2026-06-11", "CONCEDE", ["Pemerintah Oskaria"], "Sebanyak 31 tahanan dibebaskan di perbatasan, kata pejabat Brenmark."),
    ])
    assert len(merged) == 1 and merged[0].date == "2026-06-10"


def test_an_undated_report_published_before_the_event_does_not_join_it():
    merged = merge_events([
        noisy("a", "2026-06-10", "ASSAULT", ["Oskaria", "Brenmark"], "Oskaria menembaki kota Vell.", "2026-06-10", "Vell"),
        noisy("b", "2026-06-08", "ASSAULT", ["Oskaria", "Brenmark"], "Oskaria menembaki pinggiran Vell."),
    ])
    assert len(merged) == 2


@pytest.mark.parametrize("word,expected", [
    ("disepakati", "sepaka"), ("menyepakati", "sepaka"), ("sepakat", "sepaka"),
    ("menembak", "tembak"), ("memukul", "pukul"), ("dibebaskan", "bebas"), ("membebaskan", "bebas"),
    ("serangan", "serang"), ("menyerang", "serang"),
])
def test_light_stemming_meets_verb_forms(word, expected):
    assert stem(word) == expected


# --------------------------------------------------------------------------- second pass: sources found by sentence

from linimasa.merge import sentence_sources  # noqa: E402
from linimasa.records import Mention, Quote, Sentence, Timex  # noqa: E402

_NAMES = ("Kaldoria", "Tarvania", "Velmora", "Halvik")


def plain_article(id, published, sentences, *, timexes=(), quoted=False, published_source="text"):
    """An article of invented sentences, with its sentences, the mentions of _NAMES and the given time expressions."""
    body = " ".join(sentences)
    spans, start = [], 0
    for text in sentences:
        spans.append(Sentence(text=text, span=(start, start + len(text)), paragraph=0))
        start += len(text) + 1
    mentions, entities = [], {}
    for name in _NAMES:
        at = body.find(name)
        while at >= 0:
            mentions.append(Mention(text=name, span=(at, at + len(name)), type="LOC", entity=name))
            entities.setdefault(name, Entity(name=name, type="LOC", roles=[], aliases=[], linked=[], mentions=1, first_span=(at, at + len(name))))
            at = body.find(name, at + 1)
    found = []
    for text, value in timexes:
        at = body.find(text)
        found.append(Timex(text=text, type="DATE", value=value, span=(at, at + len(text))))
    quotes = [Quote(text=body, kind="direct", speaker="Tarvania", cue="kata", span=(0, len(body)))] if quoted else []
    return Article(id=id, source=id, outlet=id.upper(), published=published, published_source=published_source, body=body,
                   sentences=spans, mentions=sorted(mentions, key=lambda m: m.span), entities=list(entities.values()),
                   timexes=found, quotes=quotes)


def _attack_entry():
    """One entry: Kaldoria attacks Tarvania at Halvik on 13 October 2025, 23 killed."""
    text = "Kaldoria menyerang Tarvania di Halvik dan menewaskan 23 orang."
    event = Event(type="ASSAULT", status="occurred", actors=["Kaldoria", "Tarvania"], text=text, span=(0, len(text)),
                  place="Halvik", date="2025-10-13", trigger="menyerang")
    article = plain_article("a", "2025-10-13", [text])
    article.events = [event]
    return article


@pytest.mark.parametrize("published,sentences,timexes,options,added", [
    # Same place and a shared number, two days later: the same attack.
    ("2025-10-15", ["Cuaca cerah.", "Pasukan Kaldoria menggempur Halvik, 23 orang menjadi korban."], (), {}, True),
    # The sentence dates it to the day ("Senin (13/10)").
    ("2025-10-14", ["Serangan Kaldoria pada Senin (13/10) mengejutkan warga."], [("Senin (13/10)", "2025-10-13")], {}, True),
    # Too late: a week after the event.
    ("2025-10-20", ["Pasukan Kaldoria menggempur Halvik, 23 orang menjadi korban."], (), {}, False),
    # Published before the event.
    ("2025-10-12", ["Pasukan Kaldoria menggempur Halvik, 23 orang menjadi korban."], (), {}, False),
    # No word of the event's type.
    ("2025-10-14", ["Kaldoria mengumumkan 23 nama pejabat baru di Halvik."], (), {}, False),
    # A plan, not the happening.
    ("2025-10-14", ["Kaldoria akan menyerang Halvik lagi dengan 23 batalion."], (), {}, False),
    # Another actor.
    ("2025-10-14", ["Velmora menggempur Halvik, 23 orang menjadi korban."], (), {}, False),
    # The sentence dates what it tells to another day.
    ("2025-10-14", ["Kaldoria menggempur Halvik pada Jumat (10/10), 23 orang menjadi korban."], [("Jumat (10/10)", "2025-10-10")], {}, False),
    # Only the place agrees: not enough.
    ("2025-10-14", ["Kaldoria menggempur Halvik."], (), {}, False),
    # A running casualty total: an outcome word only.
    ("2025-10-15", ["Menurut Tarvania, 23 orang tewas di Halvik sejauh ini."], (), {}, False),
    # "Until Saturday" a running total that sums up many attacks.
    ("2025-10-15", ["Hingga Rabu, serangan Kaldoria menewaskan 23 orang di Halvik."], (), {}, False),
    # "Pertukaran" meets "ditukar" through its base word, but an exchange is not an attack.
    ("2025-10-14", ["Pertukaran 23 tahanan Kaldoria berlangsung di Halvik."], (), {}, False),
    # Someone's words in quotation marks.
    ("2025-10-14", ["Pasukan Kaldoria menggempur Halvik, 23 orang menjadi korban."], (), {"quoted": True}, False),
    # A publication day that was only estimated cannot show it is news of that day.
    ("2025-10-14", ["Pasukan Kaldoria menggempur Halvik, 23 orang menjadi korban."], (), {"published_source": "inferred"}, False),
])
def test_sentence_sources(published, sentences, timexes, options, added):
    first = _attack_entry()
    other = plain_article("b", published, sentences, timexes=timexes, **options)
    merged = merge_events([first, other])
    assert len(merged) == 1
    found = sentence_sources(merged, [first, other])
    if added:
        assert list(found) == [merged[0].id]
        (source,) = found[merged[0].id]
        assert source.id == "b" and source.matched_by == "sentence"
        assert source.text in sentences
    else:
        assert found == {}


def test_sentence_sources_never_make_entries_nor_repeat_a_source():
    first = _attack_entry()
    second = _attack_entry()
    second.id = "a2"
    loose = plain_article("c", "2025-10-14", ["Kaldoria menggempur Halvik, 23 orang menjadi korban.",
                                              "Kaldoria kembali menggempur Halvik, 23 rumah rusak."])
    unrelated = plain_article("d", "2025-10-14", ["Velmora menyerang pos Tarvania pada Selasa (14/10)."],
                              timexes=[("Selasa (14/10)", "2025-10-14")])
    merged = merge_events([first, second, loose, unrelated])
    found = sentence_sources(merged, [first, second, loose, unrelated])
    assert set(found) <= {m.id for m in merged}
    assert [s.id for sources in found.values() for s in sources] == ["c"]  # one sentence per article, never a source twice



def test_an_entry_dated_by_its_report_takes_a_sentence_from_the_next_days():
    text = "Tarvania dan Kaldoria menukar tahanan di perbatasan Halvik, 75 orang pulang."
    first = plain_article("a", "2025-10-27", [text])
    first.events = [Event(type="CONCEDE", status="occurred", actors=["Tarvania", "Kaldoria"], text=text, span=(0, len(text)),
                          place="Halvik", trigger="menukar")]
    later = plain_article("b", "2025-10-28", ["Pertukaran tahanan Tarvania dan Kaldoria di Halvik memulangkan 75 orang."])
    merged = merge_events([first, later])
    assert merged[0].date_precision == "reported"
    found = sentence_sources(merged, [first, later])
    assert [s.id for s in found[merged[0].id]] == ["b"]


def _exchange_entry():
    """One entry: Tarvania frees 12 Kaldorian soldiers at Halvik on 27 October 2025 (a verb trigger, no noun)."""
    text = "Tarvania membebaskan 12 tentara Kaldoria di Halvik."
    first = plain_article("a", "2025-10-27", [text], timexes=())
    first.events = [Event(type="CONCEDE", status="occurred", actors=["Tarvania", "Kaldoria"], text=text, span=(0, len(text)),
                          place="Halvik", date="2025-10-27", trigger="membebaskan")]
    return first


@pytest.mark.parametrize("sentence,added", [
    # The event named by a whole noun phrase of its type, the same place and number.
    ("Kaldoria dan Tarvania melakukan pertukaran tahanan di Halvik, 12 orang tiba.", True),
    ("Pertukaran tawanan Kaldoria dan Tarvania di Halvik selesai, 12 orang tiba.", True),
    # The head noun alone names no event of the type ("nilai tukar").
    ("Pertukaran nilai mata uang Kaldoria dan Tarvania di Halvik naik 12 persen.", False),
    # The phrase, but a schedule: a plan, not the happening.
    ("Pertukaran tahanan Kaldoria dan Tarvania dijadwalkan di Halvik, 12 orang.", False),
    # The phrase, but negated.
    ("Pertukaran tahanan Kaldoria dan Tarvania di Halvik belum terlaksana, 12 orang menunggu.", False),
])
def test_sentence_sources_know_the_noun_phrases_of_a_type(sentence, added):
    first = _exchange_entry()
    other = plain_article("b", "2025-10-28", [sentence])
    merged = merge_events([first, other])
    assert len(merged) == 1
    found = sentence_sources(merged, [first, other])
    assert bool(found) == added


@pytest.mark.parametrize("sentence,added", [
    ("Gencatan senjata Kaldoria dan Tarvania mulai berlaku di Halvik pukul 06.00, 12 pos dijaga.", True),
    # The ceasefire named without taking effect is the agreement's word, not the withdrawal's.
    ("Gencatan senjata Kaldoria dan Tarvania dibahas di Halvik, 12 pos dijaga.", False),
])
def test_a_phrase_that_needs_its_verb(sentence, added):
    text = "Kaldoria menarik pasukan dari Halvik, 12 pos ditinggalkan."
    first = plain_article("a", "2025-10-24", [text])
    first.events = [Event(type="RETREAT", status="occurred", actors=["Kaldoria"], text=text, span=(0, len(text)),
                          place="Halvik", date="2025-10-24", trigger="menarik pasukan")]
    other = plain_article("b", "2025-10-24", [sentence])
    merged = merge_events([first, other])
    retreat = [m for m in merged if m.type == "RETREAT"]
    found = sentence_sources(retreat, [first, other])
    assert bool(found) == added


def _mistyped(id, published, text, owner_date=None, owner_place=None):
    """An article whose one sentence was extracted as a PROTEST (a mistyping), dated Monday (13/10) in the text."""
    article = plain_article(id, published, [text], timexes=[("Senin (13/10)", "2025-10-13")])
    article.events = [Event(type="PROTEST", status="occurred", actors=["Kaldoria"], text=text, span=(0, len(text)),
                            place=owner_place, date=owner_date, trigger="menggempur")]
    return article


@pytest.mark.parametrize("owners,owner_date,owner_place,text,added", [
    # Used by a single-source entry, and it states the attack's day and place: lent to the attack too.
    (1, None, None, "Kaldoria menggempur Halvik pada Senin (13/10).", True),
    # The other entry rests on two articles: the first pass's reading stands.
    (2, None, None, "Kaldoria menggempur Halvik pada Senin (13/10).", False),
    # It fits its own entry as well (that entry's day and place): not clearly better.
    (1, "2025-10-13", "Halvik", "Kaldoria menggempur Halvik pada Senin (13/10).", False),
    # No place named: not clear enough to take a used sentence.
    (1, None, None, "Kaldoria menggempur kota itu pada Senin (13/10).", False),
])
def test_a_used_sentence_is_lent_only_when_it_clearly_fits_better(owners, owner_date, owner_place, text, added):
    first = _attack_entry()
    others = [_mistyped(f"b{i}", "2025-10-14", text, owner_date, owner_place) for i in range(owners)]
    merged = merge_events([first, *others])
    attack = next(m for m in merged if m.type == "ASSAULT")
    found = sentence_sources(merged, [first, *others])
    assert ("b0" in [s.id for s in found.get(attack.id, [])]) == added


def test_sentence_sources_work_on_articles_read_back_from_the_store():
    """The store keeps no sentences or mentions: sentences are split from the body, entities found by spelling."""
    first = _attack_entry()
    other = plain_article("b", "2025-10-15", ["Cuaca cerah.", "Pasukan Kaldoria menggempur Halvik, 23 orang menjadi korban."])
    other.sentences, other.mentions = [], []
    merged = merge_events([first, other])
    found = sentence_sources(merged, [first, other])
    assert [(s.id, s.text) for s in found[merged[0].id]] == [("b", "Pasukan Kaldoria menggempur Halvik, 23 orang menjadi korban.")]


# --------------------------------------------------------------------------- direction of directed events

from linimasa.merge import make_report, reversed_roles  # noqa: E402


def directed(id, published, type, actors, text, trigger, date, place=None, entities=()):
    article = noisy(id, published, type, actors, text, date, place, entities)
    article.events[0].trigger = trigger
    return article


def test_a_reprisal_the_next_day_stays_apart_from_the_attack_it_answers():
    merged = merge_events([
        directed("a", "2026-06-01", "ASSAULT", ["Pasukan Oskaria", "Brenmark"],
                 "Pasukan Oskaria menggempur pos perbatasan Brenmark dengan artileri.", "menggempur", "2026-06-01"),
        directed("b", "2026-06-02", "ASSAULT", ["Brenmark", "Oskaria"],
                 "Angkatan udara Brenmark menggempur gudang amunisi di perbatasan Oskaria.", "menggempur", "2026-06-02"),
    ])
    assert len(merged) == 2
    assert sorted(m.date for m in merged) == ["2026-06-01", "2026-06-02"]


def test_a_reprisal_stays_apart_even_when_a_mutual_report_looks_like_both():
    merged = merge_events([
        directed("a", "2026-06-01", "ASSAULT", ["Oskaria", "Brenmark"], "Oskaria menyerang kota Vell di Brenmark.", "menyerang", "2026-06-01"),
        directed("c", "2026-06-01", "ASSAULT", ["Oskaria", "Brenmark"], "Oskaria dan Brenmark saling serang di perbatasan.", "serang", "2026-06-01"),
        directed("b", "2026-06-02", "ASSAULT", ["Brenmark", "Oskaria"], "Brenmark menyerang depot di Oskaria.", "menyerang", "2026-06-02"),
    ])
    by_source = {r.article.id: m.id for m in merged for r in m.reports}
    assert by_source["a"] != by_source["b"]


def test_a_minister_acting_for_the_target_country_reverses_the_direction():
    minister = Entity(name="Sera Valdane", type="PER", roles=["Menteri Luar Negeri Oskaria"])
    merged = merge_events([
        directed("a", "2026-03-02", "ACCUSE", ["Brenmark", "Oskaria"], "Brenmark menuduh Oskaria memasok senjata kepada milisi.",
                 "menuduh", "2026-03-02"),
        directed("b", "2026-03-02", "ACCUSE", ["Sera Valdane", "Brenmark"], "Sera Valdane menuduh Brenmark memasok senjata kepada milisi.",
                 "menuduh", "2026-03-02", entities=[minister]),
    ])
    assert len(merged) == 2


def test_reports_of_one_direction_merge():
    merged = merge_events([
        directed("a", "2026-06-01", "ASSAULT", ["Pasukan Oskaria", "Brenmark"], "Pasukan Oskaria menyerang kota Vell di Brenmark.",
                 "menyerang", "2026-06-01", "Vell"),
        directed("b", "2026-06-01", "ASSAULT", ["Oskaria", "Kota Vell"], "Drone Oskaria menghantam kota Vell pada Senin.",
                 "menghantam", "2026-06-01", "Vell"),
        directed("c", "2026-06-02", "ASSAULT", ["Oskaria"], "Serangan Oskaria di Vell menewaskan 4 orang.", "Serangan", "2026-06-01", "Vell"),
    ])
    assert len(merged) == 1


@pytest.mark.parametrize("text,trigger", [
    ("Pasukan Oskaria dan Brenmark saling serang di Vell sejak Senin.", "serang"),
    ("Bentrokan antara Oskaria dan Brenmark pecah di Vell.", "Bentrokan"),
    ("Pertempuran Brenmark dan Oskaria berkecamuk di Vell.", "Pertempuran"),
])
def test_a_mutual_clash_merges_with_reports_of_either_direction(text, trigger):
    merged = merge_events([
        directed("a", "2026-06-01", "ASSAULT", ["Oskaria", "Brenmark"], "Oskaria menyerang pasukan Brenmark di Vell.", "menyerang",
                 "2026-06-01", "Vell"),
        directed("m", "2026-06-01", "ASSAULT", ["Brenmark", "Oskaria"], text, trigger, "2026-06-01", "Vell"),
    ])
    assert len(merged) == 1


@pytest.mark.parametrize("first,second,expected", [
    ((["Oskaria", "Brenmark"], "Oskaria menyerang Brenmark.", "menyerang"), (["Brenmark", "Oskaria"], "Brenmark menyerang Oskaria.", "menyerang"), True),
    ((["Oskaria", "Brenmark"], "Oskaria menyerang Brenmark.", "menyerang"), (["Oskaria"], "Oskaria menyerang lagi.", "menyerang"), False),
    # An agentless passive names the target first: its order says nothing.
    ((["Oskaria", "Brenmark"], "Oskaria menyerang Brenmark.", "menyerang"), (["Brenmark"], "Brenmark diserang pada Senin.", "diserang"), False),
    # A passive with its agent does: "diserang oleh Brenmark".
    ((["Oskaria", "Brenmark"], "Oskaria menyerang Brenmark.", "menyerang"),
     (["Brenmark", "Oskaria"], "Oskaria diserang oleh Brenmark.", "diserang"), True),
    # A noun ("serangan ke Brenmark") may put either side first.
    ((["Oskaria", "Brenmark"], "Oskaria menyerang Brenmark.", "menyerang"), (["Brenmark"], "Serangan ke Brenmark berlanjut.", "Serangan"), False),
])
def test_reversed_roles(first, second, expected):
    a = directed("a", "2026-06-01", "ASSAULT", first[0], first[1], first[2], "2026-06-01")
    b = directed("b", "2026-06-01", "ASSAULT", second[0], second[1], second[2], "2026-06-01")
    ra, rb = make_report(a, a.events[0], 0), make_report(b, b.events[0], 0)
    assert reversed_roles(ra, rb) is expected and reversed_roles(rb, ra) is expected


def test_symmetric_types_have_no_direction():
    a = directed("a", "2026-06-01", "CONSULT", ["Oskaria", "Brenmark"], "Oskaria bertemu Brenmark di Lamora.", "bertemu", "2026-06-01")
    b = directed("b", "2026-06-01", "CONSULT", ["Brenmark", "Oskaria"], "Brenmark bertemu Oskaria di Lamora.", "bertemu", "2026-06-01")
    assert not reversed_roles(make_report(a, a.events[0], 0), make_report(b, b.events[0], 0))
    assert len(merge_events([a, b])) == 1


# --------------------------------------------------------------------------- sentence pass: background, plans, two happenings

@pytest.mark.parametrize("published,sentences,timexes,added", [
    # Ten days later, a background sentence that states the day: still a report of the attack.
    ("2025-10-23", ["Warga Halvik masih mengingat Kaldoria menggempur kota itu pada 13 Oktober."], [("13 Oktober", "2025-10-13")], True),
    # Ten days later without the day: too loose to tell which attack it means.
    ("2025-10-23", ["Pasukan Kaldoria menggempur Halvik, 23 orang menjadi korban."], (), False),
    # Past the background window (42 days), even with the day.
    ("2025-12-20", ["Warga Halvik masih mengingat Kaldoria menggempur kota itu pada 13 Oktober."], [("13 Oktober", "2025-10-13")], False),
    # A plan word that governs something else: the attack is told as past (its day before publication).
    ("2025-10-16", ["Kaldoria akan membuka jalur bantuan yang ditutup sejak menggempur Halvik pada Senin (13/10)."],
     [("Senin (13/10)", "2025-10-13")], True),
    # No actor in the sentence (the article names one elsewhere), the day and the place stated.
    ("2025-10-16", ["Kaldoria menarik duta besarnya.", "Pasar Halvik hancur digempur pada Senin (13/10)."],
     [("Senin (13/10)", "2025-10-13")], True),
    # No actor and only the day: not enough.
    ("2025-10-16", ["Kaldoria menarik duta besarnya.", "Banyak rumah digempur pada Senin (13/10)."],
     [("Senin (13/10)", "2025-10-13")], False),
])
def test_sentence_sources_background_and_plans(published, sentences, timexes, added):
    first = _attack_entry()
    other = plain_article("b", published, sentences, timexes=timexes)
    merged = merge_events([first, other])
    attack = next(m for m in merged if m.type == "ASSAULT" and m.reports[0].article is first)
    found = sentence_sources(merged, [first, other])
    assert ("b" in [s.id for s in found.get(attack.id, [])]) == added


def _meeting_entry():
    text = "Tarvania dan Kaldoria menggelar sidang di Halvik pada Kamis (16/10)."
    article = plain_article("a", "2025-10-16", [text], timexes=[("Kamis (16/10)", "2025-10-16")])
    article.events = [Event(type="CONSULT", status="occurred", actors=["Tarvania", "Kaldoria"], text=text, span=(0, len(text)),
                            place="Halvik", date="2025-10-16", trigger="menggelar sidang")]
    return article


@pytest.mark.parametrize("owner_type,owner_trigger,added", [
    # The sentence is a call (REQUEST, "menyerukan") made in the meeting ("sidang"): it tells both.
    ("REQUEST", "menyerukan", True),
    # Its only word of the meeting's type is the owner's own trigger: one happening, read as the owner's type.
    ("REQUEST", "sidang", False),
])
def test_a_used_sentence_of_another_happening_is_lent(owner_type, owner_trigger, added):
    first = _meeting_entry()
    text = "Tarvania dalam sidang pada Kamis (16/10) menyerukan penghentian permusuhan."
    other = plain_article("b", "2025-10-17", [text], timexes=[("Kamis (16/10)", "2025-10-16")])
    other.events = [Event(type=owner_type, status="occurred", actors=["Tarvania"], text=text, span=(0, len(text)),
                          date="2025-10-16", trigger=owner_trigger)]
    # The owner is confirmed by a second article, so only the "another happening" path can lend it.
    third = plain_article("c", "2025-10-17", [text], timexes=[("Kamis (16/10)", "2025-10-16")])
    third.events = [Event(type=owner_type, status="occurred", actors=["Tarvania"], text=text, span=(0, len(text)),
                          date="2025-10-16", trigger=owner_trigger)]
    merged = merge_events([first, other, third])
    meeting = next(m for m in merged if m.type == "CONSULT")
    found = sentence_sources(merged, [first, other, third])
    assert bool({"b", "c"} & {s.id for s in found.get(meeting.id, [])}) == added


def test_a_sentence_used_by_two_events_keeps_both_owners():
    """Two events read from one sentence share its span: neither owner may be forgotten when lending it."""
    first = _attack_entry()
    text = "Kaldoria, yang menggempur Halvik pada Senin (13/10), menyatakan akan membebaskan 23 tahanan."
    owner = plain_article("b", "2025-10-14", [text], timexes=[("Senin (13/10)", "2025-10-13")])
    owner.events = [
        Event(type="ASSAULT", status="occurred", actors=["Kaldoria"], text=text, span=(0, len(text)), place="Halvik",
              date="2025-10-13", trigger="menggempur"),
        Event(type="CONCEDE", status="intended", actors=["Kaldoria"], text=text, span=(0, len(text)), trigger="membebaskan"),
    ]
    other_attack = plain_article("c", "2025-10-13", ["Tarvania menembaki Kaldoria di Velmora."])
    other_attack.events = [Event(type="ASSAULT", status="occurred", actors=["Tarvania", "Kaldoria"], text=other_attack.body,
                                 span=(0, len(other_attack.body)), place="Velmora", date="2025-10-13", trigger="menembaki")]
    merged = merge_events([first, owner, other_attack])
    found = sentence_sources(merged, [first, owner, other_attack])
    # "b" already reports the Halvik attack; its sentence must not be handed to another attack that day.
    assert all(s.id != "b" for sources in found.values() for s in sources)


# --------------------------------------------------------------------------- fragments of one happening

def _one_article_two_sentences(second_text, second_actors, second_place=None, second_date="2025-10-19", second_type="ASSAULT"):
    first_text = "Konvoi bantuan PBN diserang Kaldoria di dekat Halvik."
    body = f"{first_text} {second_text}"
    article = plain_article("k", "2025-10-19", [first_text, second_text])
    article.events = [
        Event(type="ASSAULT", status="occurred", actors=["Kaldoria", "PBN"], text=first_text, span=(0, len(first_text)),
              place="Halvik", date="2025-10-19", trigger="diserang"),
        Event(type=second_type, status="occurred", actors=list(second_actors), text=second_text,
              span=(len(first_text) + 1, len(body)), place=second_place, date=second_date,
              trigger=next(w for w in second_text.split() if w in ("ditembaki", "menembaki", "menahan"))),
    ]
    other = plain_article("m", "2025-10-19", ["Konvoi PBN diserang Kaldoria di dekat Halvik, 22 truk rusak."])
    other.events = [Event(type="ASSAULT", status="occurred", actors=["Kaldoria", "PBN"], text=other.body,
                          span=(0, len(other.body)), place="Halvik", date="2025-10-19", trigger="diserang")]
    return [article, other]


@pytest.mark.parametrize("second_text,actors,place,day,event_type,joined", [
    # Another sentence of an article already in the entry, same type, day and an actor: one happening.
    ("Dua sopir Velmora terluka ketika iring-iringan itu ditembaki pasukan Kaldoria.", ["Kaldoria", "Velmora"], None, "2025-10-19", "ASSAULT", True),
    # Another place: a second attack that day.
    ("Pasukan Kaldoria juga menembaki Desa Brana di selatan.", ["Kaldoria"], "Desa Brana", "2025-10-19", "ASSAULT", False),
    # Another day.
    ("Sehari sebelumnya truk lain ditembaki pasukan Kaldoria.", ["Kaldoria"], None, "2025-10-18", "ASSAULT", False),
    # No actor in common.
    ("Pasukan Velmora menembaki sebuah truk.", ["Velmora"], None, "2025-10-19", "ASSAULT", False),
    # Another type.
    ("Pasukan Kaldoria menahan dua sopir truk.", ["Kaldoria"], None, "2025-10-19", "COERCE", False),
    # The doer of one is the target of the other: an attack and the answer to it.
    ("Tarvania menembaki pasukan Kaldoria yang menyerang konvoi.", ["Tarvania", "Kaldoria"], None, "2025-10-19", "ASSAULT", False),
])
def test_fragments_of_one_happening_join(second_text, actors, place, day, event_type, joined):
    articles = _one_article_two_sentences(second_text, actors, place, day, event_type)
    merged = merge_events(articles)
    holding = [m for m in merged if any(r.event.text == second_text for r in m.reports)]
    assert len(holding) == 1
    assert (len(holding[0].reports) == 3) == joined


@pytest.mark.parametrize("text,types", [
    ("Gencatan senjata mulai berlaku pada Jumat.", {"RETREAT"}),  # taking effect: not (also) the agreement
    ("Gencatan senjata dibahas sepanjang malam.", {"AGREE"}),
])
def test_a_phrase_with_its_verb_names_that_type_only(text, types):
    from linimasa.merge import _phrase_types

    assert set(_phrase_types(text)) == types


def test_a_sentence_fitting_two_entries_goes_to_the_one_whose_actors_it_names_more():
    """Equal kinds of evidence: the entry sharing more actor words takes it; a full tie gives it to neither."""
    first = _attack_entry()  # Kaldoria attacks Tarvania at Halvik, 13 October
    side = plain_article("s", "2025-10-13", ["Velmora menembaki pos Kaldoria di Halvik."])
    side.events = [Event(type="ASSAULT", status="occurred", actors=["Velmora"], text=side.body, span=(0, len(side.body)),
                         place="Halvik", date="2025-10-13", trigger="menembaki")]
    later = plain_article("b", "2025-10-15", ["Kaldoria dan Tarvania bertempur di Halvik pada Senin (13/10)."],
                          timexes=[("Senin (13/10)", "2025-10-13")])
    merged = merge_events([first, side, later])
    assert len([m for m in merged if m.type == "ASSAULT"]) == 2
    found = sentence_sources(merged, [first, side, later])
    attack = next(m for m in merged if m.reports[0].article is first)
    assert [s.id for s in found.get(attack.id, [])] == ["b"]
    assert all(s.id != "b" for key, sources in found.items() if key != attack.id for s in sources)


def test_a_sentence_stating_a_day_another_report_gives_the_entry_matches():
    """Reports disagreeing on the day (kept as a conflict): a later sentence stating either day tells this entry."""
    first = _attack_entry()  # dated 13 October
    second = _attack_entry()
    second.id, second.published = "a2", "2025-10-14"
    second.events[0].date = "2025-10-12"  # one outlet puts it a day earlier
    later = plain_article("b", "2025-10-20", ["Warga Halvik mengenang Kaldoria menggempur kota itu pada Minggu (12/10)."],
                          timexes=[("Minggu (12/10)", "2025-10-12")])
    merged = merge_events([first, second, later])
    attack = next(m for m in merged if m.type == "ASSAULT")
    assert attack.date == "2025-10-13" and [c.value for c in attack.conflicts if c.field == "date"] == ["2025-10-12"]
    found = sentence_sources(merged, [first, second, later])
    assert [(s.id, s.date) for s in found[attack.id]] == [("b", "2025-10-12")]


@pytest.mark.parametrize("third_figures,conflict", [
    ([Figure(value=21, counts="killed", span=(0, 1), text="21")], True),  # another outlet, another toll: a conflict
    # A running total since the attack belongs to the series, not to the attack.
    ([Figure(value=112, counts="killed", span=(0, 1), text="112", since="2025-10-13")], False),
    # A toll as of a later day: the series again.
    ([Figure(value=112, counts="killed", span=(0, 1), text="112", date="2025-10-16")], False),
    # Another subject: soldiers, not the people the others count.
    ([Figure(value=9, counts="killed", span=(0, 1), text="9", subject="tentara")], False),
    # One article giving both values: two quantities (one per side), not a disagreement.
    ([Figure(value=17, counts="killed", span=(0, 1), text="17"), Figure(value=29, counts="killed", span=(0, 1), text="29")], False),
])
def test_which_figures_conflict(third_figures, conflict):
    fig = lambda v: Figure(value=v, counts="killed", span=(0, 1), text=str(v))
    merged = merge_events([
        report("a", "2025-10-14", "ASSAULT", ["Tarvania", "Kaldoria"], "2025-10-14", "Dorvask", figures=[fig(17)]),
        report("b", "2025-10-14", "ASSAULT", ["Tarvania", "Kaldoria"], "2025-10-14", "Dorvask", figures=[fig(17)]),
        report("c", "2025-10-16", "ASSAULT", ["Tarvania", "Kaldoria"], "2025-10-14", "Dorvask", figures=third_figures),
    ])
    assert len(merged) == 1
    assert bool([c for c in merged[0].conflicts if c.field.startswith("figure:")]) == conflict


def test_a_sentence_naming_part_of_the_other_place_does_not_count_against():
    """"Israel selatan" in one report, a sentence naming "Israel" in the other: no disagreement on place."""
    first = report("a", "2023-11-21", "ASSAULT", ["Hamas"], "2023-10-07", "Israel selatan")
    second = report("b", "2024-12-01", "ASSAULT", ["Israel", "Hamas"], "2023-10-07")
    second.events[0].text = "Pertempuran pecah antara Israel dan Hamas."
    far = report("c", "2024-12-01", "ASSAULT", ["Hamas"], "2023-10-07")
    far.events[0].text = "Pertempuran pecah antara tentara dan Hamas di Tepi Barat."
    from linimasa.merge import evidence, make_report

    a, b, c = (make_report(x, x.events[0], 0) for x in (first, second, far))
    assert evidence(a, b) > evidence(a, c)


def _lends_to_the_attack(published, sentences, timexes=()) -> bool:
    """Whether an article of ``sentences`` becomes a sentence source of the 13 October attack entry."""
    first = _attack_entry()
    other = plain_article("b", published, sentences, timexes=timexes)
    merged = merge_events([first, other])
    attack = next(m for m in merged if m.reports[0].article is first)
    found = sentence_sources(merged, [first, other])
    return "b" in [s.id for s in found.get(attack.id, [])]


@pytest.mark.parametrize("sentence,timexes,added", [
    # A generic happening noun, with an actor of the entry and its day: that attack.
    ("Insiden Kaldoria di perbatasan pada Senin (13/10) memicu kecaman.", [("Senin (13/10)", "2025-10-13")], True),
    # Without the day: which incident?
    ("Insiden Kaldoria di perbatasan memicu kecaman.", (), False),
    # Without an actor of the entry (its place and day only).
    ("Insiden di Halvik pada Senin (13/10) memicu kecaman.", [("Senin (13/10)", "2025-10-13")], False),
])
def test_a_generic_happening_noun_needs_an_actor_and_the_day(sentence, timexes, added):
    assert _lends_to_the_attack("2025-10-15", ["Kaldoria menyerukan ketenangan.", sentence], timexes) == added


def test_two_offices_of_one_city_are_two_actors():
    """"Dinas Kesehatan Kota Lamboa" and "Dinas Perdagangan Kota Lamboa" share only office words."""
    health = report("a", "2025-07-03", "REQUEST", ["Dinas Kesehatan Kota Lamboa", "warga"], "2025-07-03")
    health.events[0].text = "Dinas Kesehatan Kota Lamboa meminta warga menguras tempat penampungan air."
    trade = report("b", "2025-07-03", "REQUEST", ["Dinas Perdagangan Kota Lamboa", "warga"], "2025-07-03")
    trade.events[0].text = "Dinas Perdagangan Kota Lamboa meminta warga tidak membeli beras berlebihan."
    assert len(merge_events([health, trade])) == 2


def test_a_meeting_noun_is_no_word_of_a_battle():
    """"pertemuan" (meeting) and "pertempuran" (battle) share six letters; their lemmas must not meet."""
    from linimasa.merge import _lemmas, type_stems

    assert not _lemmas("pertemuan") & type_stems()["ASSAULT"]
    assert _lemmas("pertempuran") & _lemmas("bertempur")
    first = _attack_entry()
    other = plain_article("b", "2025-10-14", ["Pertemuan Kaldoria dan Tarvania di Halvik pada Senin (13/10) berakhir."],
                          timexes=[("Senin (13/10)", "2025-10-13")])
    merged = merge_events([first, other])
    assert sentence_sources(merged, [first, other]) == {}


# --------------------------------------------------------------------------- round 6: ties, running totals, undated fragments


def test_a_tie_goes_to_the_entry_whose_type_word_stands_next_to_the_day():
    """Talks and a shooting at Halvik the same day: "pembahasan ... menyangkut insiden di Halvik pada Rabu" dates the incident."""
    shooting = plain_article("a", "2025-10-29", ["Kaldoria menembaki Halvik pada Rabu (29/10)."], timexes=[("Rabu (29/10)", "2025-10-29")])
    shooting.events = [Event(type="ASSAULT", status="occurred", actors=["Kaldoria", "Halvik"], text=shooting.body,
                             span=(0, len(shooting.body)), place="Halvik", date="2025-10-29", trigger="menembaki")]
    talks = plain_article("b", "2025-10-29", ["Tarvania berunding dengan pemantau di Halvik pada Rabu (29/10)."],
                          timexes=[("Rabu (29/10)", "2025-10-29")])
    talks.events = [Event(type="CONSULT", status="occurred", actors=["Tarvania", "Halvik"], text=talks.body,
                          span=(0, len(talks.body)), place="Halvik", date="2025-10-29", trigger="berunding")]
    text = "Pembahasan paling alot menyangkut insiden di Halvik pada Rabu (29/10) itu."
    later = plain_article("c", "2025-11-01", ["Kedua pemimpin bertemu.", text], timexes=[("Rabu (29/10)", "2025-10-29")])
    merged = merge_events([shooting, talks, later])
    found = sentence_sources(merged, [shooting, talks, later])
    by_type = {m.type: [s.id for s in found.get(m.id, [])] for m in merged}
    assert by_type["ASSAULT"] == ["c"] and by_type["CONSULT"] == []


@pytest.mark.parametrize("sentence,timexes,added", [
    # A running total that also dates a happening in it: the happening's day is stated.
    ("Tarvania mencatat 187 orang tewas hingga Selasa (14/10), termasuk 23 orang yang tewas dalam serangan Kaldoria di Halvik pada Senin (13/10).",
     [("Selasa (14/10)", "2025-10-14"), ("Senin (13/10)", "2025-10-13")], True),
    # The as-of day alone ("hingga Senin") is no happening's day.
    ("Tarvania mencatat 23 orang tewas akibat serangan Kaldoria di Halvik hingga Senin (13/10).", [("Senin (13/10)", "2025-10-13")], False),
])
def test_a_running_total_tells_a_happening_only_with_the_happening_s_own_day(sentence, timexes, added):
    assert _lends_to_the_attack("2025-10-20", ["Kaldoria menyerukan ketenangan.", sentence], timexes) == added


def test_an_undated_entry_counts_on_its_publication_day_and_the_day_before():
    """Fragments join by day: an entry told without a day of its own may be the previous day's act."""
    from datetime import date

    from linimasa.merge import _Cluster, _cluster_days

    undated = _Cluster(0, "ASSAULT", "material", "occurred", date(2025, 10, 18), date(2025, 10, 18), False, [])
    dated = _Cluster(1, "ASSAULT", "material", "occurred", date(2025, 10, 18), date(2025, 10, 18), True, [])
    assert _cluster_days(undated) == [date(2025, 10, 17), date(2025, 10, 18)]
    assert _cluster_days(dated) == [date(2025, 10, 18)]


def _aid_entry():
    """One entry: a Velmora aid convoy of 140 trucks enters Halvik on Tuesday 28 October 2025."""
    text = "Velmora mengirim 140 truk bantuan ke Halvik."
    article = plain_article("v", "2025-10-28", [text])
    article.events = [Event(type="AID", status="occurred", actors=["Velmora", "Halvik"], text=text, span=(0, len(text)),
                            place="Halvik", date="2025-10-28", trigger="mengirim")]
    return article


@pytest.mark.parametrize("published,sentence,week,added", [
    # Published on Sunday 2 November: "pekan lalu" may be the days just gone (Monday 27 October).
    ("2025-11-02", "Pekan lalu, pembebasan 12 tahanan Tarvania di Halvik menjadi tanda gencatan senjata bertahan.", "2025-W43", True),
    # Three weeks later "pekan lalu" cannot hold that Monday.
    ("2025-11-16", "Pekan lalu, pembebasan 12 tahanan Tarvania di Halvik menjadi tanda gencatan senjata bertahan.", "2025-W45", False),
    # Background without any time: not enough.
    ("2025-11-02", "Pembebasan 12 tahanan Tarvania di Halvik menjadi tanda gencatan senjata bertahan.", None, False),
])
def test_a_past_week_holding_the_entry_s_day_dates_a_background_mention(published, sentence, week, added):
    first = _exchange_entry()
    timexes = [("Pekan lalu", week)] if week else []
    other = plain_article("b", published, ["Kaldoria menyerukan ketenangan.", sentence], timexes=timexes)
    merged = merge_events([first, other])
    exchange = next(m for m in merged if m.reports[0].article is first)
    found = sentence_sources(merged, [first, other])
    assert ("b" in [s.id for s in found.get(exchange.id, [])]) == added


def test_a_sentence_telling_two_happenings_of_two_types_is_a_source_of_both():
    first, aid = _exchange_entry(), _aid_entry()
    text = "Pekan lalu, pembebasan 12 tahanan Tarvania di Halvik dan pengiriman 140 truk bantuan Velmora menjadi tanda damai."
    other = plain_article("b", "2025-11-02", ["Kaldoria menyerukan ketenangan.", text], timexes=[("Pekan lalu", "2025-W43")])
    merged = merge_events([first, aid, other])
    found = sentence_sources(merged, [first, aid, other])
    by_type = {m.type: [s.id for s in found.get(m.id, [])] for m in merged if m.reports[0].article is not other}
    assert by_type == {"CONCEDE": ["b"], "AID": ["b"]}


def test_a_plan_that_came_true_joins_fragments_by_the_days_its_reports_give():
    """An agreement planned "akhir bulan ini" (July) and signed on the 31st, and a fragment of the signing."""
    from datetime import date

    from linimasa.merge import Report, _Cluster, _cluster_days, _outcome_group

    def one(status, first, last, own, precision):
        event = Event(type="AGREE", status=status, actors=["Tarvania"], text="t", span=(0, 1))
        return Report(Article(id=status, source=status), event, 0, first, last, own, precision, frozenset({"tarvania"}), None)

    plan = one("intended", date(2026, 7, 1), date(2026, 7, 31), "2026-07", "month")
    signed = one("occurred", date(2026, 7, 31), date(2026, 7, 31), "2026-07-31", "day")
    entry = _Cluster(0, "AGREE", "MEET", "future", date(2026, 7, 1), date(2026, 7, 31), True, [plan, signed])
    assert _outcome_group(entry) == "occurred"
    assert _cluster_days(entry) == [date(2026, 7, 31)]
    only_plan = _Cluster(1, "AGREE", "MEET", "future", date(2026, 7, 1), date(2026, 7, 31), True, [plan])
    assert _outcome_group(only_plan) == "future" and _cluster_days(only_plan) == []


@pytest.mark.parametrize("published,added", [
    ("2025-10-14", True),  # day two on the 14th: it began on the 13th, the entry's day
    ("2025-10-16", False),  # day two on the 16th: another start
])
def test_a_day_count_dates_the_start_it_counts_from(published, added):
    assert _lends_to_the_attack(published, ["Warga mengungsi.", "Serangan Kaldoria ke Halvik memasuki hari kedua."]) == added


@pytest.mark.parametrize("group,joined", [
    ("warga", True),  # the named report's sentence names the group too
    ("nelayan", False),  # another group: nothing in common
])
def test_a_report_whose_only_actor_is_an_unnamed_group_joins_the_report_that_names_it(group, joined):
    named = plain_article("a", "2025-10-29", ["Polisi Tarvania membebaskan 17 warga Halvik."])
    named.events = [Event(type="CONCEDE", status="occurred", actors=["Tarvania", "Halvik"], text=named.body, span=(0, len(named.body)),
                          date="2025-10-29", trigger="membebaskan")]
    text = f"Sebanyak 17 {group} dibebaskan pada Rabu."
    bare = plain_article("b", "2025-11-03", [text], timexes=[("Rabu", "2025-10-29")])
    bare.events = [Event(type="CONCEDE", status="occurred", actors=[group], text=text, span=(0, len(text)),
                         date="2025-10-29", trigger="dibebaskan")]
    merged = merge_events([named, bare])
    assert (len(merged) == 1) == joined


@pytest.mark.parametrize("sentence,timexes,added", [
    # The day in a "setelah" clause is that clause's happening's: it does not date the attack to another day.
    ("Serangan Kaldoria ke Halvik, 23 orang tewas, terjadi setelah perundingan gagal pada Sabtu (11/10).",
     [("Sabtu (11/10)", "2025-10-11")], True),
    # The same day outside such a clause does.
    ("Serangan Kaldoria ke Halvik, 23 orang tewas, terjadi pada Sabtu (11/10).", [("Sabtu (11/10)", "2025-10-11")], False),
])
def test_a_day_in_a_setelah_clause_is_not_the_sentence_s_day(sentence, timexes, added):
    assert _lends_to_the_attack("2025-10-14", ["Kaldoria menyerukan ketenangan.", sentence], timexes) == added


def test_a_day_that_stands_for_a_named_week_matches_on_the_week():
    """"Pekan lalu, X mendesak ...": timex gives the week's day on the publication weekday (a Monday
    here); the report matches any day of that week (and of the seven days before publication)."""
    text = "Pekan lalu, Liga Sapura mendesak Velmora menahan diri."
    article = Article(id="w", source="w", body=text, published="2031-03-17")
    article.timexes = [Timex(text="Pekan lalu", type="DATE", value="2031-W11", span=(0, 10))]
    event = Event(type="REQUEST", status="occurred", actors=["Liga Sapura", "Velmora"], text=text, span=(0, len(text)), date="2031-03-10")
    report = make_report(article, event, 0)
    assert report.precision == "week"
    assert (report.first.isoformat(), report.last.isoformat()) == ("2031-03-10", "2031-03-16")
    # A day written as a day stays a day.
    article.timexes = [Timex(text="Senin (10/3)", type="DATE", value="2031-03-10", span=(0, 10))]
    assert make_report(article, event, 0).precision == "day"


# --------------------------------------------------------------------------- mostly-quoted sentences

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=300, deadline=None)
@given(quotes=st.lists(st.tuples(st.integers(0, 200), st.integers(1, 80)), max_size=8),
       first=st.integers(0, 220), length=st.integers(1, 60))
def test_mostly_quoted_agrees_with_checking_every_quote(quotes, first, length):
    from itertools import accumulate

    from linimasa.merge import _mostly_quoted

    quoted = sorted((start, start + size) for start, size in quotes)
    last = first + length
    expected = any(2 * (min(end, last) - max(start, first)) > last - first for start, end in quoted)
    starts = [start for start, _ in quoted]
    reach = list(accumulate((end for _, end in quoted), max))
    assert _mostly_quoted(first, last, quoted, starts, reach) == expected


def told(id, actors, trigger, text, date="2026-07-06", place=None):
    event = Event(type="ASSAULT", status="occurred", actors=list(actors), text=text, span=(0, len(text)), place=place,
                  date=date, trigger=trigger)
    return Article(id=id, source=id, outlet=id.upper(), published="2026-07-07", published_source="text", body=text,
                   events=[event])


VICTIMS_ONLY = told("a", ["Palang Suar"], "diculik", "Enam pekerja Palang Suar diculik di dekat Desa Lelang pada Senin.")


@pytest.mark.parametrize("doer_report, joined", [
    # The group's claim names the victims' organisation: one kidnapping, the doer first.
    (told("b", ["Front Sirang"], "menculik", "Front Sirang mengaku telah menculik enam pekerja Palang Suar pada Senin."), True),
    # Another act of the same doer that day, told by another verb: two events.
    (told("b", ["Front Sirang"], "menyerang", "Front Sirang menyerang pos jaga dekat konvoi Palang Suar pada Senin."), False),
    # The doer's sentence names no victim: nothing ties the two.
    (told("b", ["Front Sirang"], "menculik", "Front Sirang mengaku telah menculik enam orang pada Senin."), False),
])
def test_a_victims_only_and_a_doers_only_report_of_one_act_are_one_entry(doer_report, joined):
    merged = merge_events([VICTIMS_ONLY, doer_report])
    assert (len(merged) == 1) is joined, [(m.actors, [r.article.id for r in m.reports]) for m in merged]
    if joined:
        assert merged[0].actors == ["Front Sirang", "Palang Suar"]


def test_a_bare_noun_report_is_not_the_victims_half_of_another_act():
    # "Serangan Front Sirang ..." names the doer with a noun; joined with an attack on Front Sirang, the army
    # would become its doer.
    merged = merge_events([
        told("a", ["Front Sirang"], "serangan", "Serangan Front Sirang menewaskan dua orang pada Senin."),
        told("b", ["Tentara Velmora"], "menyerang", "Tentara Velmora menyerang markas Front Sirang pada Senin."),
    ])
    assert len(merged) == 2
