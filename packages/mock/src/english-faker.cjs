// Preloaded into Prism (`node --require`). Prism's data generator requires `@faker-js/faker`, whose entry
// point loads every one of faker's locales (about 1,900 modules, half a second of each Prism start) to use
// only the default, English. Hand it faker's English-only entry point instead: the same Faker, one locale.
// A description that asks for another one (`x-json-schema-faker: { locale }`) gets them all, as before.
const Module = require('node:module');

const generator = /[\\/]@stoplight[\\/]prism-http[\\/]dist[\\/]mocker[\\/]generator[\\/]JSONSchema\.js$/;
const load = Module._load;

Module._load = function (request, parent, ...rest) {
  if (request === '@faker-js/faker' && parent && generator.test(parent.filename)) {
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
  return load.call(this, request, parent, ...rest);
};
