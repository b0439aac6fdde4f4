"""Vietnamese numbers and amounts in words, as accounting and administrative documents write them.

Our own implementation: general-purpose libraries read 2025 as "hai nghìn lẻ hai mươi lăm",
which no decision or invoice would print. The conventions followed here are those of
Vietnamese accounting practice (invoices, payment vouchers, decisions):

* Every group of three digits after the leading one is read in full, so a zero hundreds digit
  is spoken: 2025 → "hai nghìn không trăm hai mươi lăm", 1.050 → "một nghìn không trăm năm
  mươi".
* A group that is all zeros is left out entirely, together with its scale word:
  1.000.005 → "một triệu không trăm linh năm", never "một triệu không nghìn không trăm linh
  năm". This is what accounting software and hand-written vouchers do; reading "không nghìn"
  adds words without adding meaning.
* A zero tens digit before a non-zero unit is "linh" (the northern, administrative form;
  "lẻ" is the southern colloquial one): 105 → "một trăm linh năm".
* After "mươi" (tens of 2 and more): 1 → "mốt", 4 → "tư", 5 → "lăm"; after "mười": 5 → "lăm"
  but 1 → "một" and 4 → "bốn"; after "linh" and on its own the plain digit is used.
* Scales are "nghìn", "triệu", "tỷ"; beyond a thousand billion "tỷ" repeats: 10^12 → "một
  nghìn tỷ", 10^18 → "một tỷ tỷ".
"""

from __future__ import annotations

_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
# Scales inside one "tỷ" block: units, nghìn, triệu. Above 10^9 the block repeats with "tỷ".
_SCALES = ("", "nghìn", "triệu")
_BILLION = 10**9
ZERO_TENS = "linh"


def _tens_and_units(tens: int, units: int) -> list[str]:
    """The last two digits of a group when the group is read in full (hundreds present)."""
    if tens == 0:
        return [] if units == 0 else [ZERO_TENS, _DIGITS[units]]
    words = ["mười"] if tens == 1 else [_DIGITS[tens], "mươi"]
    if units == 0:
        return words
    if units == 5:
        return [*words, "lăm"]
    if tens >= 2 and units == 1:
        return [*words, "mốt"]
    if tens >= 2 and units == 4:
        return [*words, "tư"]
    return [*words, _DIGITS[units]]


def _group(n: int, full: bool) -> list[str]:
    """Reads 1..999. ``full`` spells a zero hundreds digit ("không trăm"), as every group
    after the leading one is read."""
    hundreds, rest = divmod(n, 100)
    tens, units = divmod(rest, 10)
    if hundreds == 0 and not full:
        if tens == 0:
            return [_DIGITS[units]]
        return _tens_and_units(tens, units)
    return [_DIGITS[hundreds], "trăm", *_tens_and_units(tens, units)]


def _below_billion(n: int, leading: bool) -> list[str]:
    """Reads 1..999.999.999; ``leading`` is False when a higher group was already read."""
    groups = []
    for _ in _SCALES:
        n, g = divmod(n, 1000)
        groups.append(g)
    words: list[str] = []
    for scale_index in range(len(_SCALES) - 1, -1, -1):
        g = groups[scale_index]
        if g == 0:
            continue  # an all-zero group is skipped with its scale word (see module doc)
        words += _group(g, full=not leading)
        if _SCALES[scale_index]:
            words.append(_SCALES[scale_index])
        leading = False
    return words


def _words(n: int, leading: bool = True) -> list[str]:
    if n < _BILLION:
        return _below_billion(n, leading)
    high, low = divmod(n, _BILLION)
    # The part above a billion is itself a number, read the same way, then "tỷ" once.
    words = [*_words(high, leading), "tỷ"]
    if low:
        words += _below_billion(low, leading=False)
    return words


def number_to_words(n: int) -> str:
    """12 → "mười hai", 2025 → "hai nghìn không trăm hai mươi lăm", 0 → "không"."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"number_to_words expects an int, got {type(n).__name__}")
    if n == 0:
        return _DIGITS[0]
    if n < 0:
        return "âm " + " ".join(_words(-n))
    return " ".join(_words(n))


def capitalise_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def amount_in_words(amount: int | None, *, currency: str = "đồng", parentheses: bool = True) -> str:
    """120000000 → "(Một trăm hai mươi triệu đồng)"; None gives ""."""
    if amount is None:
        return ""
    text = capitalise_first(f"{number_to_words(amount)} {currency}".strip())
    return f"({text})" if parentheses else text
