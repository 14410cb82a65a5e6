#!/usr/bin/env node
/** Browser tests need a Chromium; say how to get one instead of failing obscurely. */
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium-path.js';

const path = chromiumPath();
if (!path) {
	console.error(`No Chromium found for the browser tests.
Install one:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  elsewhere:      npx playwright install chromium
or point CHROMIUM_PATH at a Chromium or Chrome executable.`);
	process.exit(1);
}
if (!existsSync(path)) {
	console.error(`CHROMIUM_PATH=${path} does not exist.`);
	process.exit(1);
}
