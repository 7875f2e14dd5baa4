// node scripts/screenshot.mjs <url> <out.png> [width] [height] [--viewport]: a full-page screenshot in headless
// Chromium (with --viewport, only the first width x height), taken once the page has widgets, all defined and out of
// the loading state.
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const viewportOnly = process.argv.includes('--viewport');
const [url, out, width = '1200', height = '800'] = process.argv.slice(2).filter(argument => argument !== '--viewport');
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [width] [height]');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  page.on('pageerror', error => console.error(`uncaught: ${error.message}`));
  await page.goto(url);
  await page.waitForFunction(
    () => {
      const widgets = [...document.querySelectorAll('[state]')];
      return (
        widgets.length > 0 &&
        document.querySelectorAll(':not(:defined)').length === 0 &&
        widgets.every(element => element.getAttribute('state') !== 'loading')
      );
    },
    null,
    { timeout: 10000 },
  );
  await page.screenshot({ path: out, fullPage: !viewportOnly });
  console.log(`saved ${out}`);
} finally {
  await browser.close();
}
