"""The storage layer: every SQL statement outside `migrations/`, one module per table family.

Callers see one interface (`store.open_archive`, `store.transaction`, ...); which module
holds a statement is the storage layer's own business, so a table family can be rewritten
without touching the commands that read it.

- `connection`: pragmas, locks, transactions, migrations
- `indexes`: the full-text indexes of articles and clauses
- `sources`: source files and the articles cut from them
- `agreements`: reports, their merging, agreement rows
- `matching`: which agreements a report being saved may join, compared on what facts
- `search`: full-text lookups, counts and ranking
- `reads`: agreement objects, export rows, stats
- `selection`: which agreements a timeline or partners question selects, in order
- `listing`: each agreement's printed object and timeline entry, kept ready (migration 0014)
- `corrections`: the owner's corrections and the keys that bind them (used as
  `store.corrections.X`: its names only make sense beside the module's)
- `rebuild`: what `reextract` reads again and rewrites (used as `store.rebuild.X`)
"""

from mouarchive.store import corrections, rebuild
from mouarchive.store.agreements import (
    agreement_exists,
    clear_agreements,
    move_reports,
    new_agreement,
    refresh_agreement,
    refresh_agreements,
    replace_reports,
    report_status_kind,
    reports_of_agreements,
    save_reports,
)
from mouarchive.store.connection import (
    WAIT_SECONDS,
    Archive,
    Batch,
    DiskFull,
    ReadOnly,
    StoreError,
    checkpoint,
    checkpoint_less_often,
    default_db_path,
    explain,
    open_archive,
    transaction,
)
from mouarchive.store.indexes import index_missing
from mouarchive.store.reads import (
    agreement_evidence,
    agreement_extras,
    agreement_text,
    archive_stats,
    article_agreement_ids,
    article_notes,
    article_row,
    articles_without_agreement,
    counts,
    get_agreement,
    is_empty,
    iter_agreements,
    iter_article_rows,
    iter_clause_rows,
    review_rows,
)
from mouarchive.store.schema import schema_version
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
from mouarchive.store.selection import (
    Selected,
    Selection,
    parties_of_articles_matching,
    party_names,
    select_agreements,
    selected_summaries,
    selected_texts,
    timeline_entries,
)
from mouarchive.store.sources import (
    article_id_by_sha,
    article_ids,
    article_meta,
    article_path,
    article_sha,
    delete_article,
    delete_source,
    forget_path,
    insert_article,
    insert_source,
    link_article_source,
    load_article,
    path_known,
    record_path,
    set_article_meta,
    source_article_count,
    source_articles,
    source_by_path,
    source_id_and_path,
    source_id_by_hash,
    source_id_by_url,
    source_paths,
)

__all__ = [
    "WAIT_SECONDS",
    "Archive",
    "Batch",
    "DiskFull",
    "Lookup",
    "ReadOnly",
    "SearchFilters",
    "Selected",
    "Selection",
    "StoreError",
    "agreement_evidence",
    "agreement_exists",
    "agreement_extras",
    "agreement_text",
    "archive_stats",
    "article_agreement_ids",
    "article_hit_rows",
    "article_id_by_sha",
    "article_ids",
    "article_meta",
    "article_notes",
    "article_path",
    "article_row",
    "article_sha",
    "articles_without_agreement",
    "checkpoint",
    "checkpoint_less_often",
    "clause_hit_rows",
    "clear_agreements",
    "corrections",
    "count_articles",
    "count_clauses",
    "counts",
    "default_db_path",
    "delete_article",
    "delete_source",
    "explain",
    "forget_path",
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
    "move_reports",
    "new_agreement",
    "open_archive",
    "parties_of_articles_matching",
    "party_names",
    "path_known",
    "rebuild",
    "record_path",
    "refresh_agreement",
    "refresh_agreements",
    "replace_reports",
    "report_status_kind",
    "reports_of_agreements",
    "review_rows",
    "save_reports",
    "schema_version",
    "search_articles",
    "search_clauses",
    "select_agreements",
    "selected_summaries",
    "selected_texts",
    "set_article_meta",
    "source_article_count",
    "source_articles",
    "source_by_path",
    "source_id_and_path",
    "source_id_by_hash",
    "source_id_by_url",
    "source_paths",
    "timeline_entries",
    "transaction",
]
