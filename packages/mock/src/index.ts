export { startMock, type MockOptions, type RunningMock } from './start-mock.js';
export type { RunningStatefulMock, StatefulOptions } from './stateful/start-stateful.js';
export { startProxy, type ProxyOptions, type RunningProxy, type UnvalidatedExchange, type Violation, type ViolatingExchange } from './start-proxy.js';
export { portNumber } from './port.js';
export { corsOrigin } from './cors.js';
