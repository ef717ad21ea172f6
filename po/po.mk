# Translations (included by the Makefile; docs/translating.md).
#   make update-po   the template po/redline.pot from the C sources and the
#                    scripts' text, merged into every po/LANG.po
#   make             compiles po/LANG.po into locale/LANG/LC_MESSAGES/redline.mo,
#                    where the game run from the source tree finds them, and the
#                    tests' pseudo-language (qps: every string marked, 40% longer),
#                    and the team page's words in each language (assets/web/translations.js)
# make install puts the catalogues in $(SHARE)/locale (dist/dist.mk).
LINGUAS   := $(shell cat po/LINGUAS 2>/dev/null)
MO_FILES  := $(foreach l,$(LINGUAS) qps,locale/$(l)/LC_MESSAGES/redline.mo)

.PHONY: update-po check-po translations
all: translations
translations: $(MO_FILES) assets/web/translations.js

# The team page's words in each language, from the same catalogues (tools/web_strings.py).
assets/web/translations.js: assets/web/strings.js tools/web_strings.py po/LINGUAS $(foreach l,$(LINGUAS),locale/$(l)/LC_MESSAGES/redline.mo)
	tools/web_strings.py $@

locale/%/LC_MESSAGES/redline.mo: po/%.po
	@command -v msgfmt >/dev/null || { echo "make: the translations need msgfmt (Debian: gettext; make deps installs it)" >&2; exit 1; }
	@mkdir -p $(@D)
	msgfmt --check -o $@ $<

$(BUILD)/po/qps.po: po/redline.pot tools/pseudo_po.py
	@mkdir -p $(@D)
	tools/pseudo_po.py $< >$@

locale/qps/LC_MESSAGES/redline.mo: $(BUILD)/po/qps.po
	@mkdir -p $(@D)
	msgfmt --check -o $@ $<

update-po:
	tools/make_pot.sh po/redline.pot
	@for l in $(LINGUAS); do \
		if [ -f po/$$l.po ]; then msgmerge --quiet --update --backup=none --no-fuzzy-matching po/$$l.po po/redline.pot; \
		else msginit --no-translator --locale=$$l --input=po/redline.pot --output-file=po/$$l.po; fi || exit 1; \
		printf '%s: ' $$l; msgfmt --check --statistics -o /dev/null po/$$l.po; done

# Every language complete: what a release needs (make test only checks the
# template is current and the catalogues are sound: tests/cli/test_translations.sh).
check-po:
	@for l in $(LINGUAS); do stats=$$(msgfmt --check --statistics -o /dev/null po/$$l.po 2>&1) || { echo "$$stats"; exit 1; }; \
		echo "$$l: $$stats"; case $$stats in *untranslated* | *fuzzy*) echo "po/$$l.po is not complete" >&2; exit 1;; esac; done
