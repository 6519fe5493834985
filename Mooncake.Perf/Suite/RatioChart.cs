using System.Globalization;
using System.Security;
using System.Text;

namespace Mooncake.Perf.Suite;

/// <summary>
/// The suite's median ratios as a horizontal bar chart in SVG, written by hand (no plotting
/// package): one group of bars per workload, one colour per column, on a logarithmic axis, since
/// the ratios run from about 1 (one pass) to hundreds (a full gradient).
/// </summary>
public static class RatioChart
{
    private const int LabelWidth = 290, PlotWidth = 560, Right = 70, BarHeight = 9, GroupGap = 10, Top = 64, Bottom = 40;

    // One colour per column of SuiteColumn.All, distinguishable in print.
    private static readonly string[] Colours = ["#9ecae1", "#3182bd", "#08519c", "#31a354", "#e6550d", "#756bb1"];

    /// <summary>The SVG document.</summary>
    public static string ToSvg(IReadOnlyList<SuiteResult> results, string title)
    {
        double[] ratios = [.. results.SelectMany(r => SuiteColumn.All.Select(r.MedianRatio)).OfType<double>().Where(v => v > 0)];
        double low = Math.Floor(Math.Log10(ratios.DefaultIfEmpty(1).Min()));
        double high = Math.Max(low + 1, Math.Ceiling(Math.Log10(ratios.DefaultIfEmpty(10).Max())));
        double X(double ratio) => LabelWidth + (PlotWidth * (Math.Log10(ratio) - low) / (high - low));

        int height = Top + Bottom + results.Sum(r => (Math.Max(1, Bars(r).Count()) * BarHeight) + GroupGap);
        var svg = new StringBuilder();
        svg.AppendLine(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{LabelWidth + PlotWidth + Right}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"11\">"));
        svg.AppendLine(Invariant($"<rect width=\"100%\" height=\"100%\" fill=\"white\"/>"));
        svg.AppendLine(Invariant($"<text x=\"10\" y=\"18\" font-size=\"14\" font-weight=\"bold\">{Text(title)}</text>"));
        for (int k = 0; k < SuiteColumn.All.Count; k++)
        {
            double x = 10 + (k % 3 * 260), y = 32 + (k / 3 * 14);
            svg.AppendLine(Invariant($"<rect x=\"{x}\" y=\"{y}\" width=\"10\" height=\"10\" fill=\"{Colours[k]}\"/><text x=\"{x + 14}\" y=\"{y + 9}\">{Text(SuiteColumn.All[k])}</text>"));
        }

        int plotBottom = height - Bottom;
        for (double decade = low; decade <= high; decade++)
        {
            double x = X(Math.Pow(10, decade));
            svg.AppendLine(Invariant($"<line x1=\"{x:F1}\" y1=\"{Top - 4}\" x2=\"{x:F1}\" y2=\"{plotBottom}\" stroke=\"#ccc\"/>"));
            svg.AppendLine(Invariant($"<text x=\"{x:F1}\" y=\"{plotBottom + 14}\" text-anchor=\"middle\">{Math.Pow(10, decade):G}</text>"));
        }

        svg.AppendLine(Invariant($"<text x=\"{LabelWidth + (PlotWidth / 2)}\" y=\"{plotBottom + 30}\" text-anchor=\"middle\">AD time / primal time (median, log scale)</text>"));
        int top = Top;
        foreach (SuiteResult result in results)
        {
            List<(int Column, double Ratio)> bars = [.. Bars(result)];
            int groupHeight = Math.Max(1, bars.Count) * BarHeight;
            svg.AppendLine(Invariant($"<text x=\"{LabelWidth - 6}\" y=\"{top + (groupHeight / 2.0) + 4:F1}\" text-anchor=\"end\">{Text(result.Workload.Name)}</text>"));
            for (int b = 0; b < bars.Count; b++)
            {
                (int column, double ratio) = bars[b];
                double width = Math.Max(1, X(ratio) - LabelWidth), y = top + (b * BarHeight);
                svg.AppendLine(Invariant($"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{width:F1}\" height=\"{BarHeight - 1}\" fill=\"{Colours[column]}\"><title>{Text(result.Workload.Name)}, {Text(SuiteColumn.All[column])}: {SuiteTable.Ratio(ratio)}</title></rect>"));
                svg.AppendLine(Invariant($"<text x=\"{LabelWidth + width + 3:F1}\" y=\"{y + BarHeight - 2}\" font-size=\"8\">{SuiteTable.Ratio(ratio)}</text>"));
            }

            top += groupHeight + GroupGap;
        }

        svg.AppendLine("</svg>");
        return svg.ToString();
    }

    private static IEnumerable<(int Column, double Ratio)> Bars(SuiteResult result) =>
        SuiteColumn.All.Select((column, k) => (k, result.MedianRatio(column))).Where(b => b.Item2 is > 0).Select(b => (b.k, b.Item2!.Value));

    private static string Text(string text) => SecurityElement.Escape(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
