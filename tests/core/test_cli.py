from __future__ import annotations

import json
import os
import sys

from sangkien_desktop.cli import main
from sangkien_desktop.domain.dossier import Author, Dossier
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.settings import save_unit_profile


def _seed(data_dir, *, unit=None):
    app = open_app_data(data_dir)
    with app.db.session() as s:
        if unit is not None:
            save_unit_profile(s, unit)
        save_dossier(s, Dossier(title="Sáng kiến Đường ống nước", authors=[Author(full_name="Lê Thị Mai")]))
        save_dossier(s, Dossier(title="Tổ chức Lao động khoa học"))
        s.commit()
    app.close()


def test_list_json_and_search(tmp_path, capsys):
    _seed(tmp_path / "d")
    assert main(["--data-dir", str(tmp_path / "d"), "list", "--json", "--search", "duong"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["title"] for r in rows] == ["Sáng kiến Đường ống nước"]
    assert rows[0]["lead_author"] == "Lê Thị Mai"
    assert main(["--data-dir", str(tmp_path / "d"), "list", "--search", "lao dong"]) == 0
    out = capsys.readouterr().out
    assert "Tổ chức Lao động khoa học" in out and "— 1 hồ sơ" in out


def test_data_dir_from_environment(tmp_path, capsys, monkeypatch):
    _seed(tmp_path / "env")
    monkeypatch.setenv("SANGKIEN_DATA_DIR", str(tmp_path / "env"))
    assert main(["list", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2


def test_export_and_import_between_data_dirs(tmp_path, capsys):
    _seed(tmp_path / "a")
    out = tmp_path / "hoso.json"
    assert main(["--data-dir", str(tmp_path / "a"), "export-json", "--out", str(out)]) == 0
    assert main(["--data-dir", str(tmp_path / "b"), "import-json", str(out)]) == 0
    assert "Đã nhập 2 hồ sơ mới" in capsys.readouterr().out
    assert main(["--data-dir", str(tmp_path / "b"), "import-json", str(out)]) == 0
    assert "Đã nhập 0 hồ sơ mới; 2 hồ sơ đã có, giống hệt" in capsys.readouterr().out


def test_export_by_code(tmp_path, capsys):
    _seed(tmp_path / "a")
    out = tmp_path / "one.json"
    main(["--data-dir", str(tmp_path / "a"), "list", "--json"])
    code = json.loads(capsys.readouterr().out)[0]["code"]
    assert main(["--data-dir", str(tmp_path / "a"), "export-json", "--out", str(out), code]) == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))["dossiers"]) == 1


def test_errors_are_plain_messages_not_tracebacks(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path / "a"), "import-json", str(tmp_path / "none.json")]) == 2
    assert "Không tìm thấy tệp" in capsys.readouterr().err
    assert main(["--data-dir", str(tmp_path / "a"), "export-json", "--out", "x.json", "SK-1"]) == 2
    assert "Không tìm thấy hồ sơ" in capsys.readouterr().err


def test_gui_without_display_explains_what_to_do(tmp_path, capsys, monkeypatch):
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert main(["--data-dir", str(tmp_path), "gui"]) == 2
    err = capsys.readouterr().err
    assert "Xvfb" in err and "sangkien --help" in err


