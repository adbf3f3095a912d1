/**
 * The only way the UI makes DOM: elements by name, text by textContent. Cell text and sheet names are typed
 * by clerks (or pasted from anywhere), so nothing here ever parses a string as HTML.
 */

export type Child = Node | string | null | undefined | false;

export interface Props {
  className?: string;
  /** Attributes set with setAttribute (values are never parsed as markup). */
  attrs?: Record<string, string>;
  /** Click handler. */
  onClick?: (ev: Event) => void;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props?.className) el.className = props.className;
  if (props?.attrs) for (const [k, v] of Object.entries(props.attrs)) el.setAttribute(k, v);
  if (props?.onClick) el.addEventListener('click', props.onClick);
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** Replace every child of the element. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, children);
}

/**
 * Text a clerk typed, shown as typed but isolated: a right-to-left override (U+202E) or other bidi control
 * inside a cell must not reorder the words around it. <bdi> confines it; the visible text is unchanged.
 */
export function userText(text: string, className?: string): HTMLElement {
  return h('bdi', className ? { className } : null, text);
}
