"""Demo data: fictional but realistic Vietnamese dossiers, reproducible from a seed.

Every person, unit, phone and CCCD number is made up from word lists (no real official from
the program documents is ever produced); provinces, campaigns and their codes come from the
shipped data files, so the demo follows the same rules as real dossiers. The same seed
always gives the same dossiers, uuids included.
"""

from __future__ import annotations

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
from sangkien_desktop.services.bulk import insert_dossiers
from sangkien_desktop.services.catalog import UnitRef, load_campaigns, load_unit_list
from sangkien_desktop.services.demo_nominations import create_demo_nominations

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

# --- People -----------------------------------------------------------------------------

_FAMILY = (
    ("Nguyễn", 31), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 4), ("Huỳnh", 3),
    ("Phan", 4), ("Vũ", 3), ("Võ", 3), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 1.5),
    ("Ngô", 1.5), ("Dương", 1), ("Lý", 0.5), ("Đinh", 1), ("Trương", 1), ("Đoàn", 0.7),
    ("Mai", 0.6), ("Lương", 0.5), ("Cao", 0.5), ("Hà", 0.6), ("Tạ", 0.3), ("Lâm", 0.4),
)  # fmt: skip
_MIDDLE = {
    "M": (("Văn", 40), ("Đức", 8), ("Minh", 8), ("Quang", 6), ("Hữu", 6), ("Công", 5),
          ("Thanh", 5), ("Xuân", 4), ("Tiến", 3), ("Ngọc", 3), ("Duy", 3), ("Quốc", 4),
          ("Trọng", 3), ("Mạnh", 2), ("Đình", 5), ("Anh", 3)),
    "F": (("Thị", 45), ("Thu", 6), ("Ngọc", 5), ("Thanh", 5), ("Minh", 3), ("Kim", 4),
          ("Thúy", 3), ("Hồng", 4), ("Bích", 2), ("Phương", 3), ("Diệu", 1), ("Khánh", 2),
          ("Hải", 2), ("Mỹ", 2), ("Lan", 1), ("Thùy", 3)),
}  # fmt: skip
_GIVEN = {
    "M": ("Hùng", "Dũng", "Tuấn", "Hải", "Nam", "Long", "Thắng", "Cường", "Hiếu", "Trung",
          "Sơn", "Quân", "Huy", "Phong", "Thành", "Tùng", "Bình", "Khánh", "Lâm", "Đạt",
          "Phúc", "Tài", "Toàn", "Vinh", "Hưng", "Kiên", "Hoàng", "Lợi", "Nghĩa", "Tâm",
          "Thịnh", "Việt", "Định", "An", "Cảnh", "Chiến", "Đông", "Hiệp", "Hòa", "Khoa",
          "Lực", "Minh", "Nhân", "Quang", "Sang", "Tiến", "Trí", "Vũ", "Đức", "Thanh"),
    "F": ("Lan", "Hương", "Hoa", "Mai", "Linh", "Ngọc", "Trang", "Thảo", "Hằng", "Nga",
          "Hạnh", "Hiền", "Huyền", "Thủy", "Yến", "Dung", "Nhung", "Oanh", "Phương", "Thu",
          "Loan", "Vân", "Anh", "Chi", "Giang", "Hà", "Hồng", "Liên", "Nhàn", "Quyên",
          "Tâm", "Thắm", "Thơ", "Trinh", "Uyên", "Vy", "My", "Duyên", "Lý", "Hậu", "Xuân",
          "Nhi", "Quỳnh", "Diệp", "Thanh", "Hoài", "Lê", "Sen", "Đào", "Bích"),
}  # fmt: skip
# People named in the program documents (seeds/): never produce them, even by chance.
FORBIDDEN_NAMES = frozenset({"Lê Ngọc Vũ", "Nguyễn Thị Ngọc Tú"})
# Mobile prefixes in use since the 2018 renumbering (0 + 3/5/7/8/9 + one digit).
_PHONE_PREFIXES = (
    "032", "033", "034", "035", "036", "037", "038", "039", "056", "058", "059", "070",
    "076", "077", "078", "079", "081", "082", "083", "084", "085", "086", "088", "089",
    "090", "091", "093", "094", "096", "097", "098", "099",
)  # fmt: skip

# --- Units ------------------------------------------------------------------------------

_BRANDS = (
    "Hòa Bình", "Thành Công", "Phú Cường", "Hưng Thịnh", "Tân Phát", "Minh Long", "An Khang",
    "Đại Phát", "Sông Hồng", "Trường Sơn", "Phúc An", "Nam Việt", "Đông Á", "Hải Đăng",
    "Sao Mai", "Bình Minh", "Tân Tiến", "Thiên Phú", "Kim Long", "Hồng Hà", "Vĩnh Phát",
    "Thuận Thành", "Lam Hồng", "Phương Nam", "Bắc Hà", "Quang Minh", "Tiến Đạt", "Hợp Nhất",
    "Toàn Thắng", "Đức Thịnh", "Ánh Dương", "Việt Thắng", "Hoàng Long", "Phú Thịnh",
)  # fmt: skip
_HEROES = (
    "Lê Lợi", "Nguyễn Du", "Trần Phú", "Chu Văn An", "Lý Tự Trọng", "Nguyễn Trãi",
    "Quang Trung", "Lê Quý Đôn", "Võ Thị Sáu", "Kim Đồng", "Phan Bội Châu", "Nguyễn Huệ",
    "Hùng Vương", "Trần Hưng Đạo", "Lương Thế Vinh", "Nguyễn Bỉnh Khiêm", "Ngô Quyền",
    "Hai Bà Trưng", "Lê Hồng Phong", "Nguyễn Văn Trỗi", "Trần Quốc Toản", "Bế Văn Đàn",
)  # fmt: skip
_PLACE_A = ("Tân", "Bình", "Phú", "Vĩnh", "Thanh", "Hòa", "An", "Đông", "Tây", "Long",
            "Thạch", "Yên", "Kim", "Hải", "Quảng", "Hưng", "Cẩm", "Triệu", "Gia", "Lạc")  # fmt: skip
_PLACE_B = ("An", "Phú", "Sơn", "Lộc", "Thành", "Hòa", "Bình", "Lâm", "Hưng", "Xuân",
            "Thuận", "Điền", "Giang", "Lập", "Phong", "Mỹ", "Khánh", "Định", "Hà", "Trạch")  # fmt: skip


@dataclass(frozen=True)
class _Profile:
    """One kind of employer: the words its units, people and initiatives are made of."""

    kind: str
    sector: Sector
    target_group: str
    weight: float
    unit_patterns: tuple[str, ...]
    departments: tuple[str, ...]
    jobs: tuple[tuple[str, str], ...]  # (job title, qualification)
    fields: tuple[str, ...]
    tech: tuple[str, ...]  # equipment and processes a technical solution improves
    manage: tuple[str, ...]  # what a management solution organises ("công tác …")
    tasks: tuple[str, ...]  # operations a working-method solution improves
    devices: tuple[str, ...]
    advances: tuple[str, ...]  # tools and technologies applied
    covid: tuple[str, ...]
    economic: float  # chance the benefit can be valued in VND
    goals: tuple[str, ...] = ()
    social: tuple[str, ...] = ()


