/**
 * The configuration as state, derived from the description alone: every object under
 * `/api/configuration` that the description lets you GET starts as its first named example; a path with
 * a `/{key}` child is a collection whose members are the keys its listing example names. Collections
 * elsewhere whose writes take the configuration lock (they document the `409`
 * `WebGuiOrRpcApiConfigInProgress`: the cluster nodes) are state in the same way. PUT replaces an object,
 * POST to a collection creates a member, DELETE removes one — each staged in the caller's transaction
 * (opened on the first change, as SPS 6.9+ does), seen by that session only until the commit.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { isObject, resolve, responseSchemaPointer, valueAt, type Json, type JsonObject } from '../openapi/index.js';
import { documentedError, json, type Answer } from './answers.js';
import { describedPart, withoutWriteOnly, withReferences, writeOnlyOf } from './response-form.js';
import type { Call, Route, SpecModel } from './routes.js';
import type { Session } from './sessions.js';
import type { Transaction, TransactionLock } from './transaction.js';

export const configurationRoot = '/api/configuration';

export interface ConfigurationLimits {
  /** The most objects the configuration may hold. */
  maxObjects: number;
  /** The most bytes of request bodies it may hold. */
  maxBytes: number;
}

interface Collection {
  /** `/api/configuration/ssh/connections` */
  path: string;
  /** The GET route of a member. */
  member: Route;
  /** The GET route of the listing, when there is one. */
  listing?: Route;
}

/** `initial` (the `state` option): objects by path as GET answers them, `null` to remove a member. */
export type InitialState = Record<string, Json>;

export class Configuration {
  /** Committed objects by path, as GET answers them. */
  readonly #objects = new Map<string, JsonObject>();
  /** Committed member keys of each collection, in order. */
  readonly #keys = new Map<string, string[]>();
  /** Bytes of the request body of each committed object written by a request (not those it started with). */
  readonly #sizes = new Map<string, number>();
  /** Their sum. */
  #bytes = 0;
  readonly #collections = new Map<string, Collection>();
  /** GET routes by path template. */
  readonly #reads = new Map<string, Route>();
  readonly #writeOnly = new Map<Route, { root: boolean; names: Set<string> }>();
  /** Every route this store answers. */
  readonly #routes: Set<Route>;

