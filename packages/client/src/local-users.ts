/**
 * Local users. In SPS a user, its password and its group memberships are separate objects: a write-once
 * password object, the user that references it, and the groups that list the user's name in `members`.
 * `createLocalUser` makes all of them inside the caller's transaction.
 */
import { SpsError, withoutSecret } from './errors.js';
import type { Transport } from './transport.js';
import type { Api, OperationData, Schema } from './types.js';
import { readAnswer, unwrap } from './unwrap.js';

export interface LocalUsersContext {
  api: Api;
  transport: Pick<Transport, 'transactionMaybeOpen'>;
}

/** The transaction helpers: the state, to refuse working outside a transaction. */
interface TransactionReader {
  getTransaction(): Promise<Pick<Schema<'TransactionState'>, 'status'>>;
}

export interface NewLocalUser {
  /** The user name to log in with. */
  name: Schema<'LocalUserUpdate'>['name'];
  /** The password, stored as a write-once password object. Never logged, and removed from any error SPS answers. */
  password: string;
  /** Names of existing local groups to add the user to (membership is kept on the group, in `members`). */
  groups?: Schema<'LocalGroup'>['name'][];
}

const groupsPath = '/api/configuration/aaa/local_database/groups';

export function localUserHelpers({ api, transport }: LocalUsersContext, transactions: TransactionReader) {
  return {
    /**
     * Creates a local user with a password and adds it to groups, inside the open transaction: stores the
     * password (`POST /api/configuration/passwords`), creates the user with that password's key, then
     * `PUT`s each group with the user's name added to its `members`. Resolves with the user's key and links.
     *
     * It refuses (`SpsError`, nothing changed) when no transaction is open: call it as `tx.createLocalUser()`
     * inside `withTransaction`, or after `openTransaction()`. It also refuses, before any change, a group
     * name that no local group has. A step that fails leaves the earlier ones staged in the transaction,
     * which `withTransaction` then rolls back.
     */
    async createLocalUser({ name, password, groups = [] }: NewLocalUser): Promise<OperationData<'createLocalUser'>> {
      if (typeof name !== 'string' || name === '') throw new TypeError('name must be a non-empty string');
      if (typeof password !== 'string' || password === '') throw new TypeError('password must be a non-empty string');
      if (!Array.isArray(groups) || !groups.every((group) => typeof group === 'string' && group !== '')) {
        throw new TypeError('groups must be a list of group names');
      }
      // This client opened one (or made a change, which opens one from SPS 6.9); else ask SPS.
      if (!transport.transactionMaybeOpen && (await transactions.getTransaction()).status !== 'open') {
        throw new SpsError(
          'createLocalUser needs an open transaction: call tx.createLocalUser() inside withTransaction(), or openTransaction() first. Nothing was changed',
        );
      }
      const members = await findGroups(api, [...new Set(groups)]);

      const stored = await readAnswer(api.POST('/api/configuration/passwords', { body: { plain: password } }), { key: 'string' }).catch((error: unknown) => {
        throw withoutSecret(error, password, '[password]');
      });
      const user = await readAnswer(api.POST('/api/configuration/aaa/local_database/users', { body: { name, password: stored.key } }));
      for (const { key, body } of members) {
        if (body.members.includes(name)) continue;
        await unwrap(api.PUT(`${groupsPath}/{key}`, { params: { path: { key } }, body: { name: body.name, members: [...body.members, name] } }));
      }
      return user;
    },
  };
}

/** The local groups with these names (key and body), read one by one until all are found. */
async function findGroups(api: Api, names: string[]): Promise<{ key: string; body: Schema<'LocalGroup'> }[]> {
  const found = new Map<string, { key: string; body: Schema<'LocalGroup'> }>();
  if (!names.length) return [];
  const listing = await readAnswer(api.GET(groupsPath), { items: 'list of keyed objects' });
  for (const { key } of listing.items) {
    if (found.size === names.length) break;
    const group = await readAnswer(api.GET(`${groupsPath}/{key}`, { params: { path: { key } } }), { 'body.name': 'string', 'body.members': 'list' });
    if (names.includes(group.body.name) && !found.has(group.body.name)) found.set(group.body.name, { key, body: group.body });
  }
  const missing = names.filter((name) => !found.has(name));
  if (missing.length) {
    throw new SpsError(`createLocalUser: no local group is named ${missing.map((name) => JSON.stringify(name)).join(', ')}. Nothing was changed`);
  }
  return names.map((name) => found.get(name)!);
}