def test_check_exits_1_on_errors_and_0_when_clean(tmp_path, capsys):
    import datetime as dt
    from decimal import Decimal

    app = open_app_data(tmp_path / "c")
    good = Dossier(
        title="Hệ thống nhắc lịch bảo dưỡng máy",
        campaign_id="cong-nhan-cap-co-so",
        solution_type="quan_ly",
        target_group="cnld_doanh_nghiep",
        field_of_application="Bảo dưỡng thiết bị",
        unit_name="Công ty CP Cơ điện Hà Nam",
        first_applied_on=dt.date(2024, 3, 1),
        description_before="Trước đây lịch bảo dưỡng ghi tay trên sổ, hay bị quên.",
        description_solution="Lập bảng tính nhắc lịch tự động cho từng máy theo giờ chạy.",
        description_novelty="Lần đầu đơn vị nhắc lịch theo giờ chạy thực tế.",
        benefit_unit_vnd=30_000_000,
        benefit_calculation="Giảm 3 lần dừng máy × 10.000.000 đồng",
        attests_public_order=True,
        attests_no_ip_protection=True,
        authors=[Author(full_name="Lê Thị Mai", share_percent=Decimal(100), birth_date=dt.date(1990, 1, 1))],
    )
    bad = Dossier(title="Thiếu nhiều thứ", campaign_id="mot-trieu-sang-kien-2021-2023",
                  first_applied_on=dt.date(2021, 8, 31))
    with app.db.session() as s:
        good = save_dossier(s, good)
        bad = save_dossier(s, bad)
        s.commit()
    app.close()
    base = ["--data-dir", str(tmp_path / "c"), "check"]
    assert main(base + [good.code]) == 0, capsys.readouterr().out
    capsys.readouterr()
    assert main(base + ["--json", bad.code]) == 1
    result = json.loads(capsys.readouterr().out)[0]
    ids = {f["rule_id"] for f in result["findings"]}
    assert "SK-DATE-WINDOW" in ids and result["has_errors"]
    assert result["rules_version"].startswith("mot-trieu-sang-kien-2021-2023@")
    window = next(f for f in result["findings"] if f["rule_id"] == "SK-DATE-WINDOW")
    assert window["field"] == "first_applied_on" and window["source"]
    assert main(base) == 1
    out = capsys.readouterr().out
    assert "SK-DATE-WINDOW" in out and "Căn cứ:" in out and "— 2 hồ sơ" in out


def test_demo_is_reproducible(tmp_path, capsys):
    listings = []
    for name in ("a", "b"):
        assert main(["--data-dir", str(tmp_path / name), "demo", "--count", "30", "--seed", "7"]) == 0
        assert "Đã tạo 30 hồ sơ mẫu" in capsys.readouterr().out
        main(["--data-dir", str(tmp_path / name), "list", "--json"])
        listings.append(json.loads(capsys.readouterr().out))
    assert len(listings[0]) >= 29  # a few demo dossiers start in the bin
    assert [(r["uuid"], r["title"]) for r in listings[0]] == [(r["uuid"], r["title"]) for r in listings[1]]


def test_doc_writes_the_application_as_pdf_and_docx(tmp_path, capsys):
    from pypdf import PdfReader

    from tests.core.test_decisions import UNIT

    _seed(tmp_path / "d", unit=UNIT)  # papers need the unit's name (test_first_run.py)
    main(["--data-dir", str(tmp_path / "d"), "list", "--json", "--search", "duong"])
    code = json.loads(capsys.readouterr().out)[0]["code"]
    pdf = tmp_path / "out" / "don.pdf"
    assert main(["--data-dir", str(tmp_path / "d"), "doc", "don-yeu-cau", "--dossier", code,
                 "--format", "pdf", "--out", str(pdf)]) == 0
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "Sáng kiến Đường ống nước" in text and "Lê Thị Mai" in text
    docx = tmp_path / "out" / "mo-ta.docx"
    assert main(["--data-dir", str(tmp_path / "d"), "doc", "bao-cao-mo-ta", "--dossier", code,
                 "--format", "docx", "--out", str(docx)]) == 0
    assert docx.read_bytes()[:2] == b"PK"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["don.pdf", "mo-ta.docx"]
    assert main(["--data-dir", str(tmp_path / "d"), "doc", "khong-co", "--dossier", code,
                 "--out", str(pdf)]) == 2
    assert "không có loại văn bản" in capsys.readouterr().err


