import { toBengaliDigits } from '../engine/numerals/digits';
import { inertText } from './inertText';
import type { Lang } from './parseArgs';

/** Where the progress line is drawn: stderr, and whether it is a terminal. */
export interface ProgressSink {
  write(text: string): void;
  isTTY: boolean;
}

/**
 * The batch's progress line on stderr (`১২/৪০ bagatipara.xlsx`), redrawn in place. Only on a terminal and only
 * for batches: nothing at all when stderr is a file or a pipe, and never anything on stdout (which stays clean
 * for --json and --summary csv). `clear()` before printing anything else on the terminal, `draw()` after.
 */
export class Progress {
  private line = '';
  private readonly on: boolean;

  constructor(private readonly sink: ProgressSink, private readonly total: number, private readonly lang: Lang) {
    this.on = sink.isTTY && total > 1;
  }

  /** `done` of `total` files checked; `file` the one that just finished. */
  update(done: number, file: string): void {
    if (!this.on) return;
    const n = `${done}/${this.total}`;
    const name = inertText(lastComponent(file));
    this.line = `${this.lang === 'bn' ? toBengaliDigits(n) : n} ${truncate(name, 60)}`;
    this.draw();
  }

  /** Erases the line, so a message or report printed next starts at the left margin. */
  clear(): void {
    if (this.on && this.line) this.sink.write('\r\u001b[2K');
  }

  draw(): void {
    if (this.on && this.line) this.sink.write(`\r\u001b[2K${this.line}`);
  }

  /** The batch is over: erase the line for good. */
  end(): void {
    this.clear();
    this.line = '';
  }
}

/** "district/bagatipara.xlsx" → "bagatipara.xlsx". */
function lastComponent(file: string): string {
  return file.split(/[\\/]+/).filter((p) => p !== '').pop() ?? file;
}

function truncate(s: string, max: number): string {
  const chars = Array.from(s);
  return chars.length <= max ? s : chars.slice(0, max - 1).join('') + '…';
}
