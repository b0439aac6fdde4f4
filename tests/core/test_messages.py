"""Core messages: a code and params, the Vietnamese written once per code in domain/messages.

Every code the package uses is in the tables; each template is well formed. The English side
(every code translated, data kept verbatim) is tests/gui/test_i18n.py.
"""

from __future__ import annotations

import ast
import copy
import pickle
import re
from pathlib import Path

import pytest

from sangkien_desktop.domain import messages
from sangkien_desktop.domain.errors import InputError, NotFoundError
from sangkien_desktop.domain.messages import PLACEHOLDER, VIETNAMESE, Message, fill

PACKAGE = Path(messages.__file__).resolve().parents[2]
CODE = re.compile(r"[a-z][a-z0-9_]*")


def _callee(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def used_codes() -> dict[str, list[str]]:
    """Code → where it is written: the first argument of ``Message(…)`` and of ``…Error(…)``
    when that argument is a literal shaped like a code."""
    found: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "forms" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            name, first = _callee(node), node.args[0]
            if not (name == "Message" or name.endswith("Error")):
                continue
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                if name == "Message" or CODE.fullmatch(first.value):
                    where = f"{path.relative_to(PACKAGE)}:{node.lineno}"
                    found.setdefault(first.value, []).append(where)
    return found


def test_every_code_used_has_vietnamese():
    unknown = {code: where for code, where in used_codes().items() if code not in VIETNAMESE}
    assert not unknown, f"add these codes to domain/messages: {unknown}"


def test_the_scan_sees_the_codes_in_use():
    used = used_codes()
    assert "dossier_named" in used and "status_draft" in used  # a Message, a label table


def test_templates_are_well_formed():
    for code, text in VIETNAMESE.items():
        assert CODE.fullmatch(code), code
        assert text and text == text.strip(), code
        # Every brace belongs to a {name} placeholder.
        assert "{" not in PLACEHOLDER.sub("", text) and "}" not in PLACEHOLDER.sub("", text), code


def test_a_message_is_its_vietnamese_text_with_code_and_params():
    name = Message("dossier_named", title="Lúa {mới}")
    assert name == "Hồ sơ “Lúa {mới}”" and name.code == "dossier_named"
    assert name.params == {"title": "Lúa {mới}"}
    outer = Message("check_rejected", dossier=name, decision="QĐ 1")
    assert str(outer) == "Hồ sơ “Lúa {mới}” không được công nhận theo QĐ 1."
    for again in (copy.deepcopy(outer), pickle.loads(pickle.dumps(outer))):
        assert again == outer and again.code == outer.code and again.params["dossier"].code == "dossier_named"


def test_errors_carry_code_params_and_field():
    error = NotFoundError("dossier_named", title="A")
    assert error.code == "dossier_named" and error.params == {"title": "A"}
    assert str(error) == error.message == "Hồ sơ “A”"
    wrapped = InputError(Message("dossier_named", title="B"), code="input_title", field="title")
    assert (wrapped.code, wrapped.field, wrapped.message.code) == ("input_title", "title", "dossier_named")


def test_an_unknown_code_fails_in_tests_and_reads_as_itself_otherwise(monkeypatch):
    with pytest.raises(KeyError):
        Message("no_such_code")
    monkeypatch.setattr(messages, "STRICT", False)
    assert Message("no_such_code") == "no_such_code"


def test_a_list_param_reads_as_a_list_or_as_lines():
    from sangkien_desktop.domain.messages import Bullets

    names = [Message("dossier_named", title="A"), "B"]
    assert Message("check_credit_tie", what="x", names=names) == (
        "Chưa rõ người được ghi nhận: x (Hồ sơ “A”, B).")
    assert Message("portal_not_ready", problems=Bullets(names)) == (
        "Chưa tạo được gói cho Cổng:\n- Hồ sơ “A”\n- B")


# ---- the core says nothing in plain Vietnamese --------------------------------------------
# What the GUI shows from the core it translates by code, so the core holds no Vietnamese
# sentence outside domain/messages. The exceptions write documents or files other programs
# read, hold data, or are rules about Vietnamese text; a single line says so with
# "# i18n: keep".
VIETNAMESE_LETTER = re.compile("[À-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ]")
FRONT_ENDS = ("gui/", "cli/", "domain/messages/")
KEEP = {
    "documents/": "document text (docs/architecture.md: documents are Vietnamese)",
    "services/demo/": "demo data",
    "domain/change_log.py": "the command line's history lines (the GUI words its own)",
    "domain/numwords.py": "amounts in words, printed on documents",
    "domain/text.py": "Vietnamese letters, for folding and sorting",
    "domain/portal_text.py": "the description the officer pastes into the portal",
    "domain/council.py": "the decision's default legal basis, printed on it",
    "domain/rule_pack.py": "the national legal basis a pack cites, printed on decisions",
    "domain/similarity.py": "the forms' own headings, left out of the comparison, and rules "
                            "about Vietnamese letters",
    "domain/unit_profile.py": "the unit's defaults printed on documents",
    "domain/scoring.py": "the default rubric: programme data, like a campaign's",
    "domain/validation/rules.py": "laws and forms cited as they are written",
    "exchange/portal.py": "the portal package's files",
    "exchange/xlsx_common.py": "the spreadsheet's column headers",
    "exchange/xlsx_template.py": "the import template's content",
    "exchange/xlsx_export.py": "the exported spreadsheet's title",
    "services/council/councils.py": "the minutes' proposal column",
    "services/council/decisions.py": "the decision's text",
    "services/council/results.py": "the minutes' conclusion and a rejection's reason, printed "
                                   "(the officer may reword them)",
    "services/council/numbering.py": "document types of Nghị định 30/2020",
    "services/papers.py": "defaults printed on papers",
    "services/nominating/nomination_papers.py": "the summary table's notes",
    "services/exchange/nomination_package.py": "names of the papers in a package",
    "services/exchange/packages.py": "names of the papers in a package",
    "services/exchange/portal.py": "the portal form's own field names, in the package",
    "services/exchange/spreadsheets.py": "the exported spreadsheet's subtitle",
    "storage/migrations.py": "the schema as released, with its default values",
}


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _is_plain_text(node: ast.AST) -> bool:
    """A message written out rather than a code: a literal that is no code, an f-string, a
    concatenation, a ``.format`` or a ``.join``."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and node.value not in VIETNAMESE
    if isinstance(node, (ast.JoinedStr, ast.BinOp)):
        return True
    return isinstance(node, ast.Call) and _callee(node) in ("format", "join")


def _says_vietnamese(call: ast.Call) -> bool:
    return any(isinstance(n, ast.Constant) and isinstance(n.value, str)
               and VIETNAMESE_LETTER.search(n.value) for arg in call.args for n in ast.walk(arg))


def plain_messages(source: str, typed_errors: set[str], keep_all: bool = False) -> list[tuple[int, str]]:
    """(line, what) for each typed error raised with a plain message and, unless the module
    is kept as a whole, each Vietnamese literal outside a docstring and a "# i18n: keep" line."""
    tree = ast.parse(source)
    lines = source.splitlines()
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _callee(node) in typed_errors:
            given = [*node.args[:1], *(k.value for k in node.keywords if k.arg == "message")]
            found += [(arg.lineno, f"{_callee(node)}({ast.unparse(arg)[:60]})")
                      for arg in given if _is_plain_text(arg)]
        elif (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)
              and _callee(node.exc) not in typed_errors and _says_vietnamese(node.exc)):
            # Any other exception (ValueError, RuntimeError…) is a programming error, worded
            # in English; what an officer may read is a typed error with a code.
            found.append((node.lineno, f"{_callee(node.exc)}({ast.unparse(node.exc)[:60]})"))
    if keep_all:
        return found
    skip = _docstrings(tree)
    for node in ast.walk(tree):
        if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
                and VIETNAMESE_LETTER.search(node.value)):
            span = lines[node.lineno - 1:(node.end_lineno or node.lineno)]
            if not any("# i18n: keep" in line for line in span):
                found.append((node.lineno, repr(node.value[:60])))
    return found


def _typed_errors() -> set[str]:
    import importlib
    import pkgutil

    from sangkien_desktop.domain.errors import SangKienError

    for info in pkgutil.walk_packages([str(PACKAGE)], "sangkien_desktop."):
        if not info.name.startswith(("sangkien_desktop.gui", "sangkien_desktop.__main__")):
            importlib.import_module(info.name)
    names, todo = set(), [SangKienError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo += cls.__subclasses__()
    return names


def test_the_core_raises_and_says_nothing_in_plain_vietnamese():
    typed = _typed_errors()
    assert {"InputError", "BackupError", "InvalidDataError", "PackageError"} <= typed
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.startswith(FRONT_ENDS):
            continue
        keep_all = any(relative.startswith(k) for k in KEEP)
        found += [f"{relative}:{line}: {what}" for line, what in
                  plain_messages(path.read_text(encoding="utf-8"), typed, keep_all)]
    assert not found, "give these a message code in domain/messages (docs/architecture.md, " \
        "“Core messages”), or mark document text “# i18n: keep”:\n" + "\n".join(found)


def test_the_scan_finds_plain_messages():
    source = (
        '"""Mô-đun."""\n'
        "def f(x):\n"
        "    raise InputError(f'Hồ sơ {x} sai.', code='c')\n"
        "def g():\n"
        "    raise InputError('not_a_code')\n"
        "def h(problems):\n"
        "    problems.append('Thiếu tên tác giả.')\n"
        "    raise InputError('dossier_named', title='Lua')\n"
        "    raise InputError(Message('dossier_named', title='Lua'))\n"
        "    raise ValueError(f'bad {problems}')\n"
        "LABEL = 'Ghi chú'  # i18n: keep\n"
        "def k(n):\n"
        "    raise ValueError(f'Số {n} không hợp lệ')  # i18n: keep\n"
    )
    found = plain_messages(source, {"InputError"})
    assert sorted(line for line, _what in found) == [3, 3, 5, 7, 13]
    kept = plain_messages(source, {"InputError"}, keep_all=True)
    assert sorted(line for line, _what in kept) == [3, 5, 13]
    assert all(k.rstrip("/") and (PACKAGE / k).exists() for k in KEEP)


def test_a_translation_chooses_the_word_for_the_number():
    english = "{count} {count|file was|files were} moved to {folder}; {days|day|days}"
    assert fill(english, {"count": 1, "folder": "A", "days": 2}, str) == "1 file was moved to A; days"
    assert fill(english, {"count": 3, "folder": "B", "days": "1"}, str) == "3 files were moved to B; day"
    assert fill(english, {"count": 0, "folder": "C", "days": None}, str) == "0 files were moved to C; days"
    # A param's value that looks like a choice is data, put in as it is.
    assert fill("{folder}", {"folder": "{count|a|b}", "count": 1}, str) == "{count|a|b}"
