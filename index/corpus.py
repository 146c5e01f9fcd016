"""Corpus-wide views over an open index: where its index lives, quotes, people, sides.

Three modules do the work: index/config.py (config files, locate), index/quote_views.py
(quotes, sides), index/entity_views.py (the entity browser). This one names them all,
for callers of the old module.
"""

from __future__ import annotations

from .config import SYSTEM_CONFIG, Location, configured_index_dir, locate, read_configs, user_config_path
from .entity_views import EntityCorpus, EntityStat
from .quote_views import (
    QuoteCorpus,
    QuoteRow,
    Source,
    country_matches,
    iter_quotes,
    once_each,
    person_country,
    person_matches,
    side_by_side,
    sort_rows,
    week_of,
)

__all__ = [
    "SYSTEM_CONFIG", "Location", "configured_index_dir", "locate", "read_configs", "user_config_path",
    "EntityCorpus", "EntityStat",
    "QuoteCorpus", "QuoteRow", "Source", "country_matches", "iter_quotes", "once_each", "person_country",
    "person_matches", "side_by_side", "sort_rows", "week_of",
]
