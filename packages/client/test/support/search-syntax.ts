/**
 * A parser of the session search syntax as the notes document it (§1.9, Lucene's query syntax):
 * `field:value` terms with dotted names, quoted phrases, `\` escapes, `AND`/`OR`/`NOT`, parentheses and
 * field groups (`protocol:(SSH OR RDP)`). Strict: anything it does not understand is an error, so a
 * query that escapes badly never parses into what was meant. Tests only; the fake SPS filters with it.
 */

export type QueryNode =
  | { type: 'term'; field: string | undefined; value: string; quoted: boolean }
  | { type: 'and' | 'or'; children: QueryNode[] }
  | { type: 'not'; child: QueryNode };

type Token =
  | { kind: 'phrase'; value: string }
  | { kind: 'word'; value: string; escaped: boolean }
  | { kind: '(' | ')' | ':' };

const special = new Set('+-&|!(){}[]^"~*?:\\/');

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < query.length; ) {
    const char = query[i]!;
    if (/\s/.test(char)) {
      i++;
    } else if (char === '(' || char === ')' || char === ':') {
      tokens.push({ kind: char });
      i++;
    } else if (char === '"') {
      let value = '';
      for (i++; ; i++) {
        if (i >= query.length) throw new SyntaxError('unterminated phrase');
        if (query[i] === '"') break;
        if (query[i] === '\\') {
          if (++i >= query.length) throw new SyntaxError('escape at the end');
        }
        value += query[i];
      }
      tokens.push({ kind: 'phrase', value });
      i++;
    } else {
      let value = '';
      let escaped = false;
      for (; i < query.length && !/\s/.test(query[i]!) && !'():"'.includes(query[i]!); i++) {
        if (query[i] === '\\') {
          if (++i >= query.length) throw new SyntaxError('escape at the end');
          escaped = true;
        } else if (special.has(query[i]!) && query[i] !== '*' && query[i] !== '?') {
          throw new SyntaxError(`unescaped ${query[i]} in a word`);
        }
        value += query[i];
      }
      tokens.push({ kind: 'word', value, escaped });
    }
  }
  return tokens;
}

/** Parses a query into its tree; throws a `SyntaxError` for anything outside the syntax. */
export function parseQuery(query: string): QueryNode {
  const tokens = tokenize(query);
  let at = 0;
  const peek = () => tokens[at];
  const isOperator = (name: string) => {
    const token = peek();
    return token?.kind === 'word' && !token.escaped && token.value === name;
  };
  const expect = (kind: Token['kind']) => {
    if (peek()?.kind !== kind) throw new SyntaxError(`expected ${kind} at token ${at}`);
    at++;
  };

  function or(field?: string): QueryNode {
    const children = [and(field)];
    while (isOperator('OR')) {
      at++;
      children.push(and(field));
    }
    return children.length === 1 ? children[0]! : { type: 'or', children };
  }

  function and(field?: string): QueryNode {
    const children = [unary(field)];
    while (isOperator('AND')) {
      at++;
      children.push(unary(field));
    }
    return children.length === 1 ? children[0]! : { type: 'and', children };
  }

  function unary(field?: string): QueryNode {
    if (isOperator('NOT')) {
      at++;
      return { type: 'not', child: unary(field) };
    }
    return primary(field);
  }

  function primary(field?: string): QueryNode {
    const token = peek();
    if (!token) throw new SyntaxError('unexpected end of the query');
    if (token.kind === '(') {
      at++;
      const inner = or(field);
      expect(')');
      return inner;
    }
    if (token.kind === 'word' && field === undefined && tokens[at + 1]?.kind === ':') {
      if (token.escaped || !/^[A-Za-z_]\w*(\.\w+)*$/.test(token.value)) throw new SyntaxError(`not a field name: ${token.value}`);
      at += 2;
      return primary(token.value);
    }
    if (token.kind === 'phrase' || token.kind === 'word') {
      if (token.kind === 'word' && ['AND', 'OR', 'NOT'].includes(token.value) && !token.escaped) throw new SyntaxError(`misplaced ${token.value}`);
      at++;
      return { type: 'term', field, value: token.value, quoted: token.kind === 'phrase' };
    }
    throw new SyntaxError(`unexpected ${token.kind} at token ${at}`);
  }

  const tree = or();
  if (at !== tokens.length) throw new SyntaxError(`unexpected ${tokens[at]!.kind} at token ${at}`);
  return tree;
}

/** Whether `record` matches the query: a term compares the dotted field's value (`*` and `?` are wildcards in unquoted words). */
export function matches(tree: QueryNode, record: Record<string, unknown>): boolean {
  switch (tree.type) {
    case 'and':
      return tree.children.every((child) => matches(child, record));
    case 'or':
      return tree.children.some((child) => matches(child, record));
    case 'not':
      return !matches(tree.child, record);
    case 'term': {
      if (tree.field === undefined) return false;
      let value: unknown = record;
      for (const part of tree.field.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
      const values = (Array.isArray(value) ? value : [value]).filter((one) => one !== undefined && one !== null).map(String);
      if (tree.quoted) return values.includes(tree.value);
      const pattern = new RegExp(`^${tree.value.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 's');
      return values.some((one) => pattern.test(one));
    }
  }
}
