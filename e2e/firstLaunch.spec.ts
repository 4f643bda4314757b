import { expect, test } from './fixtures/glossApp';

test('first launch opens the bundled interview in the reader', async ({ gloss }) => {
  const { page } = gloss;
  await expect(page.getByRole('heading', { level: 1, name: 'Interview with CSTO Secretary-General Imangali Tasmagambetov' })).toBeVisible();
  await expect(page.getByLabel('Document text')).toContainText('Next week, on November 23, Minsk will host a summit');
  await expect(page.getByRole('article')).toContainText('Sputnik Belarus');
  await expect(page.getByRole('article')).toContainText(/\d{3} words · \d+ min read/);
  const library = page.getByRole('navigation', { name: 'Library' });
  await expect(library.getByRole('button', { name: /Interview with CSTO/ })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('region', { name: 'Document' })).toContainText('Paragraph 1 of 10');
});

test('the text keeps its paragraphs', async ({ gloss }) => {
  const paragraphs = gloss.page.getByLabel('Document text').locator('p');
  await expect(paragraphs).toHaveCount(10);
  await expect(paragraphs.nth(1)).toHaveText(/^Next week, on November 23, Minsk will host a summit/);
});
