/**
 * The search query syntax of `q` (notes part 2, §1.9): `field:value` terms on dotted field names,
 * combined with `AND`, `OR`, `NOT` (also `&&`, `||`, `!`, `+`, `-`) and parentheses; adjacent terms are
 * OR'ed as in Lucene. A value is a word, a "quoted phrase" or a parenthesised group
 * (`origin:("RECORDING")`, `protocol:(SSH OR RDP)`); `*` and `?` are wildcards in a word (not in a phrase,
 * not escaped); `\` escapes. Values match case-insensitively, whole values (`user.name:ali*`, not
 * `user.name:ali`). Range queries are not supported.
 */
export type Predicate = (session: Record<string, unknown>) => boolean;

/** Reads the value at a dotted field name (`user.name`), own properties only (`__proto__` names nothing). */
export function fieldReader(field: string): (body: unknown) => unknown {
  const path = field.split('.');
  return (body) => path.reduce<unknown>((node, segment) => (node !== null && typeof node === 'object' && Object.hasOwn(node, segment) ? (node as Record<string, unknown>)[segment] : undefined), body);
}

export class QuerySyntaxError extends Error {}

/** The most parentheses and `NOT`s one inside the other: far above real queries, far below the stack's depth. */
export const maxQueryNesting = 100;

type Word = { text: string; quoted: boolean; glob?: Glob };
type Token = { kind: 'and' | 'or' | 'not' | 'open' | 'close' } | ({ kind: 'term'; field?: string } & Word);

/** Parses `q` into a predicate over a session's body; throws a `QuerySyntaxError` that says what is wrong. */
export function parseQuery(query: string): Predicate {
  const tokens = tokenize(query);
  let position = 0;
  let depth = 0;
  const peek = () => tokens[position];
  const nested = (parse: () => Predicate): Predicate => {
    if (++depth > maxQueryNesting) throw new QuerySyntaxError(`the query nests parentheses and NOT more than ${maxQueryNesting} levels deep`);
    const predicate = parse();
    depth--;
    return predicate;
  };
  const or = (field?: string): Predicate => {
    const parts = [and(field)];
    while (peek() && peek()!.kind !== 'close') {
      if (peek()!.kind === 'or') position++;
      parts.push(and(field));
    }
    return parts.length === 1 ? parts[0]! : (session) => parts.some((part) => part(session));
  };
  const and = (field?: string): Predicate => {
    const parts = [unary(field)];
    while (peek()?.kind === 'and') {
      position++;
      parts.push(unary(field));
    }
    return parts.length === 1 ? parts[0]! : (session) => parts.every((part) => part(session));
  };
  const unary = (field?: string): Predicate => {
    if (peek()?.kind === 'not') {
      position++;
      const inner = nested(() => unary(field));
      return (session) => !inner(session);
    }
    return primary(field);
  };
  const primary = (field?: string): Predicate => {
    const token = tokens[position++];
    if (!token) throw new QuerySyntaxError('the query ends where a term was expected');
    if (token.kind === 'open') {
      const inner = nested(() => or(field));
      if (tokens[position++]?.kind !== 'close') throw new QuerySyntaxError('a parenthesis is not closed');
      return inner;
    }
    if (token.kind !== 'term') throw new QuerySyntaxError(`unexpected ${token.kind === 'close' ? '")"' : token.kind.toUpperCase()}`);
    const name = token.field ?? field;
    if (name === undefined) throw new QuerySyntaxError(`"${token.text}" names no field; write field:value, e.g. user.name:${token.text}`);
    if (token.text === '' && token.field !== undefined && peek()?.kind === 'open') {
      position++;
      const group = nested(() => or(name));
      if (tokens[position++]?.kind !== 'close') throw new QuerySyntaxError('a parenthesis is not closed');
      return group;
    }
    return term(name, token);
  };
  const predicate = or();
  if (position < tokens.length) throw new QuerySyntaxError('unexpected ")"');
  return predicate;
}

