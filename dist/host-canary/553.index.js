export const id = 553;
export const ids = [553];
export const modules = {

/***/ 7553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RequestFailed: () => (/* binding */ RequestFailed),
/* harmony export */   request: () => (/* binding */ request),
/* harmony export */   requestText: () => (/* binding */ requestText)
/* harmony export */ });
/* unused harmony export boundedText */
/* harmony import */ var undici_lib_dispatcher_agent_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7405);
/* harmony import */ var undici_lib_dispatcher_agent_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(undici_lib_dispatcher_agent_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var undici_lib_core_connect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9136);
/* harmony import */ var undici_lib_core_connect_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(undici_lib_core_connect_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var undici_lib_api_api_request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4043);
/* harmony import */ var undici_lib_api_api_request_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(undici_lib_api_api_request_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var undici_lib_global_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2581);
/* harmony import */ var undici_lib_global_js__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(undici_lib_global_js__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _log_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(407);






/** undici's `request(url, options)`: the URL's origin and path, on `options.dispatcher` or the global Agent. */
function request(url, options = {}) {
    const parsed = new URL(url);
    const { dispatcher = (0,undici_lib_global_js__WEBPACK_IMPORTED_MODULE_3__.getGlobalDispatcher)(), ...rest } = options;
    return undici_lib_api_api_request_js__WEBPACK_IMPORTED_MODULE_2___default().call(dispatcher, { ...rest, origin: parsed.origin, path: `${parsed.pathname}${parsed.search}`, method: options.method ?? (options.body ? 'PUT' : 'GET') }); // undici's own default
}
/** A response body as text, or undefined past `maxBytes` (the rest is not read): a server may send without end. */
async function boundedText(body, maxBytes) {
    const chunks = [];
    let bytes = 0;
    for await (const chunk of body) {
        bytes += chunk.length;
        if (bytes > maxBytes) {
            body.destroy();
            return undefined;
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/** A request that got no answer in time, or none at all; `reason` is one bounded line (undici's words). */
class RequestFailed extends Error {
    timedOut;
    reason;
    constructor(timedOut, reason) {
        super(reason);
        this.timedOut = timedOut;
        this.reason = reason;
    }
}
/**
 * One request of an API client (GitHub, Loki, Fly): one deadline for the whole answer
 * (undici's header and body timers are idle timers, which a server dripping a byte
 * restarts), and the body read up to `maxBytes`. Failures are RequestFailed; what to say
 * about a status or a body is the caller's (never the body itself: a proxy may echo
 * credentials).
 */
async function requestText(url, options) {
    const { deadlineMs, maxBytes, signal, ...rest } = options;
    const cancel = signal; // undici types it loosely (an EventEmitter too)
    const deadline = AbortSignal.timeout(deadlineMs);
    try {
        const response = await request(url, { ...rest, headersTimeout: deadlineMs, bodyTimeout: deadlineMs, signal: cancel ? AbortSignal.any([deadline, cancel]) : deadline });
        return { status: response.statusCode, headers: response.headers, text: await boundedText(response.body, maxBytes) };
    }
    catch (error) {
        if (deadline.aborted)
            throw new RequestFailed(true, `no answer within ${deadlineMs} ms`);
        if (cancel?.aborted)
            throw new RequestFailed(false, 'cancelled'); // the caller's: undici would say "This operation was aborted"
        throw new RequestFailed(false, error instanceof Error ? (0,_log_text_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(error.message, 300) : 'request error');
    }
}


/***/ })

};
