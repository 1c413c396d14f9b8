import { probeCheck, type AttemptOutcome, type CheckSpec, type ProbeLimits } from './check.ts';

export interface VersionSpec {
  url: string;
  /** From credentials in the URL (see settings). */
  authorization?: string;
  /** Dot path into a JSON body (`build.sha`, `items.0.version`); empty = the body text. */
  field: string;
  expect: string;
}

/** 7+ characters on both sides, and one is a prefix of the other (short and full SHAs match). */
export function versionMatches(actual: string, expected: string): boolean {
  const a = actual.trim().toLowerCase();
  const e = expected.trim().toLowerCase();
  if (a === e) return a !== '';
  return a.length >= 7 && e.length >= 7 && (a.startsWith(e) || e.startsWith(a));
}

export function readVersion(body: string, field: string): { value?: string; problem?: string } {
  if (field === '') return { value: body.trim() };
  let node: unknown;
  try {
    node = JSON.parse(body);
  } catch {
    return { problem: `the body is not JSON, so version-field '${field}' cannot be read` };
  }
  for (const key of field.split('.')) {
    if (node === null || typeof node !== 'object') return { problem: `version-field '${field}' is not in the JSON body` };
    node = (node as Record<string, unknown>)[key];
  }
  if (typeof node === 'string' || typeof node === 'number') return { value: String(node) };
  return { problem: `version-field '${field}' is ${node === undefined ? 'missing' : 'not a string'} in the JSON body` };
}

/** The version endpoint as one more check: reachable like any page, then the version compared. */
export async function probeVersion(spec: VersionSpec, limits: ProbeLimits, signal?: AbortSignal): Promise<AttemptOutcome> {
  const check: CheckSpec = { name: 'version', url: spec.url, method: 'GET', headers: { accept: 'application/json, text/plain, */*', ...(spec.authorization ? { authorization: spec.authorization } : {}) }, status: [{ from: 200, to: 299 }], statusText: '200-299', minBytes: 1 };
  const outcome = await probeCheck(check, limits, signal);
  if (!outcome.ok || !outcome.response) return outcome;
  const { value, problem } = readVersion(outcome.response.body.toString('utf8'), spec.field);
  if (value === undefined) return { ...outcome, ok: false, reason: 'version-mismatch', detail: problem! };
  if (!versionMatches(value, spec.expect)) {
    return { ...outcome, ok: false, reason: 'version-mismatch', detail: `serves version ${value.slice(0, 40)}, expected ${spec.expect.slice(0, 12)}` };
  }
  return { ...outcome, detail: `version ${value.slice(0, 12)} matches` };
}
