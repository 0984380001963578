import { benchRotation } from './test/bench/rotation.js';
import { benchStore } from './test/bench/store.js';
for (const b of [benchRotation, benchStore]) for (const f of await b()) console.log(JSON.stringify(f));
