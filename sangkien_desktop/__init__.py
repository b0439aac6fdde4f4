"""Sáng kiến Desktop: dossiers of workplace initiatives for grassroots trade unions."""

__version__ = "0.1.0"
APP_NAME = "Sáng kiến Desktop"  # i18n: keep
APP_ID = "sangkien_desktop"
