#!/usr/bin/env node
// The compiled CLI lives in lib/ (built by `npm run build`, which `npm install` runs).
import { main } from '../lib/cli/main.js';

await main();
