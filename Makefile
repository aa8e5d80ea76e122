# sharepack: build the program and the default training pack, and test them.
#   make             install missing Debian packages (as root), build
#                    build/sharepack and the default pack in build/site/
#   make test        every test tier; ends with "N passed, N failed"
#   make test-asan   unit and regression tests under ASan and UBSan only
#   make fuzz        run each fuzz target for FUZZ_SECONDS (clang libFuzzer)
#   make check-includes   the include rules of STYLE.md
#   make install     the program and its manual pages under PREFIX
#                    (default /usr/local; DESTDIR for staging); the default
#                    theme, the SCORM schemas and the starter project are
#                    built into the program, so nothing else is needed
#   make uninstall   removes what make install put there
#   make regen       review and accept changed golden files
#   make clean

CC ?= cc
PKGS = libcmark libxml-2.0 lua5.4 yaml-0.1 zlib minizip sqlite3 yajl libcurl
# libcsv ships no pkg-config file: deps.sh checks for its header; nor does
# libstdc++'s static archive, which ICU needs (STATIC_LIBS).
DEPS = $(PKGS) libcsv libstdc++
BUILD = build
OBJ = $(BUILD)/obj
# Recursively expanded on purpose: pkg-config runs only once deps.sh has
# made sure the packages are there.
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS))
# Of libcurl, its headers only: `report --lrs` alone loads it, when it
# runs (generator/lrs_curl.c), so that no other command pays its start-up
# and memory. -ldl is empty with glibc 2.34 and later, which has dlopen.
# Every library but libc is linked into the program from the static
# archives Debian's -dev packages ship (README, "Dependencies and why"):
# loading and relocating them as shared libraries cost every run 0.9 ms
# before main(), most of it for libxml2's ICU, which brings libstdc++,
# while a one-file rebuild at 10,000 items takes ~20 ms. libxml2 calls ICU
# only for encodings iconv lacks, so of ICU's 30 MB of data no page is read.
# pkg-config is asked for the compiler flags only.
STATIC_LIBS = -Wl,-Bstatic -lcmark -lxml2 -licuuc -licudata -llua5.4 \
	-lyaml -lminizip -lsqlite3 -lyajl_s -lcsv -llzma -lz -lstdc++ \
	-Wl,-Bdynamic
PKG_LIBS = $(STATIC_LIBS) -static-libgcc -lm -pthread -ldl
WARN = -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
	-Wmissing-prototypes -Wno-unused-parameter
CFLAGS ?= -O2 -g
ALL_CFLAGS = $(WARN) $(CFLAGS) -D_POSIX_C_SOURCE=200809L $(PKG_CFLAGS)

PREFIX ?= /usr/local
BINDIR = $(PREFIX)/bin
MANDIR = $(PREFIX)/share/man

# The files built into the program (generator/embed.h), as PREFIX=DIR.
# The folders are prerequisites too, so that removing a file remakes the
# table.
EMBED_DIRS = theme=themes/default xsd=generator/xsd starter=starter
EMBED_INPUTS = $(shell find $(foreach d,$(EMBED_DIRS),$(lastword \
	$(subst =, ,$(d)))) ! -name '.*')
EMBED_C = $(OBJ)/embedded.c

