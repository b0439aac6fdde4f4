"""The portal package: what an officer needs for the short online moment on the national
portal, as a folder and the same folder zipped.

Per dossier: the portal's fields in the form's order, the description text within the
campaign's limit, and one PDF to attach. ``index.html`` lists every dossier with a copy
button beside every field; it works from disk with no internet and no other file (its CSS
and script are inline). Both the folder and the zip appear under their final names only
once complete.
"""

from __future__ import annotations

import html
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from sangkien_desktop import atomic
from sangkien_desktop.domain.file_names import safe_file_name, unique_name
from sangkien_desktop.domain.progress import Progress
from sangkien_desktop.safe_paths import join_inside


@dataclass(frozen=True)
class PortalField:
    key: str
    label: str
    value: str
    # Personal data the portal asks (the credited author's phone and CCCD): written once, in
    # index.html where it is copied from during the online moment; thong-tin.txt shows its
    # last digits and du-lieu.json leaves it out.
    personal: bool = False

    def masked(self) -> str:
        if not self.personal or not self.value:
            return self.value
        return "•" * max(len(self.value) - 3, 0) + self.value[-3:] + " (đầy đủ trong index.html)"


PERSONAL_NOTE = ("Thư mục này có số điện thoại và số CCCD/CMND của tác giả (trong index.html) "
                 "mà Cổng hỏi. Đừng chép lên máy dùng chung; xóa thư mục và tệp zip khi đã cập "
                 "nhật xong lên Cổng.")


@dataclass
class PortalItem:
    uuid: str
    code: str
    title: str
    fields: list[PortalField]  # in the order of the portal's form
    description: str
    count_label: str  # "1.874/2.000 ký tự", counted as the portal counts
    pdf_name: str
    pdf: bytes
    warnings: list[str] = field(default_factory=list)

    @property
    def folder(self) -> str:
        """The item's folder in the package: its code made a safe file name."""
        return safe_file_name(self.code, fallback=self.uuid[:8])


def layout(items: list[PortalItem]) -> list[tuple[str, str]]:
    """(folder, PDF name) of each item: safe file names, and a folder per item even when two
    dossiers (of two units, or a correction and its original) share a code."""
    taken: set[str] = set()
    return [(unique_name(item.folder, taken), safe_file_name(item.pdf_name, "ho-so.pdf"))
            for item in items]


def item_text(item: PortalItem) -> str:
    """The fields and the description as plain text (thong-tin.txt)."""
    lines = [f"Tên sáng kiến: {item.title}", f"Mã hồ sơ: {item.code}", ""]
    lines += [f"{f.label}: {f.masked()}" for f in item.fields]
    lines += ["", f"Mô tả ({item.count_label}):", item.description, "",
              f"Tệp đính kèm: {item.pdf_name}"]
    lines += [f"Lưu ý: {w}" for w in item.warnings]
    return "\n".join(lines) + "\n"


_CSS = """
body{font-family:"Segoe UI",Arial,sans-serif;margin:0;background:#f4f5f7;color:#1d2433}
header{background:#0b5394;color:#fff;padding:14px 24px}
header h1{margin:0;font-size:20px} header p{margin:4px 0 0;font-size:13px}
header p.privacy{background:#fff4ce;color:#5c3c00;padding:4px 8px;border-radius:4px}
nav{padding:10px 24px;background:#fff;border-bottom:1px solid #d8dce3;font-size:14px}
nav a{margin-right:12px}
section{background:#fff;margin:16px 24px;padding:12px 18px;border:1px solid #d8dce3;
border-radius:6px}
section h2{font-size:17px;margin:4px 0 10px}
table{border-collapse:collapse;width:100%}
td{padding:5px 6px;vertical-align:top;border-top:1px solid #eef0f3;font-size:14px}
td.l{width:200px;color:#555} td.v{white-space:pre-wrap;word-break:break-word}
td.b{width:90px;text-align:right}
button{font-size:13px;padding:3px 10px;cursor:pointer}
button.done{background:#d9ead3}
.missing{color:#b00020;font-style:italic}
.count{color:#555;font-size:12px}
.warn{color:#8a4b00;font-size:13px;margin:6px 0}
label.entered{float:right;font-size:13px}
"""

_JS = """
function copyText(id, btn){
  var text = document.getElementById(id).textContent;
  function ok(){ btn.textContent = 'Đã chép'; btn.className = 'done'; }
  function fallback(){
    var area = document.createElement('textarea');
    area.value = text; document.body.appendChild(area); area.select();
    try { document.execCommand('copy'); ok(); } catch (e) { alert(text); }
    document.body.removeChild(area);
  }
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).then(ok, fallback);
  } else { fallback(); }
}
// The "entered" ticks are remembered by this browser only (localStorage), never sent.
document.addEventListener('DOMContentLoaded', function(){
  var boxes = document.querySelectorAll('section[data-uuid] input[type=checkbox]');
  for (var i = 0; i < boxes.length; i++) {
    (function(box){
      var key = 'sangkien-entered-' + box.closest('section').getAttribute('data-uuid');
      try { box.checked = localStorage.getItem(key) === '1'; } catch (e) {}
      box.addEventListener('change', function(){
        try { localStorage.setItem(key, box.checked ? '1' : '0'); } catch (e) {}
      });
    })(boxes[i]);
  }
});
"""


