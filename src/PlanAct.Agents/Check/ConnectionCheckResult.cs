using System.Globalization;
using System.Text;

namespace PlanAct.Agents.Check;

/// <summary>The outcome of <see cref="ConnectionChecker.CheckAsync(CancellationToken)"/>: one row per check.</summary>
/// <param name="Rows">The rows in the order checked.</param>
public sealed record ConnectionCheckResult(IReadOnlyList<ConnectionCheckRow> Rows)
{
    /// <summary>True when every check passed.</summary>
    public bool AllPassed => Rows.All(r => r.Passed);

    /// <summary>The rows as a plain-text table (Role, Check, Result, Latency, Detail).</summary>
    public string RenderTable()
    {
        string[] headers = ["Role", "Check", "Result", "Latency", "Detail"];
        var cells = Rows.Select(r => new[]
        {
            r.Role,
            r.Check,
            r.Passed ? "ok" : "FAILED",
            r.Latency is { } l ? l.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture) + " ms" : "",
            r.Passed ? r.Detail : r.FailureReason ?? r.Detail,
        }).ToList();
        var widths = headers.Select((h, i) => Math.Max(h.Length, cells.Count == 0 ? 0 : cells.Max(c => c[i].Length))).ToArray();
        var sb = new StringBuilder();
        Line(sb, headers, widths);
        sb.AppendJoin("-+-", widths.Select(w => new string('-', w))).Append('\n');
        foreach (var c in cells)
        {
            Line(sb, c, widths);
        }

        return sb.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => RenderTable();

    private static void Line(StringBuilder sb, string[] cells, int[] widths) =>
        sb.AppendJoin(" | ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))).Append('\n');
}
