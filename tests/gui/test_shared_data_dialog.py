"""Tools → Dữ liệu dùng chung and the password asked at start: this computer's choice of a
shared database, saved without its password (which goes to the password store only), the
connection test on a real server, and the window naming the database it opened."""

from __future__ import annotations

import json

import pytest
from sqlalchemy.engine import make_url

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.paths import DataLayout
from sangkien_desktop.services import shared_database
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.shared_database import SharedSettings
from tests import password_store, server_tests

from sangkien_desktop.gui import app as gui_app
from sangkien_desktop.gui.dialogs.about_dialog import AboutDialog
from sangkien_desktop.gui.dialogs.password_dialog import PasswordDialog
from sangkien_desktop.gui.dialogs.shared_data_dialog import SharedDataDialog
from sangkien_desktop.gui.main_window import MainWindow

needs_server = pytest.mark.skipif(not server_tests.enabled(),
                                  reason=f"no PostgreSQL server ({server_tests.ENV})")


def _dialog(qtbot, app_data) -> SharedDataDialog:
    dialog = SharedDataDialog(app_data)
    qtbot.addWidget(dialog)
    return dialog


def _fill(dialog: SharedDataDialog, *, host="may-chu.vanphong", port=5433, database="sangkien",
          user="ha", officer="Nguyễn Thu Hà", password="") -> None:
    ui = dialog.ui
    ui.serverRadio.setChecked(True)
    ui.hostEdit.setText(host)
    ui.portSpin.setValue(port)
    ui.databaseEdit.setText(database)
    ui.userEdit.setText(user)
    ui.officerEdit.setText(officer)
    ui.passwordEdit.setText(password)


def _save(dialog: SharedDataDialog) -> None:
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()


def test_the_folder_is_the_default_and_the_server_fields_wait_for_the_choice(qtbot, app_data,
                                                                              monkeypatch):
    password_store.install(monkeypatch)
    dialog = _dialog(qtbot, app_data)
    ui = dialog.ui
    assert ui.localRadio.isChecked()
    assert not ui.serverGroup.isEnabled() and not ui.testButton.isEnabled()
    assert str(app_data.layout.database) in ui.currentLabel.text()  # what is open now
    ui.serverRadio.setChecked(True)
    assert ui.serverGroup.isEnabled() and ui.testButton.isEnabled()


