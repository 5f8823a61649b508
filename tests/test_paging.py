"""Answers in pages: every paged named query, read page by page, gives each of its rows exactly
once and in the order of one whole pass; a cursor taken before an ingest still continues the
same listing after it."""

from __future__ import annotations

from helpers import comparable

from geokg.api import sample_corpus
from geokg.graph.store import Store
from geokg.pipeline import IngestReport, extract_paths, ingest
from geokg.queries.runner import (
    CURSOR,
    EVERY_ROW,
    bound_text,
    named_queries,
    pages,
    run_query,
)

PAGED = [name for name, query in named_queries().items() if query.paged]


def rows_of(results) -> list[tuple]:
    return [row for result in results for row in comparable(result.variables, result.rows)]


def whole(store, name: str, values: dict[str, str]) -> list[tuple]:
    """Every row of the query in one pass, without the cursor column."""
    solutions = store.select(bound_text(named_queries()[name], values, whole=True))
    keep = [v for v in solutions.variables if v != CURSOR]
    return comparable(keep, ([row[v] for v in keep] for row in solutions))


def test_the_queries_that_list_events_are_paged():
    assert set(PAGED) == {"actor-timeline", "event-table", "events-between", "events-by-root",
                          "events-on-events", "evidence", "recent-events", "stories"}  # fmt: skip
    assert all(q.params[-1].default == "" for q in named_queries().values() if q.paged)
    # a whole pass (an export) skips what only tells a page where to stop
    assert all(f"$limit < {EVERY_ROW})" in named_queries()[name].text for name in PAGED)


def test_pages_give_every_row_once_in_the_order_of_one_pass(demo_store):
    for name in PAGED:
        values = named_queries()[name].example_values()
        expected = whole(demo_store, name, values)
        assert expected, name
        read = rows_of(pages(demo_store, name, values, limit=3))
        assert read == expected, name
        first = run_query(demo_store, name, values)
        assert CURSOR not in first.variables and len(first.rows) == min(100, len(expected))


def test_a_full_page_names_the_next_one_and_the_last_does_not(demo_store):
    everything = whole(demo_store, "recent-events", {})
    first = run_query(demo_store, "recent-events", {"limit": "10"})
    assert rows_of([first]) == everything[:10] and first.next_after
    second = run_query(demo_store, "recent-events", {"limit": "10", "after": first.next_after})
    assert rows_of([second]) == everything[10:20]
    rest = run_query(demo_store, "recent-events", {"limit": str(len(everything))})
    assert len(rest.rows) == len(everything) and rest.next_after is not None
    assert run_query(demo_store, "recent-events", {"after": rest.next_after}).rows == []
    more = run_query(demo_store, "recent-events", {"limit": str(len(everything) + 1)})
    assert more.next_after is None


def test_a_cursor_survives_an_ingest_in_between(nlp, tmp_path):
    articles = sample_corpus().read_text("utf-8").splitlines()
    early, late = tmp_path / "early.jsonl", tmp_path / "late.jsonl"
    early.write_text("\n".join(articles[::2]) + "\n")
    late.write_text("\n".join(articles[1::2]) + "\n")
    store = Store(tmp_path / "store")
    for path in (early, late, early):  # `early` again: re-ingesting keeps its events' cursors
        if path is late:
            before = whole(store, "event-table", {})
            first = run_query(store, "event-table", {"limit": "15"})
            second = run_query(store, "event-table", {"limit": "15", "after": first.next_after})
            cursor = second.next_after
        report = IngestReport()
        ingest(extract_paths([path], report.errors.append), store, report)
        assert report.errors == [] and report.events
    read = rows_of([first, second, *pages(store, "event-table", {"after": cursor}, 7)])
    columns = run_query(store, "event-table").variables
    event, date = columns.index("event"), columns.index("date")
    ids = [row[event] for row in read]
    assert len(ids) == len(set(ids))  # no row twice
    assert set(before) <= set(read)  # every row stored throughout, once
    assert len(whole(store, "event-table", {})) > len(before)
    keys = [((row[date] if row[date] != "None" else ""), row[event]) for row in read]
    assert keys == sorted(keys)  # in the order of the keys, the new rows in their places
    assert set(whole(store, "event-table", {})) - set(read)  # new rows before the cursor: not shown


def test_pages_of_one_row_and_more_cross_days_months_and_parts_as_one_pass(demo_store):
    """A page picks the parts (months) and the groups (days) it needs by adding up their
    counts: a page of 1 row ends where a group or part does, so the next one starts with a
    cursor whose group has no row left; any miscount drops or repeats rows."""
    for name in PAGED:
        values = named_queries()[name].example_values()
        expected = whole(demo_store, name, values)
        for limit in (1, 2, 5, 40):
            read, after = [], ""
            while len(read) < min(len(expected), 12 * limit):
                page = run_query(demo_store, name, {**values, "after": after}, limit)
                assert len(page.rows) == min(limit, len(expected) - len(read)), (name, limit)
                read += rows_of([page])
                after = page.next_after or ""
            assert read == expected[: len(read)], (name, limit)
