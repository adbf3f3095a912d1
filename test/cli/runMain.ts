import { main } from '../../src/cli/main';

export interface MainRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output (fast: no process start, no build). `errIsTTY` pretends stderr is a terminal. */
export async function runMain(argv: string[], opts: { errIsTTY?: boolean } = {}): Promise<MainRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    out: (t) => {
      stdout += t;
    },
    err: (t) => {
      stderr += t;
    },
    errIsTTY: opts.errIsTTY ?? false,
  });
  return { code, stdout, stderr };
}
