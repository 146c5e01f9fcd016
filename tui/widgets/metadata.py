"""The metadata pane: dates with their basis, sources, speakers, entities (enter searches)."""

from __future__ import annotations

from datetime import date
from pathlib import PurePath

from rich.style import Style
from rich.text import Text
from textual.widgets.option_list import Option

from index.wording import date_doubts

from ..i18n import N_, counted
from ..keys import ListNav, nav_bindings
from ..render import (
    DIM,
    ELSEWHERE,
    ENTITY_STYLES,
    UNSURE_STYLE,
    date_lines,
    entity_counts,
    entity_name,
    reading_minutes,
    speaker_name,
    uncertain_note,
    unsure_counts,
)
from .option_list import SafeOptionList

FIELD_OF_TYPE = {"person": "person", "country": "country", "place": "place", "organization": "org"}
# each heading says what its numbers count: a speaker's quotes, or how often a name is mentioned
TYPE_HEADINGS = {"person": N_("People · mentions"), "country": N_("Countries · mentions"),
                 "place": N_("Places · mentions"), "organization": N_("Organisations · mentions")}
HEAD = Style(bold=True, underline=True)


# which reader read the article's file (Article.format)
FORMAT_LABELS = {"txt": N_("a text file"), "html": N_("a web page"), "md": N_("a Markdown file"),
                 "json": N_("a JSON export"), "jsonl": N_("a JSON Lines export"), "feed": N_("a news feed")}


class MetadataView(ListNav, SafeOptionList):
    HELP_SECTION = N_("Metadata")
    BINDINGS = nav_bindings("metadata")

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.queries: dict[str, str] = {}

    # the lines above the first name (Source, Date) and under the last (Cleaning) are not options
    # to move to: moving on past either end scrolls them into view (the list would wrap around)
    def _step(self, direction: int) -> None:
        from textual import _widget_navigation

        after = _widget_navigation.find_next_enabled(self.options, anchor=self.highlighted, direction=direction)
        if after is not None and (self.highlighted is None or (after - self.highlighted) * direction > 0):
            self.highlighted = after  # the next name, as the list's own move would find it
        else:
            self.scroll_down(animate=False) if direction > 0 else self.scroll_up(animate=False)

    def action_nav_down(self) -> None:
        self._step(1)

    def action_nav_up(self) -> None:
        self._step(-1)

    def action_nav_top(self) -> None:
        super().action_nav_top()
        self.scroll_home(animate=False)

    def action_nav_bottom(self) -> None:
        super().action_nav_bottom()
        self.scroll_end(animate=False)

    def show_article(self, article, locale: str, today: date, t) -> None:
        self.clear_options()
        self.queries = {}
        if article is None:
            return
        opts: list[Option] = []
        n = 0

        def info(text: Text | str) -> None:
            nonlocal n
            n += 1
            opts.append(Option(text if isinstance(text, Text) else Text(text), id=f"i{n}", disabled=True))

        def head(label: str) -> None:
            info(Text(t(label), style=HEAD))

        head(N_("Source"))
        info(Text.assemble((t("Outlet") + ": ", DIM), article.outlet or "—"))
        info(Text.assemble((t("Dateline") + ": ", DIM), article.dateline or "—"))
        if article.url:
            info(Text.assemble(("URL: ", DIM), article.url))
        # the way back to the page itself: the file it was read from
        info(Text.assemble((t("File") + ": ", DIM), PurePath(article.path).name if article.path else article.id))
        if article.via:
            info(Text.assemble((t("Via") + ": ", DIM), ", ".join(article.via)))
        if article.author:
            info(Text.assemble((t("Author") + ": ", DIM), article.author))
        if article.format != "txt":  # a page, a feed entry, an export's record: where its metadata came from
            info(Text.assemble((t("Read from") + ": ", DIM), t(FORMAT_LABELS.get(article.format, article.format)),
                               (f" #{article.entry}" if article.entry else "", DIM)))
        head(N_("Date"))
        for line in date_lines(article, locale, today, t):
            info(line)
        info(Text(f"{article.word_count} " + t("words") + f" · {reading_minutes(article)} " + t("min read"), style=DIM))
        under_date = date_doubts(article.warnings)
        warnings = [w for w in article.warnings if w not in under_date]  # those are said under Date
        if warnings:
            head(N_("Warnings"))
            for w in warnings:  # the index's words (index/wording.py): t() says them, paragraphs from 1
                info(Text(t(w), style=Style(color="red")))
        speakers = article.quoted  # persons, and organisations named (the search's speaker: field)
        if speakers:
            head(N_("Speakers · quotes"))
            unsure = unsure_counts(article)
            for name, count in sorted(speakers.items(), key=lambda kv: (-kv[1], kv[0])):
                key = f"q{len(self.queries)}"
                self.queries[key] = f'speaker:"{name}"'
                doubt = uncertain_note(unsure.get(name, 0), t)
                shown = speaker_name(name, locale)
                opts.append(Option(Text.assemble((shown, ENTITY_STYLES["person"]), (f"  {count}", DIM), (doubt, UNSURE_STYLE)),
                                   id=key))
        counts = entity_counts(article)
        for etype in ("person", "country", "place", "organization"):
            if not counts.get(etype):
                continue
            head(TYPE_HEADINGS[etype])
            for name, count in counts[etype]:
                key = f"q{len(self.queries)}"
                self.queries[key] = f'{FIELD_OF_TYPE[etype]}:"{name}"'
                where = f"  {count}" if count else "  (" + t(ELSEWHERE) + ")"
                shown = entity_name(etype, name, locale)
                opts.append(Option(Text.assemble((shown, ENTITY_STYLES[etype]), (where, DIM)), id=key))
        removed = len(article.removed)
        if removed:
            head(N_("Cleaning"))
            info(Text(f"{removed} " + counted(t, removed, N_("line removed"), N_("lines removed")), style=DIM))
        self.add_options(opts)
        # a new article starts at its top, with nothing selected until the user arrives
        self.highlighted = None
        self.scroll_home(animate=False, immediate=True)

    def query_for(self, option_id: str | None) -> str | None:
        return self.queries.get(option_id or "")
