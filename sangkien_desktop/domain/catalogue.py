"""What a stored code is called, on screen and on paper: one labelling for the window and every
document, so no page ever prints "quan_ly" where the window shows "Giải pháp quản lý".

A dossier stores codes of its campaign's lists (solution kinds, target groups, favoured fields);
the label is the campaign's own, else the label another campaign gives the same code (a
dossier moved between programs, an imported one), else the text as stored (free text typed by
a user, or a code nobody knows, which ``codes`` lets a check find).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from sangkien_desktop.domain.campaign import Campaign, Choice
from sangkien_desktop.domain.council import ROLE_LABELS
from sangkien_desktop.domain.dossier import SECTOR_LABELS, STATUS_LABELS

SOLUTION_TYPE = "solution_types"
TARGET_GROUP = "target_groups"
FAVOURED_FIELD = "favoured_fields"
REQUIRED_ATTACHMENT = "required_attachments"
LISTS = (SOLUTION_TYPE, TARGET_GROUP, FAVOURED_FIELD, REQUIRED_ATTACHMENT)


def _choices(campaign: Campaign, kind: str) -> tuple[Choice, ...]:
    choices: tuple[Choice, ...] = getattr(campaign, kind)
    return choices


@dataclass(frozen=True)
class Catalogue:
    campaigns: Mapping[str, Campaign] = field(default_factory=dict)

    @cached_property
    def _index(self) -> dict[str, tuple[dict[tuple[str, str], str], dict[str, str]]]:
        """Per list: labels by (campaign, code), and by code alone (the first campaign's)."""
        index = {}
        for kind in LISTS:
            own: dict[tuple[str, str], str] = {}
            anywhere: dict[str, str] = {}
            for campaign_id, campaign in self.campaigns.items():
                for choice in _choices(campaign, kind):
                    own[campaign_id, choice.code] = choice.label
                    anywhere.setdefault(choice.code, choice.label)
            index[kind] = (own, anywhere)
        return index

    def label(self, kind: str, code: str, campaign_id: str = "") -> str:
        """The label of ``code`` in the list ``kind`` (SOLUTION_TYPE …)."""
        if not code:
            return ""
        own, anywhere = self._index[kind]
        return own.get((campaign_id, code)) or anywhere.get(code, code)

    def solution_type(self, code: str, campaign_id: str = "") -> str:
        return self.label(SOLUTION_TYPE, code, campaign_id)

    def target_group(self, code: str, campaign_id: str = "") -> str:
        return self.label(TARGET_GROUP, code, campaign_id)

    def favoured_field(self, code: str, campaign_id: str = "") -> str:
        return self.label(FAVOURED_FIELD, code, campaign_id)

    def campaign(self, campaign_id: str) -> str:
        found = self.campaigns.get(campaign_id)
        return found.short_name if found else campaign_id

    def codes(self) -> set[str]:
        """Every code of every list the program labels: campaigns' lists, statuses, sectors,
        council roles.
        None of them may appear on a printed page."""
        found = {c.code for campaign in self.campaigns.values() for kind in LISTS
                 for c in _choices(campaign, kind)}
        found |= {s.value for s in STATUS_LABELS} | {s.value for s in SECTOR_LABELS}
        found |= {r.value for r in ROLE_LABELS}
        return {c for c in found if c}


def catalogue_of(campaigns: Mapping[str, Campaign] | Iterable[Campaign]) -> Catalogue:
    if isinstance(campaigns, Mapping):
        return Catalogue(campaigns)
    return Catalogue({c.id: c for c in campaigns})
