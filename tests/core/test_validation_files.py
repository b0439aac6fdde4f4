"""Attachment rules (from states the service supplies) and the duplicate hint."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sangkien_desktop.domain.dossier import AttachmentRef
from sangkien_desktop.domain.text import fold
from sangkien_desktop.domain.validation import (
    AttachmentState,
    OtherDossier,
    Severity,
    duplicates,
    other_from,
)
from tests.core.test_validation_support import (
    CO_SO,
    PDF,
    campaign,
    check,
    good_context,
    good_dossier,
)

MB = 1024 * 1024
VIET_LETTERS = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
)
VIET_LETTERS += VIET_LETTERS.upper()
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _with_state(state: AttachmentState | None):
    d = good_dossier()
    states = dict(good_context(d).attachments or {})
    if state is None:
        del states["a" * 64]
    else:
        states["a" * 64] = state
    return check(d, attachments=states)


@pytest.mark.parametrize(
    ("state", "rule"),
    [
        (None, "SK-ATTACH-MISSING"),
        (AttachmentState(exists=False), "SK-ATTACH-MISSING"),
        (AttachmentState(exists=True, readable=False), "SK-ATTACH-UNREADABLE"),
        (AttachmentState(exists=True, hash_matches=False), "SK-ATTACH-HASH"),
    ],
)
def test_file_states(state, rule):
    report = _with_state(state)
    found = [f for f in report.findings if f.field == "attachments[0]"]
    assert [f.rule_id for f in found] == [rule]
    assert found[0].ref == "a" * 64 and found[0].severity is Severity.ERROR


def test_files_not_looked_at_are_not_reported():
    report = check(attachments=None)
    assert not any(f.rule_id.startswith("SK-ATTACH-") for f in report.findings)


def _attach(ref: AttachmentRef, camp=None, size: int | None = None):
    d = good_dossier()
    d.attachments.append(ref)
    ctx_states = dict(good_context(d).attachments or {})
    ctx_states[ref.sha256] = AttachmentState(
        exists=True, size=size if size is not None else ref.size
    )
    return check(d, camp, attachments=ctx_states)


@pytest.mark.parametrize(
    ("filename", "media", "ok"),
    [
        ("anh.jpg", "image/jpeg", True),
        ("anh.png", "image/png", True),
        ("bao-cao.pdf", PDF, True),
        ("bao-cao.docx", DOCX, True),
        ("bao-cao.docx", "", True),  # by extension
        ("bang-tinh.xlsx", "application/vnd.ms-excel", False),
        ("nen.zip", "application/zip", False),
    ],
)
def test_attachment_types(filename, media, ok):
    report = _attach(AttachmentRef("c" * 64, filename, 1000, media))
    assert ("SK-ATTACH-TYPE" not in report.rule_ids()) is ok


def test_any_type_when_the_campaign_allows_it():
    ref = AttachmentRef("c" * 64, "bang-tinh.xlsx", 1000, "application/vnd.ms-excel")
    assert "SK-ATTACH-TYPE" not in _attach(ref, campaign(CO_SO)).rule_ids()


@pytest.mark.parametrize(("size", "ok"), [(20 * MB, True), (20 * MB + 1, False), (0, False)])
def test_attachment_size(size, ok):
    report = _attach(AttachmentRef("c" * 64, "anh.jpg", size, "image/jpeg"), size=size)
    assert ("SK-ATTACH-SIZE" not in report.rule_ids()) is ok


def test_attachment_size_limit_from_the_campaign():
    ref = AttachmentRef("c" * 64, "anh.jpg", 30 * MB, "image/jpeg")
    assert "SK-ATTACH-SIZE" not in _attach(ref, campaign(CO_SO)).rule_ids()
    assert (
        "SK-ATTACH-SIZE" in _attach(ref, campaign(validation={"attachment_max_mb": 25})).rule_ids()
    )


@pytest.mark.parametrize("name", ["CCCD_mat_truoc.jpg", "anh can cuoc.png", "CMND.pdf"])
def test_identity_card_scan_is_discouraged(name):
    report = _attach(AttachmentRef("c" * 64, name, 1000, "image/jpeg"))
    found = [f for f in report.findings if f.rule_id == "SK-ATTACH-ID-SCAN"]
    assert found and found[0].severity is Severity.WARNING and found[0].field == "attachments[2]"


def test_duplicate_title_without_diacritics_is_a_hint_with_the_other_uuid():
    other = OtherDossier("22222222-aaaa", "CAI TIEN BAN CAT VAI BAN TU DONG", "", "SK-2022-007")
    report = check(others=(other,))
    found = [f for f in report.findings if f.rule_id == "SK-DUPLICATE"]
    assert len(found) == 1
    assert found[0].severity is Severity.WARNING
    assert found[0].ref == "22222222-aaaa" and found[0].field == "title"
    assert found[0].message.startswith("Có thể trùng với hồ sơ")
    assert "SK-2022-007" in found[0].message
    assert not report.has_errors


def test_duplicate_by_description():
    d = good_dossier()
    twin = other_from(d)
    twin = OtherDossier("33333333", "Một tên hoàn toàn khác", twin.description)
    found = [f for f in check(d, others=(twin,)).findings if f.rule_id == "SK-DUPLICATE"]
    assert [f.field for f in found] == ["description_solution"]


def test_no_duplicate_for_itself_or_a_different_dossier():
    d = good_dossier()
    me = other_from(d)
    different = OtherDossier("44444444", "Phần mềm quản lý đoàn viên", "Quản lý hồ sơ đoàn viên.")
    assert "SK-DUPLICATE" not in check(d, others=(me, different)).rule_ids()


def test_duplicate_threshold_from_the_campaign():
    other = OtherDossier("55555555", "Cải tiến bàn cắt vải", "")
    assert "SK-DUPLICATE" not in check(others=(other,)).rule_ids()
    loose = campaign(validation={"duplicate_title_ratio": 0.7})
    assert "SK-DUPLICATE" in check(camp=loose, others=(other,)).rule_ids()


@given(st.text(alphabet=VIET_LETTERS + " ,.\n", max_size=80))
def test_fast_fold_agrees_with_fold_on_vietnamese(text):
    assert duplicates._fold(text) == fold(text)