  constructor(
    private readonly model: SpecModel,
    private readonly lock: TransactionLock,
    private readonly limits: ConfigurationLimits,
    initial: InitialState = {},
  ) {
    const state = model.routes.filter(({ path }) => Configuration.inTree(path));
    for (const template of new Set(model.routes.map(({ path }) => path))) {
      const parent = parentOf(template);
      if (!parent || Configuration.inTree(template)) continue;
      const own = model.routes.filter(({ path }) => path === template || path === parent);
      if (own.some(({ method, path }) => method === 'GET' && path === template) && own.some((route) => takesLock(model, route))) state.push(...own);
    }
    this.#routes = new Set(state);
    for (const route of this.#routes) if (route.method === 'GET') this.#reads.set(route.path, route);
    const templates = new Set([...this.#routes].map(({ path }) => path));
    for (const template of templates) {
      const parent = parentOf(template);
      const member = this.#reads.get(template);
      if (!parent || !member) continue;
      const listing = this.#reads.get(parent);
      this.#collections.set(parent, { path: parent, member, ...(listing && { listing }) });
    }
    for (const [template, route] of this.#reads) {
      if (template.includes('{')) continue;
      const example = model.example(route, route.successStatus);
      if (isObject(example) && !this.#collections.has(template)) this.#objects.set(template, example);
    }
    for (const collection of this.#collections.values()) this.#seed(collection);
    for (const [path, value] of Object.entries(initial)) this.#load(path, value);
    this.#refuseNamesakes();
  }

  /** Whether a path is in the configuration tree, `/api/configuration`. */
  static inTree(path: string): boolean {
    return path === configurationRoot || path.startsWith(`${configurationRoot}/`);
  }

  /** Whether this store answers `route`: everything under `/api/configuration`, and the collections elsewhere whose writes take the lock. */
  handles(route: Route): boolean {
    return this.#routes.has(route);
  }

  /** An object as `session` sees it (its staged version while it holds the transaction). */
  read(path: string, session: Session): JsonObject | undefined {
    return this.#object(path, this.lock.of(session));
  }

  answer(call: Call): Answer {
    const transaction = this.lock.of(call.session);
    if (call.route.method === 'GET') return this.#read(call, transaction);
    // Changing what does not exist (anything but creating in a collection) is a 404 that takes no lock.
    const creates = call.route.method === 'POST' && this.#collections.has(call.path);
    if (!creates && !this.#object(call.path, transaction)) return documentedError(this.model, call.route, 404, 'NotFound');
    const open = this.lock.open(call.session);
    if (!open) return documentedError(this.model, call.route, 409, 'WebGuiOrRpcApiConfigInProgress');
    return this.#write(call, open);
  }

  /** Applies a transaction's staged changes to the committed configuration. */
  commit(transaction: Transaction): void {
    for (const [path, object] of transaction.staged) {
      if (object === null) this.#objects.delete(path);
      else this.#objects.set(path, object);
    }
    for (const [collection, keys] of transaction.keys) this.#keys.set(collection, keys);
    for (const [path, size] of transaction.sizes) {
      if (size) this.#sizes.set(path, size);
      else this.#sizes.delete(path);
    }
    this.#bytes += transaction.bytes;
  }

  /** An object as the session sees it: its own staged version, else the committed one. */
  #object(path: string, transaction: Transaction | undefined): JsonObject | undefined {
    const staged = transaction?.staged.get(path);
    if (staged === null) return undefined;
    return staged ?? this.#objects.get(path);
  }

  #keysOf(collection: string, transaction: Transaction | undefined): string[] {
    return transaction?.keys.get(collection) ?? this.#keys.get(collection) ?? [];
  }

  #read(call: Call, transaction: Transaction | undefined): Answer {
    const collection = this.#collections.get(call.path);
    if (collection?.listing && call.route === collection.listing) return json(200, this.#listing(collection, transaction));
    const object = this.#object(call.path, transaction);
    if (object) return json(200, object);
    if (call.route.statuses.includes('404')) return documentedError(this.model, call.route, 404, 'NotFound');
    return json(call.route.successStatus, this.model.example(call.route, call.route.successStatus));
  }

  #listing(collection: Collection, transaction: Transaction | undefined): JsonObject {
    const example = (this.model.example(collection.listing!, 200) ?? { items: [] }) as { items?: JsonObject[] };
    const template = new Map((example.items ?? []).map((item) => [String(item.key), item]));
    const withBodies = (example.items ?? []).some((item) => 'body' in item);
    const items = this.#keysOf(collection.path, transaction).map((key) => {
      const object = this.#object(`${collection.path}/${key}`, transaction);
      const item: JsonObject = template.get(key) ?? { key, meta: { href: `${collection.path}/${key}` } };
      return withBodies && object?.body !== undefined ? { ...item, body: object.body } : item;
    });
    return { ...example, items } as JsonObject;
  }

  #write(call: Call, transaction: Transaction): Answer {
    const { route, path } = call;
    const collection = this.#collections.get(path);
    if (route.method === 'POST' && collection) return this.#create(call, collection, transaction);
    const existing = this.#object(path, transaction)!; // answer() has checked that it exists
    const parent = this.#collectionOfMember(path);
    if (route.method === 'DELETE' && parent) {
      const key = path.slice(parent.path.length + 1);
      transaction.staged.set(path, null);
      transaction.keys.set(parent.path, this.#keysOf(parent.path, transaction).filter((candidate) => candidate !== key));
      this.#stageSize(transaction, path, 0);
      transaction.record('delete', path, existing.body, undefined);
      return this.#ack(route, String(existing.key ?? key), path);
    }
    if (route.method !== 'PUT') return json(route.successStatus, this.model.example(route, route.successStatus));
    const taken = parent && this.#nameTaken(route, parent, path, call.body, transaction);
    if (taken) return taken;
    const size = JSON.stringify(call.body).length;
    const bound = this.#bound(route, transaction, this.#growth(transaction, path, size), 0);
    if (bound) return bound;
    const replaced = this.#asAnswered(parent ? parent.member : this.#readRoute(route), route, existing, call.body as Json, transaction);
    transaction.staged.set(path, replaced);
    this.#stageSize(transaction, path, size);
    transaction.record('replace', path, existing.body, replaced.body);
    return this.#ack(route, String(existing.key ?? ''), path);
  }

  #create(call: Call, collection: Collection, transaction: Transaction): Answer {
    const taken = this.#nameTaken(call.route, collection, undefined, call.body, transaction);
    if (taken) return taken;
    const size = JSON.stringify(call.body).length;
    const bound = this.#bound(call.route, transaction, size, 1);
    if (bound) return bound;
    const key = newKey(this.model.document, call.route, collection.member, call.body);
    if (!isSafeKey(key)) return documentedError(this.model, call.route, 400, 'SemanticError', `${JSON.stringify(key)} cannot be a key: ${safeKeyRule}.`);
    const path = `${collection.path}/${key}`;
    if (this.#object(path, transaction)) return documentedError(this.model, call.route, 400, 'SemanticError', `${path} exists already.`);
    const template: JsonObject = { key, meta: { href: path, parent: collection.path, transaction: '/api/transaction' } };
    const created = this.#asAnswered(collection.member, call.route, template, call.body as Json, transaction);
    transaction.staged.set(path, created);
    transaction.keys.set(collection.path, [...this.#keysOf(collection.path, transaction), key]);
    this.#stageSize(transaction, path, size);
    transaction.record('create', path, undefined, created.body);
    return this.#ack(call.route, key, path);
  }

  /**
   * A 400 when `body` gives the member at `path` (a new one: `undefined`) a name another member of
   * `collection` has, as `transaction` sees them, where names must be unique.
   */
  #nameTaken(route: Route, collection: Collection, path: string | undefined, body: unknown, transaction: Transaction): Answer | undefined {
    const name = nameOf(body);
    if (!uniquelyNamed.has(collection.path) || name === undefined) return undefined;
    const other = this.#namesake(collection.path, name, path, transaction);
    if (other === undefined) return undefined;
    return documentedError(this.model, route, 400, 'SemanticError', `${other} is named ${JSON.stringify(name)} already; names must be unique there.`);
  }

  /** The path of a member of `collection` other than `path` that is named `name`, as `transaction` sees them. */
  #namesake(collection: string, name: string, path: string | undefined, transaction: Transaction | undefined): string | undefined {
    return this.#keysOf(collection, transaction)
      .map((key) => `${collection}/${key}`)
      .find((member) => member !== path && sameName(nameOf(this.#object(member, transaction)?.body), name));
  }

  /** The documented success answer of a write, with the object's key and link. */
  #ack(route: Route, key: string, path: string): Answer {
    const example = this.model.example(route, route.successStatus);
    if (!isObject(example)) return json(route.successStatus, example);
    const answer: JsonObject = { ...example };
    if ('key' in answer || route.method === 'POST') answer.key = key;
    if (isObject(answer.meta)) answer.meta = { ...answer.meta, href: path };
    return json(route.successStatus, answer);
  }

  /**
   * The object a GET answers after `body` was written: the request body in its answer form (see
   * response-form.ts), else (when that does not fit the answer's schema, e.g. a write-once key whose
   * answer shows derived data) the first example's body. The change log shows the same.
   */
  #asAnswered(read: Route, write: Route, template: JsonObject, body: Json, transaction: Transaction): JsonObject {
    const writeOnly = this.#writeOnlyOf(write);
    const pointer = responseSchemaPointer(this.model.document, read.entry, 200);
    const candidate: JsonObject = { ...template };
    if (!writeOnly.root) candidate.body = withoutWriteOnly(body, writeOnly.names);
    const described = describedPart(this.model.document, valueAt(this.model.document, pointer)!, candidate) as JsonObject;
    const fitted = withReferences(described, this.model.validatorFor(pointer), (key) => this.#hrefOf(key, transaction));
    if (fitted) return fitted;
    const example = this.model.example(read, 200);
    return { ...template, ...(isObject(example) && example.body !== undefined ? { body: example.body } : {}) };
  }

  /** The write-only parts of a write's JSON request body (found once per operation). */
  #writeOnlyOf(write: Route): { root: boolean; names: Set<string> } {
    let found = this.#writeOnly.get(write);
    if (!found) {
      const schema = requestSchemaOf(this.model.document, write);
      found = schema === undefined ? { root: false, names: new Set<string>() } : writeOnlyOf(this.model.document, schema);
      this.#writeOnly.set(write, found);
    }
    return found;
  }

  /** The path of the object a key names, in any collection. */
  #hrefOf(key: string, transaction: Transaction): string | undefined {
    for (const collection of this.#collections.keys()) if (this.#object(`${collection}/${key}`, transaction)) return `${collection}/${key}`;
    return undefined;
  }

  #collectionOfMember(path: string): Collection | undefined {
    const parent = path.slice(0, path.lastIndexOf('/'));
    return this.#collections.get(parent);
  }

  #readRoute(write: Route): Route {
    return this.#reads.get(write.path) ?? write;
  }

