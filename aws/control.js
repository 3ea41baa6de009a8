// `require("<package>/aws/control")` from a checkout or an install without `exports` support.
module.exports = require("../dist/lib/aws/control.js");
