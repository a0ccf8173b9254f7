import { loadBundle, operations, type JsonObject } from '@sps-openapi/kit';
import { describe, expect, it } from 'vitest';
import { addVersionBadges, versionBadgeText } from '../src/version-badges.js';

describe('versionBadgeText', () => {
  it('says since, until, or both', () => {
    expect(versionBadgeText('7.4', undefined)).toBe('SPS 7.4+');
    expect(versionBadgeText(undefined, '6.9')).toBe('SPS ≤ 6.9');
    expect(versionBadgeText('6.0.4', '6.9')).toBe('SPS 6.0.4–6.9');
    expect(versionBadgeText(undefined, undefined)).toBeUndefined();
  });
});

describe('addVersionBadges', () => {
  it('badges operations, parameters and properties (also beside a $ref), keeps other badges and leaves examples alone', () => {
    const document: JsonObject = {
      paths: {
        '/api/x': {
          get: {
            'x-sps-since': '7.4',
            'x-badges': [{ name: 'Beta' }],
            parameters: [{ name: 'q', in: 'query', 'x-sps-since': '7.0' }],
            responses: { '200': { content: { 'application/json': { examples: { a: { value: { 'x-sps-since': '1.0' } } } } } } },
          },
        },
      },
      components: { schemas: { A: { properties: { old: { $ref: '#/components/schemas/B', 'x-sps-until': '6.9' } } } } },
    };
    addVersionBadges(document);
    const get = (document.paths as JsonObject)['/api/x'] as JsonObject;
    const operation = get.get as JsonObject;
    expect(operation['x-badges']).toEqual([{ name: 'Beta' }, { name: 'SPS 7.4+', color: expect.any(String) }]);
    expect((operation.parameters as JsonObject[])[0]!['x-badges']).toMatchObject([{ name: 'SPS 7.0+' }]);
    expect(JSON.stringify(operation.responses)).not.toContain('x-badges');
    expect(JSON.stringify(document.components)).toContain('"x-badges":[{"name":"SPS ≤ 6.9"');
  });

  it('gives every dated place of the bundle a badge, such as the snapshot search (SPS 7.4+)', () => {
    const bundle = loadBundle();
    const dated = JSON.stringify(bundle).match(/"x-sps-(since|until)"/g)!.length;
    addVersionBadges(bundle);
    expect(JSON.stringify(bundle).match(/"x-badges"/g)).toHaveLength(dated);
    const snapshot = operations(bundle).find(({ operation }) => operation.operationId === 'openSessionSnapshot')!;
    expect(snapshot.operation['x-badges']).toMatchObject([{ name: 'SPS 7.4+' }]);
  });
});
