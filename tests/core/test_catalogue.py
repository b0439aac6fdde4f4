"""One labelling for stored codes, used by the window's list and by every paper."""

from __future__ import annotations

from sangkien_desktop.documents import write_document
from sangkien_desktop.domain.catalogue import Catalogue
from sangkien_desktop.services.catalog import load_campaigns
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.papers import dossier_paper
from tests.core.test_councils import make_dossiers
from tests.reference.helpers import pdf_text

CAMPAIGNS = load_campaigns()


def test_a_code_reads_as_its_campaign_labels_it_else_as_another_campaign_does():
    labels = Catalogue(CAMPAIGNS)
    assert labels.solution_type("quan_ly", "mot-trieu-sang-kien-2021-2023") == "Giải pháp quản lý"
    # "covid" is not a kind of the unit-level program; a moved dossier still reads well.
    assert labels.solution_type("covid", "cong-nhan-cap-co-so") == "Giải pháp trong phòng chống Covid-19"
    assert labels.solution_type("Giải pháp tự ghi", "") == "Giải pháp tự ghi"  # free text stays
    assert labels.solution_type("", "x") == ""
    assert {"quan_ly", "covid", "ky_thuat", "can_bo_cong_doan", "recognised", "chu_tich"} <= labels.codes()


def test_the_description_report_prints_the_label_not_the_code(db):
    with db.session() as s:
        dossier = make_dossiers(s)[0]
        dossier.solution_type, dossier.campaign_id = "quan_ly", "mot-trieu-sang-kien-2021-2023"
        save_dossier(s, dossier)
        paper = dossier_paper(s, dossier.uuid, CAMPAIGNS)
    text = " ".join(pdf_text(write_document("bao-cao-mo-ta", paper, "pdf")))
    assert "5. Loại giải pháp: Giải pháp quản lý" in text and "quan_ly" not in text
