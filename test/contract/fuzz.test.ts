/**
 * Fuzzing the mock with invalid requests generated from the schemas (fast-check, fixed seed): wrong
 * types, missing required fields, out-of-range values, extra fields where the schema is closed, malformed
 * JSON and invalid path parameters. Each must be rejected with the right status, none may hang, and the
 * mock must still be up afterwards. Bounded: 1,200 requests, at most 2 minutes.
 *
 * Once (issue 10 item 11) a run under full load stopped at request 339 with no answer. Run 20 times next
 * to a load test (100 connections hammering a second mock), before and after the mock got its front
 * server, it never happened again; Prism stayed up in every run. A request that fails now says how long
 * it waited and whether Prism was still running, and the bound per request is 15 s: it detects a hang,
 * it is not a speed target (those are in `pnpm bench mock`), and a 2-core machine running the whole
 * suite can keep a healthy Prism waiting for more than the 5 s it used to be.
 *
 * It fuzzes the run's shared mock (test/setup/mock.ts) rather than a Prism of its own, which cost ~2
 * CPU-seconds to start: that mock is stateless, and should the fuzz bring it down, the last test here says
 * so (and the other contract tests fail too).
 */
import fc from 'fast-check';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { contractCases, sessionId, validatorFor } from './support/cases.js';
import { expectInvalidRequestAnswer } from './support/call.js';
import { fuzzablePathParameters, invalidRequestArbitraries, violationKinds, type InvalidRequest, type ViolationKind } from './support/invalid-requests.js';
import { Recorder } from './support/recorder.js';

const seed = 20_250_601;
const numRuns = 1200;
const recorder = new Recorder('fuzz');
const mockUrl = inject('mockUrl');
const prismRunning = () => {
  try {
    process.kill(inject('mockPid'), 0);
    return true;
  } catch {
    return false;
  }
};

afterAll(() => recorder.save());

async function send({ c, url, body }: InvalidRequest) {
  const started = performance.now();
  try {
    const response = await recorder.fetch(`${mockUrl}${url}`, {
      method: c.operation.method.toUpperCase(),
      headers: { Cookie: `session_id=${sessionId}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(body === undefined ? {} : { body }),
      signal: AbortSignal.timeout(15_000),
    });
    const text = await response.text();
    return { response, body: text ? (JSON.parse(text) as unknown) : undefined };
  } catch (error) {
    const waited = Math.round(performance.now() - started);
    throw new Error(`no answer after ${waited} ms (${prismRunning() ? 'Prism still running' : 'Prism has exited'}): ${(error as Error).message}`, { cause: error });
  }
}

describe('path parameters to fuzz', () => {
  // A parameter that accepts every string (such as the opaque key of a support-bundle job) would make the
  // generator search forever for an invalid value.
  it.each(contractCases.flatMap((c) => fuzzablePathParameters(c).map((name) => [`${c.label} {${name}}`, c, name] as const)))(
    '%s rejects some string',
    (_, c, name) => {
      const validate = validatorFor(c.pathParamSchemas[name]!);
      expect(['x', '0', 'a b', '%', '-'].some((value) => !validate(value))).toBe(true);
    },
  );

  it('leave out the ones any non-empty string satisfies', () => {
    const bundleJob = contractCases.find((c) => c.operationId === 'getSupportBundle')!;
    expect(fuzzablePathParameters(bundleJob)).toEqual([]);
  });
});

describe(`${numRuns} invalid requests generated from the schemas (seed ${seed})`, () => {
  const arbitraries = invalidRequestArbitraries(contractCases);
  const seen = new Map<ViolationKind, number>();

  it('are each rejected with the right status, without a hang', async () => {
    expect(arbitraries.length).toBeGreaterThan(20);
    await fc.assert(
      fc.asyncProperty(fc.oneof(...arbitraries), async (request) => {
        seen.set(request.kind, (seen.get(request.kind) ?? 0) + 1);
        const { response, body } = await send(request);
        if (request.kind === 'malformed JSON') {
          expect(response.status, `${request.c.label} ${request.body}`).toBe(400);
        } else {
          expectInvalidRequestAnswer(request.c, response, body);
        }
      }),
      { seed, numRuns, endOnFailure: true, interruptAfterTimeLimit: 120_000, markInterruptAsFailure: true },
    );
    expect([...seen.values()].reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(1000);
  }, 150_000);

  it('covered every kind of violation many times', () => {
    for (const kind of violationKinds) expect(seen.get(kind) ?? 0, kind).toBeGreaterThanOrEqual(50);
  });

  it('leaves out path parameters that accept any non-empty string, which no value can break', () => {
    // GET /api/audit/sessions/{key} has no body and an opaque key: nothing to fuzz (sampling would never end).
    const opaque = contractCases.filter((c) => c.operationId === 'getSession');
    expect(opaque).toHaveLength(1);
    expect(invalidRequestArbitraries(opaque)).toEqual([]);
  });

  it('left the mock running and answering', async () => {
    expect(prismRunning()).toBe(true);
    const response = await fetch(`${mockUrl}/api/transaction`, { headers: { Cookie: `session_id=${sessionId}` } });
    expect(response.status).toBe(200);
  });
});
