# Two commands matter: `make run` and `make test`. Both set up everything they need first.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# System libraries PySide6 needs to open windows (xcb) and to run offscreen, plus venv support.
APT_PACKAGES := python3-venv libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 \
	libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
	libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xkb1

.PHONY: run test test-server setup sysdeps forms translations lint typecheck bench bundle clean guide-screenshots

run: setup
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ] && [ -z "$$QT_QPA_PLATFORM" ]; then \
	  echo "Không tìm thấy màn hình (DISPLAY chưa đặt) — no display found."; \
	  echo "Sáng kiến Desktop is a windowed program. To proceed on this machine, either:"; \
	  echo "  - start a virtual display:  Xvfb :99 & DISPLAY=:99 make run"; \
	  echo "  - or use the command line:  $(BIN)/sangkien --help   (list, demo, export-json, ...)"; \
	  exit 2; \
	fi
	$(BIN)/sangkien gui

# The linter and the type checker first: CI (.ci/run) fails on either, as on a failing test.
test: setup lint typecheck
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

setup: $(STAMP)

$(STAMP): pyproject.toml
	@$(MAKE) --no-print-directory sysdeps
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

# Installs the Qt system libraries when run as root on Debian/Ubuntu; otherwise says what is missing.
sysdeps:
	@missing=""; \
	if command -v dpkg-query >/dev/null 2>&1; then \
	  for p in $(APT_PACKAGES); do \
	    dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	  done; \
	fi; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing system packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else \
	    echo "Missing system packages (install them as root):$$missing"; \
	  fi; \
	fi

# Recompiles the Qt Designer forms in ui/ into sangkien_desktop/gui/forms/ (committed).
forms: setup
	$(BIN)/python -m sangkien_desktop.gui.forms.compile

# Merges every UI string into resources/i18n/sangkien_en.ts (translations kept; lists what is
# left to translate) and compiles the shipped .qm. Translate with pyside6-linguist, then rerun.
translations: setup
	$(BIN)/python -m sangkien_desktop.gui.i18n update
	$(BIN)/python -m sangkien_desktop.gui.i18n release

lint: setup
	$(BIN)/ruff check sangkien_desktop tests benchmarks packaging tools

# mypy as configured in pyproject.toml: strict on domain/ and services/, basic elsewhere.
typecheck: setup
	$(BIN)/mypy

# The one-folder program in dist/SangKienDesktop/ (PyInstaller), then its smoke test: run from a
# copy outside the source tree it opens its window offscreen, makes demo data and a PDF with
# embedded fonts. Prints the bundle's size and the program's start-up time. See packaging/.
BUNDLE_STAMP := $(VENV)/.installed-bundle
bundle: $(BUNDLE_STAMP)
	@start=$$(date +%s); \
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
	  --workpath build/pyinstaller packaging/sangkien.spec && \
	echo "bundle built in $$(( $$(date +%s) - start )) s: dist/SangKienDesktop/"
	$(BIN)/python packaging/smoke_test.py dist/SangKienDesktop

# PyInstaller reads binaries with binutils (objdump, strip); strace lets the smoke test prove that
# the program never touches the source tree.
$(BUNDLE_STAMP): $(STAMP)
	@$(MAKE) --no-print-directory sysdeps APT_PACKAGES="binutils strace"
	$(BIN)/python -m pip install --quiet -e '.[dev,bundle]'
	@touch $@

# Retakes the user guide's screenshots (resources/guide/images/) from the real program under a
# virtual display, with demo data in a temporary folder. Needs Xvfb (apt-get install xvfb).
GUIDE_DISPLAY ?= :97
guide-screenshots: setup
	@Xvfb $(GUIDE_DISPLAY) -screen 0 1600x1000x24 >/dev/null 2>&1 & pid=$$!; sleep 1; \
	DISPLAY=$(GUIDE_DISPLAY) QT_QPA_PLATFORM=xcb $(BIN)/python tools/guide_screenshots.py; rc=$$?; \
	kill $$pid; exit $$rc

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/startup.py
	$(BIN)/python benchmarks/search.py

clean:
	rm -rf $(VENV) build dist *.egg-info

# The suite with the storage, services and exchange tests on PostgreSQL too, on a throwaway
# server started (and stopped) by tools/test_server.sh, as .ci/run does.
test-server: setup
	@server=$$(tools/test_server.sh start) || exit 1; eval "$$server"; \
	trap 'tools/test_server.sh stop "$$PGWORK"' EXIT; \
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
