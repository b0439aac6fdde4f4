"""`sangkien decide` with the pay calculator's choices (issue 21, item 6): a share of each
year's benefit (at least the pack's 7 % for its first three years) split by the authors'
shares, or the unit's own sum with its written basis; the basis printed, the plan stored as
the decision window stores it, the annex printing it; wrong choices refused with the reason."""

from __future__ import annotations

from decimal import Decimal

from pypdf import PdfReader

from sangkien_desktop.domain.pay import PayBasis, PayPlan
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.council import decisions
from tests.core.test_cli_settings_decide import meeting, run  # noqa: F401  (the fixture)


def _items(d):
    app = open_app_data(d)
    try:
        with app.db.session() as s:
            (decision,) = decisions.list_decisions(s)
            return {i.dossier_uuid: i for i in decisions.get_decision(s, decision.uuid).items}
    finally:
        app.close()


def test_pay_by_benefit_is_printed_split_by_shares_and_stored_as_the_window_stores_it(
        meeting, capsys, tmp_path):  # noqa: F811
    d, uuid, (good, weak) = meeting
    args = ["decide", "--meeting", uuid, "--date", "22/03/2022",
            "--pay-benefit", good.code, "86.400.000", "90 triệu", "95000000",
            "--scope", f"{good.code}=co_so"]
    assert run(d, *args, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "thù lao — căn cứ: Thù lao bằng 7 % giá trị làm lợi của từng năm trong 3 năm đầu" in out
    # 7 % of each year, 70 % and 30 % of it: 6.048.000, 6.300.000, 6.650.000.
    assert "Kiều Thị Mai Phương (70 %): 4.233.600 + 4.410.000 + 4.655.000 = 13.298.600 đồng" in out
    assert "Châu Ngọc Sơn (30 %): 1.814.400 + 1.890.000 + 1.995.000 = 5.699.400 đồng" in out
    assert "Tổng cộng: 18.998.000 đồng" in out
    assert "phạm vi ảnh hưởng: Phạm vi cơ sở" in out
    assert run(d, *args) == 0
    item = _items(d)[good.uuid]
    # What the window's calculator makes of the same figures (pay_dialog.collect).
    assert item.pay == PayPlan(PayBasis.BENEFIT, Decimal(7), (86_400_000, 90_000_000, 95_000_000))
    assert item.reward_vnd == 18_998_000 and item.scope_code == "co_so"
    out_pdf = tmp_path / "qd.pdf"
    capsys.readouterr()
    assert run(d, "doc", "quyet-dinh", "--decision", "01/QĐ-CĐCS", "--out", str(out_pdf)) == 0
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out_pdf).pages).split())
    assert "13.298.600" in text and "Thù lao bằng 7 % giá trị làm lợi" in text


def test_the_units_own_sum_needs_its_basis_and_a_higher_share_is_kept(meeting, capsys):  # noqa: F811
    d, uuid, (good, weak) = meeting
    base = ["decide", "--meeting", uuid, "--date", "22/03/2022", "--dry-run"]
    # The unit's own sum is for an initiative whose benefit cannot be computed (weak has none).
    base_weak = [*base, "--recognise", weak.code,
                 "--reason", f"{weak.code}=Đã áp dụng ổn định tại Phân xưởng Dệt."]
    assert run(d, *base_weak, "--pay-sum", f"{weak.code}=5 triệu") == 2
    assert "căn cứ của khoản tiền do đơn vị quyết định" in capsys.readouterr().err
    assert run(d, *base_weak, "--pay-sum", f"{weak.code}=5 triệu",
               "--pay-basis", f"{weak.code}=Quy chế chi tiêu nội bộ năm 2022") == 0
    out = capsys.readouterr().out
    assert ("căn cứ: Không tính được giá trị làm lợi: thù lao là khoản tiền 5.000.000 đồng do "
            "đơn vị quyết định, căn cứ Quy chế chi tiêu nội bộ năm 2022") in out
    assert "Quách Văn Toàn (100 %): 5.000.000 đồng" in out
    # An initiative with a computed benefit is paid a share of it: the paper would say
    # "the benefit cannot be computed" beside its 86.400.000 đồng.
    assert run(d, *base, "--pay-sum", f"{good.code}=5 triệu",
               "--pay-basis", f"{good.code}=Quy chế chi tiêu nội bộ năm 2022") == 2
    err = capsys.readouterr().err
    assert "giá trị làm lợi 86.400.000 đồng" in err and "ít nhất 7 %" in err, err
    # The first year from the dossier's own benefit; a share above the minimum.
    assert run(d, *base, "--pay-benefit", good.code, "--pay-percent", f"{good.code}=8,5") == 0
    assert "Thù lao bằng 8,5 % giá trị làm lợi của từng năm trong 1 năm đầu" in capsys.readouterr().out


def test_wrong_pay_choices_are_refused_and_nothing_is_decided(meeting, capsys):  # noqa: F811
    d, uuid, (good, weak) = meeting
    base = ["decide", "--meeting", uuid, "--date", "22/03/2022"]
    cases = [
        (["--pay-benefit", good.code, "86400000", "--pay-percent", f"{good.code}=5"],
         "thấp hơn mức tối thiểu 7 %"),
        (["--pay-benefit", good.code, "1", "2", "3", "4"], "nhiều nhất 3 năm"),
        (["--pay-benefit", weak.code, "1000000"], "chỉ ghi cho hồ sơ được công nhận"),
        (["--pay-benefit", good.code, "1000000", "--pay-sum", f"{good.code}=1000000",
          "--pay-basis", f"{good.code}=Quy chế"], "chọn một cách tính thù lao"),
        (["--pay-basis", f"{good.code}=Quy chế"], "căn cứ của --pay-sum"),
        (["--pay-percent", f"{good.code}=8"], "chỉ dùng cùng --pay-benefit"),
        (["--pay-benefit", good.code, "mười triệu"], "mười triệu"),
        (["--scope", f"{good.code}=toan_quoc"], "Phạm vi “toan_quoc” không có"),
    ]
    for extra, said in cases:
        assert run(d, *base, *extra) == 2, extra
        assert said in capsys.readouterr().err, extra
    app = open_app_data(d)
    with app.db.session() as s:
        assert decisions.list_decisions(s) == []
    app.close()
