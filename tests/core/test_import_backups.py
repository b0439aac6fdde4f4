"""Every import that changes data is preceded by a backup: a package (reason "truoc-nhap-goi")
and an Excel sheet (as a JSON file, "truoc-nhap"), from the command line; a dry run or a
refused package takes none."""

from __future__ import annotations

from sangkien_desktop.cli import main
from sangkien_desktop.paths import DataLayout
from sangkien_desktop.services.backup import backups
from sangkien_desktop.services.context import open_app_data
from tests.core.test_nomination_package import export_nomination, nominate
from tests.core.test_xlsx_import import _row, real_world_sheet


def _reasons(root) -> list[str]:
    return [b.reason for b in backups.list_backups(DataLayout(root))]


def test_a_package_import_is_preceded_by_a_backup(tmp_path, capsys):
    sender = open_app_data(tmp_path / "cdcs")
    uuid, _dossiers = nominate(sender)
    out = tmp_path / "goi.skpkg"
    export_nomination(sender, uuid, out)
    sender.close()
    upper = tmp_path / "huyen"
    assert main(["--data-dir", str(upper), "import-package", str(out), "--dry-run"]) == 0
    assert _reasons(upper) == []
    (tmp_path / "bad.skpkg").write_bytes(out.read_bytes()[:-200])
    assert main(["--data-dir", str(upper), "import-package", str(tmp_path / "bad.skpkg")]) == 2
    assert _reasons(upper) == []
    assert main(["--data-dir", str(upper), "import-package", str(out)]) == 0
    [backup] = backups.list_backups(DataLayout(upper))
    assert backup.reason == "package_import" and "truoc-nhap-goi" in backup.path.name
    assert backup.dossier_count == 0  # the data as it stood before the package came in
    capsys.readouterr()


def test_an_excel_import_is_preceded_by_a_backup(tmp_path, capsys):
    data = tmp_path / "d"
    sheet = real_world_sheet(tmp_path / "s.xlsx", [_row("Một"), _row("Hai")])
    assert main(["--data-dir", str(data), "import-xlsx", str(sheet), "--dry-run"]) == 0
    assert _reasons(data) == []
    assert main(["--data-dir", str(data), "import-xlsx", str(sheet)]) == 0
    assert _reasons(data) == ["import"]
    capsys.readouterr()
