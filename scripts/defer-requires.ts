// Two libraries load, at start-up and for features these actions never use, Node modules
// that cost more to start than most of a bundle: undici's client.js requires its HTTP/2
// client (node:http2, which loads node:tls) although a request speaks HTTP/2 only with
// `allowH2`, and ssh2's index requires its HTTP(S)-over-SSH agents (node:https, node:tls)
// although an SSH connection needs neither. In the bundle those two requires become lazy:
// the same modules, loaded on first use, so nothing behaves differently. Measured in the
// cold-start work: about 7 ms of CPU of each deploy-canary and host-canary start.
//
// A rewrite matches the code ncc emits for the library's own source. When the library's
// marker is in a file but the code around it no longer matches (a new version), the bundle
// fails loudly instead of shipping the slow path unnoticed.

interface Deferral {
  library: string;
  /** Text only the module to rewrite contains. */
  marker: string;
  rewrite(code: string): string | undefined;
}

const REQUIRE = '(__nccwpck_require__|__webpack_require__)\\((\\d+)\\)';

const DEFERRALS: Deferral[] = [
  {
    library: 'undici (lib/dispatcher/client.js)',
    marker: 'const connectH2 = ',
    rewrite(code) {
      const pattern = new RegExp(`^const connectH2 = ${REQUIRE}$`, 'm');
      if (!pattern.test(code)) return undefined;
      // Called as connectH2(client, socket) once a TLS socket negotiated h2.
      return code.replace(pattern, (_all, require: string, id: string) => `const connectH2 = (client, socket) => ${require}(${id})(client, socket)`);
    },
  },
  {
    library: 'ssh2 (lib/index.js)',
    marker: 'SSHTTPSAgent: HTTPSAgent,',
    rewrite(code) {
      const agents = new RegExp(`^const \\{\\n  SSHTTPAgent: HTTPAgent,\\n  SSHTTPSAgent: HTTPSAgent,\\n\\} = ${REQUIRE};\\n`, 'm');
      const exported = /^ {2}HTTPAgent,\n {2}HTTPSAgent,\n/m;
      const match = agents.exec(code);
      if (!match || !exported.test(code)) return undefined;
      const load = `${match[1]}(${match[2]})`;
      return code.replace(agents, '').replace(exported, `  get HTTPAgent() { return ${load}.SSHTTPAgent; },\n  get HTTPSAgent() { return ${load}.SSHTTPSAgent; },\n`);
    },
  },
];

/** The bundle file's code with the requires above made lazy; throws when a marker is found but its code is not. */
export function deferRequires(code: string, file: string): string {
  for (const deferral of DEFERRALS) {
    if (!code.includes(deferral.marker)) continue;
    const rewritten = deferral.rewrite(code);
    if (rewritten === undefined) throw new Error(`${file}: ${deferral.library} no longer matches the code scripts/defer-requires.ts makes lazy; update the rewrite (or drop it if the library now loads lazily itself)`);
    code = rewritten;
  }
  return code;
}
