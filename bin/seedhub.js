#!/usr/bin/env node
// The `seedhub` command: the compiled CLI (npm run build makes dist/).
import '../dist/cli.js';
