// Stand-in for node-fetch (v3 is ESM-only). Tests never use the network: any
// call fails loudly instead of reaching out.
function fetch() {
  return Promise.reject(new Error('network access is not allowed in tests'));
}
module.exports = fetch;
module.exports.default = fetch;
