using System.Runtime.CompilerServices;

// The benchmark kernels build duals in uninitialised locals; without this every inlined local
// of a 136-byte baseline dual would be zeroed on each loop iteration for nothing.
[module: SkipLocalsInit]
