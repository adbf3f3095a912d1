import { append, h, type Child } from './dom';

/**
 * A collapsible block (<details>) whose content is built the first time it is opened: a long report keeps
 * thousands of rows out of the page until the clerk asks for them. Printing builds and opens them all.
 */
const builders = new WeakMap<HTMLDetailsElement, () => Child>();

export function lazyDetails(
  className: string,
  summary: Child[],
  build: () => Child,
  open: boolean,
  onToggle?: (open: boolean) => void,
): HTMLDetailsElement {
  const d = h('details', { className });
  const head = h('summary', { className: `${className.split(' ')[0]}__summary` }, ...summary);
  // Built on the click (before the block opens), not on 'toggle', which fires a task later: the content is
  // there the moment the block shows.
  head.addEventListener('click', () => fill(d));
  d.appendChild(head);
  builders.set(d, build);
  if (open) {
    fill(d);
    d.open = true;
  }
  d.addEventListener('toggle', () => {
    if (d.open) fill(d);
    onToggle?.(d.open);
  });
  return d;
}

function fill(d: HTMLDetailsElement): void {
  const build = builders.get(d);
  if (!build) return;
  builders.delete(d);
  append(d, [build()]);
}

/** Opens a block from code (a roll-up row's click), its content built first. */
export function openDetails(d: HTMLDetailsElement): void {
  fill(d);
  d.open = true;
}

/** Opens every collapsible block under root (building its content now); returns how to close them again. */
export function expandForPrint(root: ParentNode): () => void {
  const closed: HTMLDetailsElement[] = [];
  root.querySelectorAll('details').forEach((d) => {
    fill(d);
    if (!d.open) {
      closed.push(d);
      d.open = true;
    }
  });
  return () => {
    for (const d of closed) d.open = false;
  };
}
