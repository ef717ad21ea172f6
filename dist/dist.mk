# Installing Red Line, and its Debian package (included by the Makefile).
#   make install [PREFIX=/usr/local] [DESTDIR=DIR]    make uninstall (the same variables)
#   make deb                                          the .deb, checked by lintian
# The game finds its data at ../share/redline or ../share/games/redline from
# its binary, and its window (redline-window.so) at ../lib/redline or
# ../lib/games/redline, and its translations at ../share/locale
# (engine/cli/paths.c): BINDIR, DATADIR and WINDOWDIR
# move together (the Debian package uses /usr/games,
# /usr/share/games/redline and /usr/lib/games/redline).
PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
SHARE   ?= $(PREFIX)/share
DATADIR ?= $(SHARE)/redline
WINDOWDIR ?= $(PREFIX)/lib/redline
MANDIR  ?= $(SHARE)/man
LOCALEDIR ?= $(SHARE)/locale
DOCDIR  ?= $(SHARE)/doc/redline
APP_ID  := io.github.redline_game.redline
ICON_SIZES := 16 22 24 32 48 64 128 256
ICON_PNGS  := $(foreach s,$(ICON_SIZES),$(BUILD)/icons/$(s)/$(APP_ID).png)
# The game's data and docs: git's files in a clone, every file outside git
# (untracked files, editors' backups and test output stay out of an install).
LIST_FILES = $(shell if [ -e .git ]; then git ls-files $(1); else find $(1) -type f ! -name '.*'; fi | sort)
DATA_FILES = $(call LIST_FILES,scripts assets mods)
DOC_FILES  = README.md $(call LIST_FILES,docs)
INSTALLED_ICON = $(DESTDIR)$(SHARE)/icons/hicolor/$(1)/apps/$(APP_ID).$(2)

.PHONY: install uninstall deb check-packaging-deps

$(BUILD)/icons/%/$(APP_ID).png: dist/icons/redline.svg
	@command -v rsvg-convert >/dev/null || { echo "make: rendering the icons needs rsvg-convert (Debian: librsvg2-bin; make deps installs it)" >&2; exit 1; }
	@mkdir -p $(@D)
	rsvg-convert -w $* -h $* $< -o $@

install: redline translations $(ICON_PNGS)
	install -D -m 755 redline $(DESTDIR)$(BINDIR)/redline
	install -D -m 644 $(WINDOW) $(DESTDIR)$(WINDOWDIR)/$(WINDOW)
	@for f in $(DATA_FILES); do install -D -m 644 "$$f" "$(DESTDIR)$(DATADIR)/$$f" || exit 1; done
	@for f in $(DOC_FILES); do install -D -m 644 "$$f" "$(DESTDIR)$(DOCDIR)/$$f" || exit 1; done
	sed 's|^Exec=redline|Exec=$(BINDIR)/redline|' dist/$(APP_ID).desktop >$(BUILD)/$(APP_ID).desktop
	install -D -m 644 $(BUILD)/$(APP_ID).desktop $(DESTDIR)$(SHARE)/applications/$(APP_ID).desktop
	install -D -m 644 dist/$(APP_ID).metainfo.xml $(DESTDIR)$(SHARE)/metainfo/$(APP_ID).metainfo.xml
	install -D -m 644 dist/redline.6 $(DESTDIR)$(MANDIR)/man6/redline.6
	install -D -m 644 dist/icons/redline.svg $(call INSTALLED_ICON,scalable,svg)
	@for s in $(ICON_SIZES); do \
		install -D -m 644 $(BUILD)/icons/$$s/$(APP_ID).png $(call INSTALLED_ICON,$${s}x$$s,png) || exit 1; done
	install -D -m 644 assets/web/translations.js $(DESTDIR)$(DATADIR)/assets/web/translations.js
	@for l in $(LINGUAS); do \
		install -D -m 644 locale/$$l/LC_MESSAGES/redline.mo $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/redline.mo || exit 1; done
	@echo "installed: $(DESTDIR)$(BINDIR)/redline, its data in $(DESTDIR)$(DATADIR)"

# The data and doc folders are Red Line's own: removed whole, but only when
# their names say so (a DATADIR=/usr/share typo must not empty /usr/share).
uninstall:
	@case "$(DATADIR):$(DOCDIR):$(WINDOWDIR)" in */redline:*/redline:*/redline) ;; \
		*) echo "make uninstall: DATADIR, DOCDIR and WINDOWDIR must end in /redline" >&2; exit 1;; esac
	rm -f $(DESTDIR)$(BINDIR)/redline $(DESTDIR)$(MANDIR)/man6/redline.6
	rm -rf $(DESTDIR)$(WINDOWDIR)
	rm -rf $(DESTDIR)$(DATADIR) $(DESTDIR)$(DOCDIR)
	rm -f $(DESTDIR)$(SHARE)/applications/$(APP_ID).desktop $(DESTDIR)$(SHARE)/metainfo/$(APP_ID).metainfo.xml
	rm -f $(foreach l,$(LINGUAS),$(DESTDIR)$(LOCALEDIR)/$(l)/LC_MESSAGES/redline.mo)
	rm -f $(call INSTALLED_ICON,scalable,svg) $(foreach s,$(ICON_SIZES),$(call INSTALLED_ICON,$(s)x$(s),png))

check-packaging-deps:
	@tools/deps.sh packaging

deb: check-packaging-deps
	@tools/deb.sh $(BUILD)/deb
