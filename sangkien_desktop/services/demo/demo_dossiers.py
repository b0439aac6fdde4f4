"""Demo data: fictional but realistic Vietnamese dossiers, reproducible from a seed.

Every person, unit, phone and CCCD number is made up from word lists (no real official from
the program documents is ever produced); provinces, campaigns and their codes come from the
shipped data files, so the demo follows the same rules as real dossiers. The same seed
always gives the same dossiers, uuids included.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import random
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Generic, TypeVar

from sqlalchemy.orm import Session

from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.dossier import Applier, Author, Dossier, Sector, Status
from sangkien_desktop.domain.unit_profile import UnitProfile
from sangkien_desktop.services.catalog import UnitRef, load_campaigns, load_unit_list
from sangkien_desktop.services.demo.demo_council import add_councils, settle_undecided
from sangkien_desktop.services.demo.demo_nominations import create_demo_nominations
from sangkien_desktop.services.demo.demo_words import Profile, Words, words
from sangkien_desktop.services.dossiers import stored_checks
from sangkien_desktop.services.dossiers.bulk import insert_dossiers
from sangkien_desktop.services.settings import save_unit_profile, unit_profile

T = TypeVar("T")

MAIN_CAMPAIGN = "mot-trieu-sang-kien-2021-2023"
# Share of dossiers per campaign: the 2021-2023 national program dominates, as it did.
CAMPAIGN_WEIGHTS = {MAIN_CAMPAIGN: 60, "cong-nhan-cap-co-so": 30, "75-nghin-sang-kien-2021": 10}
STATUS_WEIGHTS = {
    Status.DRAFT: 22,
    Status.SUBMITTED: 18,
    Status.RECOGNISED: 32,
    Status.REJECTED: 7,
    Status.NOMINATED: 12,
    Status.ENTERED: 9,
}
# Latest moment a demo dossier is touched; keeps the data independent of today's date.
LAST_STAMP = dt.datetime(2025, 12, 20, 17, 0)
PORTAL_LIMIT = 2000

# People named in the program documents (seeds/): never produce them, even by chance.
FORBIDDEN_NAMES = frozenset({"Lê Ngọc Vũ", "Nguyễn Thị Ngọc Tú"})
_MONTHLY_SAVINGS = (1_500_000, 2_000_000, 2_500_000, 3_000_000, 4_000_000, 5_000_000, 7_500_000,
                   10_000_000, 15_000_000, 20_000_000, 30_000_000, 50_000_000)  # fmt: skip

@dataclass(frozen=True)
class _Unit:
    name: str
    short: str  # how a title names it ("Công ty May mặc Hòa Bình" without the legal form)
    province: UnitRef
    profile: Profile


class _Picker(Generic[T]):
    """Weighted choice with precomputed cumulative weights (rng.choices, bisect inside)."""

    def __init__(self, pairs: Sequence[tuple[T, float]]):
        self.items = [p[0] for p in pairs]
        self.cum = list(itertools.accumulate(p[1] for p in pairs))

    def __call__(self, rng: random.Random) -> T:
        return rng.choices(self.items, cum_weights=self.cum)[0]


def _locality(rng: random.Random, province: UnitRef, w: Words) -> str:
    word = "quận" if province.kind == "city" and rng.random() < 0.6 else "huyện"
    if rng.random() < 0.12:
        word = "thị xã"
    return f"{word} {rng.choice(w.place_a)} {rng.choice(w.place_b)}"


def _province_label(province: UnitRef) -> str:
    return province.name.replace("Tỉnh ", "").replace("Thành phố ", "")


def _short_of(name: str) -> str:
    for prefix in ("Công ty TNHH MTV ", "Công ty TNHH ", "Công ty Cổ phần "):
        if name.startswith(prefix):
            return "Công ty " + name[len(prefix) :]
    return name


def _build_units(rng: random.Random, provinces: Sequence[UnitRef], w: Words) -> _Picker[_Unit]:
    """A few thousand fictional units over every province, each with its own activity."""
    profile_pick = _Picker([(p, p.weight) for p in w.profiles])
    big = {"ha-noi": 3.0, "ho-chi-minh": 3.0, "hai-phong": 1.8, "binh-duong": 1.8,
           "dong-nai": 1.6, "thanh-hoa": 1.5, "nghe-an": 1.5, "bac-ninh": 1.4, "da-nang": 1.3}  # fmt: skip
    pairs: list[tuple[_Unit, float]] = []
    for province in provinces:
        districts = [_locality(rng, province, w) for _ in range(rng.randint(3, 6))]
        seen: set[str] = set()
        for _ in range(int(28 * big.get(province.code, 1.0))):
            profile = profile_pick(rng)
            pattern = rng.choice(profile.unit_patterns)
            district = rng.choice(districts)
            name = pattern.format(
                brand=rng.choice(w.brands),
                hero=rng.choice(w.heroes),
                prov=_province_label(province),
                provname=("thành phố " if province.kind == "city" else "tỉnh ")
                + _province_label(province),
                place=f"{rng.choice(w.place_a)} {rng.choice(w.place_b)}",
                district=district,
                commune=f"xã {rng.choice(w.place_a)} {rng.choice(w.place_b)}",
            )
            if profile.kind in ("primary", "secondary") and "{hero}" in pattern:
                name = f"{name}, {district}"
            if name in seen:
                continue
            seen.add(name)
            unit = _Unit(name, _short_of(name), province, profile)
            pairs.append((unit, min(rng.paretovariate(1.3), 25.0)))
    return _Picker(pairs)


# --- Dossiers ---------------------------------------------------------------------------


class _Generator:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.w = words()
        self.campaigns: dict[str, Campaign] = load_campaigns()
        self.provinces = load_unit_list("provinces-1997").units
        self.units = _build_units(self.rng, self.provinces, self.w)
        self.campaign_pick = _Picker(
            [(self.campaigns[c], w) for c, w in CAMPAIGN_WEIGHTS.items() if c in self.campaigns]
        )
        self.status_pick = _Picker(list(STATUS_WEIGHTS.items()))
        self.family_pick = _Picker(self.w.family)
        self.middle_pick = {sex: _Picker(pairs) for sex, pairs in self.w.middle.items()}

    # People ------------------------------------------------------------------------
    def name(self, sex: str) -> str:
        rng = self.rng
        while True:
            middle = self.middle_pick[sex](rng)
            if rng.random() < 0.15:  # "Nguyễn Thị Thu Hương": a second middle name
                extra = self.middle_pick[sex](rng)
                if extra not in (middle, "Văn", "Thị"):
                    middle = f"{middle} {extra}"
            name = f"{self.family_pick(rng)} {middle} {rng.choice(self.w.given[sex])}"
            if name not in FORBIDDEN_NAMES:
                return name

    def birth_date(self) -> dt.date:
        return dt.date(1965, 1, 1) + dt.timedelta(days=self.rng.randrange(13149))  # to 2000

    def cccd(self, province: UnitRef, born: dt.date, sex: str) -> str:
        century = 0 if born.year < 2000 else 2
        digit = century + (1 if sex == "F" else 0)
        return f"{province.cccd_code}{digit}{born.year % 100:02d}{self.rng.randrange(10**6):06d}"

    def phone(self) -> str:
        return f"{self.rng.choice(self.w.phone_prefixes)}{self.rng.randrange(10**7):07d}"

    def person(self, unit: _Unit) -> tuple[str, str, dt.date, str, str, str]:
        rng = self.rng
        sex = "F" if rng.random() < self.w.female_share.get(unit.profile.kind, 0.45) else "M"
        job, qualification = rng.choice(unit.profile.jobs)
        workplace = unit.name
        if rng.random() < 0.6:
            workplace = f"{rng.choice(unit.profile.departments)}, {unit.name}"
        return sex, self.name(sex), self.birth_date(), workplace, job, qualification

    def authors(self, unit: _Unit) -> list[Author]:
        rng = self.rng
        shares = rng.choice(_SHARES[rng.choices((1, 2, 3, 4), cum_weights=(40, 70, 90, 100))[0]])
        mark_lead = rng.random() < 0.5
        result = []
        for i, share in enumerate(shares):
            sex, name, born, workplace, job, qualification = self.person(unit)
            home = unit.province if rng.random() < 0.75 else rng.choice(self.provinces)
            result.append(
                Author(
                    full_name=name,
                    birth_date=born,
                    workplace=workplace,
                    job_title=job,
                    qualification=qualification,
                    cccd=self.cccd(home, born, sex) if rng.random() < 0.9 else "",
                    phone=self.phone() if rng.random() < 0.92 else "",
                    share_percent=share,
                    is_lead=mark_lead and i == 0,
                )
            )
        return result

    def appliers(self, unit: _Unit) -> list[Applier]:
        count = self.rng.choices((0, 1, 2, 3), cum_weights=(20, 55, 85, 100))[0]
        result = []
        for _ in range(count):
            _sex, name, born, workplace, job, qualification = self.person(unit)
            task = self.rng.choice(self.w.applier_tasks)
            result.append(Applier(name, born, workplace, job, qualification, task))
        return result

    # Dates -------------------------------------------------------------------------
    def day_between(self, start: dt.date, end: dt.date) -> dt.date:
        return start + dt.timedelta(days=self.rng.randrange((end - start).days + 1))

    def first_applied(self, campaign: Campaign) -> dt.date:
        rng = self.rng
        if campaign.id == MAIN_CAMPAIGN and rng.random() < 0.88:
            assert campaign.window_start and campaign.window_end
            return self.day_between(campaign.window_start, campaign.window_end - dt.timedelta(1))
        if campaign.window_end and campaign.window_end.year == 2021:
            return self.day_between(dt.date(2020, 1, 1), dt.date(2021, 4, 15))
        if campaign.id == MAIN_CAMPAIGN:  # outside the window: the validation warns
            if rng.random() < 0.5:
                return self.day_between(dt.date(2020, 6, 1), dt.date(2021, 8, 31))
            return self.day_between(dt.date(2023, 9, 2), dt.date(2025, 6, 30))
        return self.day_between(dt.date(2020, 1, 1), dt.date(2025, 10, 31))

    def stamp_after(self, moment: dt.datetime, min_days: int, max_days: int) -> dt.datetime:
        """A working-hours moment some days after ``moment``, never after LAST_STAMP."""
        rng = self.rng
        room = (LAST_STAMP - moment).days - 1
        days = rng.randint(min(min_days, max(room, 0)), max(min(max_days, room), 0))
        day = moment.date() + dt.timedelta(days=days)
        later = dt.datetime.combine(
            day, dt.time(rng.randint(7, 16), rng.randrange(60), rng.randrange(60))
        )
        return min(max(later, moment), LAST_STAMP)

    # Text --------------------------------------------------------------------------
    def title(self, solution_type: str, unit: _Unit, dept: str) -> tuple[str, str]:
        """The title, and the subject the description talks about."""
        rng = self.rng
        p = unit.profile
        slots = {
            "tech": rng.choice(p.tech), "manage": rng.choice(p.manage), "task": rng.choice(p.tasks),
            "device": rng.choice(p.devices), "advance": rng.choice(p.advances),
            "goal": rng.choice(p.goals or self.w.goals[p.sector]), "direction": rng.choice(self.w.directions),
            "softgoal": rng.choice(self.w.software_goals), "union": rng.choice(self.w.union_topics),
            "covid": rng.choice(p.covid), "short": unit.short, "dept": dept,
        }  # fmt: skip
        key = solution_type
        if key == "ky_thuat" and p.sector is Sector.PUBLIC:
            key = "ky_thuat_public"
        template = rng.choice(self.w.title_templates[key])
        title = template.format(**slots)
        for key in ("tech", "task", "manage", "union"):
            if "{" + key + "}" in template:
                return title, slots[key]
        return title, slots["tech"] if solution_type != "covid" else "công tác phòng, chống dịch"

    def field(self, p: Profile, solution_type: str) -> str:
        topical = self.w.topical_fields.get(solution_type)
        if topical and self.rng.random() < 0.8:
            return topical
        return p.fields[0] if self.rng.random() < 0.6 else self.rng.choice(p.fields)

    def benefit(self) -> tuple[int, str]:
        """A round VND value between 15 and 800 million and how it was computed."""
        rng = self.rng
        while True:  # draw again until the value is in range: every figure stays consistent
            kind = rng.random()
            if kind < 0.4:
                monthly = rng.choice(_MONTHLY_SAVINGS)
                value = monthly * 12
                text = (f"Chi phí giảm bình quân {_vnd(monthly)} đồng/tháng; giá trị làm lợi trong "
                        f"năm đầu áp dụng: {_vnd(monthly)} × 12 tháng = {_vnd(value)} đồng.")  # fmt: skip
            elif kind < 0.75:
                saving = rng.choice((50, 100, 150, 200, 250, 500, 1_000, 2_000, 5_000))
                quantity = rng.choice((50_000, 100_000, 200_000, 300_000, 500_000, 1_000_000))
                value = saving * quantity
                text = (f"Tiết kiệm {_vnd(saving)} đồng/sản phẩm × sản lượng {_vnd(quantity)} "
                        f"sản phẩm/năm = {_vnd(value)} đồng/năm.")  # fmt: skip
            else:
                hours = rng.choice((400, 500, 600, 800, 1_000, 1_200, 1_500, 2_000, 3_000, 4_000))
                rate = rng.choice((35_000, 40_000, 50_000, 60_000))
                value = hours * rate
                text = (f"Tiết kiệm {_vnd(hours)} giờ công/năm × đơn giá {_vnd(rate)} đồng/giờ công "
                        f"= {_vnd(value)} đồng/năm.")  # fmt: skip
            if 15_000_000 <= value <= 800_000_000:
                return value, text

    def dossier(self) -> Dossier:
        rng = self.rng
        unit = self.units(rng)
        p = unit.profile
        campaign = self.campaign_pick(rng)
        codes = [c.code for c in campaign.solution_types]
        if "covid" in codes and rng.random() < 0.12:
            solution_type = "covid"
        elif "cong_doan" in codes and rng.random() < 0.08:
            solution_type = "cong_doan"
        elif "de_tai" in codes and rng.random() < 0.04:
            solution_type = "de_tai"
        else:
            solution_type = rng.choice(
                [c for c in codes if c not in ("covid", "cong_doan", "de_tai")]
            )
        groups = [g.code for g in campaign.target_groups]
        target_group = ""
        if groups:
            target_group = "can_bo_cong_doan" if solution_type == "cong_doan" else p.target_group
            if target_group not in groups:
                target_group = rng.choice(groups)
        dept = rng.choice(p.departments)
        title, subject = self.title(solution_type, unit, dept)
        uid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        first = self.first_applied(campaign)
        created = self.stamp_after(dt.datetime.combine(first, dt.time()), 10, 240)
        status = self.status_pick(rng)
        if status is Status.ENTERED and not campaign.national:
            status = Status.NOMINATED
        updated = self.stamp_after(created, 0, 14 if status is Status.DRAFT else 200)
        slots = {
            "subject": subject, "dept": dept, "short": unit.short,
            "minutes": rng.choice((20, 30, 45, 60, 90)), "pct": rng.randint(3, 15),
            "hours": rng.choice((8, 12, 16, 24, 40)),
            "pct2": rng.choice((20, 25, 30, 40, 50)), "months": rng.randint(1, 6),
            "device": rng.choice(p.devices), "advance": rng.choice(p.advances),
        }  # fmt: skip
        before = " ".join(
            s.format(**slots) for s in rng.sample(self.w.before[p.sector], rng.randint(2, 4))
        )
        steps = self.w.solution_steps[: rng.randint(2, 4)]
        core = self.w.solution_core[solution_type]
        if solution_type == "ky_thuat" and p.sector is Sector.PUBLIC:
            core = self.w.solution_core_public_tech
        solution = " ".join(
            [rng.choice(self.w.solution_head), core.format(**slots)] + [s.format(**slots) for s in steps]
        )
        novelty = " ".join(s.format(**slots) for s in rng.sample(self.w.novelty, rng.randint(2, 3)))
        socials = p.social + self.w.social[p.sector]
        social = self.w.social_topical.get(solution_type) or rng.choice(socials)
        vnd: int | None = None
        calculation = ""
        if solution_type not in ("cong_doan",) and rng.random() < p.economic:
            vnd, calculation = self.benefit()
        unit_vnd = vnd
        if vnd is not None and rng.random() < 0.3:  # the applying unit confirms a little less
            unit_vnd = max(15_000_000, vnd * 9 // 10 // 1_000_000 * 1_000_000)
        authors = self.authors(unit)
        limit = min(campaign.description_limit or PORTAL_LIMIT, PORTAL_LIMIT)
        benefit_line = f"Hiệu quả: {social}" + (
            f" Giá trị làm lợi {_vnd(vnd)} đồng/năm." if vnd is not None else ""
        )
        portal = _fit([f"{title}.", before, solution, novelty, benefit_line], limit)
        research_on = None
        if solution_type == "de_tai":
            research_on = first - dt.timedelta(days=rng.randint(10, 120))
        notes = ""
        if status is Status.REJECTED:
            notes = rng.choice(self.w.reject_reasons)
        elif status in (Status.RECOGNISED, Status.NOMINATED, Status.ENTERED):
            decided = min(created + dt.timedelta(days=rng.randint(1, 60)), updated).date()
            notes = (f"Đã công nhận theo Quyết định số {rng.randint(1, 120)}/QĐ-HĐSK "
                     f"ngày {decided:%d/%m/%Y}.")  # fmt: skip
        in_bin = rng.random() < 0.01
        return Dossier(
            uuid=uid,
            title=title,
            solution_type=solution_type,
            field_of_application=self.field(p, solution_type),
            target_group=target_group,
            campaign_id=campaign.id,
            unit_name=unit.name,
            province_code=f"provinces-1997/{unit.province.code}",
            sector=p.sector,
            investor=unit.name if p.sector is Sector.ENTERPRISE and rng.random() < 0.3 else "",
            first_applied_on=first,
            applied_as_trial=rng.random() < 0.15,
            description_before=before,
            description_solution=solution,
            description_novelty=novelty,
            confidential_info=(
                f"Bản vẽ chi tiết và thông số kỹ thuật của {slots['device']}."
                if solution_type == "ky_thuat" and rng.random() < 0.1
                else ""
            ),
            conditions=" ".join(rng.sample(self.w.conditions, rng.randint(1, 2))),
            benefit_author_vnd=vnd,
            benefit_author_social=social,
            benefit_unit_vnd=unit_vnd,
            benefit_unit_social=social if rng.random() < 0.7 else rng.choice(socials),
            benefit_calculation=calculation,
            portal_text=portal,
            research_accepted_on=research_on,
            head_confirmed=solution_type == "de_tai" and rng.random() < 0.9,
            attests_public_order=rng.random() < 0.96,
            attests_no_ip_protection=rng.random() < 0.94,
            has_complaint=rng.random() < 0.01,
            has_authorship_dispute=rng.random() < 0.005,
            status=status,
            notes=notes,
            authors=authors,
            appliers=self.appliers(unit),
            created_at=created,
            updated_at=updated,
            deleted_at=updated + dt.timedelta(days=rng.randint(1, 30)) if in_bin else None,
        )


_D = Decimal
_SHARES: dict[int, tuple[tuple[Decimal, ...], ...]] = {
    1: ((_D(100),),),
    2: ((_D(50), _D(50)), (_D(60), _D(40)), (_D(70), _D(30)), (_D(80), _D(20)), (_D(55), _D(45))),
    3: ((_D(50), _D(30), _D(20)), (_D(40), _D(30), _D(30)), (_D("33.34"), _D("33.33"), _D("33.33")),
        (_D(60), _D(20), _D(20)), (_D(40), _D(35), _D(25))),
    4: ((_D(25), _D(25), _D(25), _D(25)), (_D(40), _D(20), _D(20), _D(20)),
        (_D(30), _D(30), _D(20), _D(20)), (_D(35), _D(25), _D(20), _D(20))),
}  # fmt: skip


def _vnd(value: int) -> str:
    """12000000 → "12.000.000", as Vietnamese documents write amounts."""
    return f"{value:,}".replace(",", ".")


def _fit(parts: list[str], limit: int) -> str:
    """Whole sentences, in order, as many as fit within ``limit`` characters."""
    out: list[str] = []
    size = 0
    for part in parts:
        for sentence in part.split(". "):
            sentence = sentence if sentence.endswith(".") else sentence + "."
            extra = len(sentence) + (1 if out else 0)
            if size + extra > limit:
                return " ".join(out)
            out.append(sentence)
            size += extra
    return " ".join(out)


def generate_dossiers(count: int, seed: int = 0) -> Iterator[Dossier]:
    """``count`` demo dossiers, the same ones for the same seed (without codes: the code is
    numbered when the dossier is stored)."""
    generator = _Generator(seed)
    for _ in range(count):
        yield generator.dossier()


def demo_unit(seed: int = 0) -> UnitProfile:
    """The demo's own unit: fictitious (resources/demo/units.json), its signer drawn from the
    demo's word lists, so the papers of the demo data have a header and a signature."""
    w = words()
    signer = _Generator(seed).name(random.Random(seed).choice(("M", "F")))
    return dataclasses.replace(UnitProfile.from_dict(w.own_unit), signer_name=signer)


def create_demo(
    session: Session,
    count: int,
    seed: int = 0,
    progress: Callable[[int], None] | None = None,
    *,
    councils: bool = True,
    campaigns: dict[str, Campaign] | None = None,
) -> int:
    """Stores ``count`` demo dossiers through the bulk path in the session's transaction (the
    caller commits), then (with ``councils``) the councils, meetings and decisions of a share
    of them; dossiers left without a decision are "submitted"; ``progress`` receives the
    number stored so far. The unit is given the demo's own fictitious profile (demo_unit)
    unless it has a name already. Each dossier's kept check is made at the end, under
    ``campaigns`` (the data folder's programmes; the shipped ones by default). Returns the
    count."""
    if not unit_profile(session).named:
        save_unit_profile(session, demo_unit(seed))
    # The history of each says it was created, without the fields (100,000 of them).
    stored = insert_dossiers(session, generate_dossiers(count, seed), progress=progress,
                             detail=False)
    if councils:
        add_councils(session, seed)
    else:
        settle_undecided(session)  # no decisions: no status may claim one
    create_demo_nominations(session, seed)
    stored_checks.refresh(session, campaigns if campaigns is not None else load_campaigns())
    return stored
