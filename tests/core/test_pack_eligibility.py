"""Each eligibility rule of each shipped rule pack, on the pure check (domain/validation)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from sangkien_desktop.domain.dossier import Author, Dossier
from sangkien_desktop.domain.rule_pack import Eligibility, RulePack
from sangkien_desktop.domain.validation import CheckContext, OtherDossier, PackRules, check_dossier
from sangkien_desktop.domain.validation.pack_rules import add_months
from sangkien_desktop.services.catalog import load_campaigns
from sangkien_desktop.services.council.rule_packs import shipped_packs

CAMPAIGN = load_campaigns()["cong-nhan-cap-co-so"]
TODAY = dt.date(2026, 6, 1)
PACKS = {p.id: p for p in shipped_packs()}


def rules_of(pack: RulePack) -> PackRules:
    return PackRules(pack.short_name or pack.name, pack.eligibility,
                     pack.sources.get("eligibility", "") or pack.name, pack.papers)


def ids(dossier: Dossier, pack: RulePack, **ctx) -> set[str]:
    context = CheckContext(today=TODAY, pack=rules_of(pack), **ctx)
    return {f.rule_id for f in check_dossier(dossier, CAMPAIGN, context).findings
            if f.rule_id.startswith("SK-ELIG-")}


def two_authors(second_share: int) -> list[Author]:
    return [Author(full_name="Vũ Thị Hạnh", share_percent=Decimal(100 - second_share), is_lead=True),
            Author(full_name="Đỗ Văn Lực", share_percent=Decimal(second_share))]


def test_the_shipped_packs_are_the_three_of_domain_md():
    assert set(PACKS) == {"quoc-gia", "giao-duc-2026", "tinh-70-phan-tram"}
    education = PACKS["giao-duc-2026"].eligibility
    assert education.filing_within_months == 12 and education.min_coauthor_share == Decimal(30)


@pytest.mark.parametrize("pack_id", sorted(PACKS))
def test_filing_late_follows_the_pack(pack_id):
    pack = PACKS[pack_id]
    months = pack.eligibility.filing_within_months
    first = dt.date(2025, 1, 31)
    if months is None:
        assert "SK-ELIG-FILING-LATE" not in ids(Dossier(first_applied_on=first), pack,
                                                filed_on=dt.date(2030, 1, 1))
        return
    deadline = add_months(first, months)
    on_time = ids(Dossier(first_applied_on=first), pack, filed_on=deadline)
    late = ids(Dossier(first_applied_on=first), pack, filed_on=deadline + dt.timedelta(days=1))
    assert "SK-ELIG-FILING-LATE" not in on_time and "SK-ELIG-FILING-LATE" in late


def test_months_end_on_the_shorter_months_last_day():
    assert add_months(dt.date(2025, 1, 31), 1) == dt.date(2025, 2, 28)
    assert add_months(dt.date(2024, 12, 15), 12) == dt.date(2025, 12, 15)


@pytest.mark.parametrize("pack_id", sorted(PACKS))
def test_coauthor_share_follows_the_pack(pack_id):
    pack = PACKS[pack_id]
    minimum = pack.eligibility.min_coauthor_share
    low = ids(Dossier(authors=two_authors(10)), pack)
    if minimum is None:
        assert "SK-ELIG-COAUTHOR-SHARE" not in low
        return
    exact = ids(Dossier(authors=two_authors(int(minimum))), pack)
    assert "SK-ELIG-COAUTHOR-SHARE" in low and "SK-ELIG-COAUTHOR-SHARE" not in exact
    # A sole author has no co-author share to meet.
    sole = [Author(full_name="Vũ Thị Hạnh", share_percent=Decimal(100), is_lead=True)]
    assert "SK-ELIG-COAUTHOR-SHARE" not in ids(Dossier(authors=sole), pack)


@pytest.mark.parametrize("pack_id", sorted(PACKS))
def test_research_needs_acceptance_where_the_pack_says(pack_id):
    pack = PACKS[pack_id]
    context = CheckContext(today=TODAY, pack=rules_of(pack))
    kind = pack.eligibility.research_type
    found = {f.rule_id for f in check_dossier(Dossier(solution_type=kind), CAMPAIGN, context).findings}
    accepted = {f.rule_id for f in check_dossier(
        Dossier(solution_type=kind, research_accepted_on=TODAY), CAMPAIGN, context).findings}
    research_rules = {"SK-ELIG-RESEARCH", "SK-RESEARCH-ACCEPTED"}
    if pack.eligibility.research_requires_acceptance:
        # The campaign's own rule says it already (SK-RESEARCH-ACCEPTED): not twice.
        assert len(found & research_rules) == 1 and not accepted & research_rules
    else:
        assert "SK-ELIG-RESEARCH" not in found


def test_research_rule_of_the_pack_alone():
    pack = RulePack(id="x", version="1", name="Thử",
                    eligibility=Eligibility(research_requires_acceptance=True))
    from sangkien_desktop.domain.validation.pack_rules import check_pack
    from sangkien_desktop.domain.validation.tuning import tuning_for

    seen: list[str] = []
    tuning = tuning_for(CAMPAIGN)
    no_campaign_rule = dataclasses.replace(tuning, research=None)
    check_pack(Dossier(solution_type="de_tai"), CheckContext(today=TODAY, pack=rules_of(pack)),
               no_campaign_rule, lambda rule_id, *a, **k: seen.append(rule_id))
    assert seen == ["SK-ELIG-RESEARCH"]


def test_solution_types_limit_only_when_the_pack_names_them():
    pack = RulePack(id="x", version="1", name="Chỉ giải pháp kỹ thuật",
                    eligibility=Eligibility(solution_types=("ky_thuat",)))
    assert "SK-ELIG-SOLUTION-TYPE" in ids(Dossier(solution_type="quan_ly"), pack)
    assert "SK-ELIG-SOLUTION-TYPE" not in ids(Dossier(solution_type="ky_thuat"), pack)
    for shipped in PACKS.values():
        assert "SK-ELIG-SOLUTION-TYPE" not in ids(Dossier(solution_type="quan_ly"), shipped)


@pytest.mark.parametrize("pack_id", sorted(PACKS))
def test_resubmission_of_an_earlier_years_initiative(pack_id):
    pack = PACKS[pack_id]
    earlier = OtherDossier("e1", "Bảo dưỡng máy nén khí", "", "SK-2022-00003", score=0.66,
                           recognised_on=dt.date(2022, 3, 22))
    this_year = OtherDossier("e2", "Bảo dưỡng máy nén khí", "", "SK-2026-00001", score=0.66,
                             recognised_on=dt.date(2026, 3, 1))
    weak = OtherDossier("e3", "Máy nén khí", "", "SK-2021-00001", score=0.2,
                        recognised_on=dt.date(2021, 3, 1))
    found = ids(Dossier(title="Bảo dưỡng máy nén khí theo giờ chạy"), pack,
                others=(earlier, this_year, weak))
    assert ("SK-ELIG-RESUBMITTED" in found) is pack.eligibility.check_resubmission
    context = CheckContext(today=TODAY, pack=rules_of(pack), others=(earlier, this_year, weak))
    report = check_dossier(Dossier(title="Bảo dưỡng máy nén khí theo giờ chạy"), CAMPAIGN, context)
    refs = {f.ref for f in report.findings if f.rule_id == "SK-ELIG-RESUBMITTED"}
    assert refs <= {"e1"}
    # The one recognised this year is a plain duplicate hint; the weak match is nothing.
    assert {f.ref for f in report.findings if f.rule_id == "SK-DUPLICATE"} == {"e2"}


def test_findings_cite_the_packs_source():
    pack = PACKS["giao-duc-2026"]
    context = CheckContext(today=TODAY, pack=rules_of(pack))
    report = check_dossier(Dossier(authors=two_authors(10)), CAMPAIGN, context)
    finding = next(f for f in report.findings if f.rule_id == "SK-ELIG-COAUTHOR-SHARE")
    assert finding.source == pack.sources["eligibility"]
    assert "Đỗ Văn Lực" in finding.message and "10 %" in finding.message


def test_a_paper_the_pack_asks_is_attached_unless_the_program_prints_it():
    from sangkien_desktop.domain.campaign import Choice
    from sangkien_desktop.domain.dossier import AttachmentRef

    def findings(d, papers, campaign=CAMPAIGN):
        rules = PackRules("Quy định trường THPT Lê Lợi", Eligibility(), "Quy chế của trường", papers)
        report = check_dossier(d, campaign, CheckContext(today=TODAY, pack=rules))
        return [f for f in report.findings if f.rule_id == "SK-ELIG-PAPER"], report

    confirm = Choice("xac_nhan_ap_dung", "Giấy xác nhận áp dụng sáng kiến")
    papers = (Choice("don_yeu_cau", "Đơn yêu cầu công nhận sáng kiến"), confirm)
    (missing,), _ = findings(Dossier(), papers)  # the application is printed, not attached
    assert missing.ref == "xac_nhan_ap_dung" and missing.field == "attachments"
    assert "Giấy xác nhận áp dụng sáng kiến" in missing.message and "Quy định trường THPT" in missing.message
    assert missing.source == "Quy chế của trường" and "Giấy tờ bắt buộc" in missing.fix
    held = AttachmentRef("ab" * 32, "xac-nhan.pdf", 2048, "application/pdf",
                         requirement="xac_nhan_ap_dung")
    assert findings(Dossier(attachments=[held]), papers)[0] == []
    # A paper the program's campaign asks already is its rule's (SK-ATTACH-REQUIRED), not twice.
    decision = (Choice("quyet_dinh_cong_nhan", "Quyết định công nhận"),)
    found, report = findings(Dossier(), decision, load_campaigns()["mot-trieu-sang-kien-2021-2023"])
    assert found == []
    assert "quyet_dinh_cong_nhan" in {f.ref for f in report.findings if f.rule_id == "SK-ATTACH-REQUIRED"}


@pytest.mark.parametrize("pack_id", sorted(PACKS))
def test_each_shipped_packs_papers(pack_id):
    """The national and education packs ask only what the program prints; the provincial one
    also the applying unit's confirmation of the effect, which is attached."""
    pack = PACKS[pack_id]
    attached = [c.code for c in pack.papers if c.code not in ("don_yeu_cau", "bao_cao_mo_ta")]
    assert attached == (["xac_nhan_hieu_qua"] if pack_id == "tinh-70-phan-tram" else [])
    assert ("SK-ELIG-PAPER" in ids(Dossier(), pack)) is bool(attached)
