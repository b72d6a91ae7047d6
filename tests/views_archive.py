"""Hand-built archives for the timeline, partners, stats and export tests.

Reports are written directly (no extractor), so these tests check the views alone. The
articles are invented; the organisations other than governments are fictional.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from mouarchive import store
from mouarchive.models import AgreementReport, Article, Clause, PartialDate, Party, Region


@dataclass
class Signing:
    """One article reporting one agreement, described briefly."""

    parties: list[tuple[str, str | None]]
    date: tuple[int | None, int | None, int | None] | None = None
    title: str | None = None
    kind: str = "업무협약"
    status: str = "signed"
    regions: list[str] = field(default_factory=list)
    ambiguous: list[str] = field(default_factory=list)
    clauses: list[str] = field(default_factory=list)
    outlet: str = "가상일보"
    published: str | None = None
    headline: str = "협약 체결 소식"


def _body(signing: Signing) -> str:
    names = "와 ".join(name for name, _ in signing.parties)
    items = "\n".join(f"▲{text}" for text in signing.clauses)
    return f"{names}가 협약을 맺었다고 밝혔다.\n{items}\n양 기관은 긴밀히 협력하기로 했다."


def _report(signing: Signing) -> AgreementReport:
    return AgreementReport(
        title=signing.title,
        kind=signing.kind,
        status=signing.status,
        date=PartialDate(*signing.date) if signing.date else None,
        date_text="지난 어느 날" if signing.date else None,
        parties=[Party(name, (0, len(name)), region) for name, region in signing.parties],
        regions=[Region(name) for name in signing.regions]
        + [Region(name, ambiguous=True) for name in signing.ambiguous],
        clauses=[Clause(text, (0, len(text))) for text in signing.clauses],
    )


def build(path: Path, signings: list[Signing]) -> tuple[store.Archive, list[int]]:
    """An archive holding one article per signing; returns it and the agreement ids."""
    db = store.open_archive(path)
    agreement_ids = []
    for index, signing in enumerate(signings):
        body = _body(signing) + f"\n({index})"
        article = Article(
            title=signing.headline,
            body=body,
            outlet=signing.outlet,
            published=PartialDate.parse_iso(signing.published),
        )
        sha = hashlib.sha256(body.encode()).hexdigest()
        with store.transaction(db):
            source_id = store.insert_source(
                db,
                sha256=sha,
                path=f"/기사/{index:03d}.txt",
                encoding="utf-8",
                warnings=[],
                raw_text=body,
            )
            article_id, _ = store.insert_article(db, article, sha)
            store.link_article_source(db, article_id, source_id, 0)
            agreement_ids += store.save_reports(db, article_id, [_report(signing)])
    return db, agreement_ids
