"""Which database this computer works on, and the password of a shared one.

SQLite in the data folder is the default. A shared database on a PostgreSQL server is named,
first match wins, by ``--database URL``, by ``SANGKIEN_DATABASE_URL``, or by this computer's
"Dữ liệu dùng chung" settings (``du-lieu-dung-chung.json`` in the data folder: server, port,
database, login, and the officer's name for the history; never the password).

The password is kept in the system's password store through ``keyring`` (Windows Credential
Manager; the Secret Service on a Linux desktop where one runs). Where there is none it is never
written to a file by the program: the window asks for it at each start, or libpq finds it in a
pgpass file the office's IT person manages (docs/shared-database.md), or in PGPASSWORD.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sangkien_desktop import atomic
from sangkien_desktop.domain.errors import SangKienError
from sangkien_desktop.paths import ENV_DATABASE_URL, DataLayout
from sangkien_desktop.storage.database import Database, open_database
from sangkien_desktop.storage.server import DEFAULT_PORT, probe
from sangkien_desktop.storage.server import ServerAddress as ServerAddress  # for the front ends

KEYRING_SERVICE = "sangkien-desktop"


@dataclass(frozen=True)
class SharedSettings:
    """This computer's choice of a shared database (in the data folder, without password)."""

    host: str = ""
    database: str = ""
    user: str = ""
    port: int = DEFAULT_PORT
    # Written in the history for what is done at this computer; empty: the server login.
    officer: str = ""
    sslmode: str = ""

    @property
    def address(self) -> ServerAddress:
        return ServerAddress(self.host, self.database, self.user, self.port,
                             options=(("sslmode", self.sslmode),) if self.sslmode else ())

    def check(self) -> None:
        """Raises SangKienError naming the field that is missing or wrong."""
        for value, field, code in ((self.host, "host", "shared_host_missing"),
                                   (self.database, "database", "shared_database_missing"),
                                   (self.user, "user", "shared_user_missing")):
            if not value.strip():
                raise SangKienError(code, field=field)
        if not 0 < self.port < 65536:
            raise SangKienError("shared_bad_port", port=self.port, field="port")


def settings_path(layout: DataLayout) -> Path:
    return layout.shared_settings


def load_settings(layout: DataLayout) -> SharedSettings | None:
    """This computer's shared-database settings; None when it works on its own data folder
    (or the file cannot be read: the program then opens the local data, as before)."""
    try:
        data: Any = json.loads(settings_path(layout).read_text(encoding="utf-8"))
        known = {k: data[k] for k in SharedSettings.__dataclass_fields__ if k in data}
        settings = SharedSettings(**known)
        settings.check()
    except (OSError, ValueError, TypeError, SangKienError):
        return None
    return settings


def save_settings(layout: DataLayout, settings: SharedSettings | None) -> None:
    """Writes (None: removes) this computer's choice; used from the next start."""
    path = settings_path(layout)
    if settings is None:
        path.unlink(missing_ok=True)
        return
    settings.check()
    text = json.dumps(asdict(settings), ensure_ascii=False, indent=2)
    atomic.write_bytes(path, (text + "\n").encode("utf-8"))


@dataclass(frozen=True)
class Choice:
    """The database to open: ``address`` None is the data folder's SQLite file."""

    address: ServerAddress | None = None
    officer: str = ""
    source: str = "local"  # "option", "environment", "settings" or "local"


# ``--database local``: this computer's data folder, whatever the environment or the settings
# say (the window offers it when the shared database cannot be reached).
LOCAL = "local"


def choose(layout: DataLayout, override: str | None = None) -> Choice:
    """``--database`` wins, then SANGKIEN_DATABASE_URL, then this computer's settings."""
    if override and override.strip().lower() == LOCAL:
        return Choice(source="option")
    if override:
        return Choice(ServerAddress.parse(override), source="option")
    env = os.environ.get(ENV_DATABASE_URL, "").strip()
    if env:
        return Choice(ServerAddress.parse(env), source="environment")
    settings = load_settings(layout)
    if settings is not None:
        return Choice(settings.address, settings.officer, "settings")
    return Choice()


# ---- the password store -----------------------------------------------------------------


def _keyring() -> Any | None:
    """The keyring module when a real password store is behind it, else None."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken store is no store
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return keyring


def can_remember() -> bool:
    """Whether this computer has a password store the program can use."""
    return _keyring() is not None


def stored_password(address: ServerAddress) -> str | None:
    store = _keyring()
    if store is None:
        return None
    try:
        found = store.get_password(KEYRING_SERVICE, address.label)
    except Exception:  # noqa: BLE001 - locked or unavailable: ask instead
        return None
    return str(found) if found else None


def remember_password(address: ServerAddress, password: str) -> bool:
    """Keeps the password in the system's store; False when there is none (nothing written)."""
    store = _keyring()
    if store is None:
        return False
    try:
        store.set_password(KEYRING_SERVICE, address.label, password)
    except Exception:  # noqa: BLE001
        return False
    return True


def forget_password(address: ServerAddress) -> None:
    store = _keyring()
    if store is None:
        return
    try:
        store.delete_password(KEYRING_SERVICE, address.label)
    except Exception:  # noqa: BLE001 - nothing stored
        pass


def with_password(address: ServerAddress, password: str | None = None) -> ServerAddress:
    """The address with the password to log in with: given, in the URL, or in the store
    (none: libpq looks in PGPASSWORD and the pgpass file)."""
    return address.with_password(password or address.password or stored_password(address))


def address_of(url: str, password: str | None = None) -> ServerAddress:
    """The address a ``postgresql://`` URL names, with the password to log in with."""
    return with_password(ServerAddress.parse(url), password)


def address_from_label(label: str) -> ServerAddress:
    """The address a "user@host:port/database" label names (the password store's key)."""
    user, _, rest = label.partition("@")
    host_port, _, database = rest.partition("/")
    host, _, port = host_port.rpartition(":")
    return ServerAddress(host, database, user, int(port or DEFAULT_PORT))


def open_shared(address: ServerAddress) -> Database:
    """The shared database opened (its schema brought up to date): the caller closes it."""
    return open_database(address)


@dataclass(frozen=True)
class Probe:
    """What a connection test found: the server answered and took the login."""

    label: str
    schema: int  # 0: an empty database, which the first start sets up
    may_write: bool
    newer: bool  # made by a newer version of the program: this one cannot open it


def check_connection(address: ServerAddress) -> Probe:
    """Logs in once and reads the schema version and the login's rights, changing nothing
    (an empty database is set up at the first start, not here). Raises the server's typed
    errors: unreachable, login refused, no such database, another program's tables."""
    from sangkien_desktop.storage.migrations import LATEST_VERSION

    schema, writes = probe(address)
    return Probe(address.label, schema, writes, schema > LATEST_VERSION)
