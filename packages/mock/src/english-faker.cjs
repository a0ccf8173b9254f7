// Preloaded into Prism (`node --require`). Prism's data generator requires `@faker-js/faker`, whose entry
// point loads every one of faker's locales (about 1,900 modules, half a second of each Prism start) to use
// only the default, English. Hand it faker's English-only entry point instead: the same Faker, one locale.
const Module = require('node:module');

const generator = /[\\/]@stoplight[\\/]prism-http[\\/]dist[\\/]mocker[\\/]generator[\\/]JSONSchema\.js$/;
const load = Module._load;

Module._load = function (request, parent, ...rest) {
  if (request === '@faker-js/faker' && parent && generator.test(parent.filename)) {
    try {
      const english = load.call(this, '@faker-js/faker/locale/en', parent, ...rest);
      return { __esModule: true, default: english, faker: english };
    } catch {
      // A faker without that entry point: load it as Prism asked.
    }
  }
  return load.call(this, request, parent, ...rest);
};
