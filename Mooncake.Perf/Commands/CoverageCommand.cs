using Mooncake.Rules;

namespace Mooncake.Perf.Commands;

/// <summary>
/// Prints the rule coverage report (see <see cref="RuleCoverage"/>): the counts per type, the
/// methods still missing a rule, and, with <c>--all</c>, every row. The full Markdown report is
/// written to <c>artifacts/coverage.md</c>.
/// </summary>
public static class CoverageCommand
{
    /// <summary>Runs the command; returns 0, or 1 if Math, MathF or double has a missing row.</summary>
    public static int Run(string[] args)
    {
        bool all = args.Contains("--all", StringComparer.OrdinalIgnoreCase);
        string markdown = RuleCoverage.ToMarkdown();
        Directory.CreateDirectory("artifacts");
        string path = Path.GetFullPath(Path.Combine("artifacts", "coverage.md"));
        File.WriteAllText(path, markdown);

        if (all)
        {
            Console.WriteLine(markdown);
        }
        else
        {
            Console.WriteLine(markdown[..markdown.IndexOf("\n## ", StringComparison.Ordinal)]);
            foreach (Type type in RuleCoverage.Types)
            {
                foreach (CoverageRow row in RuleCoverage.Report(type).Where(r => r.Status == CoverageStatus.Missing))
                {
                    Console.WriteLine($"missing: {type.Name}.{row.Signature}");
                }
            }
        }

        Console.WriteLine($"Full report: {path}");
        bool required = RuleCoverage.Types.Take(3).SelectMany(RuleCoverage.Report).Any(r => r.Status == CoverageStatus.Missing);
        return required ? 1 : 0;
    }
}
