"""Similarity against the archive: a resubmitted initiative in other words is found, two
dossiers sharing only the form's headings and legal boilerplate are not, the duplicate hint
and the resubmission check come from it, and a council's override goes into the history."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from sangkien_desktop.domain.council import Decision, DecisionItem, Outcome
from sangkien_desktop.domain.dossier import Author, Dossier
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.domain.similarity import own_text, shared_spans
from sangkien_desktop.domain.validation import Acknowledgement
from sangkien_desktop.services import similarity
from sangkien_desktop.services.catalog import load_campaigns
from sangkien_desktop.services.council import decisions
from sangkien_desktop.services.council.rule_packs import set_unit_pack
from sangkien_desktop.services.demo.demo_dossiers import create_demo
from sangkien_desktop.services.dossiers import checks, history, workflow
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.storage.models import DossierRow
from tests.core.test_councils import make_council, make_meeting

EARLIER = Dossier(
    title="Cải tiến quy trình bảo dưỡng máy nén khí tại phân xưởng cơ điện",
    unit_name="Phân xưởng Cơ điện", first_applied_on=dt.date(2021, 10, 4),
    authors=[Author(full_name="Lò Văn Khiêm", share_percent=Decimal(100), is_lead=True)],
    description_before="Tình trạng giải pháp đã biết: Trước đây máy nén khí của phân xưởng được "
    "bảo dưỡng theo lịch cố định ba tháng một lần, không theo dõi giờ chạy thực tế nên nhiều lần "
    "dầu bôi trơn xuống cấp sớm, van xả bị kẹt và máy dừng đột ngột giữa ca.",
    description_solution="Nội dung giải pháp: Lập sổ theo dõi giờ chạy cho từng máy nén khí, gắn "
    "đồng hồ đếm giờ vào tủ điện, thay dầu sau mỗi 500 giờ chạy và kiểm tra van xả hằng tuần. "
    "Tổ bảo dưỡng dùng phiếu kiểm tra in sẵn có mã màu cho từng hạng mục.",
    description_novelty="Tính mới: Lần đầu tiên phân xưởng bảo dưỡng theo giờ chạy thực tế thay "
    "cho lịch cố định; phiếu kiểm tra mã màu giúp công nhân mới làm đúng ngay.",
)
# The same initiative, every sentence written again in other words.
AGAIN = Dossier(
    title="Bảo dưỡng máy nén khí theo giờ chạy thực tế ở phân xưởng cơ điện",
    unit_name="Phân xưởng Cơ điện", first_applied_on=dt.date(2025, 9, 1),
    description_before="Trước kia, máy nén khí ở phân xưởng được bảo dưỡng theo lịch cố định 3 "
    "tháng một lần và không ai theo dõi giờ chạy thực tế, vì vậy dầu bôi trơn thường xuống cấp "
    "sớm, van xả hay bị kẹt khiến máy dừng đột ngột giữa ca.",
    description_solution="Chúng tôi lập sổ theo dõi giờ chạy của từng máy nén khí, lắp đồng hồ "
    "đếm giờ trong tủ điện, cứ 500 giờ chạy thì thay dầu, mỗi tuần kiểm tra van xả một lần. Tổ "
    "bảo dưỡng sử dụng phiếu kiểm tra in sẵn với mã màu riêng cho từng hạng mục.",
    description_novelty="Phân xưởng lần đầu bảo dưỡng máy theo giờ chạy thực tế chứ không theo "
    "lịch cố định; nhờ phiếu mã màu, công nhân mới cũng làm đúng ngay từ đầu.",
)
LEGAL = ("Căn cứ Nghị định số 13/2012/NĐ-CP ngày 02/3/2012 của Chính phủ ban hành Điều lệ Sáng "
         "kiến và Thông tư số 18/2013/TT-BKHCN, sáng kiến phải có tính mới trong phạm vi cơ sở.")


def form_only(title: str, before: str, solution: str, novelty: str) -> Dossier:
    """A dossier written into the report's numbered headings, with the same legal sentence."""
    return Dossier(
        title=title,
        description_before=f"7.1. Tình trạng giải pháp đã biết, nhược điểm cần khắc phục:\n{LEGAL}\n"
                           f"{before}",
        description_solution="7.2. Nội dung giải pháp đề nghị công nhận là sáng kiến:\n"
                             f"- Nội dung giải pháp, các bước thực hiện: {solution}",
        description_novelty=f"7.3. Tính mới của giải pháp:\n“{LEGAL}”\n{novelty}",
    )


