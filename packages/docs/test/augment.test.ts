/** The copy of the bundle the reference is rendered from: code samples and undocumented-body notes. */
import { loadBundle, operations, resolve, type JsonObject } from '@sps-openapi/kit';
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

  it('puts a visible note on each undocumented body, where that body is rendered, and only there', () => {
    const operation = (operationId: string) => operations(augmented).find(({ operation }) => operation.operationId === operationId)!.operation;
    const response = (operationId: string, status: string) => resolve(augmented, (operation(operationId).responses as JsonObject)[status]!);
    // The flag on the response envelope, on its `body` only, and nowhere.
    expect(response('updateDnsSettings', '200').description).toMatch(/^> \*\*Undocumented body\.\*\* .* the 200 response body of this operation/);
    expect(response('updateDnsSettings', '201').description).toMatch(/^> \*\*Undocumented body\.\*\* .* the 201 response body of this operation/);
    expect(response('getNetworkNaming', '200').description).toMatch(/^> \*\*Undocumented body\.\*\* .* the 200 response body/);
    expect(String(response('updateDnsSettings', '400').description)).not.toContain('Undocumented body');
    expect(JSON.stringify(operation('getDnsSettings'))).not.toContain('Undocumented body');
    // Not in the operation's description: Redoc shows that under "Request".
    for (const { operation: each } of operations(augmented)) expect(String(each.description), String(each.operationId)).not.toContain('Undocumented body');

    const noted = operations(augmented).filter(({ operation }) => JSON.stringify(operation).includes('Undocumented body'));
    expect(noted.map(({ operation }) => operation.operationId)).toEqual(
      operations(bundle)
        .filter(({ operation }) => undocumentedBodies(bundle, operation).length > 0)
        .map(({ operation }) => operation.operationId),
    );
    expect(noted.length).toBeGreaterThanOrEqual(10);
    for (const { operation: each } of noted) {
      const notes = JSON.stringify(each).match(/Undocumented body/g)!.length;
      expect(notes, String(each.operationId)).toBe(undocumentedBodies(bundle, each).length);
    }
  });

  it('notes an undocumented request body on the request body', () => {
    const document = structuredClone(bundle);
    const dns = ((document.paths as JsonObject)['/api/configuration/network/dns'] as JsonObject).put as JsonObject;
    const requestBody = resolve(document, dns.requestBody!);
    const media = (requestBody.content as JsonObject)['application/json'] as JsonObject;
    dns.requestBody = { ...requestBody, content: { 'application/json': { ...media, schema: { type: 'object', 'x-sps-undocumented-body': true } } } };
    const noted = augmentForDocs(document);
    const put = ((noted.paths as JsonObject)['/api/configuration/network/dns'] as JsonObject).put as JsonObject;
    expect(String((put.requestBody as JsonObject).description)).toMatch(/^> \*\*Undocumented body\.\*\* .* the request body of this operation/);
    expect(String(put.description)).not.toContain('Undocumented body');
  });

  it('shows the SPS version an operation or a property appeared in as a badge', () => {
    const snapshot = operations(augmented).find(({ operation }) => operation.operationId === 'openSessionSnapshot')!;
    expect(snapshot.operation['x-badges']).toMatchObject([{ name: 'SPS 7.4+' }]);
    const info = ((augmented.components as JsonObject).schemas as JsonObject).InfoAbout as JsonObject;
    expect((info.properties as JsonObject).plugin_sdk_version).toMatchObject({ 'x-badges': [{ name: 'SPS 6.9+' }] });
    expect(JSON.stringify(bundle)).not.toContain('x-badges');
  });

  it('leaves out the source notes of operations and examples, which Redoc does not show', () => {
    expect(JSON.stringify(bundle)).toContain('"x-sps-source"');
    expect(JSON.stringify(augmented)).not.toContain('"x-sps-source"');
    const examples = (bundle.components as JsonObject).examples as Record<string, JsonObject>;
    const noted = Object.keys(examples).find((name) => examples[name]!['x-sps-source'] !== undefined)!;
    expect(((augmented.components as JsonObject).examples as Record<string, JsonObject>)[noted]!.value).toEqual(examples[noted]!.value);
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
