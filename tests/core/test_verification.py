"""Verifiable papers: codes on each decision and certificate (with a QR code), looked up here
and at a level that received the package; `sangkien verify`."""

from __future__ import annotations

import zipfile

from docx import Document as DocxDocument

from sangkien_desktop.cli import main
from sangkien_desktop.documents import write_document
from sangkien_desktop.documents.qr import modules, png
from sangkien_desktop.domain.verification import (
    CERTIFICATE,
    CERTIFICATION,
    DECISION,
    make_code,
    normalise_code,
    qr_payload,
)
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.council import decisions, verification
from sangkien_desktop.services.council.decisions import outcome_of
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.settings import save_unit_profile
from tests.core.test_decisions import issue, setup  # noqa: F401,F811  (fixture)
from tests.core.test_nomination_package import export_nomination, nominate
from tests.core.test_received import UPPER, receive
from tests.reference.helpers import pdf_text


def test_codes_are_short_stable_and_forgiving():
    code = make_code(DECISION, "d-1")
    assert len(code) == 9 and code[4] == "-" and code == make_code(DECISION, "d-1")
    assert make_code(CERTIFICATE, "d-1", "x", "Lê Văn Nam") != make_code(CERTIFICATE, "d-1", "x", "Lê Văn Năm")
    typed = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert normalise_code(typed) == code and normalise_code(qr_payload(code)) == code
    assert normalise_code("ABCD-EFGU") is None and normalise_code("12") is None and normalise_code("") is None


def test_the_qr_code_holds_the_code():
    grid = modules(qr_payload("SK7Q-4M2X"))
    assert len(grid) == 25 and grid[0][:7] == [True] * 7  # version 2, a finder pattern
    assert png("SANGKIEN-XT:SK7Q-4M2X").startswith(b"\x89PNG")


def test_a_decision_and_its_certificates_are_verifiable(setup, tmp_path):  # noqa: F811
    s, meeting, dossiers = setup
    decision = issue(s, meeting, dossiers)
    s.commit()
    good = get_dossier(s, dossiers[0].uuid)
    data = decisions.decision_data(s, decision.uuid)
    assert data.verification_code == make_code(DECISION, decision.uuid)
    paper = verification.verify(s, data.verification_code.lower())
    assert paper is not None and paper.kind == DECISION and paper.number_text == decision.number_text
    assert paper.source == "" and len(paper.content_hash) == 64

    certs = decisions.certificate_data(s, decision.uuid)
    assert [c.author.full_name for c in certs] == [a.full_name for a in good.authors]
    for cert in certs:
        found = verification.verify(s, cert.verification_code)
        assert found.person == cert.author.full_name and found.subject == good.title
    # The rejected dossier has no certificate; an unknown code is not found.
    assert verification.verify(s, make_code(CERTIFICATE, decision.uuid, dossiers[1].uuid, "x")) is None

    pdf = write_document("quyet-dinh", data, "pdf", tmp_path / "qd.pdf")
    assert f"Mã xác thực: {data.verification_code}" in " ".join(pdf_text(pdf.read_bytes()))
    docx = write_document("giay-chung-nhan", certs, "docx", tmp_path / "gcn.docx")
    text = "\n".join(p.text for p in DocxDocument(str(docx)).paragraphs)
    assert all(c.verification_code in text for c in certs)
    with zipfile.ZipFile(docx) as zf:
        assert any(n.startswith("word/media/") and n.endswith(".png") for n in zf.namelist())


def test_a_level_that_received_the_package_can_verify(tmp_path, capsys, database_url):
    """The upper level keeps its data on the test's engine (a shared database on a server)."""
    sender = open_app_data(tmp_path / "cdcs")
    uuid, dossiers = nominate(sender)
    out = tmp_path / "de-nghi.skpkg"
    export_nomination(sender, uuid, out)
    with sender.db.session() as s:
        decision = outcome_of(s, dossiers[0])
        issued = {p.code: p for p in (verification.verify(s, c) for c in (
            make_code(DECISION, decision.decision_uuid),)) if p}
    upper = open_app_data(tmp_path / "huyen", database=database_url)
    with upper.db.session() as s:
        save_unit_profile(s, UPPER)
        s.commit()
    receive(upper, out)
    with upper.db.session() as s:
        outcome = outcome_of(s, dossiers[0])
        dossier = get_dossier(s, dossiers[0])
    code = make_code(DECISION, decision.decision_uuid)
    cert = make_code(CERTIFICATE, decision.decision_uuid, dossiers[0], dossier.authors[0].full_name)
    args = ["--data-dir", str(upper.layout.root),
            *(["--database", database_url] if database_url else []), "verify"]
    assert main([*args, cert]) == 0
    said = capsys.readouterr().out
    assert dossier.authors[0].full_name in said and dossier.title in said
    assert outcome.decision_number in said and "SHA-256" in said and "nhận" in said
    assert main([*args, code, "--json"]) == 0
    assert '"kind": "quyet_dinh"' in capsys.readouterr().out
    assert main([*args, "ZZZZ-ZZZZ"]) == 1
    assert "Không tìm thấy" in capsys.readouterr().out
    assert main([*args, "abc"]) == 2
    assert "8 ký tự" in capsys.readouterr().err
    # The same paper has the same code and content hash at both levels.
    with upper.db.session() as s:
        there = verification.verify(s, cert)
    assert there.source and there.person == dossier.authors[0].full_name
    effect = make_code(CERTIFICATION, decision.decision_uuid, dossiers[0], dossier.authors[0].full_name)
    with upper.db.session() as s:
        effect_there = verification.verify(s, effect)
    with sender.db.session() as s:
        here = verification.verify(s, cert)
        effect_here = verification.verify(s, effect)
    assert here.content_hash == there.content_hash and here.source == ""
    assert effect_here.content_hash == effect_there.content_hash and effect_there.source
    with upper.db.session() as s:
        assert verification.verify(s, code).content_hash == issued[code].content_hash
    sender.close()
    upper.close()
