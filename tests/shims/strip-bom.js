// CommonJS stand-in for strip-bom@5 (ESM-only), which office-addin-manifest's
// dependency @microsoft/app-manifest loads; jest on Node 20 cannot require ESM.
module.exports = function stripBom(s) {
  return typeof s === 'string' && s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
};
module.exports.default = module.exports;
