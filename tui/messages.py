"""Messages from workers to the UI: the only way slow work talks to widgets."""

from __future__ import annotations

from textual.message import Message


class IndexProgress(Message):
    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done = done
        self.total = total


class IndexReady(Message):
    def __init__(self, outcome) -> None:
        super().__init__()
        self.outcome = outcome


class SearchDone(Message):
    def __init__(self, results, serial: int) -> None:
        super().__init__()
        self.results = results
        self.serial = serial


class SuggestionFound(Message):
    """A spelling suggestion for a query that matched nothing, asked once the typist paused."""

    def __init__(self, query: str, suggestion: str, serial: int) -> None:
        super().__init__()
        self.query = query
        self.suggestion = suggestion
        self.serial = serial


class ArticleLoaded(Message):
    """An article read by a worker, with its highlight spans, for the ticket it was asked with."""

    def __init__(self, key: str, article, spans, ticket: int, quote_at: tuple[int, int] | None = None) -> None:
        super().__init__()
        self.key = key
        self.article = article  # None: no longer in the index
        self.spans = spans
        self.ticket = ticket
        self.quote_at = quote_at  # (paragraph, start) of a quote to mark, from the quotes view


class IndexChanged(Message):
    """The shared index on disk has a newer generation than the one open; `rebuilt`: a
    rebuild replaced the one open (it is gone, so the reader takes the new one at once);
    `generation`: the one seen on disk (news no more once the reader has it open)."""

    def __init__(self, rebuilt: bool = False, generation: str | None = None) -> None:
        super().__init__()
        self.rebuilt = rebuilt
        self.generation = generation


class SearchFor(Message):
    """Ask the main screen to search for this query (from metadata, palette, other screens)."""

    def __init__(self, query: str) -> None:
        super().__init__()
        self.query = query
