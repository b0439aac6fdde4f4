"""Checks on attached files, from the states the service layer looked up (no I/O here)."""

from __future__ import annotations

import re

from sangkien_desktop.domain.dossier import AttachmentRef, Dossier
from sangkien_desktop.domain.text import fold
from sangkien_desktop.domain.validation.model import AttachmentState, CheckContext, Emit
from sangkien_desktop.domain.validation.tuning import Tuning

_ID_WORDS = re.compile(r"\b(cccd|cmnd|can ?cuoc|chung minh (nhan|thu)|id ?card)\b")


def _mb(size: int) -> str:
    return f"{size / 1048576:.1f}".replace(".", ",") + " MB"


def type_allowed(media_type: str, filename: str, allowed: tuple[str, ...]) -> bool:
    """``allowed`` holds media types ("application/pdf"), families ("image/*") and file
    extensions (".docx"); a file passes when its media type or its extension is listed."""
    media = media_type.strip().lower()
    ext = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    for entry in allowed:
        if entry.startswith("."):
            if ext == entry:
                return True
        elif entry.endswith("/*"):
            if media.startswith(entry[:-1]):
                return True
        elif media == entry:
            return True
    return False


def _file_state(i: int, ref: AttachmentRef, state: AttachmentState | None, emit: Emit) -> bool:
    """Reports a missing, unreadable or changed file; True when the file is usable."""
    where, name = f"attachments[{i}]", ref.filename
    if state is None or not state.exists:
        emit(
            "SK-ATTACH-MISSING",
            where,
            f"Không tìm thấy tệp đính kèm “{name}” trong thư mục dữ liệu.",
            "Đính kèm lại tệp từ bản gốc, hoặc khôi phục thư mục dữ liệu từ bản sao lưu.",
            ref=ref.sha256,
        )
        return False
    if not state.readable:
        emit(
            "SK-ATTACH-UNREADABLE",
            where,
            f"Không mở được tệp đính kèm “{name}”.",
            "Kiểm tra quyền đọc của thư mục dữ liệu, hoặc đính kèm lại tệp từ bản gốc.",
            ref=ref.sha256,
        )
        return False
    if not state.hash_matches:
        emit(
            "SK-ATTACH-HASH",
            where,
            f"Nội dung tệp đính kèm “{name}” đã bị thay đổi hoặc hỏng so với lúc đính kèm.",
            "Đính kèm lại tệp từ bản gốc; không sửa trực tiếp tệp trong thư mục dữ liệu.",
            ref=ref.sha256,
        )
        return False
    return True


def check_attachments(d: Dossier, ctx: CheckContext, tuning: Tuning, emit: Emit) -> None:
    for i, ref in enumerate(d.attachments):
        where = f"attachments[{i}]"
        state = ctx.attachments.get(ref.sha256) if ctx.attachments is not None else None
        if ctx.attachments is not None and not _file_state(i, ref, state, emit):
            continue
        media = (state.media_type if state and state.media_type else ref.media_type) or ""
        allowed = tuning.attachment_types
        if allowed is not None and not type_allowed(media, ref.filename, allowed):
            emit(
                "SK-ATTACH-TYPE",
                where,
                f"Tệp “{ref.filename}” không phải ảnh, PDF hoặc Word (DOCX); Cổng có thể "
                "không nhận.",
                "Lưu tệp thành PDF (hoặc chụp thành ảnh) rồi đính kèm lại.",
                ref=ref.sha256,
            )
        size = state.size if state is not None and state.size is not None else ref.size
        limit = tuning.attachment_max_bytes
        if size <= 0:
            emit(
                "SK-ATTACH-SIZE",
                where,
                f"Tệp “{ref.filename}” rỗng (0 byte).",
                "Đính kèm lại đúng tệp cần nộp.",
                ref=ref.sha256,
            )
        elif limit is not None and size > limit:
            emit(
                "SK-ATTACH-SIZE",
                where,
                f"Tệp “{ref.filename}” nặng {_mb(size)}, quá giới hạn {_mb(limit)}.",
                "Giảm dung lượng (nén PDF, giảm độ phân giải ảnh) hoặc tách thành nhiều tệp.",
                ref=ref.sha256,
            )
        if _ID_WORDS.search(fold(f"{ref.filename} {ref.note}").replace("_", " ")):
            emit(
                "SK-ATTACH-ID-SCAN",
                where,
                f"Tệp “{ref.filename}” có vẻ là ảnh chụp căn cước/CMND, là dữ liệu cá nhân "
                "nhạy cảm.",
                "Không cần đính kèm ảnh giấy tờ tùy thân: chỉ nhập số CCCD vào hồ sơ và xóa "
                "tệp này.",
                ref=ref.sha256,
            )
