// Ends the run with one plain line, `tests: N passed, N failed`, and the per-engine counts
// above it, so CI logs state what ran in each engine.
function collect(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite?.suites ?? []) collect(child, counts);
}

export function countReporter() {
  const lines = [];
  return {
    // Printed when the process exits, after the default reporter's own summary.
    start() {
      process.once('exit', () => {
        for (const line of lines) console.log(line);
      });
    },
    onTestRunFinished({sessions}) {
      const perEngine = new Map();
      for (const session of sessions) {
        const name = session.browser.name;
        const counts = perEngine.get(name) ?? {passed: 0, failed: 0, skipped: 0, files: 0};
        counts.files++;
        if (session.testResults) collect(session.testResults, counts);
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) counts.failed++;
        perEngine.set(name, counts);
      }
      const total = {passed: 0, failed: 0, skipped: 0};
      for (const [name, c] of perEngine) {
        lines.push(`${name}: ${c.files} test files, ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
        total.passed += c.passed;
        total.failed += c.failed;
        total.skipped += c.skipped;
      }
      lines.push(`tests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
    },
  };
}
