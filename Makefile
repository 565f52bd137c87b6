# policy_tracker: PGXS build.  `make`, `make install`, `make installcheck` as
# for any extension; `make test` and `make demo` set everything up themselves
# (see README.md).

# the source tree, also when built out of tree (make -f /src/Makefile VPATH=/src,
# as Debian's pg_buildext does)
top := $(patsubst %/,%,$(dir $(firstword $(MAKEFILE_LIST))))

EXTENSION  = policy_tracker
MODULE_big = policy_tracker
# The pure C reader of deadlines is the folder src/deadline/ (its grammar,
# calendar, encoding, formats, fast path, extractor, and one lexicon per
# language in src/deadline/lexicon/): the unit tests and fuzz harnesses
# build the same files.
DEADLINE_SRCS = $(sort $(patsubst $(top)/%,%,$(wildcard $(top)/src/deadline/*.c $(top)/src/deadline/lexicon/*.c)))
# src/calls/: operative verbs and their addressees, language words as data.
CALLS_SRCS = src/calls/calls.c src/calls/lexicon.c
# The document reader (src/docread/): pure C, turns converter text of Council
# conclusions into their structure; the fmgr wrapper lives elsewhere.
DOCREAD_SRCS = $(sort $(patsubst $(top)/%,%,$(wildcard $(top)/src/docread/*.c)))
# src/actors/: the actor matcher behind actors_in (pure C; its SQL face is
# src/actors_sql.c).
ACTORS_SRCS = src/actors/actors.c
OBJS       = src/module.o src/progress_stamp.o src/document_visible.o src/csv.o src/csv_core.o src/match_srf.o src/deadline_gist.o \
             src/calls_sql.o $(CALLS_SRCS:.c=.o) src/docread_sql.o src/actors_sql.o $(ACTORS_SRCS:.c=.o) \
             src/docnum.o src/docnum_core.o src/docnum_extract.o src/docnum_lexicon.o \
             src/deadline.o $(DEADLINE_SRCS:.c=.o) $(DOCREAD_SRCS:.c=.o)
EXTVERSION := $(shell sed -n "s/^default_version *= *'\(.*\)'/\1/p" $(top)/$(EXTENSION).control)
# Released install scripts are kept as they were shipped; the current one is
# assembled from the topic sources in src/sql/ (name order), and the upgrade
# script from src/sql/updates/.
DATA       = policy_tracker--0.1.sql
DATA_built = $(EXTENSION)--$(EXTVERSION).sql $(EXTENSION)--0.1--$(EXTVERSION).sql
SQL_SOURCES = $(sort $(wildcard $(top)/src/sql/*.sql))

PG_CONFIG ?= pg_config
PG_MAJOR := $(shell $(PG_CONFIG) --version 2>/dev/null | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')

# One small file per concern; extension first, drop_extension last.
# Soft input errors (pg_input_is_valid) exist from PostgreSQL 16 on.
SOFT_ERROR_TESTS := $(shell [ "$(PG_MAJOR)" -ge 16 ] 2>/dev/null && echo docnum_soft_errors deadline_soft_errors)
REGRESS = extension \
          docnum_input docnum_errors docnum_order docnum_hash \
          docnum_functions docnum_binary docnum_extract \
          deadline_input deadline_errors deadline_semantics deadline_order \
          deadline_index deadline_binary deadline_extract deadline_phrases deadline_recurring \
          model_schema model_actors actors_cache model_import model_read_document model_calls model_load model_views model_progress model_many model_derived model_access timeline model_dump \
          robustness_hostile robustness_security \
          security_views security_search_path security_progress security_derived \
          scaleout_fdw \
          $(SOFT_ERROR_TESTS) \
          drop_extension

PG_CPPFLAGS = -I$(srcdir)/src -DPT_VERSION='"$(EXTVERSION)"'
# Warnings are errors in `make test` and CI (WERROR=1); a plain `make` on
# another server or compiler only warns.
# -Wextra minus two checks that PostgreSQL's own headers (ilist.h, bufpage.h)
# and every fmgr-style callback trip over.
PG_CFLAGS   = -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers
ifeq ($(WERROR),1)
PG_CFLAGS  += -Werror
endif

EXTRA_CLEAN = test/unit/run_unit test/unit/bench_extract test/unit/run_unit_sanitized test/corpus/corpus_check test/corpus/misses.tsv test/documents/docread_summary

# The build needs PGXS and the server headers; Debian's client package ships
# pgxs.mk without postgres.h, so both are checked.
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)
PG_INCLUDEDIR_SERVER := $(shell $(PG_CONFIG) --includedir-server 2>/dev/null)
ifneq ($(and $(wildcard $(PGXS)),$(wildcard $(PG_INCLUDEDIR_SERVER)/postgres.h)),)
include $(PGXS)
else
# No server headers yet: `make test` and `make demo` install them.
all install installcheck:
	@echo "policy_tracker: PostgreSQL server headers not found ($(PG_CONFIG) --includedir-server has no postgres.h); install postgresql-server-dev-$(or $(PG_MAJOR),<major>), or run 'make test' or 'make demo', which do" >&2; exit 1
endif

$(EXTENSION)--$(EXTVERSION).sql: $(SQL_SOURCES)
	cat $^ > $@

$(EXTENSION)--0.1--$(EXTVERSION).sql: $(top)/src/sql/updates/0.1--$(EXTVERSION).sql
	cp $< $@

# ---- C unit tests of the pure parsers (no server in the loop) ----
UNIT_SRCS = test/unit/unit_main.c test/unit/test_docnum.c test/unit/test_deadline.c test/unit/test_lexicon.c test/unit/test_deadline_phrases.c test/unit/test_extract_equal.c test/unit/test_csv.c \
            test/unit/test_calls.c test/unit/test_docread.c test/unit/test_actors.c \
            src/docnum_core.c src/docnum_extract.c src/docnum_lexicon.c src/csv_core.c $(DEADLINE_SRCS) $(CALLS_SRCS) $(DOCREAD_SRCS) \
            $(ACTORS_SRCS)
UNIT_CFLAGS = -std=c99 -O1 -g -Wall -Wextra -Werror -Isrc
UNIT_BIN = test/unit/run_unit
ifeq ($(SANITIZE),1)
UNIT_CFLAGS += -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
UNIT_BIN = test/unit/run_unit_sanitized
endif

$(UNIT_BIN): $(UNIT_SRCS) $(wildcard src/*.h src/calls/*.h src/docread/*.h src/actors/*.h) src/docnum_fast.h src/hash64.h test/unit/unit.h
	$(CC) $(UNIT_CFLAGS) -o $@ $(UNIT_SRCS)

# ---- what the document reader makes of a text, in one screen (a debugging aid) ----
SUMMARY_BIN = test/documents/docread_summary
$(SUMMARY_BIN): test/documents/docread_summary.c $(DOCREAD_SRCS) $(wildcard src/docread/*.h)
	$(CC) $(UNIT_CFLAGS) -o $@ test/documents/docread_summary.c $(DOCREAD_SRCS)

.PHONY: docread-summary
docread-summary: $(SUMMARY_BIN)

# ---- the real-phrase corpus of deadlines (test/corpus/) ----
CORPUS_BIN = test/corpus/corpus_check
$(CORPUS_BIN): test/corpus/corpus_check.c $(DEADLINE_SRCS) $(wildcard src/*.h)
	$(CC) $(UNIT_CFLAGS) -o $@ test/corpus/corpus_check.c $(DEADLINE_SRCS)

.PHONY: corpus
corpus: $(CORPUS_BIN)
	./$(CORPUS_BIN) test/corpus/deadlines.tsv test/corpus/floor.tsv test/corpus/misses.tsv

# ---- speed of deadlines_in's extractor against reading the text (issue 14);
# timings, not a test: not part of make test ----
BENCH_EXTRACT_BIN = test/unit/bench_extract
$(BENCH_EXTRACT_BIN): test/unit/bench_extract.c $(DEADLINE_SRCS) $(wildcard src/*.h)
	$(CC) -std=c99 -O2 -Wall -Wextra -Werror -Isrc -o $@ test/unit/bench_extract.c $(DEADLINE_SRCS)

.PHONY: bench-extract
bench-extract: $(BENCH_EXTRACT_BIN)
	./$(BENCH_EXTRACT_BIN) ../shared/corpus 20

.PHONY: unit test demo
unit: $(UNIT_BIN)
	./$(UNIT_BIN)

test:
	@bash test/run.sh

demo:
	@bash scripts/demo.sh

.PHONY: bench
bench:
	@bash bench/run.sh

.PHONY: fuzz
fuzz:
	@bash test/fuzz/run.sh

.PHONY: test-upgrade
test-upgrade:
	@bash test/upgrade/run.sh

.PHONY: test-load
test-load:
	@LOAD_SECONDS=$${LOAD_SECONDS:-60} bash test/load/run.sh

# make test on this machine's server, then on Debian's PostgreSQL 17 and 18 in
# cached chroots (test/matrix/run.sh; MATRIX=17 runs one, MATRIX="17 18" skips
# the host run).  As root.
.PHONY: test-matrix
test-matrix:
	@bash test/matrix/run.sh

# The types on a Citus cluster (coordinator and two workers on ports
# 5440-5443, beside a plain node whose answers they must equal): builds Citus
# for this machine's server once (cached in /var/cache/pt-citus), then runs
# test/citus/sql/.  Tests the installed policy_tracker.  As root.
.PHONY: test-citus
test-citus:
	@bash test/citus/build.sh && bash test/citus/run.sh

# The same four nodes as a measurement, not a test (neither make test nor
# .ci/run runs it): the reference graph and docnums_in/deadlines_in over
# about 37 MB of text, timed on the plain node and on the cluster, answers
# compared; writes bench/citus_results.md.  About 3 minutes; QUICK=1 takes a
# tenth of the data.  As root.
.PHONY: bench-citus
bench-citus:
	@bash test/citus/build.sh && bash test/citus/bench.sh

# A release tarball of the committed tree (PGXN takes it as it is); the
# version is META.json's (scripts/version.sh).
.PHONY: dist
dist:
	@v=$$(bash scripts/version.sh) && \
	git archive --format=tar.gz --prefix=policy_tracker-$$v/ -o policy_tracker-$$v.tar.gz HEAD && \
	echo "wrote policy_tracker-$$v.tar.gz"

# Debian packages postgresql-<major>-policy-tracker in build/deb/ (pg_buildext),
# and their test on a fresh Debian 12 root (CREATE EXTENSION, the example).
.PHONY: deb test-deb
deb:
	@bash scripts/deb.sh

test-deb:
	@bash test/deb/fresh.sh