_FACTORY_JOBS = (
    ("Tổ trưởng sản xuất", "Cao đẳng Công nghệ"), ("Kỹ thuật viên", "Cao đẳng Cơ điện"),
    ("Kỹ sư cơ khí", "Kỹ sư Cơ khí chế tạo máy"), ("Quản đốc phân xưởng", "Kỹ sư Cơ khí"),
    ("Nhân viên KCS", "Trung cấp Công nghệ"), ("Trưởng ca", "Kỹ sư Điện"),
    ("Thợ bảo trì", "Công nhân kỹ thuật bậc 5/7"), ("Kế toán viên", "Cử nhân Kế toán"),
    ("Chủ tịch Công đoàn cơ sở", "Cử nhân Quản trị kinh doanh"),
    ("Phó phòng Kỹ thuật", "Thạc sĩ Kỹ thuật cơ khí"), ("Công nhân vận hành", "Công nhân kỹ thuật bậc 4/7"),
)  # fmt: skip
_FACTORY_DEPTS = ("Phòng Kỹ thuật", "Phòng Cơ điện", "Phòng Tổ chức - Hành chính", "Tổ Bảo trì")
_TEACHER_JOBS = (
    ("Tổ trưởng chuyên môn", "Thạc sĩ Lý luận và phương pháp dạy học"),
    ("Phó Hiệu trưởng", "Thạc sĩ Quản lý giáo dục"), ("Kế toán", "Cử nhân Kế toán"),
    ("Nhân viên thư viện", "Cử nhân Thông tin - Thư viện"),
)  # fmt: skip
_OFFICE_JOBS = (
    ("Chuyên viên", "Cử nhân Luật"), ("Kế toán viên", "Cử nhân Kế toán"),
    ("Văn thư", "Trung cấp Văn thư - Lưu trữ"), ("Trưởng phòng", "Thạc sĩ Quản lý công"),
    ("Chuyên viên", "Cử nhân Công nghệ thông tin"),
)  # fmt: skip
_OFFICE_COVID = ("Giải quyết thủ tục hành chính qua mạng trong thời gian giãn cách xã hội",
                 "Bố trí làm việc luân phiên, bảo đảm an toàn phòng, chống dịch Covid-19")  # fmt: skip
_OFFICE_ADVANCES = ("chữ ký số", "dịch vụ công trực tuyến", "Microsoft Excel", "Zalo OA", "mã QR",
                    "AppSheet", "Google Sheets")  # fmt: skip
