# The doors in: `make run`, `make test`, `make lint`, `make bench`; `make dist` builds the wheel and the
# standalone bundle, `make dist-test` tests the bundle.
# Each works on a fresh Debian/Ubuntu machine with only Python 3.11+.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum < pyproject.toml | cut -d' ' -f1)

# Libraries Qt needs: sound (QtMultimedia will not import without libpulse0),
# OpenGL/EGL, keyboard maps, fonts, and CJK fonts for Korean text.
QT_LIBS := libpulse0 libegl1 libgl1 libxkbcommon0 libfontconfig1 fonts-noto-cjk
# What the test of real playback needs: a private PulseAudio server with a silent
# output, which it starts and stops itself (tests/ui/sound_server.py); and a
# Mosquitto MQTT broker the guided-session tests start on a loopback port.
TEST_LIBS := pulseaudio pulseaudio-utils mosquitto xvfb
# What Qt's xcb platform plugin needs to open a real window (make run).
WINDOW_LIBS := libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
	libxcb-render-util0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0 libxcb-randr0 libdbus-1-3
# "Read aloud" (stops without a recording): Qt's speechd plug-in needs libspeechd2 to load at
# all, and speech-dispatcher with its espeak-ng module to speak. Only `make run` installs them.
SPEECH_LIBS := libspeechd2 speech-dispatcher speech-dispatcher-espeak-ng

# The desktop's own tools, to install and check the menu entry and the .tour file type
# (desktop-file-validate, update-desktop-database, xdg-mime and its `mimetype`, update-mime-database).
DESKTOP_TOOLS := desktop-file-utils xdg-utils libfile-mimeinfo-perl shared-mime-info
# Speech and Ogg encoding for the sample tours' narration (make media).
MEDIA_TOOLS := espeak-ng vorbis-tools fonts-noto-cjk fonts-dejavu-core
# A real X server and a screenshot, to see the bundled viewer's window (make dist-test).
SCREEN_TOOLS := xvfb xdotool imagemagick

export PIP_DISABLE_PIP_VERSION_CHECK := 1

# The interface's translations: translations/*.ts are committed (`make ts` updates them from the
# sources), the .qm files Qt loads are built from them before the program runs, is tested or packed.
TS_LANGUAGES := ko ja zh_CN id ms
TS := $(TS_LANGUAGES:%=translations/tourviewer_%.ts)
QM := $(TS:.ts=.qm) translations/qtbase_extra_id.qm translations/qtbase_extra_ms.qm

.PHONY: ts qm run test lint bench media venv qt-libs test-libs window-libs speech-libs desktop-tools dist dist-test clean

run: venv qm qt-libs window-libs speech-libs
	$(BIN)/tourviewer $(ARGS)

test: venv qm qt-libs test-libs window-libs desktop-tools
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest --ignore=tests/dist

lint: venv
	$(BIN)/ruff check tourviewer tests benchmarks tools main.py
	$(BIN)/lint-imports
	$(BIN)/mypy tourviewer/core

bench: venv qm qt-libs
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

# The wheel and the one-folder bundle in dist/, with their figures in benchmarks/results.json.
dist: venv qm qt-libs $(VENV)/.pyinstaller
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/dist/make_dist.py

# The bundle unpacked elsewhere: every command, the viewer in a real window, install.sh.
dist-test: dist window-libs desktop-tools
	@sh tools/system-libs.sh $(SCREEN_TOOLS)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest tests/dist

# every translatable text of the program into the .ts files (translations kept, new texts unfinished)
ts: venv
	$(BIN)/pyside6-lupdate -extensions py -locations none -silent tourviewer -ts $(TS)

qm: $(QM)

translations/%.qm: translations/%.ts | venv
	$(BIN)/pyside6-lrelease -silent $< -qm $@

$(VENV)/.pyinstaller: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,dist]'
	touch $@

# Regenerates every media file of the sample tours (see tools/README.md); ARGS picks some,
# e.g. make media ARGS="--tour hongsung --lang ja".
media: venv
	@sh tools/system-libs.sh $(MEDIA_TOOLS)
	$(BIN)/python tools/make_sample_media.py $(ARGS)

venv: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Tour Viewer needs Python 3.11 or newer (found $$($(PYTHON) --version))"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

qt-libs:
	@sh tools/system-libs.sh $(QT_LIBS)

test-libs:
	@sh tools/system-libs.sh $(TEST_LIBS)

window-libs:
	@sh tools/system-libs.sh $(WINDOW_LIBS)

speech-libs:
	@sh tools/system-libs.sh $(SPEECH_LIBS)

desktop-tools:
	@sh tools/system-libs.sh $(DESKTOP_TOOLS)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache .hypothesis build dist
