"""Messages about councils, meetings, score sheets, decisions and their numbers.

Code → Vietnamese template; {name} marks where a param goes. See the package docstring.
"""

MESSAGES: dict[str, str] = {
}
