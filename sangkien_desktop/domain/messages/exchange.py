"""Messages about files other programs read: JSON, exchange packages, spreadsheets, portal.

Code → Vietnamese template; {name} marks where a param goes. See the package docstring.
"""

MESSAGES: dict[str, str] = {
}