LEDGER = form_only("Sổ kế toán điện tử cho công đoàn cơ sở",
                   "Sổ quỹ ghi tay dễ sai sót, cuối năm đối chiếu mất nhiều ngày.",
                   "Bảng tính có sẵn công thức tự cộng thu chi đoàn phí theo tháng.",
                   "Tự lập báo cáo quyết toán cuối năm.")
KITCHEN = form_only("Bếp ăn tập thể dùng hơi nóng tận dụng từ lò hơi",
                    "Nấu cơm bằng bếp than tốn nhiên liệu, nhiều khói bụi.",
                    "Dẫn hơi nóng từ lò hơi sản xuất sang tủ nấu cơm của nhà ăn.",
                    "Tiết kiệm than, bếp sạch hơn.")


@pytest.fixture
def archive(db):
    """Three hundred demo dossiers (the weights need an archive), the earlier initiative and
    a dossier that shares only the form with the kitchen one."""
    s = db.session()
    create_demo(s, 300, 5, councils=False)
    earlier = save_dossier(s, EARLIER)
    ledger = save_dossier(s, LEDGER)
    s.commit()
    yield s, earlier, ledger
    s.close()


def test_a_resubmission_in_other_words_is_the_best_match(archive):
    s, earlier, _ = archive
    found = similarity.top_matches(s, AGAIN)
    assert found and found[0].uuid == earlier.uuid
    assert found[0].score >= similarity.thresholds(s).warn / 100
    assert all(m.score < found[0].score / 2 for m in found[1:])


def test_dossiers_sharing_only_the_form_are_not_alike(archive):
    s, _, ledger = archive
    assert ledger.uuid not in [m.uuid for m in similarity.top_matches(s, KITCHEN, minimum=0.0)][:3]
    assert similarity.top_matches(s, KITCHEN) == [] or all(
        m.uuid != ledger.uuid for m in similarity.top_matches(s, KITCHEN))
    kitchen = save_dossier(s, KITCHEN)
    report = checks.check(s, kitchen, load_campaigns(), None)
    assert "SK-DUPLICATE" not in report.rule_ids()
    # Without the headings and the legal sentence nothing of the two is shared.
    assert shared_spans(KITCHEN.description_before, LEDGER.description_before) == []


def test_headings_and_legal_boilerplate_are_left_out():
    text = own_text(LEDGER.description_before + "\n" + LEDGER.description_novelty)
    assert "tinh trang" not in text and "nghi dinh" not in text and "can cu" not in text
    assert "so quy ghi tay de sai sot" in text and "tu lap bao cao quyet toan" in text


def test_accents_and_d_do_not_matter(archive):
    s, earlier, _ = archive
    bare = dataclasses.replace(
        AGAIN, uuid="f" * 8, title="Bao duong may nen khi theo gio chay thuc te o phan xuong co dien",
        description_solution="chung toi lap so theo doi gio chay cua tung may nen khi, lap dong ho "
        "dem gio trong tu dien, cu 500 gio chay thi thay dau, moi tuan kiem tra van xa")
    assert similarity.top_matches(s, bare)[0].uuid == earlier.uuid


def test_shared_passages_are_marked_in_the_original_text():
    spans = shared_spans(AGAIN.description_solution, EARLIER.description_solution)
    marked = [AGAIN.description_solution[sp.start:sp.end] for sp in spans]
    assert "theo dõi giờ chạy" in " ".join(marked)
    assert "kiểm tra in sẵn" in " ".join(marked)
    assert not any("Chúng tôi" in m for m in marked)


def test_own_versions_and_thresholds(archive):
    s, earlier, _ = archive
    assert all(m.uuid != earlier.uuid for m in similarity.top_matches(s, earlier))
    similarity.set_thresholds(s, similarity.Thresholds(show=90, warn=95))
    assert similarity.top_matches(s, AGAIN) == []
    with pytest.raises(InputError) as caught:
        similarity.set_thresholds(s, similarity.Thresholds(show=60, warn=40))
    assert caught.value.code == "similarity_threshold_order"
    with pytest.raises(InputError):
        similarity.set_thresholds(s, similarity.Thresholds(show=0, warn=40))