LIB_SRC = $(filter-out generator/main.c, $(wildcard generator/*.c))
LIB_OBJ = $(LIB_SRC:generator/%.c=$(OBJ)/%.o) $(OBJ)/embedded.o
UNIT_SRC = $(wildcard tests/unit/*.c)

.PHONY: all deps program site test test-asan unit regress fuzz clean \
	check-includes regen bench install uninstall

all: deps
	@$(MAKE) --no-print-directory program
	@$(MAKE) --no-print-directory site

deps:
	@sh generator/deps.sh $(DEPS)

program: $(BUILD)/sharepack

site: $(BUILD)/sharepack
	$(BUILD)/sharepack build -o $(BUILD)/site .

$(BUILD)/sharepack: $(OBJ)/main.o $(LIB_OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(PKG_LIBS)

$(OBJ)/%.o: generator/%.c
	@mkdir -p $(OBJ)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(EMBED_C): generator/embed.sh $(EMBED_INPUTS)
	@mkdir -p $(OBJ)
	sh generator/embed.sh $(EMBED_DIRS) >$@.tmp && mv $@.tmp $@

$(OBJ)/embedded.o: $(EMBED_C) generator/embed.h
	$(CC) $(ALL_CFLAGS) -Igenerator -c -o $@ $(EMBED_C)

$(BUILD)/unit-tests: $(UNIT_SRC) $(LIB_OBJ)
	$(CC) $(ALL_CFLAGS) -Igenerator -o $@ $(UNIT_SRC) $(LIB_OBJ) $(PKG_LIBS)

# The same program and unit tests under AddressSanitizer and UBSan.
SAN = -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=all
ASAN = $(BUILD)/asan
$(ASAN)/sharepack $(ASAN)/unit-tests: $(wildcard generator/*.c generator/*.h) \
		$(UNIT_SRC) $(EMBED_C)
	@mkdir -p $(ASAN)
	$(CC) $(WARN) -O1 -g $(SAN) -D_POSIX_C_SOURCE=200809L $(PKG_CFLAGS) \
		-Igenerator -o $(ASAN)/sharepack generator/*.c $(EMBED_C) \
		$(PKG_LIBS)
	$(CC) $(WARN) -O1 -g $(SAN) -D_POSIX_C_SOURCE=200809L $(PKG_CFLAGS) \
		-Igenerator -o $(ASAN)/unit-tests $(UNIT_SRC) $(LIB_SRC) \
		$(EMBED_C) $(PKG_LIBS)

test: deps
	@sh tests/deps.sh
	@$(MAKE) --no-print-directory program $(BUILD)/unit-tests \
		$(ASAN)/sharepack
	@sh tests/run.sh

test-asan: deps
	@$(MAKE) --no-print-directory $(ASAN)/sharepack
	@SHAREPACK_TIERS=asan sh tests/run.sh

# Only the program and the manual: its data is built in.
install: program
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
		$(DESTDIR)$(MANDIR)/man5
	install -m 755 $(BUILD)/sharepack $(DESTDIR)$(BINDIR)/sharepack
	install -m 644 man/sharepack.1 $(DESTDIR)$(MANDIR)/man1/sharepack.1
	install -m 644 man/sharepack.5 $(DESTDIR)$(MANDIR)/man5/sharepack.5

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/sharepack $(DESTDIR)$(MANDIR)/man1/sharepack.1 \
		$(DESTDIR)$(MANDIR)/man5/sharepack.5

check-includes:
	@sh tests/check-includes.sh

regen: program
	@sh tests/regress.sh --regen

# Issue 14's table (tests/bench/bench.py): full build, rebuild after one
# change, check and package, each as a ratio of wall time to cmark alone
# writing the same pages (tests/bench/cmark-floor.c), with peak memory, at
# BENCH_ITEMS items of the reference corpus (tests/bench/make-corpus.py),
# and Hugo when it is installed.
BENCH_ITEMS ?= 10000 100000
# And the quiz page of BENCH_QUIZ questions in chromium (tests/bench/quiz-first.mjs).
BENCH_QUIZ ?= 1000 3000
# Then `sharepack report` collecting BENCH_STATEMENTS xAPI statements
# (written by the bench itself) as a ratio to yajl alone parsing the same
# file, and each one's peak memory (tests/bench/bench_report.c).
BENCH_STATEMENTS ?= 100000 1000000
bench: deps program
	@$(CC) -O2 -std=c11 -Wall -Wextra -o $(BUILD)/cmark-floor \
		tests/bench/cmark-floor.c $$(pkg-config --cflags --libs libcmark)
	@command -v hugo >/dev/null 2>&1 || sh generator/deps.sh hugo || \
		echo "bench: Hugo is not installed (apt-get install hugo), so its row is left out"
	@sh tests/deps.sh >/dev/null || echo "bench: the test dependencies are missing, so the quiz row is left out"
	@BENCH_QUIZ="$(BENCH_QUIZ)" python3 tests/bench/bench.py $(BUILD)/sharepack $(BUILD)/cmark-floor $(BENCH_ITEMS)
	@$(MAKE) -s $(BUILD)/bench_report
	@mkdir -p $(BUILD)/bench-report
	@$(BUILD)/bench_report $(BUILD)/bench-report $(BENCH_STATEMENTS)

# Built by the report tier too, so that a change to the library it links
# cannot leave it broken until the next `make bench`.
$(BUILD)/bench_report: tests/bench/bench_report.c $(LIB_OBJ)
	$(CC) $(ALL_CFLAGS) -Igenerator -o $@ tests/bench/bench_report.c \
		$(LIB_OBJ) $(PKG_LIBS)

# md_html against the DOM path it replaced, on a corpus: identical
# fragments, and the CPU time of each (tests/bench/bench_md_html.c).
$(BUILD)/bench_md_html: tests/bench/bench_md_html.c tests/unit/md_html_ref.c \
		$(LIB_OBJ)
	$(CC) $(ALL_CFLAGS) -Igenerator -Itests/unit -o $@ \
		tests/bench/bench_md_html.c tests/unit/md_html_ref.c \
		$(LIB_OBJ) $(PKG_LIBS)

FUZZ_SECONDS ?= 60
fuzz: deps
	@sh tests/fuzz/run.sh $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILD)

-include $(wildcard $(OBJ)/*.d)
