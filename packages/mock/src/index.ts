export { startMock, type MockOptions, type RunningMock } from './start-mock.js';
export { startProxy, type ProxyOptions, type RunningProxy, type Violation, type ViolatingExchange } from './start-proxy.js';
