// The CLI's first import, so it runs before anything else: on an older Node.js the bundle may
// load and then fail somewhere unrelated (or, worse, run a check half right). The actions run on
// `node24`; the CLI is tested on Node.js 24 only, so that is the lowest it accepts.
export const MINIMUM_NODE_MAJOR = 24;

export function nodeVersionProblem(version: string): string | undefined {
  const major = Number(version.split('.')[0]);
  if (major >= MINIMUM_NODE_MAJOR) return undefined;
  return `deploy-guards needs Node.js ${MINIMUM_NODE_MAJOR} or newer; this is Node.js ${version}. Install Node.js ${MINIMUM_NODE_MAJOR} (for example with nvm install ${MINIMUM_NODE_MAJOR}) and run it again.`;
}

const problem = nodeVersionProblem(process.versions.node);
if (problem) {
  process.stderr.write(`${problem}\n`);
  process.exit(2);
}
