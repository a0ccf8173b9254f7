/**
 * The mock with generated data (`startMock({ dynamic: true })`, `sps-mock --dynamic`): every operation's
 * success answer is generated from its schema by Prism and must still validate against it (Ajv).
 */
import { startMock, type RunningMock } from '@sps-openapi/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractCases } from './support/cases.js';
import { bodyMatchesSchema, callOperation, contractClients } from './support/call.js';
import { Recorder } from './support/recorder.js';

const recorder = new Recorder('dynamic');
let mock: RunningMock;
let clients: ReturnType<typeof contractClients>;

beforeAll(async () => {
  mock = await startMock({ dynamic: true, seed: 'sps-openapi' });
  clients = contractClients(mock.url, recorder.fetch);
});
afterAll(async () => {
  recorder.save();
  await mock?.stop();
});

describe('generated data (--dynamic, fixed seed)', () => {
  it.each(contractCases.map((c) => [c.label, c] as const))('%s answers with data that matches the schema', async (_, c) => {
    const { response, body } = await callOperation(clients, c, { body: c.bodies[0] });
    expect(response.status).toBe(c.successStatus);
    const { valid, errors } = bodyMatchesSchema(c, String(c.successStatus), body);
    expect(valid, errors).toBe(true);
  });

  it('generates data rather than serving the examples', async () => {
    const transaction = contractCases.find((c) => c.operationId === 'getTransaction')!;
    const examples = transaction.responseExamples.map((example) => example.value);
    const { body } = await callOperation(clients, transaction);
    expect(examples).not.toContainEqual(body);
  });
});
