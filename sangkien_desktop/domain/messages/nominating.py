"""Messages about nominations, quotas, targets and the nomination papers.

Code → Vietnamese template; {name} marks where a param goes. See the package docstring.
"""

MESSAGES: dict[str, str] = {
}