function term(field: string, { text: value, glob }: Word): Predicate {
  const read = fieldReader(field);
  const wanted = value.toLowerCase();
  return (session) =>
    [read(session)].flat().some((candidate) => {
      if (candidate === undefined || candidate === null || typeof candidate === 'object') return false;
      const text = String(candidate);
      return glob ? globMatches(glob, text) : text.toLowerCase() === wanted;
    });
}

/** A wildcard pattern: literal characters (one code point each, lower case), `anyRun` for `*`, `anyOne` for `?`. */
type Glob = (string | typeof anyRun | typeof anyOne)[];
const anyRun = Symbol('*');
const anyOne = Symbol('?');

/**
 * Whether all of `text` matches `glob`, case-insensitively. After a mismatch it moves back to the last `*`
 * only (a later `*` can take whatever an earlier one could), so a match costs at most text × pattern
 * steps, where a backtracking RegExp takes exponential time on runs of `*?`.
 */
function globMatches(glob: Glob, text: string): boolean {
  const chars = Array.from(text.toLowerCase());
  let at = 0; // in chars
  let next = 0; // in glob
  let star = -1; // the last `*` passed
  let resume = 0; // where the text that `*` takes ends
  while (at < chars.length) {
    const part = glob[next];
    if (part === anyRun) {
      star = next++;
      resume = at;
    } else if (next < glob.length && (part === anyOne || part === chars[at])) {
      next++;
      at++;
    } else if (star >= 0) {
      next = star + 1;
      at = ++resume;
    } else return false;
  }
  while (glob[next] === anyRun) next++;
  return next === glob.length;
}

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const word = (): Word => {
    if (query[i] === '"') {
      let text = '';
      for (i++; i < query.length && query[i] !== '"'; i++) text += query[i] === '\\' ? query[++i] ?? '' : query[i];
      if (query[i] !== '"') throw new QuerySyntaxError('a quoted phrase is not closed');
      i++;
      return { text, quoted: true };
    }
    let text = '';
    const glob: Glob = [];
    for (; i < query.length && !/[\s():"]/.test(query[i]!); i++) {
      const escaped = query[i] === '\\';
      const char = escaped ? query[++i] ?? '' : query[i]!;
      text += char;
      if (!escaped && char === '*') glob.push(anyRun);
      else if (!escaped && char === '?') glob.push(anyOne);
      else glob.push(...Array.from(char.toLowerCase()));
    }
    return { text, quoted: false, ...(glob.some((part) => typeof part !== 'string') && { glob }) };
  };
  while (i < query.length) {
    const char = query[i]!;
    if (/\s/.test(char)) i++;
    else if (char === '(' || char === ')') {
      tokens.push({ kind: char === '(' ? 'open' : 'close' });
      i++;
    } else if (query.startsWith('&&', i) || query.startsWith('||', i)) {
      tokens.push({ kind: char === '&' ? 'and' : 'or' });
      i += 2;
    } else if (char === '!' || char === '-' || char === '+') {
      if (char !== '+') tokens.push({ kind: 'not' });
      i++;
    } else {
      const first = word();
      if (!first.quoted && /^(AND|OR|NOT)$/.test(first.text)) tokens.push({ kind: first.text.toLowerCase() as 'and' | 'or' | 'not' });
      else if (!first.quoted && query[i] === ':') {
        i++;
        while (query[i] === ' ') i++;
        const value: Word = query[i] === '(' ? { text: '', quoted: false } : word();
        if (!first.text) throw new QuerySyntaxError('a field name is missing before ":"');
        if (!value.text && !value.quoted && query[i] !== '(') throw new QuerySyntaxError(`"${first.text}:" has no value; write ${first.text}:value`);
        tokens.push({ kind: 'term', field: first.text, ...value });
      } else if (first.text || first.quoted) tokens.push({ kind: 'term', ...first });
      else throw new QuerySyntaxError(`unexpected "${query[i]}"`);
    }
  }
  if (!tokens.length) throw new QuerySyntaxError('the query is empty');
  return tokens;
}
