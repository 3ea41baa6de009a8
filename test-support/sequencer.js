// Longest files first (LPT scheduling over jest's 2 workers), so that no long file starts last and
// runs alone at the end. Only the start order changes: every file is independent of the others and
// of the order (the e2e files share one endpoint but not their resources). Seconds measured on the
// 2-core CI machine in full runs (under the other worker's load; the e2e figures from the README's
// measured run and e2e-only runs of December 2026, lifecycle after it dropped two plans); files not
// listed come after, in jest's own order (failed first, then by their last duration, else by size).
const Sequencer = require("@jest/test-sequencer").default;

const EXPECTED_SECONDS = {
  "e2e/fleet": 110,
  "e2e/load": 100,
  "e2e/lifecycle": 85,
  "e2e/npm-start": 82,
  "e2e/local-aws-journal": 60,
  "e2e/docs-deploy": 55,
  "terraform/validate": 50,
  "terraform/property": 45,
  "e2e/cli": 40,
  "e2e/import": 35,
  "terraform/consumer": 30,
  "property/hostile": 25,
  "e2e/service-role": 25,
  "terraform/facade": 20,
  "e2e/state-locking": 20,
  "docs": 12,
};

const seconds = (test) => {
  const m = /__tests__\/(.+)\.test\.ts$/.exec(test.path.split("\\").join("/"));
  return (m && EXPECTED_SECONDS[m[1]]) || 0;
};

class LongestFirst extends Sequencer {
  async sort(tests) {
    const jestOrder = await super.sort(tests);
    return [...jestOrder].sort((a, b) => seconds(b) - seconds(a));
  }
}

module.exports = LongestFirst;
