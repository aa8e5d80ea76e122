// The in-memory Learning Record Store the LRS test runs: xapi-statements as
// it is, but for the ids its memory store gives statements.
//
// That store sorts a query's statements by "stored" time, then by id, but
// cuts each "more" page at the last id it sent, comparing ids as strings
// (`_id < cursor`). Its ids are UUID v1, whose text begins with the low 32
// bits of the clock: they stop sorting by time each time those wrap (every
// 429.5 s), and two requests in flight at once can be stored in one order
// and given ids in the other. Either way, the pages after the cut skip
// statements, and `report --lrs` is handed fewer than the store holds (a
// test run that straddled a wrap once read back 9 of 36). That is the test
// double's fault, not the report's: here each statement's id is its stored
// time then a sequence number, so the id order is the sort order and the
// paging is exact. Everything else (auth, validation, paging) is the
// package's own code.
const path = require('node:path');

const entry = require.resolve('xapi-statements/dist/index.js');
const create = require(path.join(path.dirname(entry), 'repo/modelsRepo/createStatements/memory.js'));
const original = create.default;
let sequence = 0;

create.default = (config) => {
  const store = original(config);
  return async (opts) => {
    const before = config.state.statements.length;
    const result = await store(opts);
    for (const model of config.state.statements.slice(before)) {
      model._id = `${new Date(model.stored).toISOString()}-${String(sequence++).padStart(12, '0')}`;
    }
    return result;
  };
};

require(entry);