def test_output_cut_short_by_the_reader_is_not_an_error(tmp_path):
    import subprocess

    env = {**os.environ, "SANGKIEN_DATA_DIR": str(tmp_path)}
    subprocess.run([sys.executable, "-m", "sangkien_desktop", "demo", "--count", "1500", "--seed", "3"],
                   env=env, check=True, capture_output=True)
    proc = subprocess.Popen([sys.executable, "-m", "sangkien_desktop", "list"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    assert proc.wait(timeout=60) == 0
    assert "Traceback" not in proc.stderr.read().decode()


def test_list_shows_each_dossier_once_unless_old_versions_are_asked_for(tmp_path, capsys):
    import datetime as dt
    from decimal import Decimal

    from sangkien_desktop.domain.council import Decision, DecisionItem, Outcome
    from sangkien_desktop.services.council import decisions

    app = open_app_data(tmp_path / "d")
    with app.db.session() as s:
        d = save_dossier(s, Dossier(title="Khuôn gá hàn ống", code="SK-2024-00001",
                                    first_applied_on=dt.date(2024, 3, 1),
                                    authors=[Author(full_name="Vũ Văn Khải", share_percent=Decimal(100))]))
        decisions.issue_decision(s, Decision(date=dt.date(2024, 5, 2), items=[
            DecisionItem(d.uuid, Outcome.RECOGNISED)]))
        decisions.new_version(s, d.uuid)
        s.commit()
    app.close()
    base = ["--data-dir", str(tmp_path / "d"), "list"]
    assert main([*base, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["code"], r["version"], r["superseded"]) for r in rows] == [("SK-2024-00001", 2, False)]
    assert main([*base, "--old-versions"]) == 0
    out = capsys.readouterr().out
    assert "SK-2024-00001 · bản 1" in out and "SK-2024-00001 · bản 2" in out and "— 2 hồ sơ" in out


def test_list_reads_the_same_through_plain_sqlite3_as_through_the_full_way(tmp_path, capsys,
                                                                          monkeypatch):
    """`sangkien list` on a database at the latest schema reads it through plain sqlite3
    (cli/dossiers.py: _list_light); it prints exactly what the full way prints."""
    from sangkien_desktop.cli import dossiers

    data = str(tmp_path / "d")
    assert main(["--data-dir", data, "demo", "--count", "60", "--seed", "8"]) == 0
    capsys.readouterr()
    light_runs = []
    light = dossiers._list_light
    monkeypatch.setattr(dossiers, "_list_light", lambda *a: light_runs.append(1) or light(*a))
    variants = [[], ["--json"], ["--search", "lao dong", "--limit", "5"],
                ["--status", "recognised", "--json"], ["--old-versions", "--limit", "30"],
                ["--bin"], ["--search", "zzzz"]]
    printed = {}
    for args in variants:
        assert main(["--data-dir", data, "list", *args]) == 0
        printed[tuple(args)] = capsys.readouterr().out
    assert len(light_runs) == len(variants)

    def full_way(*_args):
        return None

    monkeypatch.setattr(dossiers, "_list_light", full_way)
    for args in variants:
        assert main(["--data-dir", data, "list", *args]) == 0
        assert capsys.readouterr().out == printed[tuple(args)], args
    assert "— 0 hồ sơ" in printed[("--search", "zzzz")]


def test_list_upgrades_an_older_database_the_full_way(tmp_path, capsys):
    import shutil
    from pathlib import Path

    data = tmp_path / "d"
    data.mkdir()
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "schemas" / "schema-7.sqlite3"
    shutil.copy(fixture, data / "sangkien.sqlite3")
    assert main(["--data-dir", str(data), "list", "--search", "may boc"]) == 0
    out = capsys.readouterr().out
    assert "Máy bóc vỏ lạc" in out and "— 1 hồ sơ" in out


def test_the_windows_command_line_is_read_as_the_parser_reads_it():
    import pytest

    from sangkien_desktop.cli import _parser, plain_gui_args

    plain = [
        ["gui"], ["gui", "--quit-after-load"], ["--data-dir", "/d", "gui", "--quit-when-ready"],
        ["--data-dir=/d d", "gui", "goi.skpkg"], ["gui", "--", "-dash.skpkg"],
        ["gui", "--quit-after-load", "--", "/tmp/a b.skpkg"], ["gui", "a.skpkg", "--quit-when-ready"],
        ["--database", "postgresql://ha@may-chu/sk", "gui"],
        ["--data-dir", "/d", "--database=postgresql://ha@may-chu/sk", "gui", "--quit-after-load"],
    ]
    for argv in plain:
        assert plain_gui_args(argv) == _parser().parse_args(argv), argv
    others = [["list"], ["gui", "-h"], ["gui", "--bogus"], ["gui", "a", "b"], ["--data-dir", "gui"],
              ["--database", "gui"],
              ["--version"], ["--data-dir"], ["gui", "-x.skpkg"], []]
    for argv in others:
        assert plain_gui_args(argv) is None, argv
    with pytest.raises(SystemExit):  # the parser explains these
        _parser().parse_args(["gui", "a", "b"])


def test_the_command_table_lists_what_the_areas_add_in_the_order_help_lists_them():
    """cli.COMMANDS names each command's area: the whole parser has exactly its commands, in
    its order, and each area adds exactly the commands listed under it."""
    import argparse

    from sangkien_desktop import cli

    parser = cli._parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert list(sub.choices) == list(cli.COMMANDS)

    class Names:
        def __init__(self):
            self.names = []

        def add_parser(self, name, **kwargs):
            self.names.append(name)
            return cli._Ignored()

    for area in dict.fromkeys(cli.COMMANDS.values()):
        names = Names()
        cli._register(area)(names)
        assert names.names == [c for c, a in cli.COMMANDS.items() if a == area], area


def _run(argv):
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:
            code = exc.code
    return code, out.getvalue(), err.getvalue()


def test_a_command_parsed_alone_reads_and_explains_as_the_whole_parser(tmp_path, monkeypatch):
    """`sangkien CMD …` builds CMD's parser alone (cli._lone_parser); every help, every error
    and every reading is what the whole parser gives (the lone one turned off)."""
    from sangkien_desktop import cli

    monkeypatch.setenv("COLUMNS", "100")
    data = str(tmp_path / "d")
    lines = [["--help"], [], ["-h"], ["--version"], ["lisst"], ["--data-dir"], ["--bogus"],
             ["--help", "list"], ["--he", "list"], ["list", "--bogus"], ["list", "--status", "xx"],
             ["list", "--limit", "a"], ["list", "extra"], ["--", "list"], ["program"],
             ["program", "list", "--help"], ["program", "lisst"], ["--data", data, "list", "--help"],
             ["--data-dir", "demo", "list", "--help"], ["doc"], ["export-package"],
             ["gui", "a", "b"], ["--data-dir", data, "list", "--json", "--limit", "2"]]
    lines += [[c, "--help"] for c in cli.COMMANDS] + [[c, "--zzz"] for c in cli.COMMANDS]
    alone = {tuple(a): _run(a) for a in lines}
    built = []
    lone = cli._lone_parser
    monkeypatch.setattr(cli, "_lone_parser", lambda argv: built.append(argv) or lone(argv))
    for argv in (["list", "--help"], ["--version"], ["--data", data, "list", "--help"]):
        _run(argv)
        assert built.pop() == argv  # the lone parser is what reads these
    monkeypatch.setattr(cli, "_lone_parser", lambda argv: None)
    for argv in lines:
        assert _run(argv) == alone[tuple(argv)], argv
    assert "withdraw-nomination" in alone[("--help",)][1]
    assert "invalid choice: 'lisst' (choose from 'gui', 'rebuild-index'" in alone[("lisst",)][2]
    assert alone[("list", "--help")][1].startswith("usage: sangkien list [-h] [--json]")


def test_the_window_is_opened_from_a_form_only_the_parser_reads(monkeypatch):
    """``--data-d DIR gui`` (an abbreviated option, which plain_gui_args leaves to the parser)
    opens the window too."""
    from sangkien_desktop import cli

    opened = []
    monkeypatch.setattr(cli, "_gui", lambda args: opened.append(args) or 0)
    assert main(["--data-d", "/d", "gui", "--quit-after-load"]) == 0
    assert opened[0].data_dir == "/d" and opened[0].quit_after_load
