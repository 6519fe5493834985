// Test classes are independent; running them in parallel keeps the suite short on 2 cores.
[assembly: Parallelize(Scope = ExecutionScope.ClassLevel)]
