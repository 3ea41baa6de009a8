// `require("<package>/aws/control")` (or an import of this file by path) from a checkout or a
// resolver without `exports` support: the very module object the `exports` map points at, so
// `.SSM`, `.scoped` and `.default` are all there (Node's ESM loader finds the named exports too).
module.exports = require("../dist/lib/aws/control.js");
