// Made-up slugs, unknown paths and malformed URLs: an in-app "not found" inside the layout, never a crash.
import { describe, expect, it } from 'vitest';
import { expectHeading, headingOf, useBrowser } from './session';

describe('bad URLs', () => {
  const browser = useBrowser();

  it.each([
    ['a made-up character', '/characters/jessica-jonez', 'No character called “jessica-jonez”'],
    ['a made-up person', '/people/stan-lee', 'No person called “stan-lee”'],
    ['a season that does not exist', '/seasons/3', 'No season called “3”'],
    ['a negative season', '/seasons/-1', 'No season called “-1”'],
    ['a made-up series', '/series/agents-of-shield', 'No series called “agents-of-shield”'],
    ['a made-up topic', '/topics/aliens', 'No topic called “aliens”'],
    ['a made-up source', '/sources/123', 'No source called “123”'],
    ['an unknown path', '/purple-man', 'No page called “/purple-man”'],
    ['a 5,000-character slug', `/characters/${'x'.repeat(5000)}`, 'No character called'],
  ])('%s shows not found', async (_label, path, heading) => {
    const { context, page, errors } = await browser.open();
    await page.goto(path);
    expect(await headingOf(page)).toContain(heading);
    await expect.poll(() => page.title()).toBe('Not found — Jessica Jones Wiki');
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a malformed escape in a URL as not found', async () => {
    const { context, page, errors } = await browser.open();
    await page.goto('/characters/%E0%A4%A');
    await expectHeading(page, 'No page called “/characters/%E0%A4%A”');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows markup in a URL as text and runs none of it', async () => {
    const { context, page } = await browser.open();
    let dialogs = 0;
    page.on('dialog', async (dialog) => {
      dialogs += 1;
      await dialog.dismiss();
    });
    await page.goto('/characters/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    expect(await headingOf(page)).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('main img').count()).toBe(0);
    expect(dialogs).toBe(0);
    await context.close();
  });
});