  /** How many bytes storing `size` bytes of request body at `path` adds to what `transaction` holds (negative when it frees some). */
  #growth(transaction: Transaction, path: string, size: number): number {
    return size - (transaction.sizes.get(path) ?? this.#sizes.get(path) ?? 0);
  }

  #stageSize(transaction: Transaction, path: string, size: number): void {
    transaction.bytes += this.#growth(transaction, path, size);
    transaction.sizes.set(path, size);
  }

  /** How many objects the configuration holds as `transaction` sees it: a staged object replaces its committed version (or removes it). */
  #count(transaction: Transaction): number {
    let count = this.#objects.size;
    for (const [path, object] of transaction.staged) count += (object === null ? 0 : 1) - (this.#objects.has(path) ? 1 : 0);
    return count;
  }

  /** A 400 when a write would take the configuration past its bounds. */
  #bound(route: Route, transaction: Transaction, bytes: number, objects: number): Answer | undefined {
    const count = this.#count(transaction) + objects;
    if (count > this.limits.maxObjects || this.#bytes + transaction.bytes + bytes > this.limits.maxBytes) {
      const limit = `at most ${this.limits.maxObjects} objects and ${Math.round(this.limits.maxBytes / 2 ** 20)} MB of configuration`;
      return documentedError(this.model, route, 400, 'SemanticError', `The stateful mock holds ${limit}; commit or roll back, or restart it.`);
    }
    return undefined;
  }

  /**
   * The members of a collection at start: the keys its listing example names, each with its example.
   * A key with no example of its own gets a copy of the first one, renamed (`name-2`) where members have
   * a name: names tell the members of a collection apart.
   */
  #seed(collection: Collection): void {
    const listed = collection.listing ? ((this.model.example(collection.listing, 200) as { items?: JsonObject[] } | undefined)?.items ?? []) : [];
    const examples = this.model.examples(collection.member, 200).filter(isObject);
    const keys = [...new Set([...listed.map((item) => String(item.key)), ...examples.slice(0, 1).map((example) => String(example.key))])];
    let copies = 1; // the first example is the original
    for (const key of keys) {
      const path = `${collection.path}/${key}`;
      const own = examples.find((example) => String(example.key) === key) ?? this.#answerNaming(path, collection.member);
      const object = own ?? (examples[0] && renamedCopy(examples[0], key, path, collection.path, ++copies));
      if (object) this.#objects.set(path, object);
    }
    this.#keys.set(collection.path, keys.filter((key) => this.#objects.has(`${collection.path}/${key}`)));
  }

  /** A success example of any operation that answers the object at `path` (its `meta.href`) in the form `read` answers it. */
  #answerNaming(path: string, read: Route): JsonObject | undefined {
    const validate = this.model.validatorFor(responseSchemaPointer(this.model.document, read.entry, 200));
    for (const route of this.model.routes) {
      const found = this.model.examples(route, route.successStatus).find((example) => isObject(example) && isObject(example.meta) && example.meta.href === path && validate(example));
      if (found) return found as JsonObject;
    }
    return undefined;
  }

  #load(path: string, value: Json): void {
    const collection = this.#collectionOfMember(path);
    const route = collection ? collection.member : this.#reads.get(path);
    if (!route || (!collection && !this.#objects.has(path))) throw new Error(`the state file names ${path}, which is no object of the configuration`);
    if (value === null) {
      if (!collection) throw new Error(`the state file removes ${path}, which is no member of a collection`);
      this.#objects.delete(path);
      this.#keys.set(collection.path, (this.#keys.get(collection.path) ?? []).filter((key) => `${collection.path}/${key}` !== path));
      return;
    }
    const validate = this.model.validatorFor(responseSchemaPointer(this.model.document, route.entry, 200));
    if (!validate(value)) throw new Error(`the state file's ${path} does not match the answer of GET ${route.path}: ${validate.errors?.[0]?.instancePath || '/'} ${validate.errors?.[0]?.message ?? ''}`);
    if (collection) this.#loadMember(collection, path, value as JsonObject);
    this.#objects.set(path, value as JsonObject);
  }

  /** Adds a member the state file gives to its collection, refusing one that could not be reached at its path. */
  #loadMember(collection: Collection, path: string, value: JsonObject): void {
    const key = path.slice(collection.path.length + 1);
    if (!isSafeKey(key)) throw new Error(`the state file names ${path}, whose key cannot be one: ${safeKeyRule}`);
    const href = isObject(value.meta) ? value.meta.href : undefined;
    if ((value.key !== undefined && String(value.key) !== key) || (href !== undefined && href !== path)) {
      throw new Error(`the state file's ${path} is another member: its key must be ${JSON.stringify(key)} and its meta.href ${path}`);
    }
    const keys = this.#keys.get(collection.path) ?? [];
    if (!keys.includes(key)) this.#keys.set(collection.path, [...keys, key]);
  }

  /** Refuses a loaded state where two members of a collection whose names must differ have one name. */
  #refuseNamesakes(): void {
    for (const collection of uniquelyNamed) {
      for (const key of this.#keys.get(collection) ?? []) {
        const path = `${collection}/${key}`;
        const name = nameOf(this.#objects.get(path)?.body);
        const other = name === undefined ? undefined : this.#namesake(collection, name, path, undefined);
        if (other) throw new Error(`the state file gives ${path} and ${other} one name; names must be unique in ${collection}`);
      }
    }
  }
}

