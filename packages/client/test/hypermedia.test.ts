import { createSpsClient, SpsError } from '@sps-openapi/client';
import { describe, expect, it } from 'vitest';
import { fakeSps, ok } from './support/fake-sps.js';

const slot = { key: '2', body: { current: false, version: '7.4.1' }, meta: { href: '/api/firmware/slots/2', parent: '/api/firmware/slots', next: null } };

describe('follow', () => {
  it('GETs a server-relative link, without its fragment', async () => {
    const sps = fakeSps({ 'GET /api/firmware/slots/2': ok(slot) });
    expect(await sps.client().follow('/api/firmware/slots/2#body')).toEqual(slot);
    expect(sps.requests.map((request) => request.path)).toEqual(['/api/firmware/slots/2']);
  });

  it('GETs an absolute link on the appliance, under the base URL prefix', async () => {
    const sps = fakeSps({ 'GET /sps/api/firmware/slots/2': ok(slot) });
    const client = createSpsClient({ baseUrl: `${sps.url}/sps`, fetch: sps.fetch });
    expect((await client.follow(`${sps.url}/sps/api/firmware/slots/2`)).key).toBe('2');
  });

  it('refuses links off the appliance (they would get the session cookie) and relative ones', async () => {
    const sps = fakeSps({});
    const client = sps.client({ sessionId: 'secret-session' });
    await expect(client.follow('https://elsewhere.example/api/info')).rejects.toBeInstanceOf(SpsError);
    await expect(client.follow('//elsewhere.example/api/info')).rejects.toBeInstanceOf(SpsError);
    await expect(client.follow(`${sps.url}.evil.example/api/info`)).rejects.toBeInstanceOf(SpsError);
    await expect(client.follow('api/info')).rejects.toBeInstanceOf(TypeError);
    expect(sps.requests).toHaveLength(0);
  });

  it('refuses links with . or .. segments, which could leave the base URL\'s path on a gateway', async () => {
    const sps = fakeSps({});
    const client = createSpsClient({ baseUrl: `${sps.url}/sps`, fetch: sps.fetch, sessionId: 'secret-session' });
    for (const href of ['/../other-app/collect', '/%2e%2e/other-app/collect', '/api/./info', `${sps.url}/sps/%2E%2E/other-app`]) {
      await expect(client.follow(href), href).rejects.toThrow(new SpsError(`Not following a link with a . or .. segment, \\, space or control character: ${href}`));
    }
    expect(sps.requests).toHaveLength(0);
  });
});

describe('follow: what the URL parser rewrites', () => {
  it('refuses \\, tab, CR, LF, spaces and control characters, which it turns into / or drops (/.\\t./ is /../)', async () => {
    const sps = fakeSps({});
    const client = createSpsClient({ baseUrl: `${sps.url}/sps`, fetch: sps.fetch, sessionId: 'secret-session' });
    const hrefs = ['/api\\..\\..\\other-app/admin', '/api/.\t./.\t./other-app/admin', '/api/.\n./.\n./x', '/api/.\r./.\r./x', '/.. ', '/api/\0', `${sps.url}/sps/api/.\t./.\t./other-app`];
    for (const href of hrefs) {
      // The message names what was refused, not only dot segments.
      await expect(client.follow(href), JSON.stringify(href)).rejects.toThrow(
        new SpsError(`Not following a link with a . or .. segment, \\, space or control character: ${href}`),
      );
    }
    await expect(client.followLink({ meta: { parent: '/api/.\t./.\t./other-app/admin' } }, 'parent')).rejects.toBeInstanceOf(SpsError);
    expect(sps.requests).toHaveLength(0);
  });
});

describe('followLink', () => {
  it('follows meta[rel]; null when the link is absent or null', async () => {
    const sps = fakeSps({ 'GET /api/firmware/slots': ok({ items: [], meta: { href: '/api/firmware/slots' } }) });
    const client = sps.client();
    expect(await client.followLink(slot, 'parent')).toEqual({ items: [], meta: { href: '/api/firmware/slots' } });
    expect(await client.followLink(slot, 'next')).toBeNull();
    expect(await client.followLink(slot, 'previous')).toBeNull();
    expect(await client.followLink(undefined, 'parent')).toBeNull();
  });

  it('refuses a meta entry that is not a link', async () => {
    const client = fakeSps({}).client();
    await expect(client.followLink({ meta: { remaining_seconds: 3 } }, 'remaining_seconds')).rejects.toThrow(/not a link/);
  });
});
