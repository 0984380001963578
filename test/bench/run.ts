import { benchCanteen } from './canteen.js';
import { benchRotation } from './rotation.js';
import { benchStore } from './store.js';

// Each figure is one JSON line; targets are stated in the README and checked by reading these, not by timed tests.
const benches = [benchCanteen, benchRotation, benchStore];
for (const bench of benches) for (const figure of await bench()) console.log(JSON.stringify(figure));
