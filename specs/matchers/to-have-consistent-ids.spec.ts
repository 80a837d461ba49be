import { expect, extendModel, qteachers, test } from 'seedhub';

test.describe('the default hub', () => {
  test('is consistent over the worker server', async ({ hub }) => {
    await expect(hub).toHaveConsistentIds();
    // The crawl went through the server: every endpoint of every school, twice (two page sizes).
    expect(hub.requests.filter((r) => r.transport === 'server').length).toBeGreaterThan(72);
  });

  test.describe('in route mode', () => {
    test.use({ hubTransport: 'route' });
    test('is consistent through the browser routes', async ({ hub, page }) => {
      void page; // opening the browser context makes hub.fetch go through its routes
      await expect(hub).toHaveConsistentIds({ comparePageSize: false });
      expect(hub.requests.length).toBeGreaterThan(36);
      expect(hub.requests.every((r) => r.transport === 'route')).toBe(true);
    });
  });
});
