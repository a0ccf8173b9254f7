// Preloaded into Prism (`node --require`): things Prism does at every start that cost CPU for nothing it
// uses, each replaced by the same result for less; and a check it gets wrong (HTTP Basic), made right.
const Module = require('node:module');

const inPrism = (parent, file) => parent && parent.filename.replace(/\\/g, '/').endsWith(file);
const load = Module._load;

Module._load = function (request, parent, ...rest) {
  // Its data generator requires `@faker-js/faker`, whose entry point loads every one of faker's locales
  // (about 1,900 modules) to use only the default, English: hand it faker's English-only entry point, the
  // same Faker with one locale. A description that asks for another (`x-json-schema-faker: { locale }`)
  // gets them all then, as before.
  if (request === '@faker-js/faker' && inPrism(parent, '/prism-http/dist/mocker/generator/JSONSchema.js')) {
    let english;
    try {
      english = load.call(this, '@faker-js/faker/locale/en', parent, ...rest);
    } catch {
      return load.call(this, request, parent, ...rest); // a faker without that entry point
    }
    const setLocale = english.setLocale;
    english.setLocale = function (locale) {
      if (!(locale in this.locales)) Object.assign(this.locales, load.call(Module, request, parent).faker.locales);
      return setLocale.call(this, locale);
    };
    return { __esModule: true, default: english, faker: english };
  }
  // To read the operations it loads its Postman collection support (postman-collection, some 300 modules)
  // whatever the description: load it when a Postman collection is read.
  if (request === '@stoplight/http-spec/postman/operation' && inPrism(parent, '/prism-http/dist/utils/operations.js')) {
    let postman;
    return {
      transformPostmanCollectionOperations: (...args) => (postman ??= load.call(Module, request, parent)).transformPostmanCollectionOperations(...args),
    };
  }
  const loaded = load.call(this, request, parent, ...rest);
  // It turns the resolved description's cycles into `$ref`s with `decycle`, which writes out the JSON
  // pointer of every object and array of the document, for the few cycles there are; a quarter of a start.
  if (request === '@stoplight/json' && inPrism(parent, '/prism-http/dist/utils/operations.js')) {
    return { ...loaded, decycle: decycleWith(loaded) };
  }
  // To read the description's top-level `x-json-schema-faker` options, it resolves every `$ref` of the
  // whole description a second time (it has just done so to find the operations): read that one key from
  // the parsed document instead, and resolve only it, when it holds a `$ref`.
  if (request === '../extensions' && inPrism(parent, '/prism-cli/dist/util/createServer.js') && !loaded.readsOptionsOnly) {
    const configure = loaded.configureExtensionsUserProvided;
    const $RefParser = load.call(this, '@stoplight/json-schema-ref-parser', parent);
    loaded.configureExtensionsUserProvided = async (document, cliOptions) => {
      const parsed = typeof document === 'string' ? await new $RefParser().parse(document) : document;
      const options = parsed?.['x-json-schema-faker'];
      if (options !== undefined && JSON.stringify(options).includes('"$ref"')) return configure(document, cliOptions);
      return configure(options === undefined ? {} : { 'x-json-schema-faker': options }, cliOptions);
    };
    loaded.readsOptionsOnly = true;
  }
  // It takes a Basic token for `user:password` only when the decoded token has exactly one colon, so it
  // refuses a password with a colon in it (RFC 7617: the user-id ends at the first colon, the password may
  // hold more): hand its security handlers an `httpBasic` that shows it a token with one colon then.
  if (request === './basicAuth' && inPrism(parent, '/prism-http/dist/validator/validators/security/handlers/index.js')) {
    return { ...loaded, httpBasic: basicWithColonsInPassword(loaded.httpBasic) };
  }
  return loaded;
};

/**
 * Prism's `httpBasic` check, but a Basic token whose decoded value has more than one colon reaches it as
 * `user:password`; a header without a token, a token without a colon and any other scheme reach it as they are.
 */
function basicWithColonsInPassword(httpBasic) {
  const oneColon = Buffer.from('user:password').toString('base64');
  return (input, ...rest) => {
    const authorization = input?.headers?.authorization;
    const parts = typeof authorization === 'string' ? authorization.split(' ') : [];
    if (!parts[1] || Buffer.from(parts[1], 'base64').toString().split(':').length <= 2) return httpBasic(input, ...rest);
    parts[1] = oneColon;
    return httpBasic({ ...input, headers: { ...input.headers, authorization: parts.join(' ') } }, ...rest);
  };
}

/**
 * `decycle` of @stoplight/json, to the byte: a copy of `value` (after `replacer`) in which an object or
 * array met again inside itself is `{ $ref: <JSON pointer of its first place> }`. It keeps the path as
 * one stack and writes a pointer only for a cycle.
 */
function decycleWith({ isPlainObject, pathToPointer }) {
  return (value, replacer) => {
    const entered = new WeakMap(); // object or array on the current path → the path's length there
    const path = [];
    const copy = (node) => {
      if (replacer) node = replacer(node);
      if (!isPlainObject(node) && !Array.isArray(node)) return node;
      const at = entered.get(node);
      if (at !== undefined) return { $ref: pathToPointer(path.slice(0, at)) };
      entered.set(node, path.length);
      let result;
      if (Array.isArray(node)) {
        result = node.map((item, index) => {
          path.push(String(index));
          const copied = copy(item);
          path.pop();
          return copied;
        });
      } else {
        result = {};
        for (const key of Object.keys(node)) {
          path.push(key);
          result[key] = copy(node[key]);
          path.pop();
        }
      }
      entered.delete(node);
      return result;
    };
    return copy(value);
  };
}

module.exports = { decycleWith };
