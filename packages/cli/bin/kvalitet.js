#!/usr/bin/env node
// The `kvalitet` command. Kept outside dist/ so npm can link it before the first build.
import '../dist/bin.js';
