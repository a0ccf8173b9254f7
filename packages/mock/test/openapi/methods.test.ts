import { describe, expect, it } from 'vitest';
import { httpMethods } from '../../src/openapi/methods.js';

describe('httpMethods', () => {
  it('are the eight fixed fields of an OpenAPI 3.1 path item, in lower case', () => {
    expect([...httpMethods].sort()).toEqual(['delete', 'get', 'head', 'options', 'patch', 'post', 'put', 'trace']);
  });
});
