"""The entity browser's view over a corpus: each person, country, place and organisation
with its mentions, articles, surface forms and neighbours. Kept beside the index (index/views.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .model import Article


@dataclass
class EntityStat:
    type: str
    canonical: str
    mentions: int = 0
    articles: set[str] = field(default_factory=set)
    forms: dict[str, int] = field(default_factory=dict)  # surface forms seen -> count
    # of `articles`, those whose text never names it: only a headline, a caption or a credit does
    aside: set[str] = field(default_factory=set)


@dataclass
class EntityCorpus:
    stats: dict[tuple[str, str], EntityStat]
    by_article: dict[str, set[tuple[str, str]]]
    titles: dict[str, str]

    @classmethod
    def gather(cls, articles: Iterable[tuple[str, Article]]) -> EntityCorpus:
        return cls.build(articles)  # a run of articles' view is the same kind of thing

    @classmethod
    def from_parts(cls, parts: Iterable[EntityCorpus]) -> EntityCorpus:
        """The view of the articles of all these parts, in order: the same as building it
        from them all at once (counts added, forms and keys in the order first seen)."""
        merged = cls({}, {}, {})
        for part in parts:
            for k, st in part.stats.items():
                mine = merged.stats.get(k)
                if mine is None:
                    merged.stats[k] = EntityStat(st.type, st.canonical, st.mentions, set(st.articles), dict(st.forms),
                                                 set(st.aside))
                    continue
                mine.mentions += st.mentions
                mine.articles |= st.articles
                mine.aside |= st.aside
                for form, n in st.forms.items():
                    mine.forms[form] = mine.forms.get(form, 0) + n
            merged.by_article.update(part.by_article)
            merged.titles.update(part.titles)
        return merged

    @classmethod
    def build(cls, articles: Iterable[tuple[str, Article]]) -> EntityCorpus:
        stats: dict[tuple[str, str], EntityStat] = {}
        by_article: dict[str, set[tuple[str, str]]] = {}
        titles: dict[str, str] = {}
        shared: dict[tuple[str, str], tuple[str, str]] = {}
        for key, art in articles:
            titles[key] = art.title
            seen: set[tuple[str, str]] = set()
            for e in art.entities:
                k = shared.setdefault((e.type, e.canonical), (e.type, e.canonical))  # one object: pickled once
                st = stats.get(k)
                if st is None:
                    st = stats[k] = EntityStat(e.type, e.canonical)
                st.mentions += 1
                st.articles.add(key)
                st.forms[e.text] = st.forms.get(e.text, 0) + 1
                seen.add(k)
            for etype, canonical in art.elsewhere():  # as search and facets count the article
                k = shared.setdefault((etype, canonical), (etype, canonical))
                st = stats.setdefault(k, EntityStat(etype, canonical))
                if k not in seen:  # named only beside the text
                    st.aside.add(key)
                st.articles.add(key)
                seen.add(k)
            by_article[key] = seen
        return cls(stats, by_article, titles)

    def table(self, text_filter: str = "", sort: str = "count",
              shown: Callable[[EntityStat], str] | None = None) -> list[EntityStat]:
        """The entities whose name, a form the articles write, or the name the reader shows
        (`shown`: "Japan" for "Jepang" in English) holds the filter; by count or by that name."""
        needle = text_filter.casefold().strip()
        name = shown or (lambda s: s.canonical)
        rows = [s for s in self.stats.values()
                if not needle or needle in s.canonical.casefold() or needle in name(s).casefold()
                or any(needle in f.casefold() for f in s.forms)]
        if sort == "name":
            rows.sort(key=lambda s: (name(s).casefold(), s.type))
        else:
            rows.sort(key=lambda s: (-s.mentions, -len(s.articles), s.canonical.casefold()))
        return rows

    def aliases(self, stat: EntityStat) -> list[str]:
        from .entities import gazetteer

        forms = [f for f, _n in sorted(stat.forms.items(), key=lambda kv: -kv[1])]
        entry = gazetteer().entry(stat.canonical)
        known = list(entry.aliases) if entry else []
        return list(dict.fromkeys(forms + known))

    def neighbours(self, stat: EntityStat, limit: int = 10) -> list[tuple[EntityStat, int]]:
        counts: dict[tuple[str, str], int] = {}
        me = (stat.type, stat.canonical)
        for key in stat.articles:
            for other in self.by_article.get(key, ()):
                if other != me:
                    counts[other] = counts.get(other, 0) + 1
        best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][1]))[:limit]
        return [(self.stats[k], n) for k, n in best]
