using Mooncake.Perf.Commands;

// `dotnet run -c Release --project Mooncake.Perf [command] [options]`; see PerfCommands.
return PerfCommands.Run(args);