/**
 * Collections whose members' `name`s must differ: local users log in by name (spec/ERRATA.md, access
 * configuration item 39). Checked at the write, against the caller's transaction.
 */
const uniquelyNamed = new Set(['/api/configuration/aaa/local_database/users']);

/** Whether a write takes the configuration lock: it documents the `409` of the lock (`WebGuiOrRpcApiConfigInProgress`). */
export function takesLock(model: SpecModel, route: Route): boolean {
  return route.method !== 'GET' && route.statuses.includes('409') && model.errorTypes(route, 409).includes('WebGuiOrRpcApiConfigInProgress');
}

/** The collection of a member template (`/api/cluster/nodes` of `/api/cluster/nodes/{node_id}`), if it is one. */
function parentOf(template: string): string | undefined {
  const parent = /^(.*)\/\{[^}/]+\}$/.exec(template)?.[1];
  return parent && !parent.includes('{') ? parent : undefined;
}

/**
 * The key of a new member, made up as SPS does (a UUID where the member's path parameter says so, else
 * 24 hex digits like SPS's object IDs) — unless the create request names the member itself: its schema
 * has a property named like that path parameter (a joining cluster node's `node_id`). Anything else in
 * the body (a `key` of a local user, say) picks nothing.
 */
function newKey(document: JsonObject, create: Route, member: Route, body: unknown): string {
  const parameter = member.entry.parameters.find(({ parameter: candidate }) => candidate.in === 'path');
  const name = parameter && String(parameter.parameter.name);
  const named = name && isObject(body) && declaresProperty(document, create, name) ? body[name] : undefined;
  if (typeof named === 'string') return named;
  const schema = parameter && resolve(document, parameter.parameter.schema ?? {});
  return schema?.format === 'uuid' ? randomUUID() : randomBytes(12).toString('hex');
}

