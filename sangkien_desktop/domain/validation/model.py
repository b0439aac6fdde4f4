"""Values of a dossier check: findings, the report, acknowledgements and the check context.

Everything here is plain data. The service layer fills a CheckContext (today's date, the
state of attachment files, other dossiers) so the rules themselves never touch a disk.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

from sangkien_desktop.domain.campaign import Choice
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.rule_pack import Eligibility
from sangkien_desktop.domain.text import clean_line, clean_text

# Shown with every report: the check looks at form and program rules, not at merit.
DISCLAIMER = Message("check_disclaimer")


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


SEVERITY_LABELS: dict[Severity, str] = {
    Severity.ERROR: Message("severity_error"),
    Severity.WARNING: Message("severity_warning"),
    Severity.INFO: Message("severity_info"),
}


@dataclass(frozen=True)
class Finding:
    """One problem or hint. ``field`` names a Dossier attribute (or ``authors[1].cccd``,
    ``attachments[0]``) so the GUI can jump there; ``ref`` tells apart findings of one rule
    on one field (the other dossier's uuid, an attachment's sha256, a requirement code)."""

    rule_id: str
    severity: Severity
    field: str
    message: str
    fix: str
    source: str
    ref: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        """What an acknowledgement is matched on."""
        return (self.rule_id, self.field, self.ref)


@dataclass(frozen=True)
class Acknowledgement:
    """A named person accepted a warning, on a date, for a reason (kept with the dossier).

    It covers the findings of ``rule_id`` on ``field`` with ``ref``; an empty ``field`` (and
    ``ref``) covers every finding of the rule on the dossier, for storage that keeps one
    acknowledgement per rule.
    """

    rule_id: str
    field: str
    by: str
    on: dt.date
    reason: str
    ref: str = ""
    rules_version: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.rule_id, self.field, self.ref)

    def covers(self, finding: Finding) -> bool:
        if finding.severity is Severity.ERROR or finding.rule_id != self.rule_id:
            return False
        if not self.field:
            return True
        return self.field == finding.field and self.ref == finding.ref

    @classmethod
    def of(
        cls,
        finding: Finding,
        *,
        by: str,
        on: dt.date,
        reason: str,
        rules_version: str = "",
        whole_rule: bool = False,
    ) -> Acknowledgement:
        """Acknowledges ``finding`` (or, with ``whole_rule``, every finding of its rule);
        raises InputError for an error or a missing name or reason."""
        if finding.severity is Severity.ERROR:
            raise InputError(
                "ack_error",
                field=finding.field,
            )
        name = clean_line(by)
        why = clean_text(reason).strip()
        if not name:
            raise InputError("ack_name")
        if not why:
            raise InputError("ack_reason")
        if whole_rule:
            return cls(finding.rule_id, "", name, on, why, "", rules_version)
        return cls(finding.rule_id, finding.field, name, on, why, finding.ref, rules_version)


@dataclass(frozen=True)
class Report:
    findings: tuple[Finding, ...]
    rules_version: str
    campaign_name: str
    checked_on: dt.date
    note: str = DISCLAIMER

    @property
    def has_errors(self) -> bool:
        return any(f.severity is Severity.ERROR for f in self.findings)

    @property
    def errors(self) -> tuple[Finding, ...]:
        return self._of(Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return self._of(Severity.WARNING)

    @property
    def infos(self) -> tuple[Finding, ...]:
        return self._of(Severity.INFO)

    def _of(self, severity: Severity) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is severity)

    def rule_ids(self) -> set[str]:
        return {f.rule_id for f in self.findings}

    def for_field(self, field_name: str) -> tuple[Finding, ...]:
        """Findings on a field and on its parts: "authors[1]" gives "authors[1].cccd" too."""
        return tuple(
            f
            for f in self.findings
            if f.field == field_name
            or f.field.startswith(field_name + ".")
            or f.field.startswith(field_name + "[")
        )

    def acknowledged(
        self, acks: Iterable[Acknowledgement]
    ) -> tuple[tuple[Finding, Acknowledgement], ...]:
        """Warnings and hints with the acknowledgement that covers them."""
        ack_list = list(acks)
        out = []
        for f in self.findings:
            ack = next((a for a in ack_list if a.covers(f)), None)
            if ack is not None:
                out.append((f, ack))
        return tuple(out)

    def unacknowledged(self, acks: Iterable[Acknowledgement]) -> tuple[Finding, ...]:
        """Errors (never acknowledgeable) and warnings nobody has accepted; hints are left out."""
        ack_list = list(acks)
        return tuple(
            f
            for f in self.findings
            if f.severity is Severity.ERROR
            or (f.severity is Severity.WARNING and not any(a.covers(f) for a in ack_list))
        )

    def stale(self, acks: Iterable[Acknowledgement]) -> tuple[Acknowledgement, ...]:
        """Acknowledgements whose warning is gone (fixed since): the GUI may offer to drop them."""
        return tuple(a for a in acks if not any(a.covers(f) for f in self.findings))

    def is_clear(self, acks: Iterable[Acknowledgement] = ()) -> bool:
        """No error, and every warning acknowledged by someone."""
        return not self.unacknowledged(acks)


@dataclass(frozen=True)
class AttachmentState:
    """What the service found on disk for one stored file (keyed by its sha256)."""

    exists: bool
    readable: bool = True
    hash_matches: bool = True
    size: int | None = None
    # The type sniffed from the content, when the service checked it.
    media_type: str = ""


@dataclass(frozen=True)
class OtherDossier:
    """Another dossier, for the duplicate hint. Build it with ``duplicate_text`` for the
    description so both sides of the comparison are made the same way. ``score`` is the
    similarity against the archive (services/similarity.py, 0 to 1) when it was measured;
    ``recognised_on`` the date of the decision that recognised it, if any."""

    uuid: str
    title: str
    description: str
    code: str = ""
    score: float | None = None
    recognised_on: dt.date | None = None


@dataclass(frozen=True)
class PackRules:
    """What the check needs of the unit's rule pack: its name, eligibility options and the
    source its findings cite (validation/pack_rules.py)."""

    name: str
    eligibility: Eligibility
    source: str = ""
    papers: tuple[Choice, ...] = ()  # the papers a dossier must carry (the pack's)


@dataclass(frozen=True)
class CheckContext:
    today: dt.date
    # Valid 3-digit province codes of CCCD numbers (old 63-province scheme); empty = unchecked.
    cccd_province_codes: frozenset[str] = frozenset()
    # None: files were not looked at (rules on files are skipped). A mapping: a stored file
    # missing from it is reported as missing.
    attachments: Mapping[str, AttachmentState] | None = None
    others: tuple[OtherDossier, ...] = ()
    # Date of the recognition decision, when there is one.
    decision_date: dt.date | None = None
    # Codes of required documents the application itself holds as records and prints (a
    # stored recognition decision is the "quyet_dinh_cong_nhan" document): no file needed.
    produced_documents: frozenset[str] = frozenset()
    # Authors' fields the package this dossier came in left out (domain.personal_data): the
    # sending unit holds them and enters the portal; their absence here is no gap.
    withheld: frozenset[str] = frozenset()
    # The unit's rule pack, for its eligibility checks (None: none applied).
    pack: PackRules | None = None
    # When the dossier was filed (entered); None: today.
    filed_on: dt.date | None = None
    # An other dossier whose ``score`` reaches this (0 to 1) is a possible duplicate (the
    # saved "warn" threshold, services/similarity.py).
    similarity_warn: float = 0.45

    def resubmitted(self, other: OtherDossier, filed: dt.date) -> bool:
        """``other`` was recognised in an earlier year and is as alike as the threshold."""
        return (other.recognised_on is not None and other.recognised_on.year < filed.year
                and other.score is not None and other.score >= self.similarity_warn)


class Emit(Protocol):
    """How a check reports a finding; the engine adds severity and source from the table."""

    def __call__(
        self,
        rule_id: str,
        field: str,
        message: str,
        fix: str,
        *,
        ref: str = "",
        severity: Severity | None = None,
        source: str = "",
    ) -> None: ...


__all__ = [
    "DISCLAIMER",
    "Acknowledgement",
    "AttachmentState",
    "CheckContext",
    "Emit",
    "Finding",
    "OtherDossier",
    "PackRules",
    "Report",
    "SEVERITY_LABELS",
    "Severity",
]