def test_saving_keeps_the_password_out_of_the_settings_file(qtbot, app_data, monkeypatch):
    store = password_store.install(monkeypatch)
    dialog = _dialog(qtbot, app_data)
    _fill(dialog, password="mật-khẩu-bí-mật")
    assert dialog.ui.rememberCheck.isEnabled() and dialog.ui.rememberCheck.isChecked()
    _save(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    kept = app_data.layout.shared_settings.read_text(encoding="utf-8")
    assert "mật-khẩu-bí-mật" not in kept and "password" not in kept
    assert json.loads(kept) == {"host": "may-chu.vanphong", "database": "sangkien", "user": "ha",
                                "port": 5433, "officer": "Nguyễn Thu Hà", "sslmode": ""}
    assert store.kept == {("sangkien-desktop", "ha@may-chu.vanphong:5433/sangkien"):
                          "mật-khẩu-bí-mật"}
    # The next start opens it: the officer's name goes into the history.
    choice = shared_database.choose(app_data.layout)
    assert (choice.source, choice.officer, choice.address.label) == (
        "settings", "Nguyễn Thu Hà", "ha@may-chu.vanphong:5433/sangkien")
    # Opened again, the dialog shows the choice and that a password is remembered.
    again = _dialog(qtbot, app_data)
    assert again.ui.serverRadio.isChecked()
    assert (again.ui.hostEdit.text(), again.ui.portSpin.value(), again.ui.officerEdit.text()) == (
        "may-chu.vanphong", 5433, "Nguyễn Thu Hà")
    assert again.ui.passwordEdit.text() == "" and again.ui.passwordEdit.placeholderText()


def test_a_missing_field_is_named_and_nothing_is_saved(qtbot, app_data, monkeypatch):
    store = password_store.install(monkeypatch)
    dialog = _dialog(qtbot, app_data)
    dialog.show()
    _fill(dialog, database="  ", password="x")
    _save(dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert "cơ sở dữ liệu" in dialog.ui.errorLabel.text().lower()
    assert dialog.focusWidget() is dialog.ui.databaseEdit
    assert not app_data.layout.shared_settings.exists() and not store.kept


def test_back_to_this_computers_folder_removes_the_choice(qtbot, app_data, monkeypatch):
    password_store.install(monkeypatch)
    shared_database.save_settings(app_data.layout, SharedSettings("may-chu", "sangkien", "ha"))
    dialog = _dialog(qtbot, app_data)
    dialog.ui.localRadio.setChecked(True)
    _save(dialog)
    assert not app_data.layout.shared_settings.exists()
    assert shared_database.choose(app_data.layout).address is None


def test_without_a_password_store_the_password_is_not_kept(qtbot, app_data, monkeypatch):
    password_store.remove(monkeypatch)
    dialog = _dialog(qtbot, app_data)
    _fill(dialog, password="x")
    assert not dialog.ui.rememberCheck.isEnabled() and not dialog.ui.rememberCheck.isChecked()
    assert dialog.ui.rememberCheck.toolTip()  # says it will be asked at each start
    _save(dialog)
    assert set(json.loads(app_data.layout.shared_settings.read_text(encoding="utf-8"))) == {
        "host", "database", "user", "port", "officer", "sslmode"}


def test_the_settings_say_which_data_is_open_and_lead_to_the_shared_data_page(qtbot, app_data,
                                                                            monkeypatch):
    from sangkien_desktop.gui.dialogs.settings_dialog import SettingsDialog

    settings = SettingsDialog(app_data)
    qtbot.addWidget(settings)
    assert settings.ui.databaseValue.text() == str(app_data.layout.database)
    opened = []
    monkeypatch.setattr(SharedDataDialog, "ask",
                        lambda parent, data: opened.append((parent, data)) or None)
    settings.ui.sharedDataButton.click()
    assert opened == [(settings, app_data)]
    assert "lần mở sau" in settings.ui.databaseValue.text()  # the choice waits for a restart


def test_the_password_asked_at_start_is_remembered_when_asked(qtbot, monkeypatch):
    store = password_store.install(monkeypatch)
    shown = []

    def run(dialog):
        shown.append(dialog)
        assert dialog.ui.rememberCheck.isEnabled()
        assert dialog.ui.serverValue.text() == "ha@may-chu:5432/sangkien"
        dialog.ui.passwordEdit.setText("đúng-rồi")
        dialog.ui.rememberCheck.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PasswordDialog, "exec", run)
    got = PasswordDialog.ask(None, "Máy chủ không nhận mật khẩu.",
                             {"server": "ha@may-chu:5432/sangkien", "user": "ha"})
    assert got == "đúng-rồi" and shown
    assert store.kept == {("sangkien-desktop", "ha@may-chu:5432/sangkien"): "đúng-rồi"}
    monkeypatch.setattr(PasswordDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
    assert PasswordDialog.ask(None, "…", {"server": "ha@may-chu:5432/sangkien"}) is None


# ---- on a real server ----------------------------------------------------------------------


@pytest.fixture
def server_url():
    name = "sangkien_test_gui_shared"
    url = server_tests.new_database(name)
    yield url
    server_tests.drop_database(name)


def _parts(url: str) -> dict:
    parsed = make_url(url)
    return {"host": parsed.host, "port": parsed.port, "database": parsed.database,
            "user": parsed.username, "password": parsed.password}


@needs_server
def test_the_connection_test_says_what_it_found_and_changes_nothing(qtbot, app_data,
                                                                     monkeypatch, server_url):
    password_store.remove(monkeypatch)
    parts = _parts(server_url)
    dialog = _dialog(qtbot, app_data)
    _fill(dialog, **{**parts, "password": "sai-mật-khẩu"})
    assert dialog.test_connection() is False
    assert parts["user"] in dialog.ui.testResult.text()  # the login refused, named
    _fill(dialog, **parts)
    assert dialog.test_connection() is True
    assert "Kết nối được" in dialog.ui.testResult.text()
    assert "còn trống" in dialog.ui.testResult.text()  # set up at the first start, not here
    with server_tests.connect(server_url) as conn:
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                            ).fetchone()[0] == 0


@needs_server
def test_the_window_names_the_shared_database_and_asks_for_its_password(qtbot, tmp_path,
                                                                         monkeypatch, server_url):
    password_store.remove(monkeypatch)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    parts = _parts(server_url)
    without = server_url.replace(f":{parts['password']}@", "@")
    assert parts["password"] not in without
    asked = []
    monkeypatch.setattr(PasswordDialog, "ask", lambda _parent, message, params: asked.append(
        (message, params)) or parts["password"])
    app_data = gui_app.open_data_or_explain(str(tmp_path / "data"), without)
    assert app_data is not None and app_data.db.server is not None
    try:
        assert asked and asked[0][1]["user"] == parts["user"]  # the login was refused first
        window = MainWindow(app_data)
        qtbot.addWidget(window)
        label = f"{parts['user']}@{parts['host']}:{parts['port']}/{parts['database']}"
        assert label in window.windowTitle() and "dùng chung" in window.windowTitle()
        about = AboutDialog(app_data.layout, window, app_data.db.label)
        qtbot.addWidget(about)
        assert label in about.ui.databaseLabel.text()
        assert window.model.rowCount() == 0  # the list reads the server's (empty) data
        with app_data.db.session() as s:  # another officer adds two dossiers
            for title in ("Đường ống dẫn nước tiết kiệm", "Máy bóc vỏ lạc"):
                save_dossier(s, Dossier(title=title), user="Minh")
            s.commit()
        window.reload()
        assert window.model.rowCount() == 2
        window.ui.searchEdit.setText("duong ong")  # no diacritics, đ→d, word prefixes
        window._apply_filters()
        assert [window.model.index(r, 0).data() for r in range(window.model.rowCount())] == [
            "Đường ống dẫn nước tiết kiệm"]
        qtbot.waitUntil(lambda: "1" in window.count_label.text(), timeout=5000)
    finally:
        app_data.close()
    # The folder's own data is not what was opened: it stays as it was.
    local = open_app_data(tmp_path / "data")
    try:
        assert local.db.server is None
    finally:
        local.close()


def test_the_about_box_of_a_shared_database_says_the_server_is_needed(qtbot, app_data):
    from sangkien_desktop.domain.messages import Message

    local = AboutDialog(app_data.layout)
    shared = AboutDialog(app_data.layout, None,
                         Message("db_server_label", server="ha@may-chu:5432/sangkien"))
    for dialog in (local, shared):
        qtbot.addWidget(dialog)
    assert "không cần mạng" in local.ui.descriptionLabel.text()
    assert "ha@may-chu:5432/sangkien" in shared.ui.databaseLabel.text()
    assert "kết nối mạng tới máy chủ" in shared.ui.descriptionLabel.text()


def test_an_unreachable_server_offers_this_computers_own_data(qtbot, tmp_path, monkeypatch):
    """The settings name a server that does not answer: the window says so and offers to try
    again, to work on this computer's own data this time (the settings stay), or to quit."""
    folder = tmp_path / "data"
    layout = DataLayout(folder)
    folder.mkdir()
    shared_database.save_settings(layout, SharedSettings("127.0.0.1", "sangkien", "ha", port=1))
    password_store.remove(monkeypatch)
    monkeypatch.delenv(shared_database.ENV_DATABASE_URL, raising=False)
    answers, asked = [gui_app.RETRY, gui_app.LOCAL_DATA], []
    monkeypatch.setattr(gui_app, "ask_without_server",
                        lambda message: asked.append(message) or answers.pop(0))
    app_data = gui_app.open_data_or_explain(str(folder))
    try:
        assert app_data is not None and app_data.db.server is None  # the folder's own file
        assert len(asked) == 2 and "127.0.0.1" in asked[0]  # tried twice, said which server
        assert shared_database.load_settings(layout) is not None  # the choice is kept
    finally:
        app_data.close()
    monkeypatch.setattr(gui_app, "ask_without_server", lambda message: None)
    assert gui_app.open_data_or_explain(str(folder)) is None  # quit


def test_the_question_without_the_server_offers_three_ways(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []

    def exec_(box):
        shown.append(sorted(b.text() for b in box.buttons()))
        next(b for b in box.buttons() if b.text() == "Dùng dữ liệu trên máy này").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert gui_app.ask_without_server("Không kết nối được máy chủ") == gui_app.LOCAL_DATA
    assert shown == [sorted(["Thử lại", "Dùng dữ liệu trên máy này", "Thoát"])]
