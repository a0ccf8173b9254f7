import { describe, expect, it } from 'vitest';
import { acceptsConnections, freePort, listenProblem, portNumber } from '../src/port.js';
import { portInUse } from './port-in-use.js';

describe('portNumber()', () => {
  it.each([
    ['0', 0],
    ['4010', 4010],
    ['65535', 65535],
    [0, 0],
    [8080, 8080],
  ])('reads %j as %d', (value, port) => {
    expect(portNumber(value)).toBe(port);
  });

  it.each([['abc'], [''], [' 80'], ['80 '], ['1e3'], ['0x50'], ['-1'], ['65536'], ['4010.0'], [-1], [65536], [1.5], [Number.NaN], [Infinity]])(
    'refuses %j, naming the setting',
    (value) => {
      expect(() => portNumber(value, '--mock-port')).toThrow(`--mock-port must be a port number from 0 to 65535, got "${value}"`);
    },
  );

  it('names "the port" when no setting is given', () => {
    expect(() => portNumber(70000)).toThrow('the port must be a port number from 0 to 65535, got "70000"');
  });
});

describe('freePort()', () => {
  it('picks a port nothing listens on', async () => {
    const port = await freePort('127.0.0.1');
    expect(port).toBeGreaterThan(0);
    expect(await acceptsConnections(port)).toBe(false);
  });

  it('says so when the host is not an address of this machine', async () => {
    await expect(freePort('192.0.2.1')).rejects.toThrow('cannot listen on 192.0.2.1: it is not an address of this machine');
  });
});

describe('acceptsConnections()', () => {
  const blockedPort = portInUse();

  it('is true while a server listens on the port, false once none does', async () => {
    expect(await acceptsConnections(blockedPort())).toBe(true);
    expect(await acceptsConnections(await freePort('127.0.0.1'))).toBe(false);
  });
});

describe('listenProblem()', () => {
  const problem = (code: string) => listenProblem(Object.assign(new Error(`listen ${code}`), { code }), 'sps.example', 80);

  it.each([
    ['EADDRINUSE', 'port 80 on sps.example is already in use; pick another one'],
    ['EACCES', 'not allowed to listen on port 80 of sps.example (ports below 1024 need privileges); pick another one'],
    ['EADDRNOTAVAIL', 'cannot listen on sps.example: it is not an address of this machine'],
    ['ENOTFOUND', 'cannot listen on sps.example: unknown host name'],
    ['EOTHER', 'cannot listen on sps.example:80: listen EOTHER'],
  ])('explains %s', (code, message) => {
    expect(problem(code)).toBe(message);
  });
});