_PROFILES = (
    _Profile(
        kind="garment", sector=Sector.ENTERPRISE, target_group="cnld_doanh_nghiep", weight=12,
        unit_patterns=("Công ty TNHH May mặc {brand}", "Công ty Cổ phần May {brand}",
                       "Công ty Cổ phần Dệt may {prov}", "Xí nghiệp May {brand}"),
        departments=("Phân xưởng May 1", "Phân xưởng May 2", "Tổ Cắt", "Tổ Hoàn thiện", "Tổ Là",
                     "Phòng Kỹ thuật"),
        jobs=_FACTORY_JOBS + (("Công nhân may", "Trung cấp May thời trang"),
                              ("Tổ trưởng chuyền may", "Cao đẳng Công nghệ may"),
                              ("Công nhân may", "Công nhân kỹ thuật bậc 3/7")),
        fields=("Sản xuất hàng may mặc", "Dệt may", "An toàn, vệ sinh lao động"),
        tech=("quy trình cắt vải", "công đoạn may cổ áo sơ mi", "dây chuyền may túi quần âu",
              "máy may một kim", "khâu là thành phẩm", "bàn trải vải"),
        manage=("vật tư, nguyên phụ liệu", "kho thành phẩm", "chất lượng sản phẩm trên chuyền",
                "bố trí lao động trên chuyền may", "định mức tiêu hao chỉ may"),
        tasks=("may cổ áo sơ mi", "kiểm tra đường may", "đóng gói thành phẩm", "gấp và vô bao áo",
               "trải vải nhiều lớp", "thay chỉ và chỉnh máy"),
        devices=("cữ gá may nẹp áo", "bộ gá cuốn viền", "xe đẩy bán thành phẩm",
                 "cơ cấu cắt chỉ tự động"),
        advances=("mã vạch", "cảm biến quang", "động cơ servo tiết kiệm điện", "phần mềm giác sơ đồ"),
        covid=("Tổ chức sản xuất “3 tại chỗ” bảo đảm an toàn phòng, chống dịch Covid-19",
               "Bố trí vách ngăn và giãn cách trên chuyền may trong thời gian dịch Covid-19"),
        economic=0.8,
    ),
    _Profile(
        kind="footwear", sector=Sector.ENTERPRISE, target_group="cnld_doanh_nghiep", weight=5,
        unit_patterns=("Công ty TNHH Giày da {brand}", "Công ty Cổ phần Giày {brand}"),
        departments=("Xưởng Gò ráp", "Xưởng Chặt", "Xưởng May mũ giày", "Phòng Kỹ thuật"),
        jobs=_FACTORY_JOBS + (("Công nhân gò ráp", "Công nhân kỹ thuật bậc 3/7"),),
        fields=("Sản xuất giày dép", "Da giày", "An toàn, vệ sinh lao động"),
        tech=("công đoạn dán đế giày", "máy chặt da thủy lực", "lò sấy keo", "dây chuyền gò mũi giày"),
        manage=("vật tư da và đế", "kế hoạch sản xuất theo đơn hàng", "tái chế da vụn"),
        tasks=("quét keo đế giày", "kiểm tra thành phẩm", "xếp khuôn chặt"),
        devices=("khay quét keo", "cữ định vị đế", "băng tải sấy"),
        advances=("keo gốc nước", "cảm biến nhiệt độ", "biến tần", "mã vạch"),
        covid=("Tổ chức sản xuất “3 tại chỗ” bảo đảm an toàn phòng, chống dịch Covid-19",),
        economic=0.8,
    ),
    _Profile(
        kind="mechanical", sector=Sector.ENTERPRISE, target_group="cnld_doanh_nghiep", weight=7,
        unit_patterns=("Công ty Cổ phần Cơ khí {brand}", "Công ty TNHH Kết cấu thép {brand}",
                       "Nhà máy Cơ khí {prov}"),
        departments=("Phân xưởng Cơ khí", "Phân xưởng Lắp ráp", "Xưởng Bảo dưỡng") + _FACTORY_DEPTS,
        jobs=_FACTORY_JOBS + (("Thợ hàn", "Công nhân kỹ thuật bậc 4/7"),),
        fields=("Cơ khí chế tạo", "Điện, tự động hóa", "An toàn, vệ sinh lao động"),
        tech=("quy trình hàn kết cấu thép", "máy tiện CNC", "hệ thống khí nén", "máy cắt plasma",
              "cầu trục 5 tấn"),
        manage=("bảo dưỡng thiết bị", "vật tư phụ tùng", "an toàn lao động tại phân xưởng",
                "điều độ sản xuất", "tiêu thụ điện năng"),
        tasks=("thay dao cắt", "căn chỉnh đồ gá", "bảo dưỡng định kỳ máy nén khí",
               "kiểm tra mối hàn"),
        devices=("đồ gá khoan", "cơ cấu cấp phôi tự động", "thiết bị nâng hạ"),
        advances=("biến tần", "PLC", "cảm biến tiệm cận", "camera giám sát", "năng lượng mặt trời"),
        covid=("Chế tạo buồng khử khuẩn tự động đặt tại cổng nhà máy",
               "Tổ chức sản xuất theo phương án “1 cung đường, 2 địa điểm” trong dịch Covid-19"),
        economic=0.85,
    ),
    _Profile(
        kind="materials", sector=Sector.ENTERPRISE, target_group="cnld_doanh_nghiep", weight=4,
        unit_patterns=("Công ty Cổ phần Xi măng {brand}", "Công ty Cổ phần Gạch ngói {brand}"),
        departments=("Phân xưởng Lò nung", "Phân xưởng Nghiền", "Phân xưởng Đóng bao") + _FACTORY_DEPTS,
        jobs=_FACTORY_JOBS,
        fields=("Sản xuất vật liệu xây dựng", "Bảo vệ môi trường", "Tiết kiệm năng lượng"),
        tech=("lò nung clinker", "hệ thống lọc bụi tĩnh điện", "máy nghiền bi", "băng tải clinker",
              "máy đóng bao"),
        manage=("tiêu hao than và điện", "bảo dưỡng thiết bị", "chất lượng clinker", "kho bãi"),
        tasks=("vệ sinh buồng lọc bụi", "thay tấm lót máy nghiền", "kiểm tra nhiệt độ lò"),
        devices=("bộ thu hồi nhiệt thải", "máng chống tràn", "thiết bị làm sạch băng tải"),
        advances=("biến tần", "cảm biến nhiệt độ", "camera nhiệt", "PLC"),
        covid=("Chế tạo buồng khử khuẩn tự động đặt tại cổng nhà máy",),
        economic=0.9,
    ),
    _Profile(
        kind="seafood", sector=Sector.ENTERPRISE, target_group="cnld_doanh_nghiep", weight=6,
        unit_patterns=("Công ty Cổ phần Chế biến Thủy sản {brand}", "Công ty TNHH Thực phẩm {brand}"),
        departments=("Phân xưởng Chế biến", "Tổ Cấp đông", "Kho lạnh", "Phòng Quản lý chất lượng",
                     "Tổ Đóng gói"),
        jobs=_FACTORY_JOBS + (("Công nhân chế biến", "Công nhân kỹ thuật bậc 3/7"),),
        fields=("Chế biến thủy sản", "Chế biến thực phẩm", "An toàn thực phẩm"),
        tech=("dây chuyền cấp đông IQF", "khâu phân cỡ tôm", "hệ thống xử lý nước thải", "kho lạnh"),
        manage=("an toàn thực phẩm", "truy xuất nguồn gốc nguyên liệu", "kho nguyên liệu",
                "kiểm soát chất lượng đầu vào"),
        tasks=("sơ chế nguyên liệu", "xếp khuôn cấp đông", "vệ sinh dụng cụ chế biến",
               "đóng gói hút chân không"),
        devices=("băng chuyền phân loại", "khay xếp khuôn cải tiến", "hệ thống thu hồi nước ngưng"),
        advances=("mã QR truy xuất nguồn gốc", "cảm biến nhiệt độ không dây", "biến tần", "đèn LED"),
        covid=("Tổ chức sản xuất “3 tại chỗ” tại nhà máy chế biến trong dịch Covid-19",
               "Quy trình xét nghiệm nhanh định kỳ cho người lao động trong dịch Covid-19"),
        economic=0.8,
    ),
    _Profile(
        kind="urban", sector=Sector.ENTERPRISE, target_group="cnld_doanh_nghiep", weight=4,
        unit_patterns=("Công ty Cổ phần Cấp nước {prov}", "Công ty Cổ phần Môi trường Đô thị {prov}"),
        departments=("Xí nghiệp Cấp nước số 1", "Đội Thu gom", "Trạm bơm", "Đội Vận hành",
                     "Phòng Kỹ thuật"),
        jobs=_FACTORY_JOBS + (("Công nhân vệ sinh môi trường", "Công nhân kỹ thuật bậc 3/7"),),
        fields=("Cấp nước, thoát nước", "Vệ sinh môi trường đô thị", "Bảo vệ môi trường"),
        tech=("trạm bơm tăng áp", "mạng lưới cấp nước", "xe ép rác", "bể lọc nhanh"),
        manage=("chống thất thoát nước sạch", "điều phối xe thu gom", "ghi chỉ số đồng hồ nước",
                "nhiên liệu cho phương tiện"),
        tasks=("ghi chỉ số đồng hồ nước", "súc xả đường ống", "vệ sinh thùng rác"),
        devices=("thiết bị dò rò rỉ", "giá đỡ thùng rác"),
        advances=("thiết bị đo từ xa", "GPS giám sát hành trình", "phần mềm hóa đơn điện tử",
                  "mã QR"),
        covid=("Bảo đảm cấp nước liên tục cho khu cách ly tập trung trong dịch Covid-19",),
        economic=0.75,
    ),
    _Profile(
        kind="farm", sector=Sector.ENTERPRISE, target_group="nong_nghiep_nong_thon", weight=4,
        unit_patterns=("Hợp tác xã Nông nghiệp {place}", "Công ty TNHH Nông sản {brand}",
                       "Công ty Cổ phần Giống cây trồng {prov}"),
        departments=("Tổ Kỹ thuật", "Đội Sản xuất số 2", "Bộ phận Dịch vụ", "Trại giống"),
        jobs=(("Kỹ thuật viên nông nghiệp", "Kỹ sư Nông học"),
              ("Tổ trưởng sản xuất", "Trung cấp Trồng trọt"),
              ("Giám đốc hợp tác xã", "Cử nhân Kinh tế nông nghiệp"),
              ("Kế toán", "Cử nhân Kế toán"), ("Nhân viên kỹ thuật", "Kỹ sư Chăn nuôi")),
        fields=("Trồng trọt", "Nông nghiệp công nghệ cao", "Phát triển nông thôn"),
        tech=("hệ thống tưới nhỏ giọt", "máy sấy nông sản", "nhà lưới trồng rau",
              "quy trình ủ phân hữu cơ", "máy gieo hạt"),
        manage=("dịch vụ đầu vào cho thành viên", "tiêu thụ nông sản", "lịch thời vụ",
                "vật tư nông nghiệp"),
        tasks=("ủ phân hữu cơ từ phụ phẩm", "gieo mạ khay", "thu hoạch và sơ chế rau"),
        devices=("máy tách hạt", "giàn phun sương", "máy băm phụ phẩm"),
        advances=("chế phẩm sinh học", "nhật ký điện tử", "cảm biến độ ẩm đất",
                  "năng lượng mặt trời"),
        covid=("Tiêu thụ nông sản cho nông dân bằng “luồng xanh” trong thời gian giãn cách",),
        economic=0.7,
    ),
    _Profile(
        kind="preschool", sector=Sector.PUBLIC, target_group="vien_chuc_su_nghiep", weight=6,
        unit_patterns=("Trường Mầm non {place}", "Trường Mầm non Hoa Sen, {district}",
                       "Trường Mầm non Sơn Ca, {district}"),
        departments=("Tổ chuyên môn Nhà trẻ", "Tổ chuyên môn Mẫu giáo", "Tổ Văn phòng", "Tổ Nuôi dưỡng"),
        jobs=_TEACHER_JOBS + (("Giáo viên", "Cao đẳng Sư phạm Mầm non"),
                              ("Giáo viên", "Cử nhân Giáo dục Mầm non"),
                              ("Nhân viên nấu ăn", "Trung cấp Kỹ thuật chế biến món ăn")),
        fields=("Giáo dục mầm non", "Chăm sóc, nuôi dưỡng trẻ", "Quản lý giáo dục"),
        tech=("đồ dùng đồ chơi tự làm", "góc chơi ngoài trời", "bếp ăn bán trú"),
        manage=("nuôi dưỡng, chăm sóc sức khỏe trẻ", "phối hợp với cha mẹ trẻ", "bán trú"),
        tasks=("rèn nề nếp cho trẻ 3 tuổi", "cho trẻ 5 tuổi làm quen với chữ cái",
               "phát triển ngôn ngữ cho trẻ 4 tuổi", "giáo dục kỹ năng tự phục vụ cho trẻ"),
        devices=("bộ đồ chơi từ vật liệu tái chế", "bảng chơi đa năng"),
        advances=("học liệu số", "Zalo nhóm lớp", "phần mềm tính khẩu phần ăn", "mã QR"),
        covid=("Quy trình đón, trả trẻ an toàn phòng, chống dịch Covid-19",),
        economic=0.05,
        goals=("phát triển toàn diện cho trẻ", "giảm tải công việc sổ sách cho giáo viên",
               "nâng cao chất lượng bữa ăn bán trú"),
        social=("Trẻ mạnh dạn, tự tin, hứng thú tham gia các hoạt động.",
                "Cha mẹ trẻ yên tâm, tin tưởng và phối hợp tốt với nhà trường."),
    ),
    _Profile(
        kind="primary", sector=Sector.PUBLIC, target_group="vien_chuc_su_nghiep", weight=8,
        unit_patterns=("Trường Tiểu học {hero}", "Trường Tiểu học {place}"),
        departments=("Tổ khối 1", "Tổ khối 2, 3", "Tổ khối 4, 5", "Tổ Văn phòng"),
        jobs=_TEACHER_JOBS + (("Giáo viên", "Cử nhân Giáo dục Tiểu học"),
                              ("Giáo viên", "Cử nhân Sư phạm Tiếng Anh")),
        fields=("Giáo dục tiểu học", "Quản lý giáo dục", "Chuyển đổi số trong giáo dục"),
        tech=("đồ dùng dạy học môn Tiếng Việt lớp 1", "thư viện thân thiện", "đồ dùng dạy học môn Toán"),
        manage=("chủ nhiệm lớp", "kiểm tra nội bộ trường học", "bán trú",
                "phối hợp giữa nhà trường và cha mẹ học sinh"),
        tasks=("rèn kỹ năng đọc cho học sinh lớp 1", "dạy học phân số ở lớp 4",
               "rèn chữ viết cho học sinh tiểu học", "giúp học sinh lớp 3 học tốt phép chia",
               "tổ chức hoạt động trải nghiệm"),
        devices=("bộ đồ dùng dạy học tự làm", "bộ thẻ học tập"),
        advances=("học liệu số", "mã QR", "Google Forms", "phần mềm Azota", "bảng tương tác"),
        covid=("Tổ chức dạy học trực tuyến trong thời gian giãn cách do dịch Covid-19",),
        economic=0.05,
        goals=("nâng cao chất lượng học tập của học sinh", "phát huy tính chủ động của học sinh",
               "giảm tải công việc sổ sách cho giáo viên"),
        social=("Nâng cao chất lượng dạy và học, học sinh hứng thú và chủ động hơn.",
                "Cha mẹ học sinh nắm bắt kịp thời tình hình học tập của con em."),
    ),
    _Profile(
        kind="secondary", sector=Sector.PUBLIC, target_group="vien_chuc_su_nghiep", weight=9,
        unit_patterns=("Trường THCS {hero}", "Trường THPT {hero}", "Trường THCS {place}"),
        departments=("Tổ Toán - Tin", "Tổ Ngữ văn", "Tổ Khoa học tự nhiên", "Tổ Ngoại ngữ",
                     "Tổ Văn phòng"),
        jobs=_TEACHER_JOBS + (("Giáo viên", "Cử nhân Sư phạm Toán"), ("Giáo viên", "Cử nhân Sư phạm Ngữ văn"),
                              ("Nhân viên thiết bị", "Cao đẳng Sư phạm Vật lý")),
        fields=("Giáo dục trung học", "Quản lý giáo dục", "Chuyển đổi số trong giáo dục"),
        tech=("dạy học STEM", "thí nghiệm Vật lý lớp 8", "phòng học bộ môn", "thư viện trường học"),
        manage=("chủ nhiệm lớp", "bồi dưỡng học sinh giỏi", "kiểm tra nội bộ trường học",
                "quản lý hồ sơ học sinh", "tư vấn tâm lý học đường"),
        tasks=("giúp học sinh lớp 9 ôn thi vào lớp 10", "dạy từ vựng Tiếng Anh",
               "dạy học môn Toán lớp 9 theo chủ đề", "hướng dẫn học sinh nghiên cứu khoa học",
               "tổ chức hoạt động trải nghiệm"),
        devices=("mô hình thí nghiệm", "bộ đồ dùng dạy học tự làm"),
        advances=("học liệu số", "mã QR", "Google Forms", "Microsoft Teams", "phần mềm Azota"),
        covid=("Tổ chức dạy học trực tuyến trong thời gian giãn cách do dịch Covid-19",),
        economic=0.05,
        goals=("nâng cao chất lượng học tập của học sinh", "phát huy tính chủ động của học sinh",
               "nâng cao tỷ lệ học sinh khá, giỏi"),
        social=("Nâng cao chất lượng dạy và học, học sinh hứng thú và chủ động hơn.",
                "Cha mẹ học sinh nắm bắt kịp thời tình hình học tập của con em."),
    ),
    _Profile(
        kind="vocational", sector=Sector.PUBLIC, target_group="vien_chuc_su_nghiep", weight=2,
        unit_patterns=("Trường Cao đẳng Nghề {prov}",
                       "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên {district}"),
        departments=("Khoa Cơ khí", "Khoa Điện - Điện tử", "Phòng Đào tạo", "Tổ Văn hóa"),
        jobs=_TEACHER_JOBS + (("Giảng viên", "Thạc sĩ Kỹ thuật điện"), ("Giáo viên", "Kỹ sư Cơ khí")),
        fields=("Giáo dục nghề nghiệp", "Quản lý đào tạo"),
        tech=("mô hình thực hành điện công nghiệp", "xưởng thực hành hàn", "bàn thực hành PLC"),
        manage=("tuyển sinh", "quản lý học viên", "liên kết đào tạo với doanh nghiệp"),
        tasks=("hướng dẫn thực hành hàn điện", "đánh giá kỹ năng nghề", "dạy lắp đặt điện dân dụng"),
        devices=("mô hình thực hành", "bộ gá thực hành"),
        advances=("phần mềm mô phỏng", "học liệu số", "Google Forms"),
        covid=("Tổ chức đào tạo trực tuyến kết hợp thực hành luân phiên trong dịch Covid-19",),
        economic=0.2,
    ),
    _Profile(
        kind="hospital", sector=Sector.PUBLIC, target_group="vien_chuc_su_nghiep", weight=14,
        unit_patterns=("Bệnh viện Đa khoa {district}", "Trung tâm Y tế {district}",
                       "Bệnh viện Đa khoa {provname}", "Bệnh viện Y dược cổ truyền {prov}",
                       "Trạm Y tế {commune}"),
        departments=("Khoa Khám bệnh", "Khoa Hồi sức cấp cứu", "Khoa Dược", "Khoa Xét nghiệm",
                     "Khoa Ngoại tổng hợp", "Phòng Điều dưỡng", "Khoa Kiểm soát nhiễm khuẩn"),
        jobs=(("Bác sĩ", "Bác sĩ chuyên khoa I"), ("Điều dưỡng", "Cử nhân Điều dưỡng"),
              ("Kỹ thuật viên xét nghiệm", "Cử nhân Xét nghiệm y học"), ("Dược sĩ", "Dược sĩ đại học"),
              ("Trưởng khoa", "Bác sĩ chuyên khoa II"), ("Hộ sinh", "Cao đẳng Hộ sinh"),
              ("Điều dưỡng trưởng", "Thạc sĩ Điều dưỡng")),
        fields=("Y tế", "Khám bệnh, chữa bệnh", "Kiểm soát nhiễm khuẩn"),
        tech=("quy trình tiếp đón người bệnh", "quy trình lấy mẫu xét nghiệm", "xe tiêm",
              "hệ thống gọi điều dưỡng", "quy trình tiệt khuẩn dụng cụ"),
        manage=("dược tại khoa lâm sàng", "hồ sơ bệnh án", "chăm sóc người bệnh sau mổ",
                "kiểm soát nhiễm khuẩn", "khám sức khỏe định kỳ"),
        tasks=("chăm sóc người bệnh sau mổ", "lấy máu tĩnh mạch", "cấp phát thuốc nội trú",
               "hướng dẫn người bệnh ra viện", "sơ cứu chấn thương"),
        devices=("giá treo dịch truyền di động", "xe đẩy dụng cụ", "khung cố định chi"),
        advances=("bệnh án điện tử", "phần mềm quản lý xét nghiệm", "tin nhắn nhắc lịch tái khám",
                  "mã QR"),
        covid=("Quy trình phân luồng, sàng lọc người bệnh nghi nhiễm Covid-19 tại khu khám bệnh",
               "Quản lý người bệnh Covid-19 điều trị tại nhà qua điện thoại"),
        economic=0.3,
        goals=("rút ngắn thời gian chờ khám", "giảm sai sót chuyên môn", "nâng cao an toàn người bệnh",
               "tiết kiệm vật tư y tế tiêu hao"),
        social=("Người bệnh được chăm sóc chu đáo, an toàn, giảm thời gian nằm viện.",
                "Giảm nguy cơ nhiễm khuẩn bệnh viện cho người bệnh và nhân viên y tế."),
    ),
    _Profile(
        kind="tax", sector=Sector.PUBLIC, target_group="cbcc_co_quan", weight=4,
        unit_patterns=("Chi cục Thuế khu vực {place}", "Chi cục Thuế {district}"),
        departments=("Đội Kê khai - Kế toán thuế", "Đội Quản lý thuế xã, phường",
                     "Đội Kiểm tra thuế", "Đội Hành chính - Nhân sự"),
        jobs=_OFFICE_JOBS + (("Kiểm soát viên thuế", "Cử nhân Tài chính - Ngân hàng"),
                             ("Phó Chi cục trưởng", "Thạc sĩ Kinh tế")),
        fields=("Quản lý thuế", "Cải cách hành chính"),
        tech=("quy trình hoàn thuế", "quy trình tiếp nhận hồ sơ khai thuế", "kho lưu trữ hồ sơ thuế"),
        manage=("đôn đốc thu nợ thuế", "quản lý hộ kinh doanh", "hỗ trợ người nộp thuế"),
        tasks=("đối chiếu số liệu thu nộp", "trả lời vướng mắc của người nộp thuế",
               "lập báo cáo định kỳ"),
        devices=("bộ biểu mẫu điện tử", "giá lưu trữ di động"),
        advances=_OFFICE_ADVANCES + ("hóa đơn điện tử",),
        covid=_OFFICE_COVID,
        economic=0.2,
    ),
    _Profile(
        kind="finance", sector=Sector.PUBLIC, target_group="cbcc_co_quan", weight=4,
        unit_patterns=("Kho bạc Nhà nước {district}", "Sở Tài chính {provname}",
                       "Phòng Tài chính - Kế hoạch {district}"),
        departments=("Phòng Kiểm soát chi", "Phòng Kế toán nhà nước", "Phòng Tổng hợp", "Văn phòng"),
        jobs=_OFFICE_JOBS + (("Kiểm soát viên", "Cử nhân Kế toán"),),
        fields=("Quản lý tài chính công", "Cải cách hành chính"),
        tech=("quy trình kiểm soát chi thường xuyên", "kho lưu trữ chứng từ"),
        manage=("kiểm soát chi đầu tư", "quyết toán ngân sách", "thu ngân sách"),
        tasks=("đối chiếu số dư tài khoản", "tiếp nhận hồ sơ kiểm soát chi", "lập báo cáo định kỳ"),
        devices=("bộ biểu mẫu điện tử", "giá lưu trữ di động"),
        advances=_OFFICE_ADVANCES,
        covid=_OFFICE_COVID,
        economic=0.2,
    ),
    _Profile(
        kind="insurance", sector=Sector.PUBLIC, target_group="cbcc_co_quan", weight=3,
        unit_patterns=("Bảo hiểm xã hội {district}", "Bảo hiểm xã hội {provname}"),
        departments=("Bộ phận Một cửa", "Tổ Thu - Sổ thẻ", "Tổ Chế độ bảo hiểm xã hội", "Tổ Giám định"),
        jobs=_OFFICE_JOBS + (("Giám định viên", "Bác sĩ đa khoa"),),
        fields=("Bảo hiểm xã hội, bảo hiểm y tế", "Cải cách hành chính"),
        tech=("quy trình cấp thẻ bảo hiểm y tế", "quy trình giải quyết chế độ ốm đau", "kho hồ sơ"),
        manage=("thu bảo hiểm xã hội", "phát triển người tham gia bảo hiểm xã hội tự nguyện",
                "giám định chi phí khám chữa bệnh"),
        tasks=("đối chiếu danh sách tham gia", "trả kết quả qua dịch vụ bưu chính",
               "tuyên truyền chính sách bảo hiểm"),
        devices=("bộ biểu mẫu điện tử",),
        advances=_OFFICE_ADVANCES + ("ứng dụng VssID",),
        covid=_OFFICE_COVID,
        economic=0.15,
    ),
    _Profile(
        kind="local", sector=Sector.PUBLIC, target_group="cbcc_co_quan", weight=6,
        unit_patterns=("Ủy ban nhân dân {commune}", "Văn phòng Đăng ký đất đai {provname}",
                       "Văn phòng HĐND và UBND {district}"),
        departments=("Bộ phận Một cửa", "Văn phòng", "Bộ phận Địa chính", "Bộ phận Tư pháp - Hộ tịch"),
        jobs=_OFFICE_JOBS + (("Công chức địa chính", "Kỹ sư Quản lý đất đai"),
                             ("Công chức tư pháp - hộ tịch", "Cử nhân Luật")),
        fields=("Cải cách hành chính", "Quản lý đất đai", "Tư pháp, hộ tịch"),
        tech=("quy trình tiếp nhận hồ sơ một cửa", "kho lưu trữ hồ sơ địa chính"),
        manage=("lưu trữ hồ sơ", "giải quyết thủ tục hành chính",
                "cấp giấy chứng nhận quyền sử dụng đất", "văn thư"),
        tasks=("tiếp nhận hồ sơ trực tuyến", "tra cứu hồ sơ lưu trữ", "chứng thực bản sao",
               "đăng ký khai sinh"),
        devices=("giá lưu trữ di động", "bộ biểu mẫu điện tử"),
        advances=_OFFICE_ADVANCES,
        covid=_OFFICE_COVID + ("Tổ chức khu cách ly tập trung tại xã trong dịch Covid-19",),
        economic=0.1,
    ),
    _Profile(
        kind="extension", sector=Sector.PUBLIC, target_group="nong_nghiep_nong_thon", weight=3,
        unit_patterns=("Trạm Khuyến nông {district}", "Hạt Kiểm lâm {district}",
                       "Chi cục Trồng trọt và Bảo vệ thực vật {provname}"),
        departments=("Tổ Kỹ thuật", "Bộ phận Chuyên môn", "Văn phòng"),
        jobs=(("Khuyến nông viên", "Kỹ sư Nông học"), ("Kiểm lâm viên", "Kỹ sư Lâm nghiệp"),
              ("Chuyên viên", "Kỹ sư Bảo vệ thực vật")),
        fields=("Khuyến nông", "Bảo vệ rừng", "Bảo vệ thực vật", "Phát triển nông thôn"),
        tech=("mô hình trồng lúa giảm phát thải", "quy trình dự tính dự báo sâu bệnh",
              "bẫy đèn bắt côn trùng"),
        manage=("tuần tra bảo vệ rừng", "tập huấn kỹ thuật cho nông dân", "dự báo sâu bệnh"),
        tasks=("điều tra sâu bệnh hại lúa", "tuần tra rừng mùa khô", "tập huấn theo nhóm nông dân"),
        devices=("bẫy đèn năng lượng mặt trời", "thiết bị phun thuốc cải tiến"),
        advances=("ảnh vệ tinh", "điện thoại thông minh", "bản đồ số", "thiết bị bay không người lái"),
        covid=("Hướng dẫn nông dân sản xuất an toàn trong thời gian giãn cách",),
        economic=0.35,
    ),
)  # fmt: skip

