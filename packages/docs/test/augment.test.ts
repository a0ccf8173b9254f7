/** The copy of the bundle the reference is rendered from: code samples and undocumented-body notes. */
import { loadBundle, operations, type JsonObject } from '@sps-openapi/kit';
import { describe, expect, it } from 'vitest';
import { augmentForDocs, undocumentedBodies } from '../src/augment.js';

const bundle = loadBundle();

describe('reference document', () => {
  const before = JSON.stringify(bundle);
  const augmented = augmentForDocs(bundle);

  it('adds a curl and a TypeScript sample to every operation, without touching the bundle', () => {
    expect(JSON.stringify(bundle)).toBe(before);
    const samples = operations(augmented).map(({ operation }) => (operation['x-codeSamples'] as JsonObject[]).map((sample) => sample.label));
    expect(samples).toHaveLength(operations(bundle).length);
    for (const labels of samples) expect(labels).toEqual(['curl', 'TypeScript']);
  });

  it('puts a visible note on operations whose bodies are undocumented, and only there', () => {
    const described = (operationId: string) =>
      String(operations(augmented).find(({ operation }) => operation.operationId === operationId)!.operation.description);
    // The flag on the response envelope, on its `body` only, and nowhere.
    expect(described('updateDnsSettings')).toMatch(/^> \*\*Undocumented body\.\*\* .* the 200 and 201 response body/);
    expect(described('getNetworkNaming')).toMatch(/^> \*\*Undocumented body\.\*\* .* the 200 response body/);
    expect(described('getDnsSettings')).not.toContain('Undocumented body');
    const noted = operations(augmented).filter(({ operation }) => String(operation.description).includes('Undocumented body'));
    expect(noted.map(({ operation }) => operation.operationId)).toEqual(
      operations(bundle)
        .filter(({ operation }) => undocumentedBodies(bundle, operation).length > 0)
        .map(({ operation }) => operation.operationId),
    );
    expect(noted.length).toBeGreaterThanOrEqual(10);
  });

  it('shows the SPS version an operation or a property appeared in as a badge', () => {
    const snapshot = operations(augmented).find(({ operation }) => operation.operationId === 'openSessionSnapshot')!;
    expect(snapshot.operation['x-badges']).toMatchObject([{ name: 'SPS 7.4+' }]);
    const info = ((augmented.components as JsonObject).schemas as JsonObject).InfoAbout as JsonObject;
    expect((info.properties as JsonObject).plugin_sdk_version).toMatchObject({ 'x-badges': [{ name: 'SPS 6.9+' }] });
    expect(JSON.stringify(bundle)).not.toContain('x-badges');
  });

  it('lists the guides and shows the logo when asked to', () => {
    const withGuides = augmentForDocs(bundle, {
      guides: [{ title: 'Getting started', href: '../guides/getting-started.html' }],
      logo: { url: '../logo.svg', href: '../', altText: 'home' },
    });
    const info = withGuides.info as JsonObject;
    expect(info.description).toContain('## Guides');
    expect(info.description).toContain('- [Getting started](../guides/getting-started.html)');
    expect(info['x-logo']).toEqual({ url: '../logo.svg', href: '../', altText: 'home' });
    expect((bundle.info as JsonObject)['x-logo']).toBeUndefined();
  });
});
