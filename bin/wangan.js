#!/usr/bin/env node
// Runs the compiled CLI (built by `npm install` through the prepare script: npm run build).
import '../dist/cli/run.js';