def _row(fid: str, label: str, value: str) -> str:
    shown = html.escape(value) if value else ""
    cls = "v" if value else "v missing"
    button = (f'<button type="button" onclick="copyText(\'{fid}\', this)">Sao chép</button>'
              if value else "")
    placeholder = "" if value else "(chưa có — hãy bổ sung trong hồ sơ)"
    return (f'<tr><td class="l">{html.escape(label)}</td>'
            f'<td class="{cls}"><span id="{fid}">{shown}</span>{placeholder}</td>'
            f'<td class="b">{button}</td></tr>')


def index_html(items: list[PortalItem], title: str, created: str) -> str:
    parts = [
        "<!DOCTYPE html>", '<html lang="vi"><head><meta charset="utf-8">',
        f"<title>{html.escape(title)}</title>", f"<style>{_CSS}</style>",
        f"<script>{_JS}</script></head><body>",
        f"<header><h1>{html.escape(title)}</h1><p>{len(items)} hồ sơ · tạo lúc "
        f"{html.escape(created)} · Bấm “Sao chép” rồi dán vào ô tương ứng trên Cổng, đính kèm "
        "tệp PDF của hồ sơ.</p>"
        + (f'<p class="privacy">⚠ {html.escape(PERSONAL_NOTE)}</p>'
           if any(f.personal and f.value for i in items for f in i.fields) else "")
        + "</header>",
        "<nav>" + " · ".join(f'<a href="#hs{n}">{html.escape(i.code or str(n))}</a>'
                          for n, i in enumerate(items, 1)) + "</nav>",
    ]
    for n, (item, (folder, pdf_name)) in enumerate(zip(items, layout(items), strict=True), 1):
        rows = [_row(f"hs{n}-title", "Tên sáng kiến", item.title)]
        rows += [_row(f"hs{n}-{f.key}", f.label, f.value) for f in item.fields]
        rows.append(_row(f"hs{n}-description", f"Mô tả ({item.count_label})", item.description))
        href = f"{quote(folder)}/{quote(pdf_name)}"
        rows.append(f'<tr><td class="l">Tệp đính kèm</td><td class="v"><a href="'
                    f'{html.escape(href)}">{html.escape(pdf_name)}</a></td><td></td></tr>')
        warnings = "".join(f'<p class="warn">⚠ {html.escape(w)}</p>' for w in item.warnings)
        parts.append(
            f'<section id="hs{n}" data-uuid="{html.escape(item.uuid)}">'
            f'<label class="entered"><input type="checkbox"> đã nhập lên Cổng</label>'
            f"<h2>{n}. {html.escape(item.code)} — {html.escape(item.title)}</h2>{warnings}"
            f"<table>{''.join(rows)}</table></section>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


# The export is staged by ``atomic.Staging`` in one work folder beside the outputs,
# ``.<folder name>.tmp-XXXX/``, and both take their names only once both are complete; a crash
# between the two renames is finished by the next export to the same place (or by
# recover_portal_export), so the folder and the zip always come from the same export.


def folder_for(out_zip: Path) -> Path:
    return out_zip.with_suffix("") if out_zip.suffix.lower() == ".zip" else \
        out_zip.with_name(out_zip.name + "-files")


def recover_portal_export(out_zip: Path) -> bool:
    """Finishes an export to ``out_zip`` that a crash stopped between its renames, and removes
    work folders of exports stopped earlier. True when one was finished."""
    return atomic.recover_staged(out_zip.parent, folder_for(out_zip).name)


def write_portal_package(out_zip: Path, items: list[PortalItem], title: str,
                         created: str) -> Iterator[Progress]:
    """Writes ``out_zip`` and the folder beside it (same name without ".zip"). Nothing
    appears under either name unless both were written in full; an export a crash cut short
    between the two renames is completed first (``recover_portal_export``)."""
    folder = folder_for(out_zip)
    files: list[tuple[str, bytes]] = [("index.html", index_html(items, title, created)
                                       .encode("utf-8"))]
    places = layout(items)
    for item, (folder_name, pdf_name) in zip(items, places, strict=True):
        files += [(f"{folder_name}/thong-tin.txt", item_text(item).encode("utf-8")),
                  (f"{folder_name}/mo-ta.txt", (item.description + "\n").encode("utf-8")),
                  (f"{folder_name}/{pdf_name}", item.pdf)]
    files.append(("du-lieu.json", json.dumps(
        [{"uuid": i.uuid, "code": i.code, "title": i.title,
          "fields": {f.key: f.value for f in i.fields if not f.personal},
          "withheld_personal_data": [f.key for f in i.fields if f.personal],
          "description": i.description, "pdf": f"{folder_name}/{pdf_name}"}
         for i, (folder_name, pdf_name) in zip(items, places, strict=True)],
        ensure_ascii=False, indent=1).encode("utf-8")))
    needed = 2 * sum(len(data) for _name, data in files)  # the folder and the zip
    with atomic.Staging(out_zip.parent, folder.name, needed=needed) as staging:
        staging.path(folder.name).mkdir()
        for n, (name, data) in enumerate(files, 1):
            target = join_inside(staging.path(folder.name), *name.split("/"))
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            yield Progress(n, len(files) * 2, "folder")
        with zipfile.ZipFile(staging.path(out_zip.name), "w", zipfile.ZIP_DEFLATED) as zf:
            for n, (name, data) in enumerate(files, 1):
                zf.writestr(f"{folder.name}/{name}", data)
                yield Progress(len(files) + n, len(files) * 2, "zip")
        staging.commit()
