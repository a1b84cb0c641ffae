// Starts an in-memory dynalite on 127.0.0.1 and prints "PORT <n>" once it listens.
// Usage: node server.js [port]   (0 or nothing = a free port chosen by the OS; the dynalite CLI
// would ignore --port 0). Tables become ACTIVE at once, so SDK waiters return on their first poll.
// The server exits when its standard input closes, so it never outlives the process that started it.
'use strict';
const dynalite = require('dynalite');

const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
server.listen(Number(process.argv[2] || 0), '127.0.0.1', () => {
  console.log('PORT ' + server.address().port);
});
process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();