# Women are most of the staff in these sectors, and most of their authors.
_FEMALE_SHARE = {"preschool": 0.95, "primary": 0.8, "secondary": 0.65, "garment": 0.8,
                 "footwear": 0.75, "hospital": 0.65, "seafood": 0.6}  # fmt: skip
_TOPICAL_FIELDS = {"cong_doan": "Hoạt động công đoàn", "covid": "Phòng, chống dịch Covid-19"}
_UNION_TOPICS = (
    "tổ chức Tháng Công nhân", "phát triển đoàn viên", "thu, quản lý tài chính công đoàn",
    "tổ chức đối thoại tại nơi làm việc", "chăm lo đoàn viên có hoàn cảnh khó khăn",
    "tuyên truyền pháp luật lao động", "phong trào thi đua lao động giỏi, lao động sáng tạo",
    "phong trào thi đua sáng kiến, cải tiến kỹ thuật", "tổ chức hoạt động văn hóa, thể thao",
    "xây dựng “Mái ấm Công đoàn”", "quản lý đoàn viên", "giám sát thực hiện quy chế dân chủ",
)  # fmt: skip
_GOALS = {
    Sector.ENTERPRISE: (
        "giảm tỷ lệ sản phẩm lỗi", "tăng năng suất lao động", "tiết kiệm điện năng",
        "bảo đảm an toàn lao động", "giảm chi phí vật tư", "giảm cường độ lao động",
        "bảo vệ môi trường", "rút ngắn thời gian sản xuất"),
    Sector.PUBLIC: (
        "rút ngắn thời gian giải quyết hồ sơ", "nâng cao chất lượng phục vụ",
        "giảm giấy tờ, tiết kiệm văn phòng phẩm", "tăng sự hài lòng của người dân",
        "nâng cao hiệu quả công việc chuyên môn"),
}  # fmt: skip
_MONTHLY_SAVINGS = (1_500_000, 2_000_000, 2_500_000, 3_000_000, 4_000_000, 5_000_000, 7_500_000,
                   10_000_000, 15_000_000, 20_000_000, 30_000_000, 50_000_000)  # fmt: skip
