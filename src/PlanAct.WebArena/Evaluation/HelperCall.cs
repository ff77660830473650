namespace PlanAct.WebArena.Evaluation;

/// <summary>A parsed <c>func:</c> helper call such as <c>gitlab_get_project_memeber_role(__page__, 'vinta')</c>.</summary>
/// <param name="Name">The helper's name.</param>
/// <param name="Arguments">The arguments: string literals unquoted, identifiers (e.g. <c>__page__</c>) as written.</param>
public sealed record HelperCall(string Name, IReadOnlyList<string> Arguments)
{
    /// <summary>The identifier that stands for the page in locator helpers.</summary>
    public const string PageArgument = "__page__";

    /// <summary>Parses <c>func:name(args)</c> (the <c>func:</c> prefix is optional).</summary>
    /// <param name="text">The call text.</param>
    /// <returns>The call.</returns>
    /// <exception cref="FormatException">The text is not a helper call.</exception>
    public static HelperCall Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var call = text.Trim();
        if (call.StartsWith("func:", StringComparison.Ordinal))
        {
            call = call["func:".Length..].Trim();
        }

        var open = call.IndexOf('(', StringComparison.Ordinal);
        if (open <= 0 || !call.EndsWith(')'))
        {
            throw new FormatException($"'{text}' is not a helper call of the form func:name(arg, 'text', …).");
        }

        var name = call[..open].Trim();
        var args = new List<string>();
        var body = call[(open + 1)..^1];
        var i = 0;
        while (i < body.Length)
        {
            while (i < body.Length && (char.IsWhiteSpace(body[i]) || body[i] == ','))
            {
                i++;
            }

            if (i >= body.Length)
            {
                break;
            }

            if (body[i] is '\'' or '"')
            {
                var quote = body[i];
                var end = body.IndexOf(quote, i + 1);
                if (end < 0)
                {
                    throw new FormatException($"Unterminated string argument in helper call '{text}'.");
                }

                args.Add(body[(i + 1)..end]);
                i = end + 1;
            }
            else
            {
                var end = body.IndexOf(',', i);
                end = end < 0 ? body.Length : end;
                args.Add(body[i..end].Trim());
                i = end;
            }
        }

        return new HelperCall(name, args);
    }
}
