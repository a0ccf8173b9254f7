/**
 * `sessionQuery()` writes the `q` of a session search from field values, so that a value (a user name
 * typed into a form) is always one term and never changes the query; `sessionKey()` checks a key that
 * names one resource (a recorded session) in a path.
 */

/** A value to match: exactly, as one quoted term. An array matches any of its values. */
export type SessionQueryValue = string | number | boolean;

/** Dotted field names (`user.name`, `server.address`) and the values they must have; `undefined` is left out. */
export type SessionQueryFields = Record<string, SessionQueryValue | readonly SessionQueryValue[] | undefined>;

const fieldName = /^[A-Za-z_]\w*(\.\w+)*$/;
// Every special character of the syntax (notes §1.9); inside quotes only `"` and `\` would have to be, escaping all is as safe.
const special = /[+\-&|!(){}[\]^"~*?:\\/]/g;

function term(value: SessionQueryValue): string {
  if (!['string', 'number', 'boolean'].includes(typeof value)) throw new TypeError(`sessionQuery: ${typeof value} is not a value to search for`);
  return `"${String(value).replace(special, '\\$&')}"`;
}

/**
 * `sessionQuery({ 'user.name': 'root', protocol: ['SSH', 'RDP'] })` → `user.name:"root" AND protocol:("SSH" OR "RDP")`.
 * Each value is quoted with the special characters escaped; the fields are joined with `AND`. The result
 * is a plain string: combine it with a query of your own (`${sessionQuery({…})} AND NOT active:true`).
 */
export function sessionQuery(fields: SessionQueryFields): string {
  const terms: string[] = [];
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (!fieldName.test(name)) throw new TypeError(`sessionQuery: ${JSON.stringify(name)} is not a field name like user.name`);
    const values: readonly SessionQueryValue[] = Array.isArray(value) ? value : [value as SessionQueryValue];
    if (!values.length) throw new TypeError(`sessionQuery: no value for ${name}`);
    terms.push(values.length === 1 ? `${name}:${term(values[0]!)}` : `${name}:(${values.map(term).join(' OR ')})`);
  }
  return terms.join(' AND ');
}

/** Whether `key` can name one resource in a path: an empty one, `.` or `..` would name its parent (the search, the job list). */
export const isKey = (key: unknown): key is string => typeof key === 'string' && !/^\.{0,2}$/.test(key);

/** A key given to a helper (a session's), checked as `isKey` does. */
export function sessionKey(key: string): string {
  if (!isKey(key)) throw new TypeError('a key is a string other than "", "." and ".."');
  return key;
}
