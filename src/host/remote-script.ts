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
 * Test-only: DEPLOY_GUARDS_ROOT in the login environment makes the script read
 * etc/hostname, etc/machine-id and proc/uptime below that directory (the tests set it
 * with sshd's SetEnv); unset, it reads the machine's own `uname -n`, /etc/machine-id
 * and /proc/uptime.
 */
export const REMOTE_SCRIPT = `set -u
set -f
export LC_ALL=C
nonce=x sentinel= backup_glob= project= window=0 units= docker=0
while IFS= read -r line; do
  case $line in
    end) break ;;
    nonce=*) nonce=\${line#nonce=} ;;
    sentinel=*) sentinel=\${line#sentinel=} ;;
    backup_glob=*) backup_glob=\${line#backup_glob=} ;;
    project=*) project=\${line#project=} ;;
    window=*) window=\${line#window=} ;;
    units=*) units=\${line#units=} ;;
    docker=*) docker=\${line#docker=} ;;
  esac
done
case $window in ''|*[!0-9]*) window=0 ;; esac
root=\${DEPLOY_GUARDS_ROOT:-}
m="@@dg-$nonce"
section() { printf '\\n%s section %s\\n' "$m" "$1"; }
rc() { printf '\\n%s rc %s\\n' "$m" "$1"; }
bounded() { if command -v timeout >/dev/null 2>&1; then timeout 20 "$@"; else "$@"; fi; }

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
    'end',
  ];
  for (const line of lines) if (/[\r\n]/.test(line)) throw new Error('remote parameter holds a newline'); // settings reject these first
  return `${lines.join('\n')}\n`;
}
