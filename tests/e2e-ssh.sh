#!/bin/sh
# End to end over a real SSH connection: an sshd of the test's own on a free
# loopback port, with keys made for the run in a temporary directory; the
# reader runs through 'ssh -t' inside tmux. Scroll, jump, resize, quit; then
# the ssh client killed mid-session and mid-search, with SIGHUP handled and
# ignored on the server: the reader there must be gone within 5 s. Skips
# (saying why) where sshd is missing or cannot start.
. "${top_srcdir:-.}/tests/lib.sh"
. "${top_srcdir:-.}/tests/tmux-lib.sh"

SSHD=$(command -v sshd || echo /usr/sbin/sshd)
[ -x "$SSHD" ] || skip_all "sshd is not installed (Debian: openssh-server)"
command -v ssh >/dev/null 2>&1 && command -v ssh-keygen >/dev/null 2>&1 ||
	skip_all "ssh and ssh-keygen are not installed (Debian: openssh-client)"
command -v python3 >/dev/null 2>&1 || skip_all "python3 is needed to find a free port"

D="$TMPD/ssh"
mkdir -p "$D"
chmod 700 "$D"
ssh-keygen -q -t ed25519 -N '' -f "$D/host_key" || skip_all "ssh-keygen failed"
ssh-keygen -q -t ed25519 -N '' -f "$D/client_key" || skip_all "ssh-keygen failed"
cp "$D/client_key.pub" "$D/authorized_keys"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
user=$(id -un)
cat >"$D/sshd_config" <<EOF
Port $port
ListenAddress 127.0.0.1
HostKey $D/host_key
AuthorizedKeysFile $D/authorized_keys
PidFile $D/sshd.pid
AllowUsers $user
PermitRootLogin prohibit-password
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
PrintMotd no
PrintLastLog no
LogLevel ERROR
EOF
# Run as root, sshd wants its privilege separation directory (what the
# ssh service would make at boot).
[ "$(id -u)" -eq 0 ] && [ ! -d /run/sshd ] && mkdir -p /run/sshd && chmod 755 /run/sshd
"$SSHD" -t -f "$D/sshd_config" 2>"$D/sshd.log" || skip_all "sshd refuses its configuration: $(head -n 1 "$D/sshd.log")"
# its output away from the TAP stream, which it would otherwise hold open
"$SSHD" -D -f "$D/sshd_config" -E "$D/sshd.log" >>"$D/sshd.log" 2>&1 </dev/null &
sshd_pid=$!
stop_all() {
	tmux_stop
	kill "$sshd_pid" 2>/dev/null
	rm -rf "$TMPD"
}
trap stop_all EXIT

SSH="ssh -p $port -i $D/client_key -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null \
-o LogLevel=ERROR -o BatchMode=yes -o IdentitiesOnly=yes $user@127.0.0.1"
ssh_up() { $SSH true </dev/null 2>/dev/null; }
tmux_poll 50 ssh_up || skip_all "sshd did not start on port $port: $(head -n 3 "$D/sshd.log" | tr '\n' ' ')"
ok "sshd of the test's own answers on 127.0.0.1:$port"

REMOTE_PID="$TMPD/remote.pid"
SSH_PID="$TMPD/ssh.pid"
runs=0
# over_ssh PREFIX FILE...: the reader on the server through ssh -t in a
# 120x30 tmux window; PREFIX is shell run there before it (a trap). The
# server side writes its pid, the client its own (ssh keeps the terminal
# as its standard input: it is not started in the background).
over_ssh() {
	_prefix=$1
	shift
	runs=$((runs + 1))
	TMUX_SOCKET="crossread-ssh-$$-$runs"
	rm -f "$REMOTE_PID" "$SSH_PID"
	_remote="$_prefix export LC_ALL=C.UTF-8; echo \$\$ >\"$REMOTE_PID\"; exec \"$CROSSREAD\""
	for _f in "$@"; do _remote="$_remote \"$_f\""; done
	cat >"$TMPD/client.sh" <<EOF
sh -c 'echo \$\$ >"\$0"; exec "\$@"' "$SSH_PID" $SSH -t '$_remote'
echo "ssh exited: \$?"
exec sleep 600
EOF
	tmux_start 120 30 sh "$TMPD/client.sh"
	trap stop_all EXIT # tmux_start set its own
}
remote_gone() { [ -f "$REMOTE_PID" ] && ! kill -0 "$(cat "$REMOTE_PID")" 2>/dev/null; }
remote_alive() { [ -f "$REMOTE_PID" ] && kill -0 "$(cat "$REMOTE_PID")" 2>/dev/null; }