_SOFTWARE_GOALS = ("quản lý", "theo dõi", "tổng hợp, báo cáo", "tra cứu")
_TITLE_TEMPLATES: dict[str, tuple[str, ...]] = {
    "ky_thuat": ("Cải tiến {tech} nhằm {goal}", "Chế tạo {device} phục vụ {tech}",
                 "Thiết kế, chế tạo {device} tại {dept}", "Cải tiến {tech}",
                 "Giải pháp kỹ thuật {goal} cho {tech}"),
    "ky_thuat_public": ("Cải tiến {tech} nhằm {goal}", "Cải tiến {tech}",
                        "Thiết kế {device} phục vụ {tech}"),
    "quan_ly": ("Giải pháp nâng cao hiệu quả công tác {manage}", "Đổi mới công tác {manage} tại {short}",
                "Xây dựng quy trình {manage} theo hướng {direction}",
                "Một số biện pháp nâng cao chất lượng công tác {manage}"),
    "tac_nghiep": ("Cải tiến phương pháp {task}", "Một số biện pháp {task}",
                   "Giải pháp {task} nhằm {goal}", "Sắp xếp lại các bước {task}"),
    "ung_dung_tbkt": ("Ứng dụng {advance} trong {softgoal} {manage}", "Ứng dụng {advance} vào {tech}",
                      "Ứng dụng {advance} để {goal} tại {short}"),
    "cong_doan": ("Giải pháp nâng cao chất lượng {union}", "Đổi mới phương thức {union} tại Công đoàn cơ sở {short}",
                  "Ứng dụng mạng xã hội Zalo trong {union}", "Một số kinh nghiệm {union}"),
    "covid": ("{covid}", "{covid}", "{covid} tại {short}"),
    "de_tai": ("Nghiên cứu ứng dụng {advance} trong {softgoal} {manage}",
               "Nghiên cứu, đề xuất giải pháp {goal} tại {short}",
               "Đánh giá thực trạng và giải pháp nâng cao hiệu quả {manage}"),
}  # fmt: skip
_DIRECTIONS = ("tinh gọn", "số hóa", "công khai, minh bạch", "chuẩn hóa từng bước")

