// CommonJS stand-in for uuid@14 (ESM-only), used by office-addin-manifest.
const { randomUUID } = require('crypto');
module.exports = { v4: () => randomUUID() };
