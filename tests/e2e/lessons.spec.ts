import { expect, expectAccessible, LESSON_IDS, test } from './fixtures';

test.describe('lesson pages', () => {
  for (const id of LESSON_IDS) {
    test(`${id} renders every part`, async ({ page }) => {
      await page.goto(`/lessons/${id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText(/Module \d of \d · \d+ min read/)).toBeVisible();
      await expect(page.getByRole('heading', { name: 'By the end of this module you can' })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'On this page' }).or(page.locator('nav.toc'))).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeVisible();
      for (const part of ['Key takeaways', 'Reflect', 'Self-check', 'Put it into practice', 'Sources']) {
        await expect(page.getByRole('heading', { level: 2, name: part, exact: true })).toBeVisible();
      }
      // At least one worked example section from the lesson body.
      await expect(page.getByRole('heading', { level: 2, name: /^Worked example:/ })).toBeVisible();
      // Reflection prompts are labelled text boxes.
      expect(await page.getByRole('textbox').count()).toBeGreaterThanOrEqual(2);
      // Self-check: 3–5 questions, each a group of radio options with a closed explanation.
      const questions = page.locator('.question');
      const n = await questions.count();
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(5);
      const first = questions.first();
      await expect(first.locator('fieldset')).toBeVisible();
      await expect(first.getByRole('radio')).not.toHaveCount(0);
      await expect(first.getByText(/Best answer/)).toBeHidden();
      await first.getByText('Show the answer and why').click();
      await expect(first.getByText(/Best answer/)).toBeVisible();
      // Facilitator notes are collapsed by default.
      const notes = page.locator('details.facilitator');
      await expect(notes).not.toHaveAttribute('open', /.*/);
      await expect(notes.getByText('Discussion question', { exact: true })).toBeHidden();
      await notes.locator('summary').click();
      await expect(notes.getByText('Discussion question', { exact: true })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Previous and next lessons' })).toBeVisible();
    });
  }

  test('prev/next links walk the course in order', async ({ page }) => {
    await page.goto(`/lessons/${LESSON_IDS[0]}/`);
    await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
    for (const id of LESSON_IDS.slice(1)) {
      await page.locator('a[rel="next"]').click();
      await expect(page).toHaveURL(new RegExp(`/lessons/${id}/$`));
    }
    await expect(page.locator('a[rel="next"]')).toHaveCount(0);
    await page.locator('a[rel="prev"]').click();
    await expect(page).toHaveURL(new RegExp(`/lessons/${LESSON_IDS.at(-2)}/$`));
  });

  test('the activity’s model answer waits under “See an example” and opens from the keyboard', async ({ page }) => {
    await page.goto(`/lessons/${LESSON_IDS[0]}/`);
    const activity = page.locator('.activity');
    const example = activity.locator('details.activity-example');
    await expect(example).toHaveCount(1);
    // It comes after the instructions and before the link to the tool.
    const order = await activity.evaluate((el) => [...el.children].map((c) => c.className));
    expect(order.findIndex((c) => c.includes('example'))).toBeGreaterThan(1);
    await expect(example).not.toHaveAttribute('open', /.*/);
    const body = example.locator('.example-body');
    await expect(body).toBeHidden();
    await example.locator('summary').focus();
    await expect(example.locator('summary')).toHaveText('See an example', { useInnerText: true });
    await page.keyboard.press('Enter');
    await expect(body).toBeVisible();
    expect(((await body.textContent()) ?? '').trim().split(/\s+/).length).toBeGreaterThanOrEqual(25);
    await page.keyboard.press('Enter');
    await expect(body).toBeHidden();
  });

  test('activity links only to tool pages that exist', async ({ page, request }) => {
    for (const id of LESSON_IDS) {
      await page.goto(`/lessons/${id}/`);
      const hrefs = await page.locator('.activity a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      for (const href of hrefs) {
        if (href.startsWith('#')) continue;
        expect((await request.get(href)).status(), href).toBe(200);
      }
    }
  });
});

test.describe('every module is accessible', () => {
  for (const id of LESSON_IDS) {
    test(`${id} has no axe violations`, async ({ page }) => {
      await page.goto(`/lessons/${id}/`);
      await page.locator('main details').evaluateAll((ds) => {
        for (const d of ds) d.setAttribute('open', '');
      });
      await expectAccessible(page, id);
    });
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a lesson is fully readable, questions and explanations included', async ({ page }) => {
    await page.goto(`/lessons/${LESSON_IDS[1]}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.lesson-body p').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Key takeaways' })).toBeVisible();
    await expect(page.getByRole('textbox').first()).toBeVisible();
    const q = page.locator('.question').first();
    await expect(q.getByRole('radio').first()).toBeVisible();
    await q.getByText('Show the answer and why').click();
    await expect(q.locator('.answers li').first()).toBeVisible();
    // The module menu is a disclosure that also works without scripts.
    await page.getByText('Lessons', { exact: true }).first().click();
    await expect(
      page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: /Give before you get/ }),
    ).toBeVisible();
  });
});