_BEFORE_COMMON = (
    "Trước khi áp dụng sáng kiến, {subject} tại {dept} chủ yếu làm thủ công, phụ thuộc nhiều vào kinh nghiệm của từng người.",
    "Mỗi ngày mất khoảng {minutes} phút cho các thao tác chuẩn bị, kiểm tra và ghi chép sổ sách.",
    "Số liệu nằm rải rác trên sổ sách và nhiều tệp riêng lẻ nên khó tổng hợp, báo cáo thường chậm.",
    "Một số đơn vị bạn đã có cách làm tương tự nhưng chưa phù hợp với điều kiện thực tế của {short}.",
    "Việc phối hợp giữa các bộ phận còn chồng chéo, trách nhiệm từng khâu chưa rõ ràng.",
)  # fmt: skip
_BEFORE = {
    Sector.ENTERPRISE: _BEFORE_COMMON + (
        "Tỷ lệ sản phẩm phải sửa lại còn khoảng {pct}%, gây lãng phí thời gian và vật tư.",
        "Người lao động phải làm việc trong tư thế gò bó, cường độ cao, dễ mệt mỏi và tiềm ẩn nguy cơ mất an toàn.",
        "Chi phí điện năng và vật tư cho khâu này chiếm tỷ trọng lớn trong giá thành sản phẩm.",
        "Thiết bị thường xuyên phải dừng để căn chỉnh, mỗi tháng mất khoảng {hours} giờ sản xuất."),
    Sector.PUBLIC: _BEFORE_COMMON + (
        "Khoảng {pct}% hồ sơ, văn bản phải bổ sung, chỉnh sửa do sai sót khi lập.",
        "Người dân, người bệnh hoặc học sinh phải chờ đợi lâu, chưa hài lòng với cách làm cũ.",
        "Cán bộ, viên chức mất nhiều thời gian cho việc tra cứu, đối chiếu giấy tờ.",
        "Việc theo dõi, kiểm tra kết quả chưa thường xuyên, khó phát hiện sớm những tồn tại."),
}  # fmt: skip
_SOLUTION_HEAD = (
    "Tác giả đã khảo sát thực trạng, phân tích nguyên nhân và đề xuất giải pháp gồm các bước sau.",
    "Giải pháp được xây dựng trên cơ sở góp ý của người lao động trực tiếp thực hiện công việc.",
    "Nhóm tác giả tổ chức làm thử, đo đạc số liệu trước và sau khi áp dụng để so sánh.",
)  # fmt: skip
_SOLUTION_CORE_PUBLIC_TECH = "Thiết kế {device} phù hợp với điều kiện của đơn vị, hướng dẫn áp dụng thống nhất cho {subject}."
_SOLUTION_CORE = {
    "ky_thuat": "Thiết kế và chế tạo {device} từ vật liệu sẵn có, lắp đặt trực tiếp cho {subject}, không phải dừng sản xuất dài ngày.",
    "quan_ly": "Ban hành quy trình mới, phân công rõ trách nhiệm từng vị trí, kiểm tra và đánh giá kết quả hằng tháng.",
    "tac_nghiep": "Chuẩn hóa thứ tự thao tác, bỏ các bước trùng lặp và xây dựng bảng hướng dẫn ngắn gọn đặt tại nơi làm việc.",
    "ung_dung_tbkt": "Đưa {advance} vào sử dụng, xây dựng biểu mẫu dữ liệu dùng chung, phân quyền cập nhật cho từng bộ phận và tự động tổng hợp báo cáo.",
    "cong_doan": "Ban Chấp hành Công đoàn cơ sở xây dựng kế hoạch, phân công ủy viên phụ trách từng tổ công đoàn và công khai kết quả hằng quý.",
    "covid": "Thành lập tổ an toàn Covid-19, xây dựng phương án phân luồng, khử khuẩn và theo dõi sức khỏe người lao động hằng ngày.",
    "de_tai": "Đề tài khảo sát, thu thập số liệu, xây dựng mô hình thử nghiệm, được Hội đồng nghiệm thu đánh giá và đưa vào ứng dụng thực tế.",
}  # fmt: skip
_SOLUTION_STEPS = (
    "Bước 1: khảo sát, thống kê số liệu hiện trạng và xác định nguyên nhân chính.",
    "Bước 2: xây dựng phương án, lấy ý kiến tổ chuyên môn và người lao động.",
    "Bước 3: áp dụng thử tại {dept} trong {months} tháng, điều chỉnh theo kết quả thực tế.",
    "Bước 4: hoàn thiện, ban hành hướng dẫn và nhân rộng trong toàn đơn vị.",
)  # fmt: skip
_NOVELTY = (
    "Điểm mới của sáng kiến là sử dụng vật liệu sẵn có, chi phí thấp, dễ nhân rộng.",
    "Giải pháp lần đầu được áp dụng tại {short}, chưa được công bố trong tài liệu nào.",
    "Sáng kiến chuẩn hóa cách làm, giảm phụ thuộc vào kinh nghiệm cá nhân.",
    "Dữ liệu được số hóa, tra cứu ngay trên máy tính và điện thoại.",
    "So với cách làm cũ, thời gian thực hiện giảm khoảng {pct2}%.",
    "Người lao động dễ học, dễ làm, chỉ cần hướng dẫn trong một buổi.",
    "Giải pháp khắc phục được nhược điểm của cách làm trước đây mà không phải đầu tư thiết bị mới.",
)  # fmt: skip
_CONDITIONS = (
    "Có máy tính kết nối mạng nội bộ; người thực hiện được tập huấn sử dụng.",
    "Cần sự đồng thuận của lãnh đạo đơn vị và sự phối hợp của các bộ phận liên quan.",
    "Vật tư sẵn có tại đơn vị; thợ bảo trì có tay nghề bậc 4/7 trở lên thực hiện được.",
    "Áp dụng được ở các đơn vị có quy mô và điều kiện tương tự.",
    "Kinh phí thực hiện nhỏ, có thể bố trí từ nguồn chi thường xuyên.",
)  # fmt: skip
_SOCIAL = {
    Sector.ENTERPRISE: (
        "Giảm cường độ lao động, cải thiện điều kiện làm việc cho người lao động.",
        "Bảo đảm an toàn lao động, giảm nguy cơ tai nạn và bệnh nghề nghiệp.",
        "Góp phần bảo vệ môi trường, giảm rác thải và khí thải.",
        "Người lao động phấn khởi, yên tâm gắn bó lâu dài với doanh nghiệp."),
    Sector.PUBLIC: (
        "Nâng cao chất lượng phục vụ, tạo sự hài lòng của người dân và doanh nghiệp.",
        "Giảm áp lực công việc, cán bộ, viên chức chủ động hơn trong nhiệm vụ.",
        "Công khai, minh bạch, góp phần đẩy mạnh cải cách hành chính.",
        "Tiết kiệm giấy tờ, văn phòng phẩm và thời gian đi lại của người dân."),
}  # fmt: skip
_SOCIAL_TOPICAL = {
    "cong_doan": "Tăng cường gắn bó của đoàn viên với tổ chức công đoàn, xây dựng quan hệ lao động hài hòa.",
    "covid": "Góp phần phòng, chống dịch hiệu quả, duy trì sản xuất và công tác an toàn.",
}  # fmt: skip
_APPLIER_TASKS = (
    "Tham gia chế tạo và lắp đặt thử nghiệm", "Vận hành thử và ghi chép số liệu",
    "Áp dụng thử tại bộ phận", "Tổng hợp số liệu, đánh giá hiệu quả", "Góp ý hoàn thiện quy trình",
    "Hướng dẫn đồng nghiệp áp dụng",
)  # fmt: skip
_REJECT_REASONS = (
    "Không công nhận: chưa chứng minh được tính mới trong phạm vi đơn vị.",
    "Không công nhận: chưa có số liệu áp dụng thực tế.",
    "Không công nhận: trùng với giải pháp đã được công nhận năm trước.",
)  # fmt: skip


