/**
 * The validating proxy in front of an appliance that sends nulls: for every response field that admits
 * `null` (test/fixtures/nulls.yaml), a local stand-in for the appliance answers the first named example
 * that has the field with the field set to `null`, and the proxy (Prism, as users run it) reports no
 * violation. A field that must not be `null` is still reported.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startProxy, type RunningProxy } from '@sps-openapi/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decidedNullableFields, nullVariants, type NullVariant } from '../support/null-variants.js';
import { callOperation, contractClients } from './support/call.js';
import { bundle, concreteStatus, contractCases } from './support/cases.js';

const decided = Object.values(decidedNullableFields()).flat();
const variants = nullVariants(bundle, decided);
/** A field SPS always fills: the proxy must still report it as `null`. */
const [refused] = nullVariants(bundle, ['#/components/schemas/DnsSettings/properties/primary'], { anywhere: true });
const all = [...variants, refused!];
const variantHeader = 'x-null-variant';

let appliance: Server;
let proxy: RunningProxy;

beforeAll(async () => {
  appliance = createServer((request, response) => {
    const variant = all[Number(request.headers[variantHeader])];
    if (!variant) return void response.writeHead(404).end();
    const body = JSON.stringify(variant.value);
    const status = concreteStatus(variant.example.status, Object.keys(variant.example.operation.operation.responses ?? {}));
    response.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) }).end(body);
  });
  await new Promise<void>((resolve) => appliance.listen(0, '127.0.0.1', resolve));
  proxy = await startProxy({ upstream: `http://127.0.0.1:${(appliance.address() as AddressInfo).port}` });
});

afterAll(async () => {
  await proxy?.stop();
  appliance?.closeAllConnections();
  await new Promise((resolve) => appliance?.close(resolve));
});

/** Sends the variant's operation through the proxy (a valid request) and returns the violations it caused. */
async function throughProxy(variant: NullVariant) {
  const c = contractCases.find(({ operation }) => operation.pointer === variant.example.operation.pointer)!;
  const before = proxy.violations.length;
  const { response } = await callOperation(contractClients(proxy.url, fetch), c, {
    body: c.bodies[0],
    headers: { [variantHeader]: String(all.indexOf(variant)) },
  });
  return { status: response.status, violations: proxy.violations.slice(before) };
}

const label = ({ field, example }: NullVariant) => `${field.replace('#/components/schemas/', '')} = null (${String(example.operation.operation.operationId)} ${example.name})`;

describe('the validating proxy in front of an appliance that sends null', () => {
  it('has a case for every response field decided to admit null', () => {
    expect(variants.map(({ field }) => field)).toEqual(decided);
    expect(refused).toBeDefined();
  });

  it.each(variants.map((variant) => [label(variant), variant] as const))('passes %s without a violation', async (_, variant) => {
    const { status, violations } = await throughProxy(variant);
    expect(status).toBe(concreteStatus(variant.example.status, Object.keys(variant.example.operation.operation.responses ?? {})));
    expect(violations).toEqual([]);
  });

  it('reports a null where SPS always sends a value (DnsSettings.primary)', async () => {
    const { violations } = await throughProxy(refused!);
    expect(violations).toMatchObject([{ method: 'GET', path: '/api/configuration/network/dns', status: 200 }]);
    expect(JSON.stringify(violations)).toContain('primary');
  });
});
