"""Attachment content kept in the database (``blob_chunk``): a shared database on a server
holds every officer's files, in pieces of 1 MiB so that no file is ever read into memory
whole. The same SQL runs on both engines; a SQLite data folder keeps its files in
``attachments/`` instead (services/dossiers/attachment_store.py decides which)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import BinaryIO

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from sangkien_desktop.storage.models_shared import BlobChunkRow

CHUNK = 1024 * 1024


def has(session: Session, sha256: str) -> bool:
    return session.scalar(select(BlobChunkRow.seq).where(
        BlobChunkRow.sha256 == sha256).limit(1)) is not None


def stored(session: Session) -> set[str]:
    """Every file kept in the database, by SHA-256."""
    return set(session.scalars(select(BlobChunkRow.sha256).distinct()))


def size(session: Session, sha256: str) -> int:
    return int(session.scalar(select(func.coalesce(func.sum(func.length(BlobChunkRow.data)), 0))
                              .where(BlobChunkRow.sha256 == sha256)) or 0)


def write(session: Session, sha256: str, source: BinaryIO) -> None:
    """Stores ``source``'s content under ``sha256`` (replacing what a failed write left),
    one piece at a time, in the session's transaction."""
    session.execute(delete(BlobChunkRow).where(BlobChunkRow.sha256 == sha256))
    seq = 0
    while chunk := source.read(CHUNK):
        session.add(BlobChunkRow(sha256=sha256, seq=seq, data=chunk))
        session.flush()
        session.expunge_all()
        seq += 1


def read(session: Session, sha256: str) -> Iterator[bytes]:
    """The content in order, one piece (at most 1 MiB) at a time."""
    seqs = list(session.scalars(select(BlobChunkRow.seq).where(
        BlobChunkRow.sha256 == sha256).order_by(BlobChunkRow.seq)))
    for seq in seqs:
        yield bytes(session.scalar(select(BlobChunkRow.data).where(
            BlobChunkRow.sha256 == sha256, BlobChunkRow.seq == seq)) or b"")


def remove(session: Session, shas: Iterable[str]) -> None:
    wanted = list(shas)
    for start in range(0, len(wanted), 500):
        session.execute(delete(BlobChunkRow).where(
            BlobChunkRow.sha256.in_(wanted[start:start + 500])))
