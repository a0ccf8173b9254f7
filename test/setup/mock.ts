import { startMock } from '@sps-openapi/mock';
import type { TestProject } from 'vitest/node';

/** The user the contract tests log in to the stateful mock as (`basicCredentials` of test/contract/support/cases.ts). */
export const statefulUser = { username: 'admin', password: 'not-a-real-password' };

/**
 * One mock SPS for the whole run, serving the committed bundle, and one stateful mock: tests reach them
 * with `inject('mockUrl')` and `inject('statefulMockUrl')` (log in as `statefulUser`); `inject('mockPid')`
 * is the mock's Prism, for a test that checks it survived.
 */
export default async function setup(project: TestProject) {
  const [mock, stateful] = await Promise.all([startMock(), startMock({ stateful: true, users: { [statefulUser.username]: statefulUser.password } })]);
  project.provide('mockUrl', mock.url);
  project.provide('mockPid', mock.pid);
  project.provide('statefulMockUrl', stateful.url);
  return () => Promise.all([mock.stop(), stateful.stop()]).then(() => undefined);
}

declare module 'vitest' {
  export interface ProvidedContext {
    mockUrl: string;
    mockPid: number;
    statefulMockUrl: string;
  }
}