@dataclass(frozen=True)
class _Unit:
    name: str
    short: str  # how a title names it ("Công ty May mặc Hòa Bình" without the legal form)
    province: UnitRef
    profile: _Profile


class _Picker(Generic[T]):
    """Weighted choice with precomputed cumulative weights (rng.choices, bisect inside)."""

    def __init__(self, pairs: Sequence[tuple[T, float]]):
        self.items = [p[0] for p in pairs]
        self.cum = list(itertools.accumulate(p[1] for p in pairs))

    def __call__(self, rng: random.Random) -> T:
        return rng.choices(self.items, cum_weights=self.cum)[0]


def _locality(rng: random.Random, province: UnitRef) -> str:
    word = "quận" if province.kind == "city" and rng.random() < 0.6 else "huyện"
    if rng.random() < 0.12:
        word = "thị xã"
    return f"{word} {rng.choice(_PLACE_A)} {rng.choice(_PLACE_B)}"


def _province_label(province: UnitRef) -> str:
    return province.name.replace("Tỉnh ", "").replace("Thành phố ", "")


def _short_of(name: str) -> str:
    for prefix in ("Công ty TNHH MTV ", "Công ty TNHH ", "Công ty Cổ phần "):
        if name.startswith(prefix):
            return "Công ty " + name[len(prefix) :]
    return name


