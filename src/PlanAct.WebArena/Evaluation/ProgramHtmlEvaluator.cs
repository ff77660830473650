using System.Text.Json;
using Microsoft.Playwright;
using PlanAct.WebArena.Tasks;

namespace PlanAct.WebArena.Evaluation;

/// <summary>
/// <c>program_html</c>: for each target opens its page (<c>last</c>, a URL, or a <c>func:</c> helper's result),
/// extracts text (page HTML, a <c>document.…</c> expression, <c>lambda:</c>, or a <c>func:</c> helper) and checks it.
/// </summary>
public sealed class ProgramHtmlEvaluator
{
    /// <summary>The evaluator's name in verdicts.</summary>
    public const string Name = "program_html";

    private const int ShownChars = 300;
    private readonly EvaluationHelpers _helpers;
    private readonly IAnswerJudge? _judge;
    private readonly TimeSpan _settleTimeout;

    /// <summary>Creates the evaluator.</summary>
    /// <param name="helpers">The <c>func:</c> helpers.</param>
    /// <param name="judge">Judge for <c>fuzzy_match</c> contents, or <see langword="null"/>.</param>
    /// <param name="settleTimeout">Upper bound on waiting for network idle after opening a target URL (WebArena sleeps 3 s).</param>
    public ProgramHtmlEvaluator(EvaluationHelpers helpers, IAnswerJudge? judge, TimeSpan settleTimeout)
    {
        ArgumentNullException.ThrowIfNull(helpers);
        _helpers = helpers;
        _judge = judge;
        _settleTimeout = settleTimeout;
    }

    /// <summary>Evaluates every target of the task on <paramref name="page"/> (which may be navigated away).</summary>
    /// <param name="task">The task.</param>
    /// <param name="page">The page the agent finished on.</param>
    /// <param name="cancellationToken">Cancels the evaluation.</param>
    /// <returns>The verdict.</returns>
    public async Task<EvaluatorVerdict> EvaluateAsync(WebArenaTask task, IPage page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(page);
        var lines = new List<string>();
        var score = 1.0;
        for (var i = 0; i < task.Eval.ProgramHtml.Count && score > 0; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var target = task.Eval.ProgramHtml[i];
            var url = await ResolveUrlAsync(target.Url, page, cancellationToken);
            if (url != "last")
            {
                await OpenAsync(page, url);
                lines.Add($"target {i}: opened {url}");
            }
            else
            {
                lines.Add($"target {i}: stayed on {page.Url}");
            }

            var extracted = await ExtractAsync(target.Locator, page, cancellationToken);
            lines.Add($"target {i}: locator {(target.Locator.Length == 0 ? "(page HTML)" : Shorten(target.Locator))} → {(extracted is null ? "None" : "\"" + Shorten(extracted) + "\"")}");
            if (extracted is null)
            {
                lines.Add($"target {i}: nothing extracted → FAIL");
                score = 0;
                break;
            }

            score *= await CheckAsync(task, target.RequiredContents, extracted, i, lines, cancellationToken);
        }

        return new EvaluatorVerdict(Name, score, lines);
    }

    private async Task<string> ResolveUrlAsync(string url, IPage page, CancellationToken cancellationToken)
    {
        if (!url.StartsWith("func:", StringComparison.Ordinal))
        {
            return url;
        }

        var call = HelperCall.Parse(url.Replace("__last_url__", page.Url, StringComparison.Ordinal));
        return await _helpers.InvokeAsync(call, page, cancellationToken);
    }

    private async Task OpenAsync(IPage page, string url)
    {
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        try
        {
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new PageWaitForLoadStateOptions { Timeout = (float)_settleTimeout.TotalMilliseconds });
        }
        catch (TimeoutException)
        {
            // Busy pages never go idle; the bound is the settle time WebArena waits.
        }
    }

    private async Task<string?> ExtractAsync(string locator, IPage page, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(locator))
        {
            return await page.ContentAsync();
        }

        if (locator.StartsWith("document.", StringComparison.Ordinal) || locator.StartsWith("[...document.", StringComparison.Ordinal))
        {
            try
            {
                return PythonRepr.Str(await page.EvaluateAsync<JsonElement?>("() => " + locator));
            }
            catch (PlaywrightException)
            {
                return "";
            }
        }

        if (locator.StartsWith("lambda:", StringComparison.Ordinal))
        {
            try
            {
                var value = await page.EvaluateAsync<JsonElement?>(locator["lambda:".Length..].Trim());
                return PythonRepr.IsTruthy(value) ? PythonRepr.Str(value) : null;
            }
            catch (PlaywrightException)
            {
                return null;
            }
        }

        if (locator.StartsWith("func:", StringComparison.Ordinal))
        {
            return await _helpers.InvokeAsync(HelperCall.Parse(locator), page, cancellationToken);
        }

        throw new NotSupportedException($"Locator '{Shorten(locator)}' is not supported; valid: empty, document.…, [...document.…, lambda:…, func:….");
    }

    private async Task<double> CheckAsync(WebArenaTask task, RequiredContents contents, string extracted, int index, List<string> lines, CancellationToken cancellationToken)
    {
        var score = 1.0;
        switch (contents.Kind)
        {
            case ContentCheckKind.ExactMatch:
                var exact = StringMatchRules.ExactMatch(contents.Values[0], extracted);
                lines.Add($"target {index}: exact_match \"{StringMatchRules.Clean(contents.Values[0])}\" → {StringMatchEvaluator.Pass(exact)}");
                return exact ? 1 : 0;
            case ContentCheckKind.MustInclude:
                foreach (var item in contents.Values)
                {
                    var pass = StringMatchRules.IncludesAny(item, extracted);
                    lines.Add($"target {index}: must_include {StringMatchEvaluator.DescribeItem(item)} → {StringMatchEvaluator.Pass(pass)}");
                    score *= pass ? 1 : 0;
                }

                return score;
            case ContentCheckKind.MustExclude:
                foreach (var item in contents.Values)
                {
                    var pass = !StringMatchRules.IncludesAny(item, extracted);
                    lines.Add($"target {index}: must_exclude {StringMatchEvaluator.DescribeItem(item)} → {StringMatchEvaluator.Pass(pass)}");
                    score *= pass ? 1 : 0;
                }

                return score;
            default:
                var judge = _judge ?? throw new InvalidOperationException($"Task {task.TaskId} needs an LLM judge for program_html fuzzy_match, but none is configured.");
                var reference = string.Join(", ", contents.Values);
                var verdict = await judge.JudgeEquivalenceAsync(task.Intent, reference, extracted, cancellationToken);
                lines.Add($"target {index}: fuzzy_match judge ({verdict.Model ?? "default model"}) vs \"{reference}\": replied \"{verdict.Reply.Trim()}\" → {verdict.Score}");
                return verdict.Score;
        }
    }

    private static string Shorten(string text) => text.Length <= ShownChars ? text : text[..ShownChars] + "…";
}
