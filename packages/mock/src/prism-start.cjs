// Preloaded into Prism (`node --require`): two things Prism does at every start that cost a second of CPU
// for nothing it uses.
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
  const loaded = load.call(this, request, parent, ...rest);
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
  return loaded;
};
