import { expect, test } from 'vitest';
import { runAxe } from './harness/axe';
import { launchChromium } from './harness/chromium';

// The accessibility checks are only as good as the moment they read colours at: a button that was
// just enabled fades from its disabled grey, and contrast read half-way is not what the agent sees.
test('axe reads colours after a transition has ended, not half-way through it', async () => {
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.setContent(`<!doctype html><html lang="en"><head><title>t</title><style>
      button { color: #fff; background: #fff; transition: background-color 3s linear; }
      button.on { background: #1f73b7; }
    </style></head><body><main><button id="b" type="button">Next</button></main></body></html>`);
    await page.evaluate(() => document.getElementById('b')?.classList.add('on'));
    expect(await runAxe(page.mainFrame())).toEqual([]);
  } finally {
    await browser.close();
  }
});
