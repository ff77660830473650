namespace PlanAct.Plugins.Actions.Parsing;

/// <summary>
/// Finds the last well-formed call to one of a set of function names in free text (reasoning, fences, wrappers).
/// Calls on <c>#</c> comment lines are skipped, and text inside a call that scanned (e.g. <c>do(</c> within a string argument)
/// is never taken as another call. Pure.
/// </summary>
internal static class CallLocator
{
    /// <summary>
    /// Parses a reply in a Python-call grammar: the last call that scans in the first reply region holding one becomes an action
    /// through <paramref name="fromCall"/>; otherwise a failure that shows the grammar.
    /// </summary>
    /// <param name="reply">The model's reply.</param>
    /// <param name="grammar">The grammar, for failure texts.</param>
    /// <param name="names">Function names of the grammar.</param>
    /// <param name="keywordNames">Keyword names that may end an unquoted value.</param>
    /// <param name="fromCall">Turns a scanned call into an action, or gives the reason it is not one.</param>
    /// <param name="noCallReason">The failure reason when no call is found at all.</param>
    /// <param name="failedText">The text to quote when a candidate call did not scan (default: the whole region).</param>
    /// <returns>The parse result.</returns>
    public static ActionParseResult ParseLast(
        string reply,
        ActionGrammar grammar,
        IReadOnlySet<string> names,
        IReadOnlyCollection<string> keywordNames,
        Func<PythonCall, (BrowserAction? Action, string? Reason)> fromCall,
        string noCallReason,
        Func<string, string>? failedText = null)
    {
        foreach (var region in ReplyText.Regions(reply))
        {
            var found = FindLast(region, names, keywordNames);
            if (found.Call is { } call)
            {
                var (action, reason) = fromCall(call);
                return action is not null
                    ? new ActionParseResult(action with { Raw = reply.Trim() }, null)
                    : ParseFailure.Create(region[call.Start..call.End], reason!, grammar);
            }

            if (found.Error is { } error)
            {
                return ParseFailure.Create(failedText?.Invoke(region) ?? region, error, grammar);
            }
        }

        return ParseFailure.Create(reply, noCallReason, grammar);
    }

    /// <summary>Finds the last call to one of <paramref name="names"/> (case-insensitive) that scans.</summary>
    /// <param name="text">The text to search.</param>
    /// <param name="names">Function names to look for.</param>
    /// <param name="keywordNames">Keyword names that may end an unquoted value.</param>
    /// <returns>The last call that scanned; otherwise the error of the last candidate that did not (null when there was no candidate).</returns>
    public static ScanResult FindLast(string text, IReadOnlySet<string> names, IReadOnlyCollection<string> keywordNames)
    {
        ArgumentNullException.ThrowIfNull(text);
        PythonCall? last = null;
        string? lastError = null;
        var pos = 0;
        while (pos < text.Length)
        {
            if (!PythonCallScanner.IsIdentifierStart(text[pos]) || (pos > 0 && PythonCallScanner.IsIdentifierPart(text[pos - 1])))
            {
                pos++;
                continue;
            }

            var start = pos;
            var name = PythonCallScanner.ReadIdentifier(text, ref pos);
            if (!names.Contains(name) || !IsFollowedByParenthesis(text, pos) || IsOnCommentLine(text, start))
            {
                continue;
            }

            var scan = PythonCallScanner.Scan(text, start, keywordNames);
            if (scan.Call is { } call)
            {
                last = call;
                lastError = null;
                pos = call.End;
            }
            else
            {
                lastError = scan.Error;
            }
        }

        return last is not null ? ScanResult.Ok(last) : new ScanResult(null, lastError);
    }

    private static bool IsFollowedByParenthesis(string text, int pos)
    {
        while (pos < text.Length && (text[pos] == ' ' || text[pos] == '\t'))
        {
            pos++;
        }

        return pos < text.Length && text[pos] == '(';
    }

    private static bool IsOnCommentLine(string text, int pos)
    {
        var lineStart = pos == 0 ? 0 : text.LastIndexOf('\n', pos - 1) + 1;
        var first = text.AsSpan(lineStart, pos - lineStart).TrimStart();
        return first.Length > 0 && first[0] == '#';
    }
}
