/** How the build links the guides to the reference and to each other (the whole site: test/site/). */
import { loadBundle } from '@sps-openapi/kit';
import { describe, expect, it } from 'vitest';
import { linkTargets } from '../src/build.js';

describe('linkTargets', () => {
  const targets = linkTargets(loadBundle());

  it('links an operationId to its section of the reference, one level up', () => {
    expect(targets.operation('commitTransaction')).toBe('../reference/#/transactions/committransaction');
    expect(targets.operation('noSuchOperation')).toBeUndefined();
  });

  it('finds the operationId of a route, by upper-case method and path template', () => {
    expect(targets.route('PUT', '/api/transaction')).toBe('commitTransaction');
    expect(targets.route('GET', '/api/firmware/slots/{slot_id}')).toBe('getFirmwareSlot');
    expect(targets.route('PATCH', '/api/transaction')).toBeUndefined();
  });

  it('links a guide by its slug, and no other', () => {
    expect(targets.guide('errors')).toBe('errors.html');
    expect(targets.guide('nowhere')).toBeUndefined();
  });
});