/** The schema of a write's JSON request body, if it has one. */
function requestSchemaOf(document: JsonObject, write: Route): Json | undefined {
  const content = (write.entry.operation.requestBody && resolve(document, write.entry.operation.requestBody).content) as JsonObject | undefined;
  return (content?.['application/json'] as JsonObject | undefined)?.schema;
}

/** Whether a write's JSON request body schema has a property `name` of its own. */
function declaresProperty(document: JsonObject, write: Route, name: string): boolean {
  const schema = requestSchemaOf(document, write);
  const properties = isObject(schema) ? resolve(document, schema).properties : undefined;
  return isObject(properties) && Object.hasOwn(properties, name);
}

/**
 * Keys are one path segment of unreserved characters, which need no percent-encoding, so that a member's
 * `meta.href` is the path a client reaches it at, and every spelling of that path (`bob%31` for `bob1`)
 * reaches it: the mock looks objects up at the normalized path (see request-path.ts).
 */
const safeKeyRule = 'a key is one path segment of letters, digits, "-", ".", "_" and "~", other than "." and ".."';
function isSafeKey(key: string): boolean {
  return /^[\w.~-]+$/.test(key) && key !== '.' && key !== '..';
}

/** The `name` of an object's body, when it has one. */
function nameOf(body: unknown): string | undefined {
  return isObject(body) && typeof body.name === 'string' ? body.name : undefined;
}

/**
 * Whether two names are one: the same after Unicode NFC normalization (the precomposed `ë` and `e` with a
 * combining diaeresis are one letter), with case counting (`Alice` is not `alice`), as for Linux accounts
 * (spec/ERRATA.md, access configuration item 39).
 */
function sameName(a: string | undefined, b: string): boolean {
  return a !== undefined && a.normalize('NFC') === b.normalize('NFC');
}

/** `example` as the member `key` of a collection, its `body.name` (if any) suffixed with `-n`. */
function renamedCopy(example: JsonObject, key: string, href: string, parent: string, n: number): JsonObject {
  const name = nameOf(example.body);
  const body = name === undefined ? example.body : { ...(example.body as JsonObject), name: `${name}-${n}` };
  return { ...example, key, meta: { href, parent }, ...(body !== undefined && { body }) };
}