def _build_units(rng: random.Random, provinces: Sequence[UnitRef]) -> _Picker[_Unit]:
    """A few thousand fictional units over every province, each with its own activity."""
    profile_pick = _Picker([(p, p.weight) for p in _PROFILES])
    big = {"ha-noi": 3.0, "ho-chi-minh": 3.0, "hai-phong": 1.8, "binh-duong": 1.8,
           "dong-nai": 1.6, "thanh-hoa": 1.5, "nghe-an": 1.5, "bac-ninh": 1.4, "da-nang": 1.3}  # fmt: skip
    pairs: list[tuple[_Unit, float]] = []
    for province in provinces:
        districts = [_locality(rng, province) for _ in range(rng.randint(3, 6))]
        seen: set[str] = set()
        for _ in range(int(28 * big.get(province.code, 1.0))):
            profile = profile_pick(rng)
            pattern = rng.choice(profile.unit_patterns)
            district = rng.choice(districts)
            name = pattern.format(
                brand=rng.choice(_BRANDS),
                hero=rng.choice(_HEROES),
                prov=_province_label(province),
                provname=("thành phố " if province.kind == "city" else "tỉnh ")
                + _province_label(province),
                place=f"{rng.choice(_PLACE_A)} {rng.choice(_PLACE_B)}",
                district=district,
                commune=f"xã {rng.choice(_PLACE_A)} {rng.choice(_PLACE_B)}",
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
        self.campaigns: dict[str, Campaign] = load_campaigns()
        self.provinces = load_unit_list("provinces-1997").units
        self.units = _build_units(self.rng, self.provinces)
        self.campaign_pick = _Picker(
            [(self.campaigns[c], w) for c, w in CAMPAIGN_WEIGHTS.items() if c in self.campaigns]
        )
        self.status_pick = _Picker(list(STATUS_WEIGHTS.items()))
        self.family_pick = _Picker(_FAMILY)
        self.middle_pick = {sex: _Picker(pairs) for sex, pairs in _MIDDLE.items()}

    # People ------------------------------------------------------------------------
    def name(self, sex: str) -> str:
        rng = self.rng
        while True:
            middle = self.middle_pick[sex](rng)
            if rng.random() < 0.15:  # "Nguyễn Thị Thu Hương": a second middle name
                extra = self.middle_pick[sex](rng)
                if extra not in (middle, "Văn", "Thị"):
                    middle = f"{middle} {extra}"
            name = f"{self.family_pick(rng)} {middle} {rng.choice(_GIVEN[sex])}"
            if name not in FORBIDDEN_NAMES:
                return name

    def birth_date(self) -> dt.date:
        return dt.date(1965, 1, 1) + dt.timedelta(days=self.rng.randrange(13149))  # to 2000

    def cccd(self, province: UnitRef, born: dt.date, sex: str) -> str:
        century = 0 if born.year < 2000 else 2
        digit = century + (1 if sex == "F" else 0)
        return f"{province.cccd_code}{digit}{born.year % 100:02d}{self.rng.randrange(10**6):06d}"

    def phone(self) -> str:
        return f"{self.rng.choice(_PHONE_PREFIXES)}{self.rng.randrange(10**7):07d}"

    def person(self, unit: _Unit) -> tuple[str, str, dt.date, str, str, str]:
        rng = self.rng
        sex = "F" if rng.random() < _FEMALE_SHARE.get(unit.profile.kind, 0.45) else "M"
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
            task = self.rng.choice(_APPLIER_TASKS)
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
            "goal": rng.choice(p.goals or _GOALS[p.sector]), "direction": rng.choice(_DIRECTIONS),
            "softgoal": rng.choice(_SOFTWARE_GOALS), "union": rng.choice(_UNION_TOPICS),
            "covid": rng.choice(p.covid), "short": unit.short, "dept": dept,
        }  # fmt: skip
        key = solution_type
        if key == "ky_thuat" and p.sector is Sector.PUBLIC:
            key = "ky_thuat_public"
        template = rng.choice(_TITLE_TEMPLATES[key])
        title = template.format(**slots)
        for key in ("tech", "task", "manage", "union"):
            if "{" + key + "}" in template:
                return title, slots[key]
        return title, slots["tech"] if solution_type != "covid" else "công tác phòng, chống dịch"

    def field(self, p: _Profile, solution_type: str) -> str:
        topical = _TOPICAL_FIELDS.get(solution_type)
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
            s.format(**slots) for s in rng.sample(_BEFORE[p.sector], rng.randint(2, 4))
        )
        steps = _SOLUTION_STEPS[: rng.randint(2, 4)]
        core = _SOLUTION_CORE[solution_type]
        if solution_type == "ky_thuat" and p.sector is Sector.PUBLIC:
            core = _SOLUTION_CORE_PUBLIC_TECH
        solution = " ".join(
            [rng.choice(_SOLUTION_HEAD), core.format(**slots)] + [s.format(**slots) for s in steps]
        )
        novelty = " ".join(s.format(**slots) for s in rng.sample(_NOVELTY, rng.randint(2, 3)))
        socials = p.social + _SOCIAL[p.sector]
        social = _SOCIAL_TOPICAL.get(solution_type) or rng.choice(socials)
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
            notes = rng.choice(_REJECT_REASONS)
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
            conditions=" ".join(rng.sample(_CONDITIONS, rng.randint(1, 2))),
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


def create_demo(
    session: Session, count: int, seed: int = 0, progress: Callable[[int], None] | None = None
) -> int:
    """Stores ``count`` demo dossiers through the bulk path in the session's transaction (the
    caller commits); ``progress`` receives the number stored so far. Returns the count."""
    created = insert_dossiers(session, generate_dossiers(count, seed), progress=progress)
    create_demo_nominations(session, seed)
    return created
