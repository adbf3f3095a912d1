// Runs the CLI from source in its own process (no build step), as bin/apa-check.js runs the built one.
// A rejected main() is a crash, not an "unreadable file": exit 70 so tests can tell the two apart.
import { main } from '../../src/cli/main';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`CRASH: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 70;
  },
);
