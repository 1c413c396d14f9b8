import { FetchFailure, fetchOnce, type ConnectTo, type FetchResult } from './http.ts';
import type { Reason } from './reasons.ts';

/** Accepted statuses: `200-299`, `200`, `2xx`, comma-separated. */
export interface StatusRange {
  from: number;
  to: number;
}

export interface CheckSpec {
  name: string;
  url: string;
  method: string;
  headers: Record<string, string>;
  status: StatusRange[];
  statusText: string;
  expectBody?: string;
  minBytes: number;
  maxLatencyMs?: number;
  /** Where the check came from when `hostnames-from` found it: `file:line`. */
  source?: string;
}

export interface ProbeLimits {
  timeoutMs: number;
  maxRedirects: number;
  maxBodyBytes: number;
  /** `connect-to`: connect elsewhere than DNS says, keeping the URL's host for TLS and Host (curl --connect-to). */
  connectTo?: ConnectTo[];
}

/** One request of one check in one round, as the `report` output lists it. */
export interface Attempt {
  check: string;
  round: number;
  /** When it started, ms after the canary started. */
  atMs: number;
  ok: boolean;
  reason?: Reason;
  detail: string;
  status?: number;
  bytes: number;
  truncated?: boolean;
  ttfbMs?: number;
  totalMs: number;
  /** Failed before this check had passed (so far): known while probing. */
  beforeFirstPass?: boolean;
  /**
   * Failed before this check first passed, and it did pass later: the app coming up.
   * Set once the verdict is known; a check that never passed has no startup failures.
   */
  startup?: boolean;
}

export function parseStatusRanges(text: string): StatusRange[] | undefined {
  const ranges: StatusRange[] = [];
  for (const part of text.split(',').map((item) => item.trim()).filter(Boolean)) {
    let match: RegExpExecArray | null;
    if ((match = /^([1-5])xx$/i.exec(part))) ranges.push({ from: Number(match[1]) * 100, to: Number(match[1]) * 100 + 99 });
    else if ((match = /^(\d{3})\s*-\s*(\d{3})$/.exec(part)) && Number(match[1]) <= Number(match[2])) ranges.push({ from: Number(match[1]), to: Number(match[2]) });
    else if ((match = /^(\d{3})$/.exec(part))) ranges.push({ from: Number(match[1]), to: Number(match[1]) });
    else return undefined;
  }
  return ranges.length > 0 ? ranges : undefined;
}

/** Judges a response against the check: status, size, expected text, latency, in that order. */
export function judge(check: CheckSpec, response: FetchResult): { ok: boolean; reason?: Reason; detail: string } {
  const { status, bytes, totalMs } = response;
  if (!check.status.some((range) => status >= range.from && status <= range.to)) return { ok: false, reason: 'status', detail: `status ${status}, expected ${check.statusText}` };
  if (bytes < check.minBytes) {
    const hint = bytes === 0 && (status === 204 || status === 205) ? `; ${status} ${status === 204 ? 'No Content' : 'Reset Content'} has no body: set min-bytes: 0 for this check if that is its healthy answer` : '';
    return { ok: false, reason: 'too-small', detail: `${bytes} bytes, expected at least ${check.minBytes}${hint}` };
  }
  if (check.expectBody !== undefined && !response.body.toString('utf8').includes(check.expectBody)) {
    return { ok: false, reason: 'body-mismatch', detail: `body${response.truncated ? ` (first ${response.body.length} bytes)` : ''} does not contain the expected text` };
  }
  if (check.maxLatencyMs !== undefined && totalMs > check.maxLatencyMs) return { ok: false, reason: 'too-slow', detail: `${totalMs} ms, over max-latency ${check.maxLatencyMs} ms` };
  return { ok: true, detail: `status ${status}, ${bytes}${response.truncated ? '+' : ''} bytes in ${totalMs} ms` };
}

export type AttemptOutcome = Omit<Attempt, 'check' | 'round' | 'atMs' | 'startup' | 'beforeFirstPass'> & { response?: FetchResult };

/** Requests the check's URL once and judges the answer. Never throws. */
export async function probeCheck(check: CheckSpec, limits: ProbeLimits, signal?: AbortSignal): Promise<AttemptOutcome> {
  try {
    const response = await fetchOnce(check.url, { method: check.method, headers: check.headers, ...limits, signal });
    const verdict = judge(check, response);
    return { ...verdict, status: response.status, bytes: response.bytes, truncated: response.truncated || undefined, ttfbMs: response.ttfbMs, totalMs: response.totalMs, response };
  } catch (error) {
    if (error instanceof FetchFailure) {
      return { ok: false, reason: error.reason, detail: error.message, status: error.status, bytes: error.bytes, ttfbMs: error.ttfbMs, totalMs: error.totalMs };
    }
    return { ok: false, reason: 'connection-reset', detail: String(error), bytes: 0, totalMs: 0 };
  }
}
