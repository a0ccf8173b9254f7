export { startMock, type MockOptions, type RunningMock } from './start-mock.js';