def test_the_index_is_built_for_dossiers_stored_before_it(archive):
    s, earlier, _ = archive
    from sangkien_desktop.storage import similarity_index

    similarity_index.clear(s)  # its format too: as a database upgraded with dossiers
    assert similarity_index.stored_format(s) == 0
    similarity.ensure_index(s)
    assert similarity.top_matches(s, AGAIN)[0].uuid == earlier.uuid


def recognise_in_2022(s, dossier: Dossier) -> None:
    other = save_dossier(s, Dossier(title="Bảng theo dõi ca máy bằng mã màu",
                                    unit_name="Phân xưởng Dệt", first_applied_on=dt.date(2021, 12, 1),
                                    authors=[Author(full_name="Quách Văn Toàn",
                                                    share_percent=Decimal(100))]))
    council = make_council(s)
    dossier, other = (workflow.submit(s, d.uuid) for d in (dossier, other))
    meeting = make_meeting(s, council, [dossier, other])
    decisions.issue_decision(s, Decision(
        date=dt.date(2022, 3, 22), meeting_uuid=meeting.uuid, scope="đợt 1 năm 2022",
        items=[DecisionItem(dossier.uuid, Outcome.RECOGNISED),
               DecisionItem(other.uuid, Outcome.REJECTED, reason="Chưa có số liệu hiệu quả.")]),
        user="Đinh Thị Yến")


def resubmission(db, count: int, seed: int) -> tuple[Dossier, Dossier]:
    """An archive of ``count`` demo dossiers, the initiative recognised in 2022 and the same
    one filed again in other words; committed."""
    with db.session() as s:
        create_demo(s, count, seed, councils=False)
        earlier = save_dossier(s, EARLIER)
        recognise_in_2022(s, earlier)
        again = save_dossier(s, AGAIN)
        s.commit()
    return earlier, again


def test_a_recognised_initiative_submitted_again_is_flagged_and_the_override_is_kept(archive):
    s, earlier, _ = archive
    recognise_in_2022(s, earlier)
    again = save_dossier(s, AGAIN)
    report = checks.check(s, again, load_campaigns(), None)
    flagged = [f for f in report.findings if f.rule_id == "SK-ELIG-RESUBMITTED"]
    assert [f.ref for f in flagged] == [earlier.uuid]
    assert "năm 2022" in flagged[0].message and "SK-DUPLICATE" not in report.rule_ids()
    # Never a rejection: a warning the council accepts with a written reason, kept in history.
    ack = Acknowledgement.of(flagged[0], by="Hội đồng sáng kiến", on=dt.date(2026, 3, 2),
                             reason="Giải pháp mới thay đồng hồ bằng cảm biến, khác sáng kiến 2022.")
    checks.acknowledge(s, again.uuid, ack)
    assert report.is_clear(checks.acknowledgements(s, again.uuid)) or report.has_errors
    entry = history.for_entity(s, history.DOSSIER, again.uuid)[-1]
    assert entry.action == "acknowledged"
    assert entry.changes["reason"].startswith("Giải pháp mới") and entry.changes["similar_to"] == earlier.code


def test_the_same_initiative_not_yet_recognised_is_a_duplicate_hint(archive):
    s, earlier, _ = archive
    again = save_dossier(s, AGAIN)
    report = checks.check(s, again, load_campaigns(), None)
    assert "SK-ELIG-RESUBMITTED" not in report.rule_ids()
    assert [f.ref for f in report.findings if f.rule_id == "SK-DUPLICATE"] == [earlier.uuid]


def test_eligibility_by_the_education_pack(db):
    s = db.session()
    set_unit_pack(s, "giao-duc-2026")
    late = save_dossier(s, Dossier(
        title="Học liệu số môn Toán lớp 6", solution_type="de_tai",
        first_applied_on=dt.date(2024, 9, 5),
        authors=[Author(full_name="Vũ Thị Hạnh", share_percent=Decimal(80), is_lead=True),
                 Author(full_name="Đỗ Văn Lực", share_percent=Decimal(20))]))
    report = checks.check(s, late, load_campaigns(), None, today=dt.date(2026, 2, 1))
    ids = report.rule_ids()
    assert {"SK-ELIG-COAUTHOR-SHARE", "SK-ELIG-FILING-LATE"} <= ids
    share = next(f for f in report.findings if f.rule_id == "SK-ELIG-COAUTHOR-SHARE")
    assert share.field == "authors[1].share_percent" and "20 %" in share.message and "30 %" in share.message
    assert "đồng tác giả" in share.source
    s.close()


