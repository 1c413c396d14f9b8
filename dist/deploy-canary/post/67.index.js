export const id = 67;
export const ids = [67];
export const modules = {

/***/ 9067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   yamlInput: () => (/* binding */ yamlInput)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8382);
// A YAML input (deploy-canary `checks`, env-completeness `required`). Apart from Inputs so that
// only the bundles that read one load the YAML parser: compiling and starting it is about a
// fifth of a cold start for an action that never parses YAML (measured in the cold-start work).


/** A YAML input, parsed with alias and size limits so a hostile value fails cleanly; undefined when not given. */
function yamlInput(inputs, name, example) {
    const value = inputs.source.get(name);
    if (value.trim() === '')
        return undefined;
    if (value.length > 1_000_000)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, 'is larger than 1 MB', example);
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(value, { prettyErrors: false, uniqueKeys: true, lineCounter: lines });
    const problem = doc.errors[0];
    if (problem) {
        const line = lines.linePos(problem.pos[0]).line;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `is not valid YAML${line ? ` (line ${line})` : ''}: ${problem.message.split('\n')[0]}`, example);
    }
    try {
        return doc.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `could not be read as YAML: ${error instanceof Error ? error.message : error}`, example);
    }
}


/***/ })

};
