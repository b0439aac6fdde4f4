"""Argument choices that come from the domain, read only when argparse needs them."""

from __future__ import annotations

from collections.abc import Iterator


class StatusChoices:
    """The dossier statuses as argparse ``choices``: the domain is imported when argparse checks
    a value or prints a command's help, not when the parser is built at every start (give the
    argument a metavar: without one, argparse spells out the choices as it adds it)."""

    def __iter__(self) -> Iterator[str]:
        from sangkien_desktop.domain.dossier import Status

        return iter([s.value for s in Status])

    def __contains__(self, value: object) -> bool:
        return value in list(self)
