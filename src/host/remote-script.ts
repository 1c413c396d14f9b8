/**
 * The one remote command: a read-only POSIX sh script (no sudo, no writes) that
 * gathers every fact the canary checks, each under a marker line
 * `@@dg-<nonce> section <name>` and closed by `@@dg-<nonce> rc <exit code>` where a
 * tool ran. The nonce is random per run, so nothing the host prints (a file name, a
 * container log line) can forge a section.
 *
 * The script text never changes: the run's parameters arrive on stdin as
 * `name=value` lines (data, never code), so no input is ever interpolated into a
 * shell command, and the same script can be installed on the host as a forced
 * command (`restrict,command="sh /usr/local/lib/deploy-guards/host-canary.sh"` in
 * authorized_keys), in which case sshd runs it instead of what the client sends.
 *
 * Nothing it starts outlives the run, on the host either: the script and everything it
 * runs share the session's process group (sshd makes each session its own), and two
 * watchers in it stop that whole group (TERM, then KILL two seconds later) when either
 * the `deadline` passes (the command-timeout plus a little, sent with the parameters) or
 * the connection goes away: the client keeps stdin open for the whole run and says so
 * (`hold=1`), so EOF on it means the client gave up (its command-timeout) or was cut off
 * (a plain `ssh host < parameters`, which closes stdin at once, gets the deadline only). A hung NFS mount or
 * docker daemon no longer leaves one blocked process per cron run behind. At the end
 * the script stops its watchers itself. (sshd starts every session with setsid, so the
 * group holds this session's processes only.)
 *
 * Test-only: DEPLOY_GUARDS_ROOT in the login environment makes the script read
 * etc/hostname, etc/machine-id and proc/uptime below that directory (the tests set it
 * with sshd's SetEnv); unset, it reads the machine's own `uname -n`, /etc/machine-id
 * and /proc/uptime.
 */
