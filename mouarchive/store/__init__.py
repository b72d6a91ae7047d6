"""The storage layer: every SQL statement outside `migrations/`, one module per table family.

Callers see one interface (`store.open_archive`, `store.transaction`, ...); which module
holds a statement is the storage layer's own business, so a table family can be rewritten
without touching the commands that read it.

- `connection`: pragmas, locks, transactions, migrations
- `indexes`: the full-text indexes of articles and clauses
- `sources`: source files and the articles cut from them
- `agreements`: reports, their merging, agreement rows
- `search`: full-text lookups, counts and ranking
- `reads`: agreement objects, summaries, export rows, stats
"""

from mouarchive.store.agreements import clear_agreements, save_reports
from mouarchive.store.connection import (
    Archive,
    StoreError,
    checkpoint_less_often,
    default_db_path,
    open_archive,
    schema_version,
    transaction,
)
from mouarchive.store.indexes import index_missing
from mouarchive.store.reads import (
    agreement_evidence,
    agreement_extras,
    agreement_summaries,
    archive_stats,
    article_agreement_ids,
    article_row,
    counts,
    get_agreement,
    is_empty,
    iter_agreements,
    iter_article_rows,
    iter_clause_rows,
)
from mouarchive.store.search import (
    Lookup,
    SearchFilters,
    article_hit_rows,
    clause_hit_rows,
    count_articles,
    count_clauses,
    search_articles,
    search_clauses,
)
from mouarchive.store.sources import (
    article_ids,
    insert_article,
    insert_source,
    link_article_source,
    load_article,
    source_article_count,
    source_id_by_hash,
    source_id_by_url,
)

__all__ = [
    "Archive",
    "Lookup",
    "SearchFilters",
    "StoreError",
    "agreement_evidence",
    "agreement_extras",
    "agreement_summaries",
    "archive_stats",
    "article_agreement_ids",
    "article_hit_rows",
    "article_ids",
    "article_row",
    "checkpoint_less_often",
    "clause_hit_rows",
    "clear_agreements",
    "count_articles",
    "count_clauses",
    "counts",
    "default_db_path",
    "get_agreement",
    "index_missing",
    "insert_article",
    "insert_source",
    "is_empty",
    "iter_agreements",
    "iter_article_rows",
    "iter_clause_rows",
    "link_article_source",
    "load_article",
    "open_archive",
    "save_reports",
    "schema_version",
    "search_articles",
    "search_clauses",
    "source_article_count",
    "source_id_by_hash",
    "source_id_by_url",
    "transaction",
]
