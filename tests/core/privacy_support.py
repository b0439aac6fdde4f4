"""A data folder where one person, Kiều Thị Mai Phương, has personal data everywhere: author of
a recognised (frozen) dossier, author of a dossier in the bin, applier of a draft, named in
notes, an attachment's note, the history log and an autosaved editor draft."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sangkien_desktop.domain.dossier import Applier, Author, Dossier
from sangkien_desktop.services.context import AppData, open_app_data
from sangkien_desktop.services.dossiers import drafts, recycle_bin, workflow
from sangkien_desktop.services.dossiers.attachments import store_file
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.settings import save_unit_profile
from tests.core.test_councils import make_council, make_meeting
from tests.core.test_decisions import UNIT, issue

CCCD = "038190012345"
PHONE = "0912345678"
BORN = dt.date(1990, 1, 5)
HOME = "Số 12 đường Lê Lợi, phường Vinh Phú, Nghệ An"
NAME = "Kiều Thị Mai Phương"
OTHER_CCCD = "040085001122"


@dataclass
class World:
    app: AppData
    recognised: str  # Phương is author 1 of it; frozen by a decision
    rejected: str
    draft: str  # Phương is applier 1 (name and birth date only)
    binned: str  # Phương is the author, with CCCD; in the bin
    decision: str


def phuong(**kw) -> Author:
    return Author(full_name=NAME, birth_date=BORN, workplace=HOME, cccd=CCCD, phone=PHONE,
                  share_percent=Decimal(70), is_lead=True, **kw)


def make_world(root: Path) -> World:
    return fill_world(open_app_data(root))


def fill_world(app: AppData) -> World:
    scan = app.layout.root.parent / "ghi-chu.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + os.urandom(500))
    with app.db.session() as s:
        save_unit_profile(s, UNIT)
        council = make_council(s)
        ref = dataclasses.replace(store_file(app.layout.attachments, scan),
                                  note="Bản chụp giấy xác nhận, CCCD 038 190 012 345")
        good = save_dossier(s, Dossier(
            title="Thu hồi nhiệt nước thải nhuộm để gia nhiệt nước cấp",
            unit_name="Phân xưởng Nhuộm", first_applied_on=dt.date(2021, 11, 2),
            benefit_unit_vnd=86_400_000, notes="Liên hệ chị Phương: 0912.345.678",
            authors=[phuong(), Author(full_name="Châu Ngọc Sơn", cccd=OTHER_CCCD,
                                      share_percent=Decimal(30))],
            attachments=[ref]))
        weak = save_dossier(s, Dossier(
            title="Bảng theo dõi ca máy bằng mã màu", unit_name="Phân xưởng Dệt",
            first_applied_on=dt.date(2021, 12, 1),
            authors=[Author(full_name="Quách Văn Toàn", share_percent=Decimal(100))]))
        good, weak = (workflow.submit(s, d.uuid) for d in (good, weak))
        meeting = make_meeting(s, council, [good, weak])
        decision = issue(s, meeting, [good, weak])
        draft = save_dossier(s, Dossier(
            title="Sổ tay an toàn điện cho ca đêm", unit_name="Phân xưởng Nhuộm",
            authors=[Author(full_name="Châu Ngọc Sơn", share_percent=Decimal(100))],
            appliers=[Applier(full_name="Kieu Thi Mai Phuong", birth_date=dt.date(1990, 1, 4),
                              workplace="Phân xưởng Nhuộm")]))
        # An edit: the log now holds the applier's old and new birth dates.
        draft = save_dossier(s, dataclasses.replace(draft, appliers=[dataclasses.replace(
            draft.appliers[0], birth_date=BORN)]))
        binned = save_dossier(s, Dossier(
            title="Giá đỡ cuộn vải di động", unit_name="Phân xưởng Dệt",
            authors=[phuong()]))
        recycle_bin.move_to_bin(s, binned.uuid)
        drafts.save_draft(s, good.uuid, {
            "title": good.title, "widgets": {"notesEdit": "Gọi 0912 345 678"},
            "authors": [[NAME, "05/01/1990", HOME, "", "", CCCD, PHONE, "70", "1"],
                        ["Châu Ngọc Sơn", "", "", "", "", OTHER_CCCD, "", "30", ""]]})
        s.commit()
    return World(app, good.uuid, weak.uuid, draft.uuid, binned.uuid, decision.uuid)


def database_bytes(app: AppData) -> bytes:
    """The database file and its write-ahead log as they lie on disk."""
    data = b""
    for suffix in ("", "-wal"):
        path = app.layout.database.with_name(app.layout.database.name + suffix)
        if path.exists():
            data += path.read_bytes()
    return data
