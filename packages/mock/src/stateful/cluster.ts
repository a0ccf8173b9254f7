/**
 * The cluster calls that change no object of their own: promote and the join request. Like every cluster
 * change they run in the caller's transaction (opened on the first change; `409` while another session
 * holds the lock). The node answering is the one the node listing's example names `meta.self`; the nodes
 * themselves are configuration state (`/api/cluster/nodes`, see `Configuration`), so a node added or
 * given roles reads back, staged until the commit.
 */
import { randomBytes } from 'node:crypto';
import type { JsonObject } from '../openapi/index.js';
import { documentedError, json, type Answer } from './answers.js';
import type { Configuration } from './configuration.js';
import type { Call, SpecModel } from './routes.js';
import type { TransactionLock } from './transaction.js';

export class Cluster {
  /** The path of the node that answers, e.g. `/api/cluster/nodes/b35c54da-…`. */
  readonly #self: string;

  constructor(
    private readonly model: SpecModel,
    private readonly lock: TransactionLock,
    private readonly configuration: Configuration,
  ) {
    const listing = model.example(model.route('listClusterNodes'), 200) as { meta?: { self?: string } } | undefined;
    this.#self = listing?.meta?.self ?? '/api/cluster/nodes';
  }

  static handles(operationId: string): boolean {
    return operationId === 'promoteToCentralManagement' || operationId === 'createClusterJoinRequest';
  }

  answer(call: Call): Answer {
    const { route, session } = call;
    if (!this.lock.open(session)) return documentedError(this.model, route, 409, 'WebGuiOrRpcApiConfigInProgress');
    const node = this.configuration.read(this.#self, session) as { body?: { address?: string; roles?: string[] } } | undefined;
    const example = (this.model.example(route, 200) ?? {}) as JsonObject & { meta?: JsonObject };
    const address = node?.body?.address ?? '';
    if (route.operationId === 'promoteToCentralManagement') {
      const roles = [...new Set(['central-management', ...(node?.body?.roles ?? [])])];
      // Staged as the role assignment would stage it, so that the node reads back promoted.
      if (node && roles.length !== node.body?.roles?.length) this.configuration.answer({ ...call, route: this.model.route('updateClusterNode'), path: this.#self, body: { address, roles } });
      return json(200, { ...example, body: { address, roles }, meta: { ...example.meta, href: this.#self } });
    }
    const psk = randomBytes(48).toString('base64url');
    return json(200, { ...example, body: { address, node_id: this.#self.split('/').pop()!, psk, roles: [] } });
  }
}
