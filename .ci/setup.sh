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
# and builds in DIR, quietly unless something fails.
cr_build() {
	dir=$1
	shift
	[ -x configure ] && [ configure -nt configure.ac ] && [ configure -nt Makefile.am ] ||
		autoreconf -fi >/dev/null 2>&1 || autoreconf -fi || return 1
	mkdir -p "$dir"
	if [ ! -f "$dir/Makefile" ] || [ "$(cat "$dir/.configure-args" 2>/dev/null)" != "$*" ]; then
		(cd "$dir" && ../configure "$@" >configure.out 2>&1) || {
			cat "$dir/configure.out" >&2
			return 1
		}
		echo "$*" >"$dir/.configure-args"
	fi
	make -C "$dir" -j"$(nproc 2>/dev/null || echo 2)" >"$dir/make.out" 2>&1 || {
		cat "$dir/make.out" >&2
		return 1
	}
}
