"""The nomination bundle (folder and zip, written atomically) and targets with their progress,
report and one-page unit sheets."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest

from sangkien_desktop.documents import write_document
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.services.catalog import load_campaigns
from sangkien_desktop.services.nominating import bundle, target_papers, targets
from sangkien_desktop.services.nominating import nominations as noms
from tests.core.nomination_support import recognised_dossiers
from tests.core.test_validation_support import MOT_TRIEU
from tests.reference.helpers import pdf_text

CAMPAIGNS = load_campaigns()


@pytest.fixture
def s(db):
    session = db.session()
    yield session
    session.close()


@pytest.fixture
def nomination(s):
    dossiers = recognised_dossiers(s, 3)
    saved = noms.save_nomination(s, noms.Nomination(
        campaign_id=MOT_TRIEU, to_unit="Ban Thường vụ Liên đoàn Lao động tỉnh Quảng Trị",
        items=[noms.NominationItem(d.uuid) for d in dossiers]), CAMPAIGNS)
    return saved, dossiers


def test_bundle_holds_letter_table_and_each_dossiers_papers(s, nomination, tmp_path):
    saved, dossiers = nomination
    steps = list(bundle.iter_write_bundle(s, saved.uuid, CAMPAIGNS, tmp_path / "out",
                                          formats=("pdf", "docx")))
    assert [p.done for p in steps] == list(range(1, len(steps) + 1))
    result = steps[-1]
    assert result.folder.is_dir() and result.zip_path.is_file()
    expected = {"01-to-trinh.pdf", "01-to-trinh.docx", "02-bang-tong-hop.pdf",
                "02-bang-tong-hop.docx"}
    for n, d in enumerate(dossiers, 1):
        for kind in ("don-yeu-cau", "bao-cao-mo-ta", "quyet-dinh"):
            for fmt in ("pdf", "docx"):
                expected.add(f"{n:02d}-{bundle.slug(d.code)}/{kind}.{fmt}")
    assert set(result.files) == expected
    with zipfile.ZipFile(result.zip_path) as z:
        names = set(z.namelist())
    name = result.folder.name
    assert names == {f"{name}/{f}" for f in expected}
    # The attached files of these dossiers were never stored on this computer: said, not hidden.
    assert len(result.missing) == 6 and "thiếu tệp đính kèm quyet-dinh-12.pdf" in result.missing[0]
    table = " ".join(pdf_text((result.folder / "02-bang-tong-hop.pdf").read_bytes()))
    for d in dossiers:
        assert d.title in table
    # Nothing temporary is left beside the bundle.
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [name, f"{name}.zip"]


def test_a_failed_bundle_leaves_the_earlier_one_untouched(s, nomination, tmp_path, monkeypatch):
    saved, _ = nomination
    first = bundle.write_bundle(s, saved.uuid, CAMPAIGNS, tmp_path)
    before = sorted(p.name for p in first.folder.rglob("*"))
    calls = []

    def failing(kind, data, fmt, out):
        calls.append(kind)
        if len(calls) == 4:
            raise OSError("đĩa đầy")
        return write_document(kind, data, fmt, out)

    monkeypatch.setattr(bundle, "write_document", failing)
    with pytest.raises(OSError):
        bundle.write_bundle(s, saved.uuid, CAMPAIGNS, tmp_path)
    assert sorted(p.name for p in first.folder.rglob("*")) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [first.folder.name,
                                                         first.zip_path.name]


def test_bundle_refuses_an_empty_nomination_and_an_unknown_format(s, tmp_path):
    recognised_dossiers(s, 1)
    empty = noms.save_nomination(s, noms.Nomination(campaign_id=MOT_TRIEU, to_unit="LĐLĐ tỉnh"),
                                 CAMPAIGNS)
    with pytest.raises(InputError, match="chưa có hồ sơ"):
        bundle.write_bundle(s, empty.uuid, CAMPAIGNS, tmp_path)
    with pytest.raises(InputError):
        bundle.formats_of("odt")
    assert bundle.formats_of("both") == ("pdf", "docx")
    assert list(tmp_path.iterdir()) == []


def test_sent_nomination_names_the_bundle_after_its_letter(s, nomination, tmp_path):
    saved, _ = nomination
    noms.mark_sent(s, saved.uuid, number=12, date=dt.date(2022, 5, 10))
    result = bundle.write_bundle(s, saved.uuid, CAMPAIGNS, tmp_path)
    assert result.folder.name == "de-nghi-12-ttr-ldld"
    letter = " ".join(pdf_text((result.folder / "01-to-trinh.pdf").read_bytes()))
    assert "Số: 12/TTr-LĐLĐ" in letter and "03 sáng kiến" in letter


# ---- targets -------------------------------------------------------------------------------


def test_targets_are_validated_and_replaced(s):
    c = CAMPAIGNS[MOT_TRIEU]
    assert targets.set_targets(s, c, {("Công ty A", "1"): 5, ("Công ty A", "2"): 0,
                                      ("Công ty B", "2"): 3}) == 2
    assert targets.targets(s, MOT_TRIEU) == {("Công ty A", "1"): 5, ("Công ty B", "2"): 3}
    with pytest.raises(InputError, match="không có đợt"):
        targets.set_targets(s, c, {("Công ty A", "9"): 1})
    with pytest.raises(InputError, match="số nguyên không âm"):
        targets.set_targets(s, c, {("Công ty A", "1"): -2})
    with pytest.raises(InputError, match="tên đơn vị"):
        targets.set_targets(s, c, {(" ", "1"): 2})
    targets.set_targets(s, c, {("Công ty B", "1"): 4}, replace=False)
    assert targets.targets(s, MOT_TRIEU)[("Công ty B", "1")] == 4
    assert len(targets.targets(s, MOT_TRIEU)) == 3


def test_progress_counts_recognised_dossiers_in_the_phase_of_their_decision(s):
    recognised_dossiers(s, 2, decided=dt.date(2022, 4, 1), unit_name="Công ty A")
    c = CAMPAIGNS[MOT_TRIEU]
    targets.set_targets(s, c, {("Công ty A", "1"): 4, ("Công ty A", "2"): 6,
                               ("Công ty B", "1"): 2})
    p = targets.achievement(s, c, as_of=dt.date(2022, 5, 1))
    assert [u.unit_name for u in p.units] == ["Công ty A", "Công ty B"]
    a = p.unit("Công ty A")
    assert a.achieved == {"1": 2} and a.target == 10
    assert a.by_status == {"recognised": 2} and a.by_kind == {"ky_thuat": 2}
    assert a.by_group == {"cnld_doanh_nghiep": 2}
    assert a.benefit_vnd == 240_000_000
    assert p.total.target == 12 and p.total.achieved_total == 2
    report = target_papers.target_report_data(s, c, as_of=dt.date(2022, 5, 1))
    assert report.phase_names == ["Giai đoạn 1", "Giai đoạn 2"]
    assert [(r.unit_name, r.target, r.achieved) for r in report.rows] == [
        ("Công ty A", 10, 2), ("Công ty B", 2, 0)]
    text = " ".join(pdf_text(write_document("bao-cao-chi-tieu", report, "pdf")))
    assert "Công ty B" in text and "Đơn vị chưa đạt chỉ tiêu" in text


def test_unit_sheet_names_authors_but_never_their_cccd_or_phone(s):
    dossiers = recognised_dossiers(s, 2, unit_name="Công ty A")
    c = CAMPAIGNS[MOT_TRIEU]
    sheet = target_papers.unit_sheet_data(s, c, "Công ty A", as_of=dt.date(2022, 5, 1))
    assert sheet.by_status == [("Đã công nhận", 2)]
    assert sheet.benefit_vnd == 240_000_000
    assert {i.title for i in sheet.initiatives} == {d.title for d in dossiers}
    author = dossiers[0].authors[0]
    assert author.cccd and author.phone  # the dossier holds them…
    for fmt in ("pdf", "docx"):
        data = write_document("tom-tat-don-vi", sheet, fmt)
        text = (" ".join(pdf_text(data)) if fmt == "pdf"
                else zipfile.ZipFile(__import__("io").BytesIO(data)).read(
                    "word/document.xml").decode("utf-8"))
        assert author.full_name in text
        assert author.cccd not in text and author.phone not in text  # …the sheet never
    with pytest.raises(Exception, match="không có chỉ tiêu"):
        target_papers.unit_sheet_data(s, c, "Không có")
