#!/usr/bin/env node
// The CLI is bundled into lib/cli.js (built by `npm run build`, which `npm install` runs).
import { main } from '../lib/cli.js';

await main();
