"""The one way to turn a stored name into a path: ``join_inside(folder, name…)``.

Every writer that names a file after something stored (an attachment's name, a dossier's
code, a received paper's name) joins it here: each name is made a safe file name
(domain.file_names), and the resolved result, links followed, is proved to lie inside the
folder; anything else is refused before a byte is written.
"""

from __future__ import annotations

from pathlib import Path

from sangkien_desktop.domain.errors import UnsafePathError
from sangkien_desktop.domain.file_names import safe_file_name


def join_inside(folder: Path, *names: str, fallback: str = "tep") -> Path:
    """``folder/name/…`` with every name made a safe file name (``fallback`` for a name with
    nothing usable left). Raises UnsafePathError when the resolved path is not inside the
    resolved ``folder`` (a link on the way pointing out)."""
    joined = folder.joinpath(*(safe_file_name(n, fallback) for n in names))
    base, target = folder.resolve(), joined.resolve()
    if target == base or not target.is_relative_to(base):
        raise UnsafePathError("unsafe_path", name=names[-1] if names else "", folder=str(folder))
    return joined
