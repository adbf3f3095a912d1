import { FakeOfficeError, propertyNotLoaded } from './errors';

/**
 * The proxy half of the Office.js model: an object here is only a path to something in the document.
 * Reading a property needs load() + sync(); setting one or calling a method only queues a command.
 */

/** What a proxy needs from its request context (kept minimal to avoid an import cycle). */
export interface QueueHost {
  enqueue(command: Command): void;
  /** Adds an entry to the request body (for payload accounting) without running anything. */
  describe(entry: unknown): void;
}

export interface SyncRun {
  /** Applied only when the whole sync succeeds: loaded values become readable then. */
  commit(fn: () => void): void;
  /** Values the host sends back (counted in the response payload). */
  respond(value: unknown): void;
}

export interface Command {
  entry: unknown;
  run(run: SyncRun): void;
}

export type LoadSpec = string | string[] | Record<string, unknown> | undefined;

/** "a, b/c" | ["a","b/c"] | { a: true, b: { c: true } } | { select: "a,b" } → ["a", "b/c"]. */
export function loadPaths(spec: LoadSpec): string[] {
  if (spec === undefined) return [];
  if (typeof spec === 'string') return spec.split(',').map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => loadPaths(s));
  if (typeof spec.select === 'string') return loadPaths(spec.select);
  const out: string[] = [];
  for (const [k, v] of Object.entries(spec)) {
    if (v === true) out.push(k);
    else if (v && typeof v === 'object') for (const sub of loadPaths(v as Record<string, unknown>)) out.push(`${k}/${sub}`);
  }
  return out;
}

const UNRESOLVED = Symbol('unresolved');

export abstract class FakeClientObject<T = unknown> {
  readonly context: QueueHost;
  protected readonly _className: string;
  private readonly _resolver: () => T | null;
  private readonly _nullable: boolean;
  private _target: T | null | typeof UNRESOLVED = UNRESOLVED;
  private _isNull: boolean | undefined;
  private readonly _loaded = new Map<string, unknown>();
  private readonly _children = new Map<string, FakeClientObject>();

  constructor(context: QueueHost, className: string, resolver: () => T | null, nullable: boolean) {
    this.context = context;
    this._className = className;
    this._resolver = resolver;
    this._nullable = nullable;
  }

  /** Scalar properties this class can load (used for load() without arguments). */
  protected abstract _scalarNames(): string[];
  /** Reads one scalar from the document object; undefined = no such property. */
  protected abstract _read(name: string, target: T): unknown;
  /** Navigation properties (format, fill, areas …); undefined = not one. */
  protected _navigate(_name: string): FakeClientObject | undefined {
    return undefined;
  }
  /** Collections override: the document objects behind `items`, each with its own proxy. */
  _enumerate(_target: T): FakeClientObject[] | undefined {
    return undefined;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded(this._className, 'isNullObject');
    return this._isNull;
  }

  /** Resolves the path at execution time (once: a proxy stays bound to the object it first reached). */
  _resolve(): T | null {
    if (this._target === UNRESOLVED) this._target = this._resolver();
    if (this._target === null && !this._nullable) {
      throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist (${this._className}).`);
    }
    return this._target;
  }

  /** For commands that need a real object: methods and property writes on a null object fail. */
  _resolveStrict(what: string): T {
    const t = this._resolve();
    if (t === null) throw new FakeOfficeError('InvalidOperation', `${what} cannot be used on a null object (${this._className}).`);
    return t;
  }

  /** A navigation child, created once; it resolves through this object (null propagates for loads). */
  protected _child<C extends FakeClientObject>(name: string, make: () => C): C {
    let c = this._children.get(name);
    if (!c) {
      c = make();
      this._children.set(name, c);
    }
    return c as C;
  }

  protected _get<V>(name: string): V {
    if (!this._loaded.has(name)) throw propertyNotLoaded(this._className, name);
    return this._loaded.get(name) as V;
  }

  /** Queues a property write; it happens, in order, at the next sync. */
  protected _queueSet(name: string, value: unknown, write: (target: T) => void): void {
    this.context.enqueue({
      entry: { set: `${this._className}.${name}`, value },
      run: () => write(this._resolveStrict(`Setting ${name}`)),
    });
  }

  /** Queues a method call with side effects. */
  protected _queueCall(name: string, args: unknown[], call: (target: T) => void): void {
    this.context.enqueue({
      entry: { call: `${this._className}.${name}`, args },
      run: () => call(this._resolveStrict(name)),
    });
  }

  /** Records in the request that a method produced a new proxy (a real host receives this path too). */
  protected _describe(name: string, args: unknown[]): void {
    this.context.describe({ get: `${this._className}.${name}`, args });
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    this.context.enqueue({
      entry: { load: this._className, paths },
      run: (run) => this._executeLoad(paths, run),
    });
    return this;
  }

  /** Runs a load on the host side: snapshot now, readable after the sync succeeds. */
  _executeLoad(paths: string[], run: SyncRun): void {
    const target = this._resolve();
    run.commit(() => {
      this._isNull = target === null;
    });
    const wanted = paths.length === 0 ? this._scalarNames() : paths;
    const nested = new Map<string, string[]>();
    for (const p of wanted) {
      const [head, ...rest] = p.split('/');
      if (rest.length > 0 || head === 'items' || this._navigate(head)) {
        const list = nested.get(head) ?? [];
        if (rest.length > 0) list.push(rest.join('/'));
        nested.set(head, list);
        continue;
      }
      const value = target === null ? null : this._read(head, target);
      if (value === undefined) {
        throw new FakeOfficeError('InvalidArgument', `The property '${head}' does not exist on ${this._className}.`);
      }
      run.respond(value);
      run.commit(() => this._loaded.set(head, value));
    }
    for (const [head, rest] of nested) {
      if (head === 'items') {
        const items = target === null ? [] : this._enumerate(target);
        if (!items) throw new FakeOfficeError('InvalidArgument', `${this._className} is not a collection.`);
        for (const item of items) item._executeLoad(rest, run);
        run.commit(() => this._loaded.set('items', items));
        continue;
      }
      const child = this._navigate(head);
      if (!child) throw new FakeOfficeError('InvalidArgument', `The property '${head}' does not exist on ${this._className}.`);
      child._executeLoad(rest, run);
    }
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}

/** OfficeExtension.ClientResult: `value` readable after the sync. */
export class FakeClientResult<V> {
  private _value: V | undefined;
  private _ready = false;

  get value(): V {
    if (!this._ready) throw propertyNotLoaded('ClientResult', 'value');
    return this._value as V;
  }

  _set(v: V): void {
    this._value = v;
    this._ready = true;
  }
}
