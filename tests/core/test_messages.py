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
from sangkien_desktop.domain.messages import PLACEHOLDER, VIETNAMESE, Message

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
