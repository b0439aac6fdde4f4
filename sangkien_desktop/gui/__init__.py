"""The Qt user interface: the only package that imports PySide6."""

from __future__ import annotations

import sys


def _quicker_pyside_import_hook() -> None:
    """PySide6's import hook (its ``__feature__`` support) asks of every module imported after
    it, the standard library's included, whether its source holds the word "PySide6"
    (shibokensupport/feature.py: ``_mod_uses_pyside``), with ``inspect.getsource``: about
    0.2 ms a module, each module's source then kept in memory by linecache. Some fifty modules
    come before the first paint of the list (10 ms of it), hundreds with the rest of the
    program. The same question is answered here from the file's bytes; anything else (no .py
    file, an unreadable one) goes to PySide's own function, and a PySide without it is left
    alone (a known cost: napari/napari#8584). tests/gui/test_startup_imports.py checks that this
    PySide has the function and that both answer alike."""
    import PySide6.QtCore  # noqa: F401 - installs the hook

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or hasattr(original, "pyside_own"):
        return

    def uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(original(module))

    uses_pyside.pyside_own = original  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


_quicker_pyside_import_hook()
