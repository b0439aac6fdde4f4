"""The portal package and outbox: fields in the form's order, the text within the limit, one
PDF with the report and the decision, an index.html that stands alone, and the marks."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import zipfile
from html.parser import HTMLParser

import pytest
from pypdf import PdfReader

from sangkien_desktop.cli import main
from sangkien_desktop.domain.dossier import Sector, Status
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.exchange import portal
from sangkien_desktop.services.settings import save_unit_profile
from tests.core.test_councils import make_council, make_dossiers, make_meeting
from tests.core.test_decisions import UNIT, issue

CAMPAIGN = "mot-trieu-sang-kien-2021-2023"


def _ready(d):
    lead = dataclasses.replace(d.authors[0], phone="0912345678", cccd="040190001234")
    return dataclasses.replace(
        d, campaign_id=CAMPAIGN, target_group="cnld_doanh_nghiep", sector=Sector.ENTERPRISE,
        province_code="provinces-1997/nghe-an", authors=[lead, *d.authors[1:]],
        description_solution="Lắp bộ trao đổi nhiệt tấm trên đường nước thải nhuộm.",
        portal_text="")


@pytest.fixture
def app(tmp_path):
    data = open_app_data(tmp_path / "data")
    with data.db.session() as s:
        save_unit_profile(s, UNIT)
        council = make_council(s)
        dossiers = [save_dossier(s, _ready(d)) for d in make_dossiers(s)]
        meeting = make_meeting(s, council, dossiers)
        issue(s, meeting, dossiers)  # the first recognised (frozen), the second rejected
        s.commit()
    data.good, data.weak = dossiers[0].uuid, dossiers[1].uuid
    yield data
    data.close()


def export(app, out, uuids=None):
    with app.db.session() as s:
        return portal.export_portal(s, app.layout.attachments, out, app.campaigns, uuids)


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.buttons, self.external, self.sections, self.spans = 0, [], 0, {}
        self._span = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "button":
            self.buttons += 1
        if tag in ("link", "img", "iframe") or (tag == "script" and a.get("src")):
            self.external.append(tag)
        if tag == "section":
            self.sections += 1
        if tag == "span" and a.get("id"):
            self._span = a["id"]
            self.spans[self._span] = ""

    def handle_data(self, data):
        if self._span:
            self.spans[self._span] += data

    def handle_endtag(self, tag):
        if tag == "span":
            self._span = None


def test_outbox_lists_recognised_dossiers_not_yet_entered(app):
    with app.db.session() as s:
        rows = portal.outbox(s, app.campaigns)
    assert [r.uuid for r in rows] == [app.good] and rows[0].to_enter


def test_portal_package_holds_fields_text_and_one_pdf(app, tmp_path):
    out = tmp_path / "cong" / "goi-cong.zip"
    done = export(app, out)
    [item] = done.items
    assert [f.key for f in item.fields] == ["full_name", "phone", "cccd", "workplace", "sector",
                                            "target_group"]
    values = {f.key: f.value for f in item.fields}
    assert values["full_name"] == "Kiều Thị Mai Phương" and values["phone"] == "0912345678"
    assert values["workplace"] == "Liên đoàn Lao động tỉnh Nghệ An"
    assert values["sector"] == "Khối doanh nghiệp"
    assert values["target_group"].startswith("Công nhân lao động trong các doanh nghiệp")
    assert "bộ trao đổi nhiệt" in item.description and item.count_label.endswith("/2.000 ký tự")

    folder = tmp_path / "cong" / "goi-cong"
    assert done.folder == folder and (folder / "index.html").is_file()
    code = item.code
    pdf = (folder / code / f"{code}-ho-so.pdf").read_bytes()
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "BÁO CÁO MÔ TẢ SÁNG KIẾN" in text and "QUYẾT ĐỊNH" in text
    assert "Thu hồi nhiệt nước thải nhuộm" in text
    info = (folder / code / "thong-tin.txt").read_text()
    assert "Họ và tên: Kiều Thị Mai Phương" in info
    # The phone and CCCD the portal asks are written once, in index.html where they are
    # copied from: the text file shows the last digits, the JSON leaves them out.
    assert "0912345678" not in info and "040190001234" not in info
    assert "Số CMND/CCCD: •••••••••234 (đầy đủ trong index.html)" in info
    data = (folder / "du-lieu.json").read_text()
    assert "0912345678" not in data and "040190001234" not in data
    assert json.loads(data)[0]["withheld_personal_data"] == ["phone", "cccd"]
    page = (folder / "index.html").read_text()
    assert "040190001234" in page and "Đừng chép lên máy dùng chung" in page
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
        assert f"goi-cong/{code}/{code}-ho-so.pdf" in names and "goi-cong/index.html" in names
        assert zf.read(f"goi-cong/{code}/{code}-ho-so.pdf") == pdf


def test_index_html_stands_alone_with_a_copy_button_per_field(app, tmp_path):
    done = export(app, tmp_path / "goi.zip")
    page = (done.folder / "index.html").read_text(encoding="utf-8")
    parser = _Page()
    parser.feed(page)
    assert parser.external == [] and "http://" not in page and "https://" not in page
    assert "<style>" in page and "<script>" in page and 'charset="utf-8"' in page
    [item] = done.items
    assert parser.sections == 1
    assert parser.buttons == len(item.fields) + 2  # every field, the title and the description
    assert parser.spans["hs1-description"] == item.description
    assert parser.spans["hs1-cccd"] == "040190001234"


def test_a_text_over_the_limit_is_refused_and_nothing_is_written(app, tmp_path):
    with app.db.session() as s:
        d = get_dossier(s, app.good)
        save_dossier(s, dataclasses.replace(d, portal_text="Rất dài. " * 300))
        s.commit()
    with pytest.raises(InputError) as info:
        export(app, tmp_path / "goi.zip")
    assert "2.699/2.000 ký tự" in info.value.message and "rút gọn" in info.value.message
    assert list(tmp_path.glob("goi*")) == []


def test_an_interrupted_portal_export_leaves_nothing(app, tmp_path):
    out = tmp_path / "goi.zip"
    with app.db.session() as s:
        steps = portal.iter_export_portal(s, app.layout.attachments, out, app.campaigns)
        for step in steps:
            if step.stage == "zip":
                with pytest.raises(RuntimeError):
                    steps.throw(RuntimeError("mất điện"))
                break
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]


def test_marking_entered_accepted_and_returned(app):
    with app.db.session() as s:
        portal.mark_entered(s, app.good, dt.date(2022, 4, 2), "TN-2022-0457")
        s.commit()
        assert get_dossier(s, app.good).status == Status.ENTERED
        [row] = portal.outbox(s, app.campaigns)
        assert not row.to_enter and row.entry.receipt == "TN-2022-0457"
        with pytest.raises(InputError):
            portal.mark_result(s, app.good, portal.RETURNED, "  ")
        entry = portal.mark_result(s, app.good, portal.RETURNED, "Thiếu bản chụp quyết định")
        s.commit()
        # Frozen: reopened as a correction version, the recognised one untouched.
        copy = get_dossier(s, entry.next_uuid)
        assert copy.status == Status.DRAFT
        assert history.version_of(s, copy.uuid).previous_uuid == app.good
        assert portal.outbox(s, app.campaigns) == []
        assert [e.action for e in history.for_entity(s, history.DOSSIER, app.good)][-2:] == [
            "superseded", "portal_returned"]


def test_a_returned_dossier_not_frozen_goes_back_to_the_outbox(app):
    with app.db.session() as s:
        d = get_dossier(s, app.weak)
        # Recognised elsewhere and received as such, without a freeze here.
        save_dossier(s, dataclasses.replace(d, status=Status.RECOGNISED), imported=True)
        portal.mark_entered(s, app.weak, dt.date(2022, 4, 2))
        portal.mark_result(s, app.weak, portal.RETURNED, "Sai đối tượng")
        s.commit()
        rows = {r.uuid: r for r in portal.outbox(s, app.campaigns)}
        assert rows[app.weak].to_enter and rows[app.weak].entry.reason == "Sai đối tượng"
        portal.mark_entered(s, app.weak, dt.date(2022, 4, 5))
        portal.mark_result(s, app.weak, portal.ACCEPTED)
        s.commit()
        assert app.weak not in {r.uuid for r in portal.outbox(s, app.campaigns)}
        done = {r.uuid: r for r in portal.outbox(s, app.campaigns, include_done=True)}
        assert done[app.weak].entry.result_label == "Được chấp nhận"


def test_cli_export_portal_and_marks(app, tmp_path, capsys):
    root = str(app.layout.root)
    out = tmp_path / "cli.zip"
    assert main(["--data-dir", root, "export-portal", "--out", str(out)]) == 0
    assert out.is_file() and (tmp_path / "cli" / "index.html").is_file()
    assert main(["--data-dir", root, "portal-mark", app.good, "--entered", "02/04/2022",
                 "--receipt", "TN-1"]) == 0
    assert main(["--data-dir", root, "portal-mark", app.good, "--accepted"]) == 0
    assert main(["--data-dir", root, "portal-list", "--all", "--json"]) == 0
    assert '"result": "accepted"' in capsys.readouterr().out


def test_cli_package_round_trip(app, tmp_path, capsys):
    root = str(app.layout.root)
    out = tmp_path / "goi.skpkg"
    assert main(["--data-dir", root, "export-package", "--dossiers", app.good, app.weak,
                 "--out", str(out)]) == 0
    other = str(tmp_path / "other")
    assert main(["--data-dir", other, "import-package", str(out), "--dry-run", "--json"]) == 0
    assert '"dry_run": true' in capsys.readouterr().out
    assert main(["--data-dir", other, "import-package", str(out)]) == 0
    assert "3 mục mới" in capsys.readouterr().out
    assert main(["--data-dir", other, "import-package", str(out)]) == 0
    assert "0 mục mới; 3 mục đã có" in capsys.readouterr().out
    (tmp_path / "bad.skpkg").write_bytes(out.read_bytes()[:-100])
    assert main(["--data-dir", other, "import-package", str(tmp_path / "bad.skpkg")]) == 2
    assert "Không nhận gói" in capsys.readouterr().err


def test_a_finished_portal_package_is_offered_for_deletion(app, tmp_path, capsys):
    from sangkien_desktop.services.exchange import portal_exports

    root = str(app.layout.root)
    out = tmp_path / "cong.zip"
    assert main(["--data-dir", root, "export-portal", "--out", str(out)]) == 0
    assert "Đừng chép lên máy dùng chung" in capsys.readouterr().out
    with app.db.session() as s:
        [record] = portal_exports.exports(s)
        assert record.uuids == (app.good,) and record.personal == 1
        assert portal_exports.finished(s) == []
    assert main(["--data-dir", root, "portal-mark", app.good, "--entered", "02/04/2022"]) == 0
    assert "thêm --delete-done để xóa gói" in capsys.readouterr().out
    assert out.is_file() and (tmp_path / "cong").is_dir()
    assert main(["--data-dir", root, "portal-mark", app.good, "--accepted", "--delete-done"]) == 0
    assert "Đã xóa gói cho Cổng" in capsys.readouterr().out
    assert not out.exists() and not (tmp_path / "cong").exists()
    with app.db.session() as s:
        assert portal_exports.exports(s) == []
