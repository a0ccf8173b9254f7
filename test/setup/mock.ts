import { startMock } from '@sps-openapi/mock';
import type { TestProject } from 'vitest/node';

/** One mock SPS for the whole run, serving the committed bundle; tests reach it with `inject('mockUrl')`. */
export default async function setup(project: TestProject) {
  const mock = await startMock();
  project.provide('mockUrl', mock.url);
  return () => mock.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    mockUrl: string;
  }
}
