"""Property-based: whatever a dossier holds, ``check_dossier`` answers and never raises."""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sangkien_desktop.domain.dossier import AttachmentRef, Author, Dossier, Sector
from sangkien_desktop.domain.validation import (
    RULES,
    AttachmentState,
    CheckContext,
    OtherDossier,
    Severity,
    check_dossier,
)
from tests.core.test_validation_support import (
    CO_SO,
    MOT_TRIEU,
    NAM_2021,
    campaign,
    good_dossier,
    province_codes,
)

CAMPAIGNS = [campaign(MOT_TRIEU), campaign(NAM_2021), campaign(CO_SO)]
VIET = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐ"

texts = st.one_of(
    st.text(max_size=60),
    st.text(alphabet=VIET + " \n\r\t\u200b\u00a0\u00ad", max_size=60),
    st.sampled_from(["", "  ", "\u200b", "ky_thuat", "de_tai", "covid", "cnld_doanh_nghiep"]),
)
dates = st.one_of(st.none(), st.dates(), st.dates(dt.date(1900, 1, 1), dt.date(2030, 12, 31)))
shares = st.one_of(
    st.none(),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.decimals(min_value=0, max_value=100, places=2),
    st.sampled_from([Decimal("99.99"), Decimal("100"), Decimal("100.01"), Decimal("50")]),
)
ids = st.one_of(
    texts,
    st.from_regex(r"\A[0-9]{9}\Z|\A[0-9]{12}\Z", fullmatch=True),
    st.sampled_from(["045085123456", "280111111", "000385999999"]),
)
phones = st.one_of(texts, st.from_regex(r"\A(\+84|84|0)[0-9 .]{8,12}\Z", fullmatch=True))

authors = st.builds(
    Author,
    full_name=texts,
    birth_date=dates,
    cccd=ids,
    phone=phones,
    share_percent=shares,
    is_lead=st.booleans(),
)
hashes = st.sampled_from(["a" * 64, "b" * 64, "c" * 64, ""])
attachments = st.builds(
    AttachmentRef,
    sha256=hashes,
    filename=st.one_of(texts, st.sampled_from(["a.pdf", "CCCD.jpg", "x.docx", "noext"])),
    size=st.integers(min_value=-5, max_value=60 * 1024 * 1024),
    media_type=st.one_of(texts, st.sampled_from(["application/pdf", "image/png"])),
    note=texts,
    requirement=st.one_of(texts, st.sampled_from(["quyet_dinh_cong_nhan", "danh_gia_hieu_qua"])),
)
dossiers = st.builds(
    Dossier,
    title=texts,
    solution_type=texts,
    field_of_application=texts,
    target_group=texts,
    unit_name=texts,
    province_code=texts,
    sector=st.sampled_from(list(Sector)),
    first_applied_on=dates,
    applied_as_trial=st.booleans(),
    description_before=texts,
    description_solution=texts,
    description_novelty=texts,
    benefit_author_vnd=st.one_of(st.none(), st.integers(min_value=-(10**16), max_value=10**16)),
    benefit_unit_social=texts,
    benefit_calculation=texts,
    portal_text=st.one_of(texts, st.text(min_size=1990, max_size=2010)),
    research_accepted_on=dates,
    head_confirmed=st.booleans(),
    attests_public_order=st.booleans(),
    attests_no_ip_protection=st.booleans(),
    has_complaint=st.booleans(),
    has_authorship_dispute=st.booleans(),
    authors=st.lists(authors, max_size=4),
    attachments=st.lists(attachments, max_size=3),
)
states = st.builds(
    AttachmentState,
    exists=st.booleans(),
    readable=st.booleans(),
    hash_matches=st.booleans(),
    size=st.one_of(st.none(), st.integers(min_value=-1, max_value=10**9)),
    media_type=st.sampled_from(["", "application/pdf", "image/jpeg", "text/plain"]),
)
others = st.builds(OtherDossier, uuid=st.text(max_size=8), title=texts, description=texts)
contexts = st.builds(
    CheckContext,
    today=st.dates(),
    cccd_province_codes=st.sampled_from([frozenset(), province_codes()]),
    attachments=st.one_of(st.none(), st.dictionaries(hashes, states, max_size=4)),
    others=st.lists(others, max_size=3).map(tuple),
    decision_date=dates,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dossiers, st.sampled_from(CAMPAIGNS), contexts)
def test_check_dossier_never_raises(dossier, camp, ctx):
    report = check_dossier(dossier, camp, ctx)
    assert report.rules_version == camp.rules_version
    for f in report.findings:
        assert f.rule_id in RULES
        assert isinstance(f.severity, Severity)
        assert f.message and f.fix and f.source
        assert unicodedata.is_normalized("NFC", f.fix)
    assert report.has_errors == bool(report.errors)
    assert set(report.unacknowledged([])) >= set(report.errors)


@settings(max_examples=200, deadline=None)
@given(st.lists(shares, min_size=1, max_size=5))
def test_shares_total_is_an_error_exactly_when_valid_shares_miss_100(values):
    d = good_dossier()
    template = d.authors[1]
    d.authors = [
        Author(full_name=f"Tác giả {i}", birth_date=template.birth_date, share_percent=s)
        for i, s in enumerate(values)
    ]
    ctx = CheckContext(today=dt.date(2022, 5, 1))
    found = check_dossier(d, CAMPAIGNS[0], ctx).rule_ids()
    valid = all(s is not None and s.is_finite() and 0 <= s <= 100 for s in values)
    if valid:
        assert ("SK-SHARES-TOTAL" in found) == (sum(values) != 100)
        assert "SK-SHARE-MISSING" not in found
    else:
        assert "SK-SHARE-MISSING" in found and "SK-SHARES-TOTAL" not in found


@settings(max_examples=200, deadline=None)
@given(st.dates(dt.date(2000, 1, 1), dt.date(2030, 1, 1)))
def test_window_result_matches_the_inclusive_interval(day):
    d = good_dossier()
    d.first_applied_on = day
    report = check_dossier(d, CAMPAIGNS[0], CheckContext(today=dt.date(2030, 1, 1)))
    inside = dt.date(2021, 9, 1) <= day <= dt.date(2023, 9, 1)
    assert ("SK-DATE-WINDOW" not in report.rule_ids()) is inside
