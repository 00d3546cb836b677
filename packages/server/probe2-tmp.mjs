import fs from 'node:fs';
import { buildValidatorModule } from './dist/validators/index.js';
const d = JSON.parse(fs.readFileSync('../../catalogue/procedures/1.004222.json'));
const src = await buildValidatorModule(d);
for (const m of src.matchAll(/.{0,80}(require\(|eval\(|new Function|\bimport\b).{0,80}/g)) console.log(m[0]);
fs.writeFileSync('/tmp/m.js', src);
