export const id = 422;
export const ids = [422];
export const modules = {

/***/ 2422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   versionSatisfies: () => (/* binding */ versionSatisfies)
/* harmony export */ });
/* harmony import */ var semver_functions_satisfies_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8011);
/* harmony import */ var semver_functions_satisfies_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_satisfies_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8780);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4737);
/* harmony import */ var semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_2__);
// Whether a package's version satisfies a dependency's range, by semver (npm's own rules).
// Loaded only for a repository with more than one package.json (see configLibraries):
// semver builds its regular expressions as it loads, ~3 ms of a cold start.



/**
 * undefined when semver cannot read the version or the range (a dist-tag such as `latest`).
 * Loose, prereleases included: in doubt, the range is satisfied.
 */
function versionSatisfies(version, range) {
    if (semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_2___default()(range, { loose: true }) === null || semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1___default()(version, { loose: true }) === null)
        return undefined;
    return semver_functions_satisfies_js__WEBPACK_IMPORTED_MODULE_0___default()(version, range, { loose: true, includePrerelease: true });
}


/***/ })

};
