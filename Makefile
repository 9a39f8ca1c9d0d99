# Install MustDo like any other program:
#   make                       release build (Swift runtime linked statically), man page, completions
#   make install PREFIX=/usr/local [DESTDIR=…]
#   make uninstall PREFIX=/usr/local
# `swift run mustdo` stays the way to run it while developing.
PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)
COMMIT := $(shell git rev-parse --short=12 HEAD 2>/dev/null)
VERSION := $(shell sed -n 's/.*static let number = "\(.*\)".*/\1/p' Sources/mustdo/MustDoVersion.swift)
BIN := .build/release
OUT := .build/dist
# Start-up of the installed binary (issue 14; each measured with callgrind and page-fault counts, see DECISIONS.md):
# - concrete generic types through their metadata accessors instead of mangled names, which the runtime resolves by
#   scanning every protocol conformance of the binary (about 0.4M instructions the first time a type such as
#   [String: String] is used);
# - libstdc++ (only ICU uses it) linked statically: no symbol binding for it at every start, and one library less;
# - no $$ORIGIN run path: nothing is loaded from beside the binary;
# - a position-dependent executable (PIE=1 restores a PIE): a PIE of this size has 89,000 relative relocations that
#   the loader applies at every start, writing to (and so copying) 270 pages; without them `mustdo today` takes a
#   third fewer page faults. The cost: no address randomisation of the binary itself (its libraries keep theirs);
# - no exported symbols (--no-export-dynamic, 14,000 -> a few hundred): the Swift runtime looks its own path up with dladdr at
#   every start, a walk over all of them (0.5M instructions), and every symbol the libraries bind is looked for among them
#   first. The installed, stripped binary then names no function in a debugger; .build/release/mustdo keeps them all.
PIE ?= 0
STATIC_CXX := $(shell $(dir $(SWIFT))clang -print-file-name=libstdc++.a 2>/dev/null)
CXX_DIR := $(CURDIR)/$(OUT)/static-c++
# - every function in its own section, and the functions the usual start-up commands run placed together in that order
#   (scripts/startup-order.txt, written by scripts/gen-startup-order.sh from callgrind traces): they sat scattered over
#   22 MB of code, and each 64 KB the start touched was a page fault (`today`: 136 faults in code -> about 60).
ORDER_FILE := $(CURDIR)/scripts/startup-order.txt
START_FLAGS := -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors --disable-local-rpath \
  -Xlinker --no-export-dynamic -Xswiftc -Xfrontend -Xswiftc -function-sections \
  -Xlinker --section-ordering-file=$(ORDER_FILE)
ifneq ($(PIE),1)
START_FLAGS += -Xswiftc -Xclang-linker -Xswiftc -no-pie
endif
ifneq ($(filter /%,$(STATIC_CXX)),)
START_FLAGS += -Xswiftc -Xclang-linker -Xswiftc -L$(CXX_DIR)
endif
# The commit reaches the binary through a generated header (CBuildInfo includes it when the include path has it), rewritten
# only when the hash changes: a compiler flag holding the hash changed every module's flags, so each commit rebuilt the
# whole release (3-4 minutes); now a new commit recompiles the C file and the mustdo module that imports it (about 30 s)
# and links, and an unchanged tree rebuilds nothing.
BUILDINFO := $(CURDIR)/.build/buildinfo
BUILD_FLAGS := -c release --static-swift-stdlib -Xcc -I$(BUILDINFO) $(START_FLAGS)

BINDIR := $(DESTDIR)$(PREFIX)/bin
DATADIR := $(DESTDIR)$(PREFIX)/share/mustdo
MANDIR := $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR ?= $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

.PHONY: all build man completions install uninstall clean version

all: build man completions

# The Swift compiler keeps an object file whose code did not change even when code-generation flags did (it compares a
# hash of the module's IR), so objects built before a change of BUILD_FLAGS would keep, for example, all their functions
# in one section: when the flags differ from the last build's, the release objects are rebuilt. The link does not list
# the ordering file among its inputs: a newer list relinks.
build:
	mkdir -p $(CXX_DIR) $(BUILDINFO)
	printf '#define MUSTDO_COMMIT "%s"\n' '$(COMMIT)' > $(BUILDINFO)/mustdo_commit.h.new
	cmp -s $(BUILDINFO)/mustdo_commit.h.new $(BUILDINFO)/mustdo_commit.h || mv $(BUILDINFO)/mustdo_commit.h.new $(BUILDINFO)/mustdo_commit.h
	rm -f $(BUILDINFO)/mustdo_commit.h.new
	$(if $(filter /%,$(STATIC_CXX)),ln -sf $(STATIC_CXX) $(CXX_DIR)/libstdc++.a)
	printf '%s\n' '$(BUILD_FLAGS)' > $(BUILDINFO)/flags.new
	cmp -s $(BUILDINFO)/flags.new $(BUILDINFO)/flags || { find .build -path '*/release/*' -name '*.swift.o' -delete; \
	  mv $(BUILDINFO)/flags.new $(BUILDINFO)/flags; }
	rm -f $(BUILDINFO)/flags.new
	[ ! -e $(BIN)/mustdo ] || [ $(BIN)/mustdo -nt $(ORDER_FILE) ] || rm -f $(BIN)/mustdo
	$(SWIFT) build $(BUILD_FLAGS) --product mustdo
	$(SWIFT) build $(BUILD_FLAGS) --product generate-manual

man: build
	mkdir -p $(OUT)
	bash scripts/gen-man.sh $(BIN)/mustdo $(BIN)/generate-manual $(OUT)/mustdo.1

completions: build
	mkdir -p $(OUT)
	$(BIN)/mustdo --generate-completion-script bash | sed "1{/^#!/d}" > $(OUT)/mustdo.bash
	$(BIN)/mustdo --generate-completion-script zsh > $(OUT)/_mustdo
	$(BIN)/mustdo --generate-completion-script fish > $(OUT)/mustdo.fish

install: all
	install -d -m 0755 $(BINDIR) $(DATADIR)/Packs $(DATADIR)/themes $(MANDIR) $(BASHDIR) $(ZSHDIR) $(FISHDIR)
	install -m 0755 $(BIN)/mustdo $(BINDIR)/mustdo
	strip --strip-unneeded $(BINDIR)/mustdo
	install -m 0644 Sources/MustDoCore/Packs/*.toml $(DATADIR)/Packs/
	install -m 0644 themes/*.toml $(DATADIR)/themes/
	install -m 0644 $(OUT)/mustdo.1 $(MANDIR)/mustdo.1
	install -m 0644 $(OUT)/mustdo.bash $(BASHDIR)/mustdo
	install -m 0644 $(OUT)/_mustdo $(ZSHDIR)/_mustdo
	install -m 0644 $(OUT)/mustdo.fish $(FISHDIR)/mustdo.fish

uninstall:
	rm -f $(BINDIR)/mustdo $(MANDIR)/mustdo.1 $(BASHDIR)/mustdo $(ZSHDIR)/_mustdo $(FISHDIR)/mustdo.fish
	rm -f $(DATADIR)/Packs/*.toml $(DATADIR)/themes/*.toml
	-rmdir $(DATADIR)/Packs $(DATADIR)/themes $(DATADIR) 2>/dev/null

version:
	@echo $(VERSION)

clean:
	rm -rf $(OUT)
