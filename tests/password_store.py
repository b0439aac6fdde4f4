"""A password store of the tests' own, installed in place of the system's (keyring's backend
API), so tests of the shared database's password never touch a real one."""

from __future__ import annotations


class MemoryKeyring:
    priority = 1

    def __init__(self) -> None:
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, name: str) -> str | None:
        return self.kept.get((service, name))

    def set_password(self, service: str, name: str, password: str) -> None:
        self.kept[(service, name)] = password

    def delete_password(self, service: str, name: str) -> None:
        self.kept.pop((service, name), None)


def install(monkeypatch) -> MemoryKeyring:
    """Puts a MemoryKeyring behind ``keyring`` for the test; returns it."""
    import keyring

    store = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: store)
    for name in ("get_password", "set_password", "delete_password"):
        monkeypatch.setattr(keyring, name, getattr(store, name))
    return store


def remove(monkeypatch) -> None:
    """No password store on this computer (keyring's fail backend)."""
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
