"""Messages about values as people type them (dates, numbers, shares, money) and files.

Code → Vietnamese template; {name} marks where a param goes. See the package docstring.
"""

MESSAGES: dict[str, str] = {
}
