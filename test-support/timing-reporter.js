// Prints, after the default reporter, how the run's time divides among the jest projects: the sum
// of each project's file durations (files run on 2 workers at once, so the sums exceed the wall
// time) and the run's wall time. Also written as JSON to $TMPDIR/mwt-jest-timing.json. Reporting
// only: nothing is asserted on time.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

class TimingReporter {
  constructor() {
    this.projects = {};
    this.files = [];
  }

  onTestResult(test, result) {
    const project = test.context.config.displayName?.name ?? "default";
    const seconds = (result.perfStats.end - result.perfStats.start) / 1000;
    const p = (this.projects[project] ??= { files: 0, seconds: 0 });
    p.files += 1;
    p.seconds += seconds;
    this.files.push({ project, file: path.relative(test.context.config.rootDir, test.path), seconds });
  }

  onRunComplete(_contexts, results) {
    const wall = (Date.now() - results.startTime) / 1000;
    const rows = Object.entries(this.projects)
      .sort(([, a], [, b]) => b.seconds - a.seconds)
      .map(([name, p]) => `  ${name.padEnd(10)} ${p.seconds.toFixed(1).padStart(7)} s in ${p.files} files`);
    const slowest = [...this.files].sort((a, b) => b.seconds - a.seconds).slice(0, 10).map((f) => `  ${f.seconds.toFixed(1).padStart(7)} s  ${f.project}  ${f.file}`);
    process.stdout.write(`\njest time per project (sum of file durations):\n${rows.join("\n")}\nslowest files:\n${slowest.join("\n")}\njest wall time: ${wall.toFixed(1)} s\n`);
    const out = { wallSeconds: wall, projects: this.projects, files: this.files };
    fs.writeFileSync(path.join(os.tmpdir(), "mwt-jest-timing.json"), JSON.stringify(out, null, 1));
  }
}

module.exports = TimingReporter;
