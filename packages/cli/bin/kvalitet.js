#!/usr/bin/env node
// The `kvalitet` command. Kept outside dist/ so npm can link it before the first build.
// Written so that even an old Node can run it far enough to say which Node it needs.
var major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(
    'kvalitet kræver Node 24 eller nyere, men blev startet med Node ' +
      process.versions.node +
      '.\n' +
      'Kør den gennem npm-scripts (fx "npm run kvalitet -- lint standards"), som bruger Node 24 fra\n' +
      'pakken node@24, eller installér Node 24 LTS.\n' +
      '(kvalitet needs Node 24 or newer.)\n',
  );
  process.exit(2);
}
import('../dist/bin.js');