export const REMOTE_SCRIPT = `set -u
set -f
export LC_ALL=C
nonce=x sentinel= backup_glob= project= window=0 units= docker=0 configs=0 deadline=60 hold=0
while IFS= read -r line; do
  case $line in
    end) break ;;
    deadline=*) deadline=\${line#deadline=} ;;
    hold=*) hold=\${line#hold=} ;;
    nonce=*) nonce=\${line#nonce=} ;;
    sentinel=*) sentinel=\${line#sentinel=} ;;
    backup_glob=*) backup_glob=\${line#backup_glob=} ;;
    project=*) project=\${line#project=} ;;
    window=*) window=\${line#window=} ;;
    units=*) units=\${line#units=} ;;
    docker=*) docker=\${line#docker=} ;;
    configs=*) configs=\${line#configs=} ;;
  esac
done
case $window in ''|*[!0-9]*) window=0 ;; esac
case $deadline in ''|*[!0-9]*) deadline=60 ;; esac

# The watchers: stop the session's whole process group (this script and all it started).
stop_all() { trap '' TERM; kill -TERM 0 2>/dev/null; sleep 2 2>/dev/null; kill -KILL 0 2>/dev/null; }
exec 3<&0
# Whole seconds, so a watcher stopped at the end leaves at most a 'sleep 1' behind, for a second.
# (Without a sleep that works, or a cat, a watcher gives up rather than fire at once.)
( i=0; while [ "$i" -lt "$deadline" ]; do sleep 1 || exit 0; i=$((i + 1)); done; stop_all ) </dev/null >/dev/null 2>&1 &
deadline_watcher=$!
# A client that holds stdin open (hold=1) closes it after the run, or by going away: its cat ends then.
connection_watcher=
if [ "$hold" = 1 ]; then
  ( cat <&3 >/dev/null && stop_all ) </dev/null >/dev/null 2>&1 &
  connection_watcher=$!
fi
exec 3<&- 0</dev/null

root=\${DEPLOY_GUARDS_ROOT:-}
m="@@dg-$nonce"
section() { printf '\\n%s section %s\\n' "$m" "$1"; }
rc() { printf '\\n%s rc %s\\n' "$m" "$1"; }
# GNU timeout puts itself in a process group of its own unless --foreground: then the watchers could not reach it.
if timeout --foreground 5 true >/dev/null 2>&1; then bounded() { timeout --foreground 20 "$@"; }; else bounded() { "$@"; }; fi

section version
echo 1
section now
now=$(date +%s)
echo "$now"
section hostname
if [ -n "$root" ]; then head -n 1 "$root/etc/hostname"; else uname -n; fi
section machine-id
head -n 1 "$root/etc/machine-id" 2>/dev/null
section uptime
head -n 1 "$root/proc/uptime" 2>/dev/null
section meminfo
head -n 1 "$root/proc/meminfo" 2>/dev/null

section sentinel
if [ -z "$sentinel" ]; then echo skipped
elif [ ! -e "$sentinel" ]; then echo absent
elif [ ! -r "$sentinel" ]; then echo unreadable
else echo present; head -n 1 "$sentinel" | head -c 512; fi

section backups
if [ -n "$backup_glob" ]; then
  set +f
  # One field (the pattern has no newline), then pathname expansion; no match leaves the pattern, which -f drops.
  IFS='
'
  for f in $backup_glob; do [ -f "$f" ] && stat -c '%Y %s %n' -- "$f"; done | sort -n | tail -n 200
  unset IFS
  set -f
fi

if [ -n "$units" ]; then
  section units
  if command -v systemctl >/dev/null 2>&1; then
    # Unit names were checked against [A-Za-z0-9@._:-] by the client: split, no globbing (set -f).
    out=$(systemctl show -p Id -p LoadState -p ActiveState -p SubState -- $units 2>&1 </dev/null); status=$?
    printf '%s\\n' "$out"; rc $status
  else echo 'systemctl: not found'; rc 127; fi
fi

if [ "$docker" = 1 ]; then
  if command -v docker >/dev/null 2>&1; then
    if [ -n "$project" ]; then filter="label=com.docker.compose.project=$project"; else filter=label=com.docker.compose.service; fi
    section docker-ps
    ids=$(docker ps -a -q --no-trunc --filter "$filter" 2>&1 </dev/null); status=$?
    printf '%s\\n' "$ids"; rc $status
    section docker-inspect
    if [ $status -eq 0 ] && [ -n "$ids" ]; then
      out=$(docker inspect $ids 2>&1 </dev/null); status=$?
      printf '%s\\n' "$out"; rc $status
      # The compose files the containers were created from (their label), read-only and bounded:
      # the declared limits. Absolute *.yml / *.yaml paths only, at most 20, 1 MB each; the path goes
      # out in hex (it may hold any byte) on the section's first line.
      if [ "$configs" = 1 ] && [ $status -eq 0 ]; then
        files=$(docker inspect --format '{{index .Config.Labels "com.docker.compose.project.config_files"}}' $ids 2>/dev/null </dev/null | tr ',' '\\n' | sort -u | head -n 20)
        printf '%s\\n' "$files" | { n=0; while IFS= read -r f; do
          case $f in /*.yml|/*.yaml) ;; *) continue ;; esac
          n=$((n + 1))
          section "compose-file-$n"
          printf '%s' "$f" | od -An -v -tx1 | tr -d ' \\n'; echo
          if [ -f "$f" ] && [ -r "$f" ]; then head -c 1048577 -- "$f"; rc 0; else rc 1; fi
        done; }
      fi
    else echo '[]'; rc 0; fi
    section docker-events
    out=$(bounded docker events --since $((now - window)) --until "$now" --filter type=container --filter event=die --filter event=oom --filter event=restart --filter "$filter" --format '{{json .}}' 2>&1 </dev/null); status=$?
    printf '%s\\n' "$out"; rc $status
  else
    section docker-ps
    echo 'docker: not found'; rc 127
  fi
fi
section end
kill "$deadline_watcher" $connection_watcher 2>/dev/null
exit 0
`;

/** The exec request: the script run by /bin/sh whatever the user's login shell is. */
export function remoteCommand(): string {
  return `exec /bin/sh -c '${REMOTE_SCRIPT.replace(/'/g, `'\\''`)}' deploy-guards-host-canary`;
}

export interface RemoteParameters {
  nonce: string;
  sentinelFile: string;
  backupGlob: string;
  composeProject: string;
  windowSeconds: number;
  units: readonly string[];
  checkContainers: boolean;
  /** Read the compose files the containers' labels name (for declared limits), when no local ones were given. */
  readComposeFiles?: boolean;
  /** Seconds after which the host stops the run itself, should the client's close not reach it (default 60). */
  deadlineSeconds?: number;
  /** The client keeps stdin open until the run ends: EOF before that means it is gone. */
  holdsStdin?: boolean;
}

/** The stdin of the remote command: one `name=value` line per parameter (values hold no newline). */
export function remoteStdin(parameters: RemoteParameters): string {
  const lines = [
    `nonce=${parameters.nonce}`,
    `sentinel=${parameters.sentinelFile}`,
    `backup_glob=${parameters.backupGlob}`,
    `project=${parameters.composeProject}`,
    `window=${Math.max(0, Math.round(parameters.windowSeconds))}`,
    `units=${parameters.units.join(' ')}`,
    `docker=${parameters.checkContainers ? 1 : 0}`,
    `configs=${parameters.readComposeFiles ? 1 : 0}`,
    `deadline=${Math.max(1, Math.ceil(parameters.deadlineSeconds ?? 60))}`,
    `hold=${parameters.holdsStdin ? 1 : 0}`,
    'end',
  ];
  for (const line of lines) if (/[\r\n]/.test(line)) throw new Error('remote parameter holds a newline'); // settings reject these first
  return `${lines.join('\n')}\n`;
}
