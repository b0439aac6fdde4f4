"""The names the list paints first (read straight from the campaign files) are the names the
campaign catalogue gives once loaded: same files chosen, same labels."""

from __future__ import annotations

import json

from sangkien_desktop.resources import resource_path
from sangkien_desktop.services.campaign_files import labels_of, list_labels
from sangkien_desktop.services.catalog import load_campaigns


def _shipped(name: str) -> dict:
    return json.loads(resource_path("campaigns", f"{name}.json").read_text(encoding="utf-8"))


def test_list_labels_agree_with_the_catalogue(tmp_path):
    assert list_labels(None) == labels_of(load_campaigns(None))
    user = tmp_path / "campaigns"
    user.mkdir()
    newer = _shipped("cong-nhan-cap-co-so") | {"version": "2099.1", "short_name": "Cơ sở (mới)"}
    newer["solution_types"] = [*newer["solution_types"], {"code": "khac", "label": "Khác"}]
    (user / "newer.json").write_text(json.dumps(newer, ensure_ascii=False), encoding="utf-8")
    older = _shipped("75-nghin-sang-kien-2021") | {"version": "1.0", "short_name": "Cũ"}
    (user / "older.json").write_text(json.dumps(older, ensure_ascii=False), encoding="utf-8")
    (user / "broken.json").write_text("{ not json", encoding="utf-8")
    own = newer | {"id": "cua-don-vi", "short_name": "Của đơn vị"}
    (user / "own.json").write_text(json.dumps(own, ensure_ascii=False), encoding="utf-8")

    labels = list_labels(user)
    assert labels == labels_of(load_campaigns(user))
    assert labels.campaign("cong-nhan-cap-co-so") == "Cơ sở (mới)"  # newer user file wins
    assert labels.campaign("75-nghin-sang-kien-2021") != "Cũ"  # an older one does not
    assert labels.campaign("cua-don-vi") == "Của đơn vị"
    assert labels.solution_type("cong-nhan-cap-co-so", "khac") == "Khác"
    assert labels.campaign("khong-co") == "khong-co"  # unknown: the id, as before


def test_the_list_labels_a_code_as_the_papers_do():
    """A dossier moved to (or imported under) a programme that lacks its solution kind shows
    the label another programme gives the code, as domain.catalogue prints it on paper."""
    from sangkien_desktop.domain.catalogue import catalogue_of

    campaigns = load_campaigns(None)
    labels, catalogue = labels_of(campaigns), catalogue_of(campaigns)
    pairs = {(cid, c.code) for cid, camp in campaigns.items() for c in camp.solution_types}
    codes = {code for _, code in pairs}
    for cid in campaigns:
        for code in codes | {"khong_co_ma_nay"}:
            assert labels.solution_type(cid, code) == catalogue.solution_type(code, cid)
    assert any((cid, code) not in pairs for cid in campaigns for code in codes)  # a real fallback