def test_command_line_lists_the_matches(tmp_path, capsys):
    import json

    from sangkien_desktop.cli import main
    from sangkien_desktop.services.context import open_app_data

    app = open_app_data(tmp_path / "d")
    earlier, again = resubmission(app.db, 120, 4)
    app.close()
    args = ["--data-dir", str(tmp_path / "d"), "similar"]
    assert main([*args, again.code, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["code"] == earlier.code and rows[0]["warn"] and rows[0]["recognised_on"] == "2022-03-22"
    assert main([*args, again.code]) == 0
    out = capsys.readouterr().out
    assert f"{earlier.code}" in out and "công nhận ngày 22/03/2022" in out and "⚠" in out
    assert main([*args, again.code, "--min", "101"]) == 2
    assert "--min" in capsys.readouterr().err


def test_a_new_database_holds_a_complete_index_of_no_dossier(make_db):
    """Its first check builds nothing: the rule-pack step marks the empty index current (in the
    index itself, so the database is still empty for a copy or a restore into it)."""
    from sangkien_desktop.storage import similarity_index
    from sangkien_desktop.storage.transfer import is_empty

    db = make_db()  # a database of its own (the test server's shared one is emptied)
    with db.session() as s:
        assert similarity_index.stored_format(s) == similarity.INDEX_FORMAT
        assert similarity_index.doc_freq(s) == {}
    with db.engine.connect() as conn:
        assert is_empty(conn)


def test_a_package_import_leaves_the_entries_for_later_and_finds_what_a_rebuild_finds(
        tmp_path, database_url):
    """The import marks its dossiers pending instead of indexing them; the look before a search
    writes them, and every query then finds the same matches with the same scores as after
    the whole index is built again (on either engine)."""
    from sangkien_desktop.services import unit_of_work
    from sangkien_desktop.services.backup.data_check import check_data
    from sangkien_desktop.services.context import open_app_data
    from sangkien_desktop.services.exchange import package_merge, packages
    from sangkien_desktop.storage import similarity_index

    sender = open_app_data(tmp_path / "cdcs")
    receiver = open_app_data(tmp_path / "huyen", database=database_url)
    try:
        with sender.db.session() as s:
            create_demo(s, 40, 7, councils=False)
            sent = [save_dossier(s, d).uuid for d in (EARLIER, LEDGER)]
            s.commit()
            sent += list(s.scalars(select(DossierRow.uuid)))
        out = tmp_path / "goi.skpkg"
        with sender.db.session() as s:
            packages.export_package(s, sender.layout.attachments, out, sent, sender.campaigns)
        with receiver.db.session() as s:  # an archive indexed as saved, before the package
            create_demo(s, 30, 3, councils=False)
            save_dossier(s, KITCHEN)
            s.commit()
            held = similarity_index.entries(s)
        unit_of_work.run(receiver, package_merge.import_package, out,
                         receiver.layout.attachments)
        queries = [AGAIN, EARLIER, KITCHEN, dataclasses.replace(LEDGER, uuid="khac")]
        with receiver.db.session() as s:
            stored = s.scalar(select(func.count()).select_from(DossierRow))
            left = similarity_index.pending(s)
            assert len(left) == stored - len(held) > 40
            assert similarity_index.entries(s) == held  # nothing of the package's yet
            if database_url is None:  # the data check finds the index fine as it is
                assert check_data(receiver.layout, receiver.db, repair=False).findings == []
            similarity.ensure_index(s)
            s.commit()
            assert similarity_index.pending(s) == []
            assert len(similarity_index.entries(s)) == stored
            found = [similarity.top_matches(s, q, minimum=0.0) for q in queries]
            entries, counts = similarity_index.entries(s), similarity_index.doc_freq(s)
            similarity.rebuild(s)
            s.commit()
            assert similarity_index.entries(s) == entries
            assert similarity_index.doc_freq(s) == counts
            assert [similarity.top_matches(s, q, minimum=0.0) for q in queries] == found
        assert found[0][0].title == EARLIER.title and found[0][0].uuid in sent
    finally:
        sender.close()
        receiver.close()
