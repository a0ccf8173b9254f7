/**
 * The search query syntax of `q` (notes part 2, §1.9): `field:value` terms on dotted field names,
 * combined with `AND`, `OR`, `NOT` (also `&&`, `||`, `!`, `+`, `-`) and parentheses; adjacent terms are
 * OR'ed as in Lucene. A value is a word, a "quoted phrase" or a parenthesised group
 * (`origin:("RECORDING")`, `protocol:(SSH OR RDP)`); `*` and `?` are wildcards; `\` escapes. Values match
 * case-insensitively, whole values (`user.name:ali*`, not `user.name:ali`). Range queries are not supported.
 */
export type Predicate = (session: Record<string, unknown>) => boolean;

/** The value at a dotted field name (`user.name`), own properties only (`__proto__` names nothing). */
export function fieldValue(body: unknown, field: string): unknown {
  return field.split('.').reduce<unknown>((node, segment) => (node !== null && typeof node === 'object' && Object.hasOwn(node, segment) ? (node as Record<string, unknown>)[segment] : undefined), body);
}

export class QuerySyntaxError extends Error {}

/** The most parentheses and `NOT`s one inside the other: far above real queries, far below the stack's depth. */
export const maxQueryNesting = 100;

type Token = { kind: 'and' | 'or' | 'not' | 'open' | 'close' } | { kind: 'term'; field?: string; value: string; quoted: boolean };

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
    if (name === undefined) throw new QuerySyntaxError(`"${token.value}" names no field; write field:value, e.g. user.name:${token.value}`);
    if (token.value === '' && token.field !== undefined && peek()?.kind === 'open') {
      position++;
      const group = nested(() => or(name));
      if (tokens[position++]?.kind !== 'close') throw new QuerySyntaxError('a parenthesis is not closed');
      return group;
    }
    return term(name, token.value, token.quoted);
  };
  const predicate = or();
  if (position < tokens.length) throw new QuerySyntaxError('unexpected ")"');
  return predicate;
}

function term(field: string, value: string, quoted: boolean): Predicate {
  const pattern = quoted || !/[*?]/.test(value) ? undefined : new RegExp(`^${value.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'is');
  const wanted = value.toLowerCase();
  return (session) => {
    const found = fieldValue(session, field);
    return [found].flat().some((candidate) => {
      if (candidate === undefined || candidate === null || typeof candidate === 'object') return false;
      const text = String(candidate);
      return pattern ? pattern.test(text) : text.toLowerCase() === wanted;
    });
  };
}

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const word = (): { text: string; quoted: boolean } => {
    if (query[i] === '"') {
      let text = '';
      for (i++; i < query.length && query[i] !== '"'; i++) text += query[i] === '\\' ? query[++i] ?? '' : query[i];
      if (query[i] !== '"') throw new QuerySyntaxError('a quoted phrase is not closed');
      i++;
      return { text, quoted: true };
    }
    let text = '';
    for (; i < query.length && !/[\s():"]/.test(query[i]!); i++) text += query[i] === '\\' ? query[++i] ?? '' : query[i];
    return { text, quoted: false };
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
        const value = query[i] === '(' ? { text: '', quoted: false } : word();
        if (!first.text) throw new QuerySyntaxError('a field name is missing before ":"');
        if (!value.text && !value.quoted && query[i] !== '(') throw new QuerySyntaxError(`"${first.text}:" has no value; write ${first.text}:value`);
        tokens.push({ kind: 'term', field: first.text, value: value.text, quoted: value.quoted });
      } else if (first.text || first.quoted) tokens.push({ kind: 'term', value: first.text, quoted: first.quoted });
      else throw new QuerySyntaxError(`unexpected "${query[i]}"`);
    }
  }
  if (!tokens.length) throw new QuerySyntaxError('the query is empty');
  return tokens;
}