# --- a session: open, scroll, jump, resize, quit
over_ssh "" "$top_srcdir"/examples/*.txt
if tmux_wait_for "sync on  ? help" 300; then ok "over ssh -t: the reader opens"; else
	fail "over ssh -t: the reader opens"
	diag "$(tmux_output)" "$(cat "$D/sshd.log")"
fi
tmux_settle
check_contains "over ssh: four panes" "│D " "$(tmux_line 1)"
before=$(tmux_line 2)
tmux_keys Space
tmux_wait_line_change 2 "$before" 50 && ok "over ssh: Space scrolls a page" || fail "over ssh: Space scrolls a page"
tmux_keys g "]"
tmux_wait_for_line 30 "quote 1 of" 50 && ok "over ssh: ] jumps to a shared quotation" || fail "over ssh: ] jumps to a shared quotation"
before=$(tmux_line 2)
tmux_keys Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down
tmux_wait_line_change 2 "$before" 50 && ok "over ssh: arrow keys scroll" || fail "over ssh: arrow keys scroll"
tmux_resize 100 24
tmux_wait_for_line 24 "? help" 50 && ok "over ssh: a resize to 100x24 is followed" || fail "over ssh: a resize to 100x24 is followed"
tmux_keys q
tmux_wait_for_output "ssh exited: 0" 50 && ok "over ssh: q quits, ssh ends with 0" || fail "over ssh: q quits, ssh ends with 0"
tmux_poll 50 remote_gone && ok "over ssh: q leaves no reader on the server" || fail "over ssh: q leaves no reader on the server"
tmux_stop

# --- the client killed: the reader on the server must go within 5 s,
# idle or searching, with SIGHUP handled or ignored
python3 "$top_srcdir/bench/gen-reports.py" --docs 8 --size 1M --seed 7 --out "$TMPD/big" >/dev/null
SLOW='\w*\w*\w*\w*\w*\w*[!#]'
for hup in handled ignored; do
	prefix=""
	[ "$hup" = ignored ] && prefix='trap "" HUP;'
	for when in idle searching; do
		what="ssh killed, reader $when, SIGHUP $hup"
		if [ "$when" = idle ]; then
			over_ssh "$prefix" "$top_srcdir/tests/fixtures/ui/a.txt" "$top_srcdir/tests/fixtures/ui/b.txt"
			tmux_wait_for "sync on  ? help" 300 >/dev/null
		else
			over_ssh "$prefix" "$TMPD"/big/report-*.txt
			tmux_wait_for "sync on  ? help" 600 >/dev/null
			tmux_keys "/"
			tmux_keys -l "$SLOW"
			tmux_keys Enter
			tmux_wait_for_line 30 "searching" 100 || fail "$what: the search was running"
		fi
		if ! remote_alive; then
			fail "$what: the reader was running"
			tmux_stop
			continue
		fi
		pid=$(cat "$REMOTE_PID")
		kill -KILL "$(cat "$SSH_PID")"
		if tmux_poll 50 remote_gone; then ok "$what: gone within 5 s"; else
			fail "$what: gone within 5 s"
			ps -o pid,stat,pcpu,args -p "$pid" | sed 's/^/# /'
			kill -KILL "$pid" 2>/dev/null
		fi
		tmux_stop
	done
done

done_testing
