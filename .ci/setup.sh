# Shared by run.sh and test.sh: installs what the build needs (Debian 12,
# as root or through sudo) and builds crossread in a build directory.

CR_PACKAGES="gcc make autoconf automake pkgconf libglib2.0-dev libglib2.0-dev-bin \
libncurses-dev libpcre2-dev libyaml-dev libjson-glib-dev libstemmer-dev wamerican python3 python3-jsonschema tmux time \
openssh-server openssh-client"

# cr_install_missing [PACKAGE...]: apt-get installs the packages not yet
# installed, of CR_PACKAGES and those given (what only the tests need).
cr_install_missing() {
	missing=""
	for p in $CR_PACKAGES "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
			missing="$missing $p"
	done
	[ -z "$missing" ] && return 0
	if ! command -v apt-get >/dev/null 2>&1; then
		echo "crossread: missing packages:$missing (install them by hand)" >&2
		return 1
	fi
	sudo=""
	[ "$(id -u)" -eq 0 ] || sudo="sudo"
	echo "Installing:$missing" >&2
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 &&
		$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >&2
}

# cr_build DIR CONFIGURE-ARGS...: configures (when the arguments changed)
# and builds in DIR (make's goal $cr_make_goal, default all), quietly unless
# something fails.
cr_build() {
	dir=$1
	shift
	[ -x configure ] && [ configure -nt configure.ac ] && [ configure -nt Makefile.am ] ||
		autoreconf -fi >/dev/null 2>&1 || autoreconf -fi || return 1
	mkdir -p "$dir"
	if [ ! -f "$dir/Makefile" ] || [ "$(cat "$dir/.configure-args" 2>/dev/null)" != "$*" ]; then
		# objects built with other flags (or with a profile) are not kept
		if [ -f "$dir/Makefile" ]; then make -C "$dir" clean >/dev/null 2>&1 || true; fi
		(cd "$dir" && ../configure "$@" >configure.out 2>&1) || {
			cat "$dir/configure.out" >&2
			return 1
		}
		echo "$*" >"$dir/.configure-args"
	fi
	# shellcheck disable=SC2086 # no goal (all) when it is empty
	make -C "$dir" -j"$(nproc 2>/dev/null || echo 2)" ${cr_make_goal:-} >"$dir/make.out" 2>&1 || {
		cat "$dir/make.out" >&2
		return 1
	}
}

# cr_build_pgo DIR: builds DIR's crossread for this machine (configure
# --enable-machine: -O3 and x86-64-v3's instructions where the processor
# has them, the portable flags where not) trained on the bundled real
# reports (configure --enable-pgo; make pgo); where the compiler cannot or
# the training fails, says so in one line and builds the plain program.
# A failure is remembered in DIR/.pgo-failed: later calls build the plain
# program at once until a source, bench/pgo-train.sh, configure.ac or Makefile.am
# is newer.
# (cr_build runs in an if: under run.sh's set -e its failure must not end it.)
cr_build_pgo() {
	if [ -f "$1/.pgo-failed" ] &&
		[ -z "$(find src include data bench/pgo-train.sh configure.ac Makefile.am -newer "$1/.pgo-failed" 2>/dev/null | head -n 1)" ]; then
		cr_build "$1" --enable-pgo --enable-machine
		return
	fi
	rm -f "$1/.pgo-failed"
	cr_make_goal=pgo
	if cr_build "$1" --enable-pgo --enable-machine 2>/dev/null; then
		cr_make_goal=
		return 0
	fi
	cr_make_goal=
	pgo_why=$(grep '^make pgo:' "$1/make.out" 2>/dev/null | tail -n 1)
	echo "crossread: ${pgo_why:-make pgo failed ($1/make.out)}; building without a profile" \
		"(not tried again until a source changes, or rm $1/.pgo-failed)" >&2
	touch "$1/.pgo-failed" 2>/dev/null || true
	cr_build "$1" --enable-pgo --enable-machine
}
