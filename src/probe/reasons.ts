/**
 * Reason codes (DESIGN.md), plus `redirect-loop`, `connection-reset`, `invalid-request`
 * (the HTTP client refused to send the request at all) and `invalid-response` (the server
 * answered with something no browser accepts: headers over 256 KiB, a malformed response,
 * a body its Content-Encoding does not decode), which the list had no word for.
 */
export type Reason =
  | 'connect-refused' | 'connection-reset' | 'dns' | 'tls' | 'invalid-request' | 'invalid-response'
  | 'timeout-connect' | 'timeout-headers' | 'timeout-body'
  | 'status' | 'redirect-loop' | 'body-mismatch' | 'too-small' | 'too-slow'
  | 'version-mismatch' | 'window-expired' | 'cancelled' | 'job-ended';

export type Phase = 'connect' | 'headers' | 'body';

const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED', 'CERT_REJECTED', 'CERT_REVOKED', 'CERT_SIGNATURE_FAILURE', 'HOSTNAME_MISMATCH',
  'EPROTO',
]);
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA']);
// undici refuses the request before any socket is opened (a method or header it will not
// send): a problem in the check itself, never the server's fault, so never `connect-refused`.
const INVALID_REQUEST_CODES = new Set(['UND_ERR_INVALID_ARG', 'UND_ERR_NOT_SUPPORTED']);
// The server's answer itself is broken: oversized headers, HTTP the parser rejects, an undecodable body.
const INVALID_RESPONSE_CODES = new Set(['UND_ERR_HEADERS_OVERFLOW', 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH', 'UND_ERR_RESPONSE_EXCEEDED_MAX_SIZE']);
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ECONNABORTED']);

/** The error and its causes (undici and happy-eyeballs wrap the socket error). */
function chain(error: unknown): { code?: string; message?: string }[] {
  const links: { code?: string; message?: string }[] = [];
  const queue: unknown[] = [error];
  while (queue.length > 0 && links.length < 10) {
    const next = queue.shift();
    if (!next || typeof next !== 'object') continue;
    const item = next as { code?: string; message?: string; cause?: unknown; errors?: unknown[] };
    links.push({ code: item.code, message: item.message });
    if (item.cause) queue.push(item.cause);
    if (Array.isArray(item.errors)) queue.push(...item.errors);
  }
  return links;
}

/** Maps a request error to a reason code; `phase` is how far the request got. */
export function classifyError(error: unknown, phase: Phase): Reason {
  for (const { code = '', message = '' } of chain(error)) {
    if (INVALID_REQUEST_CODES.has(code)) return 'invalid-request';
    if (INVALID_RESPONSE_CODES.has(code) || code.startsWith('HPE_') || code.startsWith('Z_') || code.startsWith('ERR_BROTLI') || code.startsWith('ERR__ERROR') || code.startsWith('ZSTD_')) return 'invalid-response';
    if (code === 'ECONNREFUSED') return 'connect-refused';
    if (DNS_CODES.has(code)) return 'dns';
    if (TLS_CODES.has(code) || code.startsWith('ERR_TLS_') || code.startsWith('ERR_SSL_') || /certificate|ssl routines|tls/i.test(message)) return 'tls';
    if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ETIMEDOUT') return 'timeout-connect';
    if (code === 'UND_ERR_HEADERS_TIMEOUT') return 'timeout-headers';
    if (code === 'UND_ERR_BODY_TIMEOUT') return 'timeout-body';
  }
  for (const { code = '' } of chain(error)) if (RESET_CODES.has(code)) return 'connection-reset';
  return phase === 'connect' ? 'connect-refused' : 'connection-reset';
}
