using System.Diagnostics;
using System.Globalization;
using System.Text;
using Mooncake.Perf.FirstCall;

namespace Mooncake.Perf.Commands;

/// <summary>
/// Time to first derivative: each case of <see cref="FirstCallCases"/> in fresh processes
/// (<c>firstcall --child CASE</c>, this same program), so that no rule, plan or compiled method
/// is cached, under both tiered-compilation settings: on, the .NET default an application runs
/// with, and off, this project's setting for the benchmarks. Prints the medians over the
/// processes as a Markdown table and writes it to <see cref="DefaultOutput"/>/firstcall.md. Not
/// part of the suite: a first call is a one-off cost, not a ratio to a primal.
/// </summary>
public static class FirstCallCommand
{
    /// <summary>The output folder, relative to the working directory.</summary>
    public const string DefaultOutput = "artifacts/firstcall";

    /// <summary>How to run the command, for the suite's closing lines.</summary>
    public const string HowToRun = "dotnet run -c Release --project Mooncake.Perf -- firstcall [--processes N] [--out DIR]";

    private const int DefaultProcesses = 5;

    // DOTNET_TieredCompilation overrides the runtimeconfig.json setting this project builds with
    // (TieredCompilation false), so the children can run as an application's process would.
    private static readonly (string Label, string Value)[] Configurations = [("on (.NET default)", "1"), ("off (this project)", "0")];

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static int Run(string[] args)
    {
        if (args is ["--child", string name])
        {
            return Child(name);
        }

        int processes = DefaultProcesses;
        string output = DefaultOutput;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--processes" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out int n) && n > 0:
                    processes = n;
                    i++;
                    break;
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                default:
                    Console.Error.WriteLine($"firstcall: unknown option '{args[i]}' (options: --processes N, --out DIR)");
                    return 2;
            }
        }

        var clock = Stopwatch.StartNew();
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## Time to first derivative ({processes} fresh processes per cell, medians, {Environment.ProcessorCount} processors, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription})");
        text.AppendLine();
        text.AppendLine("Each process calls the plain function once (loading and compiling it, as any program does), then the derivative twice. "
            + "First derivative call: wall time of the first call, the rules built (and their code and the builder's own compiled) inside it; the range over the processes beside it. "
            + "JIT: the JIT's compilation time and methods compiled during that call (`System.Runtime.JitInfo`, process-wide). Process: the child's wall time, start to exit, as the parent sees it.");
        text.AppendLine();
        text.AppendLine("| Case | Tiered compilation | First primal call | First derivative call | Range | Second derivative call | JIT in first call | Methods compiled | Process |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (FirstCallCase @case in FirstCallCases.All)
        {
            foreach ((string label, string value) in Configurations)
            {
                var readings = new List<FirstCallReading>();
                var walls = new List<double>();
                for (int p = 0; p < processes; p++)
                {
                    (FirstCallReading? reading, double wallMs, string error) = Spawn(@case.Name, value);
                    if (reading is null)
                    {
                        Console.Error.WriteLine($"firstcall: the child for '{@case.Name}' gave no reading: {error}");
                        return 1;
                    }

                    readings.Add(reading);
                    walls.Add(wallMs);
                }

                double first = Median(readings.Select(r => r.FirstMs));
                Console.WriteLine($"  {@case.Name}, tiered compilation {label}: first derivative call {Ms(first)} (median of {processes}, {clock.Elapsed.TotalSeconds:F0} s)");
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {@case.Description} | {label} | {Ms(Median(readings.Select(r => r.PrimalMs)))} | {Ms(first)} | {Ms(readings.Min(r => r.FirstMs))}–{Ms(readings.Max(r => r.FirstMs))} | "
                    + $"{Ms(Median(readings.Select(r => r.SecondMs)))} | {Ms(Median(readings.Select(r => r.JitMs)))} | {Median(readings.Select(r => (double)r.JitMethods)):F0} | {Ms(Median(walls))} |");
            }
        }

        string markdown = text.ToString();
        Console.WriteLine();
        Console.WriteLine(markdown);
        Directory.CreateDirectory(output);
        string path = Path.Combine(output, "firstcall.md");
        File.WriteAllText(path, markdown);
        Console.WriteLine($"Written to {Path.GetFullPath(path)} in {clock.Elapsed.TotalSeconds:F0} s.");
        return 0;
    }

    // In the fresh process: one case, its reading on standard output.
    private static int Child(string name)
    {
        FirstCallCase? @case = FirstCallCases.All.FirstOrDefault(c => c.Name == name);
        if (@case is null)
        {
            Console.Error.WriteLine($"firstcall: no case '{name}' (cases: {string.Join(", ", FirstCallCases.All.Select(c => c.Name))})");
            return 2;
        }

        Console.WriteLine(FirstCallReading.Measure(@case).ToLine());
        return 0;
    }

    // Runs this program as `firstcall --child NAME` with DOTNET_TieredCompilation set: through the
    // dotnet host when that is what runs this process (`dotnet Mooncake.Perf.dll`), otherwise
    // through the apphost that does (`dotnet run` starts the apphost).
    private static (FirstCallReading? Reading, double WallMs, string Error) Spawn(string name, string tiered)
    {
        string host = Environment.ProcessPath ?? throw new InvalidOperationException("The process path is unknown, so no child can be started.");
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(FirstCallCommand).Assembly.Location);
        }

        start.ArgumentList.Add("firstcall");
        start.ArgumentList.Add("--child");
        start.ArgumentList.Add(name);
        start.Environment["DOTNET_TieredCompilation"] = tiered;
        long began = Stopwatch.GetTimestamp();
        using Process child = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {host}.");
        Task<string> error = child.StandardError.ReadToEndAsync();
        string stdout = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        double wallMs = Stopwatch.GetElapsedTime(began).TotalMilliseconds;
        FirstCallReading? reading = child.ExitCode == 0 ? stdout.Split('\n').Select(FirstCallReading.Parse).LastOrDefault(r => r is not null) : null;
        return (reading, wallMs, $"exit code {child.ExitCode}; {error.Result.Trim()}");
    }

    private static double Median(IEnumerable<double> values)
    {
        double[] sorted = [.. values.Order()];
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    private static string Ms(double milliseconds) => milliseconds switch
    {
        < 1 => string.Create(CultureInfo.InvariantCulture, $"{milliseconds * 1000:F0} µs"),
        < 1000 => string.Create(CultureInfo.InvariantCulture, $"{milliseconds:F1} ms"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{milliseconds / 1000:F2} s"),
    };
}
