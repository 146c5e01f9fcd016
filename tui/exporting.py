"""What the reader exports: the results listed, or the quotes screen's two columns.

Rows are built here and written by index/export.py, which chooses the file (always under
the user's own folder, `exports/`): no path is ever taken from the user. Called from a
worker thread (loading each article's URL takes the index's lock).
"""

from __future__ import annotations

from pathlib import Path

# date_found: how the date was found, as the metadata pane says it ("stated in the page's date
# line"), beside the extract contract's date_basis ("explicit")
# what the metadata pane lists of each article (a walker found only title, outlet and date), and
# date_note: the warnings that doubt the date (a guessed year, a weekday that does not fit it)
# the names as the screen shows them (countries in the reader's language), and each article's quotes
# with their speakers and doubts (a walker's JSON of speaker:Matsuno held no quote at all)
RESULT_COLUMNS = ["rank", "title", "title_basis", "outlet", "via", "author", "dateline", "date", "date_basis", "date_found",
                  "year_guessed", "date_note", "page_date", "people", "countries", "organizations", "speakers", "quotes",
                  "url", "starred", "article_id", "query"]
QUOTE_COLUMNS = ["column", "speaker", "source", "speaker_unsure", "text", "title", "title_basis", "outlet", "date",
                 "date_basis", "date_found", "year_guessed", "url", "cue", "confidence", "article_id"]


def _date_found(article) -> str | None:
    from .render import basis_label

    return basis_label(article) if article is not None and article.date else None


def _named(article, locale: str = "id", t=str) -> dict:
    """The article's metadata as the metadata pane lists it, in the reader's language: where it
    came from, the dateline, the names, who is quoted and what, and what doubts its date."""
    from index.wording import about_the_date, uncertain_year

    from .render import entity_name, speaker_name, unsure_counts

    if article is None:
        return {}
    unsure = unsure_counts(article)  # a speaker only uncertain attributions name is shown with "?", as in the quotes view
    shown = about_the_date(article.warnings)  # a weekday's doubt said once, as under Date
    doubts = [t(w) for w in article.warnings if uncertain_year([w]) or w in shown]
    return {"via": list(article.via), "author": article.author, "dateline": article.dateline, "date_note": doubts,
            "page_date": article.page_date, "people": article.people,
            "countries": [entity_name("country", c, locale) for c in article.countries],
            "organizations": [entity_name("organization", o, locale) for o in article.organizations],
            "quotes": _quotes_of(article, locale),
            "speakers": [speaker_name(who, locale) + ("?" if unsure.get(who) == count else "")
                         for who, count in article.quoted.items()]}


def _quotes_of(article, locale: str) -> list[dict]:
    """Each quote as the quotes view lists it: who said it (as shown), whether that is
    uncertain ("?" on screen), how sure the rule was, and the words."""
    from index.quote_views import is_unsure

    from .render import shown_speaker, speaker_name

    return [{"speaker": speaker_name(who, locale) if (who := shown_speaker(q, named)) else None,
             "speaker_unsure": is_unsure(q), "confidence": q.confidence, "text": q.text}
            for q, named in article.quoted_once()]


def result_rows(hits, query: str, backend, starred, locale: str = "id", t=str) -> list[dict]:
    rows = []
    for rank, hit in enumerate(hits, 1):
        _docnum, article = backend.article_of(hit.docnum, hit.id, hit.key)
        rows.append({
            "rank": rank, "title": hit.title, "title_basis": article.title_basis if article is not None else None,
            "outlet": hit.outlet, "date": hit.date, "date_basis": hit.date_basis, "date_found": _date_found(article),
            "year_guessed": hit.date_unsure, "url": article.url if article is not None else None,
            "starred": bool(starred(hit.key)), "article_id": hit.id, "query": query, **_named(article, locale, t),
        })
    return rows


def quote_rows(columns: list[tuple[str, list]], backend, locale: str = "id") -> list[dict]:
    """columns: (label, QuoteRow list) for each side, left first; a country speaking is named
    in the reader's language, as on screen."""
    from .render import speaker_name

    found: dict[str, tuple[str | None, str | None, str | None]] = {}  # key -> (url, title_basis, date_found)
    rows = []
    for label, quotes in columns:
        for q in quotes:
            if q.key not in found:
                article = backend.article_for_key(q.key)
                found[q.key] = (article.url, article.title_basis, _date_found(article)) if article is not None \
                    else (None, None, None)
            url, title_basis, date_found = found[q.key]
            rows.append({
                "column": label, "speaker": speaker_name(q.speaker, locale) if q.speaker else None, "source": q.source,
                "speaker_unsure": q.speaker_unsure, "text": q.text,
                "title": q.title, "title_basis": title_basis, "outlet": q.outlet, "date": q.date, "date_basis": q.date_basis,
                "date_found": date_found,
                "year_guessed": q.date_unsure, "url": url, "cue": q.cue, "confidence": q.confidence,
                "article_id": q.article_id,
            })
    return rows


def write(rows: list[dict], columns: list[str], fmt: str, stem: str, folder):
    """The file written (index.export.export_rows); ExportError with one line when it could not be."""
    from index.export import export_rows

    return export_rows(rows, columns, fmt, stem, folder)


def shown_path(path: Path, home: Path | None = None) -> str:
    """The written file as a toast shows it: the home folder as "~", and the file's name on
    a line of its own, so a narrow toast breaks between folder and name, never inside either."""
    home = Path.home() if home is None else home
    folder = str(path.parent)
    if path.parent == home:
        folder = "~"
    elif home in path.parent.parents:
        folder = f"~/{path.parent.relative_to(home)}"
    return f"{folder.rstrip('/')}/\n{path.name}"
