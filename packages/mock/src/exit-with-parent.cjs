// Preloaded into Prism (`node --require`). Prism's stdin is a pipe from the process that started it; when
// that process is gone — even killed with SIGKILL — the pipe ends and Prism exits instead of living on
// as an orphan that holds its port.
process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();
