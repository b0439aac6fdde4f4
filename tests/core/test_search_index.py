"""The search index can be rebuilt from the dossiers (function and `sangkien rebuild-index`)."""

from __future__ import annotations

from sqlalchemy import text

from sangkien_desktop.cli import main
from sangkien_desktop.domain.dossier import Author, Dossier
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.dossiers.list_query import DossierQuery, list_dossiers
from sangkien_desktop.services.dossiers.recycle_bin import move_to_bin
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.dossiers.search_index import rebuild_index
from sangkien_desktop.storage import search


def _found(session, words: str) -> list[str]:
    return [r.title for r in list_dossiers(session, DossierQuery(search=words))]


def test_a_damaged_index_is_rebuilt_from_the_dossiers(db):
    with db.session() as s:
        save_dossier(s, Dossier(title="Máy bóc vỏ lạc", authors=[Author(full_name="Lê Văn Nam")]))
        binned = save_dossier(s, Dossier(title="Lò sấy chè"))
        move_to_bin(s, binned.uuid)
        s.commit()
        # Damage: one entry lost, one entry pointing at the wrong dossier (on either engine).
        search.clear(s)
        search.index_many(s, [{"id": 999, "body": "may boc vo lac"}])
        s.commit()
        assert _found(s, "bóc vỏ") == []
        assert rebuild_index(s) == 2
        s.commit()
        assert _found(s, "bóc vỏ") == ["Máy bóc vỏ lạc"] == _found(s, "nam")
        assert len(search.entries(s)) == 2


def test_the_command_rebuilds_the_index(tmp_path, capsys):
    folder = tmp_path / "data"
    app = open_app_data(folder)
    with app.db.session() as s:
        save_dossier(s, Dossier(title="Sổ tay an toàn lao động"))
        s.execute(text("DELETE FROM dossier_fts"))
        s.commit()
    app.close()
    assert main(["--data-dir", str(folder), "rebuild-index"]) == 0
    assert "1 hồ sơ" in capsys.readouterr().out
    app = open_app_data(folder)
    with app.db.session() as s:
        assert _found(s, "an toàn") == ["Sổ tay an toàn lao động"]
    app.close()
